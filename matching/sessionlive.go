package matching

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// Events sessions send to a person (docs/protocol.md).
const (
	// EventSessionPromoted: a place came free and the person, who was
	// waiting, now has it.
	EventSessionPromoted = "session.promoted"
	// EventSessionCancelled: a session the person signed up for (or
	// organises) was called off.
	EventSessionCancelled = "session.cancelled"
	// EventSessionMessage: the organiser wrote to the confirmed attendees.
	EventSessionMessage = "session.message"
	// EventSessionReminder: a session the person has a place in starts in
	// ReminderBefore.
	EventSessionReminder = "session.reminder"
	// EventSessionApproved and EventSessionRefused tell the organiser the
	// secretariat's decision.
	EventSessionApproved = "session.approved"
	EventSessionRefused  = "session.refused"
)

// SessionEvent is the payload of the sessions' events but messages.
type SessionEvent struct {
	Session  string     `json:"session"`
	Title    string     `json:"title"`
	Reason   string     `json:"reason,omitempty"`
	Room     string     `json:"room,omitempty"`
	StartsAt *time.Time `json:"starts_at,omitempty"`
}

// SessionMessageEvent is the payload of EventSessionMessage.
type SessionMessageEvent struct {
	Session string   `json:"session"`
	Title   string   `json:"title"`
	Message NoteView `json:"message"`
}

const sessionRoomPrefix = "session:"

// SessionRoom is the name of session id's live room.
func SessionRoom(id string) string { return sessionRoomPrefix + id }

// SessionRoomState is what the room tells each arrival.
type SessionRoomState struct {
	Session  string    `json:"session"`
	Title    string    `json:"title"`
	StartsAt time.Time `json:"starts_at"`
	EndsAt   time.Time `json:"ends_at"`
}

// RoomKind is the kind of the sessions' live rooms: chat for the confirmed
// attendees, the organiser and the secretariat, open while
// MayEnterSessionRoom says so; the organiser and the secretariat
// moderate. The call issue puts a call in it.
func (s *Sessions) RoomKind() protocol.RoomKind {
	return protocol.RoomKind{
		Prefix: sessionRoomPrefix,
		Chat:   true,
		Join: func(ctx context.Context, who protocol.Identity, id string) error {
			_, err := s.sessionRoom(ctx, who, id, s.now())
			return err
		},
		Moderate: func(ctx context.Context, who protocol.Identity, id string) error {
			se, err := s.store.Session(ctx, id)
			if err != nil {
				return errNoSession()
			}
			if who.ID == se.OrganiserID || who.Role == string(accounts.RoleSecretariat) {
				return nil
			}
			return apperr.New(apperr.Forbidden, "only the session's organiser and the secretariat moderate its room")
		},
		State: func(ctx context.Context, _ protocol.Identity, id string) (any, error) {
			se, err := s.store.Session(ctx, id)
			if err != nil {
				return nil, errNoSession()
			}
			return SessionRoomState{Session: se.ID, Title: se.Title, StartsAt: se.StartsAt, EndsAt: se.EndsAt}, nil
		},
	}
}

// MayEnterSessionRoom says whether who may be in session id's room at now:
// its confirmed attendees, its organiser and the secretariat, from
// SessionRoomOpensBefore its start until its end, while it is listed.
// Anyone else is told only that there is no such room.
func (s *Sessions) MayEnterSessionRoom(ctx context.Context, who protocol.Identity, id string, now time.Time) error {
	_, err := s.sessionRoom(ctx, who, id, now)
	return err
}

func (s *Sessions) sessionRoom(ctx context.Context, who protocol.Identity, id string, now time.Time) (*Session, error) {
	se, err := s.store.Session(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoSession()
	}
	if err != nil {
		return nil, err
	}
	if se.Status != StatusListed {
		return nil, errNoSession()
	}
	if who.ID != se.OrganiserID && who.Role != string(accounts.RoleSecretariat) {
		st, err := s.standing(ctx, se)
		if err != nil {
			return nil, err
		}
		if place, _ := st.Place(who.ID); place != PlaceConfirmed {
			return nil, errNoSession()
		}
	}
	if now.Before(se.StartsAt.Add(-SessionRoomOpensBefore)) {
		return nil, apperr.New(apperr.Forbidden, "the session's room opens %d minutes before it starts, at %s",
			int(SessionRoomOpensBefore.Minutes()), se.StartsAt.Add(-SessionRoomOpensBefore).Format(time.RFC3339))
	}
	if !now.Before(se.EndsAt) {
		return nil, apperr.New(apperr.Gone, "the session is over")
	}
	return se, nil
}

// RemindDue reminds the people of every listed session that starts within
// ReminderBefore of now and has not been reminded of: each session's
// reminder is claimed first, so that of any number of nodes ticking at
// once exactly one sends it. It returns how many sessions it reminded of.
func (s *Sessions) RemindDue(ctx context.Context) (int, error) {
	now := s.now()
	list, err := s.store.SessionsEndingAfter(ctx, now)
	if err != nil {
		return 0, err
	}
	n := 0
	for i := range list {
		se := &list[i]
		if se.Status != StatusListed || !se.StartsAt.After(now) || se.StartsAt.After(now.Add(ReminderBefore)) {
			continue
		}
		if err := s.store.Claim(ctx, reminderKey(se.ID), s.stamp()); err != nil {
			if errors.Is(err, store.ErrDuplicate) {
				continue
			}
			return n, err
		}
		st, err := s.standing(context.WithoutCancel(ctx), se)
		if err != nil {
			return n, err
		}
		ev := SessionEvent{Session: se.ID, Title: se.Title, Room: SessionRoom(se.ID), StartsAt: &se.StartsAt}
		s.tell(se.OrganiserID, EventSessionReminder, ev)
		for _, g := range st.Confirmed {
			s.tell(g.PersonID, EventSessionReminder, ev)
		}
		n++
	}
	return n, nil
}

// DefaultReminderTick is how often each node looks for sessions to remind
// of: well within ReminderBefore, so that a reminder is at most this late.
const DefaultReminderTick = 30 * time.Second

// RunReminders calls RemindDue every tick until ctx ends, logging what
// fails (a store that is down now may be back at the next tick).
func (s *Sessions) RunReminders(ctx context.Context, tick time.Duration, log *slog.Logger) {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if _, err := s.RemindDue(ctx); err != nil && ctx.Err() == nil {
			log.Warn("session reminders", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
