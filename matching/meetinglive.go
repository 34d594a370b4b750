package matching

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// Events meetings send to a person (docs/protocol.md).
const (
	// EventMeetingRequested: a request was sent, to the one asked and to
	// the asker's other tabs.
	EventMeetingRequested = "meeting.requested"
	// EventMeetingUpdated: a request was accepted, declined, answered
	// with other times or cancelled (Action says which).
	EventMeetingUpdated = "meeting.updated"
	// EventMeetingReminder: a confirmed meeting starts in ReminderBefore.
	EventMeetingReminder = "meeting.reminder"
)

// Actions of EventMeetingUpdated.
const (
	ActionAccepted  = "accepted"
	ActionDeclined  = "declined"
	ActionProposed  = "proposed"
	ActionCancelled = "cancelled"
)

// MeetingEvent is the payload of the meetings' events: the request as the
// person told sees it, and what happened to it (for meeting.updated) and
// by whom.
type MeetingEvent struct {
	Action  string      `json:"action,omitempty"`
	By      string      `json:"by,omitempty"`
	Meeting MeetingView `json:"meeting"`
}

// announce tells both of m's people of typ, each with their own view.
func (s *Meetings) announce(ctx context.Context, m *Meeting, typ, action string) {
	if s.notifier == nil {
		return
	}
	by := ""
	switch action {
	case ActionAccepted:
		by = m.Confirmed.By
	case ActionDeclined:
		by = m.Declined.By
	case ActionCancelled:
		by = m.Cancelled.By
	case ActionProposed:
		by = m.Current().By
	}
	if typ == EventMeetingRequested {
		by = m.AskerID
	}
	ctx = context.WithoutCancel(ctx)
	cache := map[string]MeetingPerson{}
	for _, who := range []string{m.AskerID, m.WithID} {
		s.notifier.ToPerson(who, typ, MeetingEvent{Action: action, By: by, Meeting: s.view(ctx, m, who, cache)})
	}
}

const meetingRoomPrefix = "meeting:"

// MeetingRoom is the name of meeting id's live room.
func MeetingRoom(id string) string { return meetingRoomPrefix + id }

// MeetingRoomState is what the room tells each arrival.
type MeetingRoomState struct {
	Meeting  string    `json:"meeting"`
	StartsAt time.Time `json:"starts_at"`
	EndsAt   time.Time `json:"ends_at"`
}

// RoomKind is the kind of the meetings' live rooms: chat for the two,
// open while MayEnterMeetingRoom says so. Either of them coming in
// records the two as met. The call issue puts a call in it.
func (s *Meetings) RoomKind() protocol.RoomKind {
	return protocol.RoomKind{
		Prefix: meetingRoomPrefix,
		Chat:   true,
		Join: func(ctx context.Context, who protocol.Identity, id string) error {
			m, err := s.meetingRoom(ctx, who.ID, id, s.now())
			if err != nil {
				return err
			}
			if s.contacts != nil {
				s.contacts.Record(ctx, contacts.KindMeeting, m.ID, m.ID, []string{m.AskerID, m.WithID}, m.Confirmed.StartsAt)
			}
			return nil
		},
		State: func(ctx context.Context, who protocol.Identity, id string) (any, error) {
			m, err := s.meetingRoom(ctx, who.ID, id, s.now())
			if err != nil {
				return nil, err
			}
			return MeetingRoomState{Meeting: m.ID, StartsAt: m.Confirmed.StartsAt, EndsAt: m.Confirmed.EndsAt}, nil
		},
	}
}

// MayEnterMeetingRoom says whether person personID may be in meeting id's
// room at now: only its two, only while it is confirmed, from
// MeetingRoomOpensBefore its start until its end. Anyone else is told
// only that there is no such meeting.
func (s *Meetings) MayEnterMeetingRoom(ctx context.Context, personID, id string, now time.Time) error {
	_, err := s.meetingRoom(ctx, personID, id, now)
	return err
}

func (s *Meetings) meetingRoom(ctx context.Context, personID, id string, now time.Time) (*Meeting, error) {
	m, err := s.store.Meeting(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoMeeting()
	}
	if err != nil {
		return nil, err
	}
	if !m.Has(personID) {
		return nil, errNoMeeting()
	}
	// A block since the acceptance: the two do not meet in private.
	if err := s.notBlocked(ctx, m.AskerID, m.WithID); err != nil {
		return nil, err
	}
	switch m.Status() {
	case MeetingConfirmed:
	case MeetingCancelled:
		return nil, apperr.New(apperr.Gone, "the meeting was cancelled")
	default:
		return nil, apperr.New(apperr.Forbidden, "the meeting is not confirmed: its room opens once a time is accepted")
	}
	c := m.Confirmed
	if now.Before(c.StartsAt.Add(-MeetingRoomOpensBefore)) {
		return nil, apperr.New(apperr.Forbidden, "the meeting's room opens %d minutes before it starts, at %s",
			int(MeetingRoomOpensBefore.Minutes()), c.StartsAt.Add(-MeetingRoomOpensBefore).Format(time.RFC3339))
	}
	if !now.Before(c.EndsAt) {
		return nil, apperr.New(apperr.Gone, "the meeting is over")
	}
	return m, nil
}

// RemindDue reminds the two of every confirmed meeting that starts within
// ReminderBefore of now and has not been reminded of: each meeting's
// reminder is claimed first, so that of any number of nodes ticking at
// once exactly one sends it. It returns how many meetings it reminded of.
func (s *Meetings) RemindDue(ctx context.Context) (int, error) {
	now := s.now()
	list, err := s.store.MeetingsStartingBetween(ctx, now, now.Add(ReminderBefore))
	if err != nil {
		return 0, err
	}
	n := 0
	for i := range list {
		m := &list[i]
		if m.Status() != MeetingConfirmed || !m.Confirmed.StartsAt.After(now) {
			continue
		}
		if err := s.store.Claim(ctx, meetingReminderKey(m.ID), s.stamp()); err != nil {
			if errors.Is(err, store.ErrDuplicate) {
				continue
			}
			return n, err
		}
		s.announce(ctx, m, EventMeetingReminder, "")
		n++
	}
	return n, nil
}

// RunReminders calls RemindDue every tick until ctx ends, logging what
// fails (a store that is down now may be back at the next tick).
func (s *Meetings) RunReminders(ctx context.Context, tick time.Duration, log *slog.Logger) {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if _, err := s.RemindDue(ctx); err != nil && ctx.Err() == nil {
			log.Warn("meeting reminders", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
