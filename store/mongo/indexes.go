package mongo

import (
	"context"
	"fmt"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
)

// createIndexes creates every index the store needs. Creating an index that
// exists with the same keys and options is a no-op, on MongoDB and FerretDB.
// It sends one index per command: FerretDB v1.24 panics (and drops the
// connection) on a createIndexes command naming two or more indexes that
// already exist.
func (s *Store) createIndexes(ctx context.Context) error {
	if err := s.keyOldMessages(ctx); err != nil {
		return err
	}
	indexes := []indexSet{
		{s.people.Collection, []mongo.IndexModel{
			// The e-mail is claimed by this index: of racing inserts or
			// updates onto one e-mail, one wins.
			{Keys: bson.D{{Key: "email", Value: 1}}, Options: options.Index().SetUnique(true)},
			// The directory's sort order.
			{Keys: bson.D{{Key: "name_key", Value: 1}, {Key: "_id", Value: 1}}},
		}},
		{s.booths.Collection, []mongo.IndexModel{
			// The booths' list order. A booth's _id claims its
			// organisation: one booth each.
			{Keys: bson.D{{Key: "name_key", Value: 1}, {Key: "_id", Value: 1}}},
		}},
		{s.refreshTokens.Collection, []mongo.IndexModel{
			{Keys: bson.D{{Key: "family", Value: 1}}},
			{Keys: bson.D{{Key: "person_id", Value: 1}}},
		}},
		{s.photos.Collection, []mongo.IndexModel{
			// A deleted account's photos, for DeletePerson.
			{Keys: bson.D{{Key: "person_id", Value: 1}}},
		}},
		{s.leads.Collection, []mongo.IndexModel{
			// A booth's leads and a person's, in list order. The _id
			// claims (booth, person).
			{Keys: bson.D{{Key: "booth_id", Value: 1}, {Key: "consented_at", Value: -1}, {Key: "_id", Value: 1}}},
			{Keys: bson.D{{Key: "person_id", Value: 1}, {Key: "consented_at", Value: -1}}},
		}},
		{s.knocks.Collection, []mongo.IndexModel{
			// A booth's queue and a visitor's knocks. The _id claims
			// (booth, visitor): one open knock each.
			{Keys: bson.D{{Key: "booth_id", Value: 1}}},
			{Keys: bson.D{{Key: "visitor.id", Value: 1}}},
		}},
		{s.knockEnds.Collection, []mongo.IndexModel{
			// How a visitor's last knock at a booth ended. The _id, the
			// knock's, claims its one end.
			{Keys: bson.D{{Key: "booth_id", Value: 1}, {Key: "visitor_id", Value: 1}, {Key: "at", Value: -1}}},
		}},
		{s.messages.Collection, []mongo.IndexModel{
			// A room's history in seq order, for MessagesAfter and LastSeq.
			// Not unique: the _id already claims (room, seq).
			{Keys: bson.D{{Key: "room", Value: 1}, {Key: "seq", Value: 1}}},
			// The claim of a sender's client ID in a room (see sendKey).
			{Keys: bson.D{{Key: "send_key", Value: 1}}, Options: options.Index().SetUnique(true)},
		}},
		{s.contacts.Collection, []mongo.IndexModel{
			// A person's contacts, as either side. The _id claims the
			// (pair, kind, occasion): one contact each.
			{Keys: bson.D{{Key: "a", Value: 1}, {Key: "at", Value: -1}}},
			{Keys: bson.D{{Key: "b", Value: 1}, {Key: "at", Value: -1}}},
		}},
		{s.mutes.Collection, []mongo.IndexModel{
			// A room's running mutes, for Mutes.
			{Keys: bson.D{{Key: "room", Value: 1}, {Key: "until", Value: 1}}},
		}},
		{s.slots.Collection, []mongo.IndexModel{
			// A booth's slots in start order, and a staff member's (the
			// times they offer are times they are busy).
			byStart("booth_id"), byStart("staff_id"),
		}},
		{s.bookings.Collection, []mongo.IndexModel{
			// A booth's bookings and a person's, as booker or as the
			// staff member who meets, in start order. A booking's _id
			// claims its slot and a hold's _id a step of a person's
			// time: no index is needed for the invariants.
			byStart("booth_id"), byStart("person_id"), byStart("staff_id"),
		}},
		{s.breaks.Collection, []mongo.IndexModel{
			{Keys: bson.D{{Key: "starts_at", Value: 1}, {Key: "_id", Value: 1}}},
		}},
		{s.signUps.Collection, []mongo.IndexModel{
			// A break's sign-ups in arrival order. A sign-up's _id
			// claims (break, person) and a round's (break, round).
			{Keys: bson.D{{Key: "break_id", Value: 1}, {Key: "at", Value: 1}, {Key: "person_id", Value: 1}}},
			// A person's sign-ups, for their commitments.
			{Keys: bson.D{{Key: "person_id", Value: 1}, {Key: "at", Value: 1}}},
		}},
		{s.sessions.Collection, []mongo.IndexModel{
			// The sessions not over, and the list by start.
			{Keys: bson.D{{Key: "ends_at", Value: 1}}},
			{Keys: bson.D{{Key: "starts_at", Value: 1}, {Key: "_id", Value: 1}}},
			// An organiser's sessions, for their commitments.
			byStart("organiser_id"),
		}},
		{s.signups.Collection, []mongo.IndexModel{
			// A session's sign-ups in arrival order, and a person's. A
			// sign-up's _id claims (session, person) and a hold's _id a
			// step of an organiser's time.
			{Keys: bson.D{{Key: "session_id", Value: 1}, {Key: "arrival", Value: 1}, {Key: "person_id", Value: 1}}},
			{Keys: bson.D{{Key: "person_id", Value: 1}, {Key: "arrival", Value: 1}}},
		}},
		{s.sessionNotes.Collection, []mongo.IndexModel{
			// A session's messages in order.
			{Keys: bson.D{{Key: "session_id", Value: 1}, {Key: "at", Value: 1}, {Key: "_id", Value: 1}}},
		}},
		s.blockIndexes(),
		{s.meetings.Collection, []mongo.IndexModel{
			// A person's requests, as asker or as the one asked, and the
			// meetings about to start (reminders). Answers, cancellations
			// and holds are claims: no index is needed for the
			// invariants.
			{Keys: bson.D{{Key: "asker_id", Value: 1}, {Key: "created_at", Value: 1}}},
			{Keys: bson.D{{Key: "with_id", Value: 1}, {Key: "created_at", Value: 1}}},
			{Keys: bson.D{{Key: "confirmed.starts_at", Value: 1}}},
		}},
		{s.wishes.Collection, []mongo.IndexModel{
			// A person's wishes. A wish's _id (from:to) is its claim.
			{Keys: bson.D{{Key: "from", Value: 1}, {Key: "at", Value: -1}}},
		}},
	}
	for _, ix := range indexes {
		for _, m := range ix.models {
			if _, err := ix.col.Indexes().CreateOne(ctx, m); err != nil {
				return fmt.Errorf("create index on %s: %w", ix.col.Name(), err)
			}
		}
	}
	return nil
}

