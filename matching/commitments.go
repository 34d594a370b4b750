package matching

import (
	"context"
	"errors"
	"time"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/store"
)

// What a person's time in matching is taken by, as agenda.Interval.What.
const (
	BusySession = "session"
	BusyBreak   = "break"
)

// CommitmentStore is what Commitments reads: one person's entries, by
// indexed reads. Errors wrap store.ErrNotFound.
type CommitmentStore interface {
	Session(ctx context.Context, id string) (*Session, error)
	// SessionsOfOrganiser lists the sessions personID organises, in any
	// status, by start, then ID.
	SessionsOfOrganiser(ctx context.Context, personID string) ([]Session, error)
	// SignupsOfPerson lists a person's session sign-ups by arrival.
	SignupsOfPerson(ctx context.Context, personID string) ([]Signup, error)
	// SignupsOfSession lists a session's sign-ups by arrival, then person.
	SignupsOfSession(ctx context.Context, sessionID string) ([]Signup, error)
	Break(ctx context.Context, id string) (*Break, error)
	// SignUpsOfPerson lists the coffee breaks personID signed up for, as
	// their sign-ups, by time, then break ID.
	SignUpsOfPerson(ctx context.Context, personID string) ([]SignUp, error)
}

// Commitments are a person's times taken in matching, as agenda.Busy:
// the sessions they organise, listed or waiting for approval (a proposed
// session keeps its time: the secretariat may list it); the sessions they
// have a confirmed place in (a place on the waitlist promises nothing);
// the coffee breaks they signed up for, whole (its rounds follow one
// another from its start to its end).
type Commitments struct{ store CommitmentStore }

// NewCommitments reads st.
func NewCommitments(st CommitmentStore) *Commitments { return &Commitments{store: st} }

var _ agenda.Busy = (*Commitments)(nil)

// Busy lists personID's commitments in matching that overlap [from, to).
func (c *Commitments) Busy(ctx context.Context, personID string, from, to time.Time) ([]agenda.Interval, error) {
	var out []agenda.Interval
	add := func(start, end time.Time, what string) {
		if start.Before(to) && from.Before(end) {
			out = append(out, agenda.Interval{Start: start, End: end, What: what})
		}
	}
	organised, err := c.store.SessionsOfOrganiser(ctx, personID)
	if err != nil {
		return nil, err
	}
	for _, se := range organised {
		if se.Status == StatusListed || se.Status == StatusProposed {
			add(se.StartsAt, se.EndsAt, BusySession)
		}
	}
	signups, err := c.store.SignupsOfPerson(ctx, personID)
	if err != nil {
		return nil, err
	}
	for _, g := range signups {
		se, err := c.store.Session(ctx, g.SessionID)
		if errors.Is(err, store.ErrNotFound) {
			continue
		} else if err != nil {
			return nil, err
		}
		if se.Status != StatusListed || !se.StartsAt.Before(to) || !from.Before(se.EndsAt) {
			continue // only then is the standing worth reading
		}
		list, err := c.store.SignupsOfSession(ctx, se.ID)
		if err != nil {
			return nil, err
		}
		if place, _ := Stand(list, se.Capacity).Place(personID); place == PlaceConfirmed {
			add(se.StartsAt, se.EndsAt, BusySession)
		}
	}
	breaks, err := c.store.SignUpsOfPerson(ctx, personID)
	if err != nil {
		return nil, err
	}
	for _, su := range breaks {
		br, err := c.store.Break(ctx, su.BreakID)
		if errors.Is(err, store.ErrNotFound) {
			continue
		} else if err != nil {
			return nil, err
		}
		add(br.StartsAt, br.EndsAt, BusyBreak)
	}
	return out, nil
}
