package mongo

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

var _ matching.MeetingStore = (*Store)(nil)

// A request's cancellation is a document of its own, inserted, never a
// field set on the request: FerretDB v1 applies an update by writing the
// whole document back, so a cancellation set while an acceptance sets its
// own field could be lost to the other write (a conformance race,
// Meetings/Race/CancelWhileAccepting, found it so). Every other write to
// a request follows a claim that orders it after the one before it; only
// a cancellation comes at any time. Reads join the two.
type meetingCancellation struct {
	MeetingID string                  `bson:"_id"`
	Closing   matching.MeetingClosing `bson:"closing"`
}

// withCancellations fills in the cancellations of list.
func (s *Store) withCancellations(ctx context.Context, list []matching.Meeting) ([]matching.Meeting, error) {
	if len(list) == 0 {
		return list, nil
	}
	ids := make(bson.A, len(list))
	for i := range list {
		ids[i] = list[i].ID
	}
	found, err := s.meetingCancellations.find(ctx, bson.D{{Key: "_id", Value: bson.D{{Key: "$in", Value: ids}}}})
	if err != nil {
		return nil, err
	}
	byMeeting := make(map[string]*matching.MeetingClosing, len(found))
	for i := range found {
		byMeeting[found[i].MeetingID] = &found[i].Closing
	}
	for i := range list {
		if c := byMeeting[list[i].ID]; c != nil {
			list[i].Cancelled = c
		}
	}
	return list, nil
}

func (s *Store) CreateMeeting(ctx context.Context, m *matching.Meeting) (err error) {
	defer s.finish("CreateMeeting", time.Now(), &err)
	return s.meetings.insert(ctx, m)
}

func (s *Store) Meeting(ctx context.Context, id string) (_ *matching.Meeting, err error) {
	defer s.finish("Meeting", time.Now(), &err)
	m, err := s.meetings.get(ctx, id)
	if err != nil {
		return nil, err
	}
	list, err := s.withCancellations(ctx, []matching.Meeting{*m})
	if err != nil {
		return nil, err
	}
	return &list[0], nil
}

func (s *Store) MeetingsOfPerson(ctx context.Context, personID string) (_ []matching.Meeting, err error) {
	defer s.finish("MeetingsOfPerson", time.Now(), &err)
	list, err := s.meetings.find(ctx, bson.D{{Key: "$or", Value: bson.A{
		bson.D{{Key: "asker_id", Value: personID}},
		bson.D{{Key: "with_id", Value: personID}},
	}}}, options.Find().SetSort(bson.D{{Key: "created_at", Value: 1}, {Key: "_id", Value: 1}}))
	if err != nil {
		return nil, err
	}
	return s.withCancellations(ctx, list)
}

func (s *Store) MeetingsStartingBetween(ctx context.Context, from, to time.Time) (_ []matching.Meeting, err error) {
	defer s.finish("MeetingsStartingBetween", time.Now(), &err)
	list, err := s.meetings.find(ctx, bson.D{{Key: "confirmed.starts_at", Value: bson.D{
		{Key: "$gte", Value: from}, {Key: "$lt", Value: to},
	}}})
	if err != nil {
		return nil, err
	}
	// Sorted here: few meetings start in any few minutes.
	slices.SortFunc(list, func(a, b matching.Meeting) int {
		return cmp.Or(a.Confirmed.StartsAt.Compare(b.Confirmed.StartsAt), strings.Compare(a.ID, b.ID))
	})
	return s.withCancellations(ctx, list)
}

func (s *Store) AddMeetingProposal(ctx context.Context, id string, p matching.Proposal) (err error) {
	defer s.finish("AddMeetingProposal", time.Now(), &err)
	res, err := s.meetings.UpdateByID(ctx, id, bson.D{{Key: "$push", Value: bson.D{{Key: "proposals", Value: p}}}})
	if err != nil {
		return err
	}
	if res.MatchedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}

func (s *Store) ConfirmMeeting(ctx context.Context, id string, c matching.MeetingConfirmation) (err error) {
	defer s.finish("ConfirmMeeting", time.Now(), &err)
	return setFields(ctx, s.meetings.Collection, id, bson.D{{Key: "confirmed", Value: c}})
}

func (s *Store) DeclineMeeting(ctx context.Context, id string, c matching.MeetingClosing) (err error) {
	defer s.finish("DeclineMeeting", time.Now(), &err)
	return setFields(ctx, s.meetings.Collection, id, bson.D{{Key: "declined", Value: c}})
}

func (s *Store) CancelMeeting(ctx context.Context, id string, c matching.MeetingClosing) (err error) {
	defer s.finish("CancelMeeting", time.Now(), &err)
	if _, err := s.meetings.get(ctx, id); err != nil {
		return err
	}
	return s.meetingCancellations.insert(ctx, &meetingCancellation{MeetingID: id, Closing: c})
}