// byStart is the index of a list by field, in start order.
func byStart(field string) mongo.IndexModel {
	return mongo.IndexModel{Keys: bson.D{{Key: field, Value: 1}, {Key: "starts_at", Value: 1}, {Key: "_id", Value: 1}}}
}

// indexSet is the indexes of one collection.
type indexSet struct {
	col    *mongo.Collection
	models []mongo.IndexModel
}

// keyOldMessages gives a send_key to the messages stored before there was
// one, so that the unique index on it can be built: without, they would
// all hold the same null. Such messages have no client ID, so their key is
// their _id's (see sendKey). Once done, it finds nothing to do.
func (s *Store) keyOldMessages(ctx context.Context) error {
	old, err := s.messages.find(ctx, bson.D{{Key: "send_key", Value: bson.D{{Key: "$exists", Value: false}}}})
	if err != nil {
		return fmt.Errorf("find messages without a send_key: %w", err)
	}
	for _, m := range old {
		set := bson.D{{Key: "$set", Value: bson.D{{Key: "send_key", Value: sendKey(m.ID, &m.Message)}}}}
		if _, err := s.messages.UpdateByID(ctx, m.ID, set); err != nil {
			return fmt.Errorf("give message %s a send_key: %w", m.ID, err)
		}
	}
	return nil
}
