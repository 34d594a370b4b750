package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

var _ matching.SessionStore = (*Store)(nil)

var sessionArrivalOrder = options.Find().SetSort(bson.D{{Key: "arrival", Value: 1}, {Key: "person_id", Value: 1}})

func (s *Store) CreateSession(ctx context.Context, se *matching.Session) (err error) {
	defer s.finish("CreateSession", time.Now(), &err)
	return s.sessions.insert(ctx, se)
}

func (s *Store) Session(ctx context.Context, id string) (_ *matching.Session, err error) {
	defer s.finish("Session", time.Now(), &err)
	return s.sessions.get(ctx, id)
}

// setFields writes fields of document id and nothing else: a blind write
// that decides nothing (the claims before it did).
func setFields(ctx context.Context, c *mongo.Collection, id string, fields bson.D) error {
	res, err := c.UpdateByID(ctx, id, bson.D{{Key: "$set", Value: fields}})
	if err != nil {
		return err
	}
	if res.MatchedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}

func (s *Store) UpdateSessionDetails(ctx context.Context, id string, d matching.SessionDetails) (err error) {
	defer s.finish("UpdateSessionDetails", time.Now(), &err)
	themes := d.Themes
	if themes == nil {
		themes = []string{}
	}
	return setFields(ctx, s.sessions.Collection, id, bson.D{
		{Key: "title", Value: d.Title}, {Key: "description", Value: d.Description}, {Key: "language", Value: d.Language},
		{Key: "themes", Value: themes}, {Key: "starts_at", Value: d.StartsAt}, {Key: "ends_at", Value: d.EndsAt},
		{Key: "capacity", Value: d.Capacity}, {Key: "updated_at", Value: d.UpdatedAt},
	})
}

func (s *Store) SetSessionStatus(ctx context.Context, id, status, reason, by string) (err error) {
	defer s.finish("SetSessionStatus", time.Now(), &err)
	return setFields(ctx, s.sessions.Collection, id, bson.D{
		{Key: "status", Value: status}, {Key: "status_reason", Value: reason}, {Key: "status_by", Value: by},
	})
}

func (s *Store) SessionsEndingAfter(ctx context.Context, t time.Time) (_ []matching.Session, err error) {
	defer s.finish("SessionsEndingAfter", time.Now(), &err)
	return s.sessions.find(ctx, bson.D{{Key: "ends_at", Value: bson.D{{Key: "$gt", Value: t}}}}, startOrder)
}

func (s *Store) SessionsOfOrganiser(ctx context.Context, personID string) (_ []matching.Session, err error) {
	defer s.finish("SessionsOfOrganiser", time.Now(), &err)
	return s.sessions.find(ctx, bson.D{{Key: "organiser_id", Value: personID}}, startOrder)
}

func (s *Store) CreateSignup(ctx context.Context, g *matching.Signup) (err error) {
	defer s.finish("CreateSignup", time.Now(), &err)
	return s.signups.insert(ctx, g)
}

func (s *Store) SignupsOfSession(ctx context.Context, sessionID string) (_ []matching.Signup, err error) {
	defer s.finish("SignupsOfSession", time.Now(), &err)
	return s.signups.find(ctx, bson.D{{Key: "session_id", Value: sessionID}}, sessionArrivalOrder)
}

func (s *Store) SignupsOfPerson(ctx context.Context, personID string) (_ []matching.Signup, err error) {
	defer s.finish("SignupsOfPerson", time.Now(), &err)
	return s.signups.find(ctx, bson.D{{Key: "person_id", Value: personID}}, sessionArrivalOrder)
}

func (s *Store) DeleteSignup(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteSignup", time.Now(), &err)
	return s.signups.remove(ctx, id)
}

func (s *Store) HoldSessionTime(ctx context.Context, h *agenda.Hold) (err error) {
	defer s.finish("HoldSessionTime", time.Now(), &err)
	return s.sessionHolds.insert(ctx, h)
}

func (s *Store) ReleaseSessionTime(ctx context.Context, keys ...string) (err error) {
	defer s.finish("ReleaseSessionTime", time.Now(), &err)
	return deleteIDs(ctx, s.sessionHolds.Collection, keys)
}

func (s *Store) CreateSessionNote(ctx context.Context, n *matching.SessionNote) (err error) {
	defer s.finish("CreateSessionNote", time.Now(), &err)
	return s.sessionNotes.insert(ctx, n)
}

func (s *Store) SessionNotes(ctx context.Context, sessionID string) (_ []matching.SessionNote, err error) {
	defer s.finish("SessionNotes", time.Now(), &err)
	return s.sessionNotes.find(ctx, bson.D{{Key: "session_id", Value: sessionID}},
		options.Find().SetSort(bson.D{{Key: "at", Value: 1}, {Key: "_id", Value: 1}}))
}
