package memory

import (
	"cmp"
	"context"
	"strings"
	"time"

	"github.com/igf-village/village/matching"
)

var _ matching.MeetingStore = (*Store)(nil)

var bucketMeetings = []byte("meetings")

// meetingTables are the tables of 1:1 meeting requests; Store embeds
// them. Their holds are the slots' (agenda.MeetingTime), in s.holds.
type meetingTables struct {
	meetings *table[matching.Meeting]
}

// addMeetingTables adds the table of meeting requests; Open calls it.
func (s *Store) addMeetingTables() {
	s.meetings = addTable(s, bucketMeetings, "meeting", "meeting ID",
		func(m matching.Meeting) string { return m.ID })
	s.meetings.clone = matching.Meeting.Clone
}

func byMeetingCreation(a, b matching.Meeting) int {
	return cmp.Or(a.CreatedAt.Compare(b.CreatedAt), strings.Compare(a.ID, b.ID))
}

func (s *Store) CreateMeeting(ctx context.Context, m *matching.Meeting) error {
	return s.update(ctx, "CreateMeeting", func() error { return s.meetings.insert(m.Clone()) })
}

func (s *Store) Meeting(ctx context.Context, id string) (*matching.Meeting, error) {
	return view(ctx, s, "Meeting", func() (*matching.Meeting, error) { return s.meetings.get(id) })
}

func (s *Store) MeetingsOfPerson(ctx context.Context, personID string) ([]matching.Meeting, error) {
	return view(ctx, s, "MeetingsOfPerson", func() ([]matching.Meeting, error) {
		return where(s.meetings, func(m matching.Meeting) bool { return m.Has(personID) }, byMeetingCreation), nil
	})
}

func (s *Store) MeetingsStartingBetween(ctx context.Context, from, to time.Time) ([]matching.Meeting, error) {
	return view(ctx, s, "MeetingsStartingBetween", func() ([]matching.Meeting, error) {
		return where(s.meetings, func(m matching.Meeting) bool {
			return m.Confirmed != nil && !m.Confirmed.StartsAt.Before(from) && m.Confirmed.StartsAt.Before(to)
		}, func(a, b matching.Meeting) int {
			return cmp.Or(a.Confirmed.StartsAt.Compare(b.Confirmed.StartsAt), strings.Compare(a.ID, b.ID))
		}), nil
	})
}

// setMeeting changes one part of meeting id and writes it back.
func (s *Store) setMeeting(ctx context.Context, op, id string, change func(m *matching.Meeting)) error {
	return s.update(ctx, op, func() error {
		m, err := s.meetings.get(id)
		if err != nil {
			return err
		}
		change(m)
		return s.meetings.replace(*m)
	})
}

func (s *Store) AddMeetingProposal(ctx context.Context, id string, p matching.Proposal) error {
	return s.setMeeting(ctx, "AddMeetingProposal", id, func(m *matching.Meeting) { m.Proposals = append(m.Proposals, p) })
}

func (s *Store) ConfirmMeeting(ctx context.Context, id string, c matching.MeetingConfirmation) error {
	return s.setMeeting(ctx, "ConfirmMeeting", id, func(m *matching.Meeting) { m.Confirmed = &c })
}

func (s *Store) DeclineMeeting(ctx context.Context, id string, c matching.MeetingClosing) error {
	return s.setMeeting(ctx, "DeclineMeeting", id, func(m *matching.Meeting) { m.Declined = &c })
}

func (s *Store) CancelMeeting(ctx context.Context, id string, c matching.MeetingClosing) error {
	return s.setMeeting(ctx, "CancelMeeting", id, func(m *matching.Meeting) { m.Cancelled = &c })
}
