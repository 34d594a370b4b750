package matching

import (
	"context"
	"slices"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/store"
)

// Meeting is a 1:1 meeting request between two participants, as stored.
// Its fields are written apart, each only after a claim decided the
// change (see Meetings): a proposal appends to Proposals, an acceptance
// sets Confirmed, a decline Declined and a cancellation Cancelled. Its
// status is read from which are set (Status). The claims order every
// write but a cancellation, which may come at any time: a store whose
// updates rewrite the whole record (FerretDB v1) keeps it apart (see
// store/mongo/meetings.go), so that no write undoes another.
type Meeting struct {
	ID      string `json:"id" bson:"_id"`
	AskerID string `json:"asker_id" bson:"asker_id"`
	// WithID is the person asked.
	WithID  string `json:"with_id" bson:"with_id"`
	Minutes int    `json:"minutes" bson:"minutes"`
	// Proposals are the times offered, the asker's first, then each
	// counter-proposal in turn; the last is the one awaiting an answer,
	// from the other of its proposer. Its index is the request's revision.
	Proposals []Proposal           `json:"proposals" bson:"proposals"`
	Confirmed *MeetingConfirmation `json:"confirmed,omitempty" bson:"confirmed,omitempty"`
	Declined  *MeetingClosing      `json:"declined,omitempty" bson:"declined,omitempty"`
	Cancelled *MeetingClosing      `json:"cancelled,omitempty" bson:"cancelled,omitempty"`
	CreatedAt time.Time            `json:"created_at" bson:"created_at"`
}

// Proposal is one to MaxMeetingTimes start times offered by one of the
// two, with a note.
type Proposal struct {
	By    string      `json:"by" bson:"by"`
	Times []time.Time `json:"times" bson:"times"`
	Note  string      `json:"note" bson:"note"`
	// OutsideHours: the proposer agrees to times outside either person's
	// working hours; the one who accepts such a time must agree too.
	OutsideHours bool      `json:"outside_hours" bson:"outside_hours"`
	At           time.Time `json:"at" bson:"at"`
}

// MeetingConfirmation is the time accepted, and by whom.
type MeetingConfirmation struct {
	StartsAt time.Time `json:"starts_at" bson:"starts_at"`
	EndsAt   time.Time `json:"ends_at" bson:"ends_at"`
	By       string    `json:"by" bson:"by"`
	At       time.Time `json:"at" bson:"at"`
}

// MeetingClosing is a decline or a cancellation: who, when, and what they
// wrote.
type MeetingClosing struct {
	By      string    `json:"by" bson:"by"`
	Message string    `json:"message" bson:"message"`
	At      time.Time `json:"at" bson:"at"`
}

// Status is the request's status, read from what is set: a cancellation
// outranks everything (a cancellation racing an acceptance is told by
// both; see Meetings.Accept), a decline outranks the rest.
func (m *Meeting) Status() string {
	switch {
	case m.Cancelled != nil:
		return MeetingCancelled
	case m.Declined != nil:
		return MeetingDeclined
	case m.Confirmed != nil:
		return MeetingConfirmed
	default:
		return MeetingPending
	}
}

// UpdatedAt is when m last changed.
func (m *Meeting) UpdatedAt() time.Time {
	t := m.CreatedAt
	for _, p := range m.Proposals {
		t = maxTime(t, p.At)
	}
	for _, c := range []*MeetingClosing{m.Declined, m.Cancelled} {
		if c != nil {
			t = maxTime(t, c.At)
		}
	}
	if m.Confirmed != nil {
		t = maxTime(t, m.Confirmed.At)
	}
	return t
}

// Current is the proposal awaiting an answer (or answered last).
func (m *Meeting) Current() *Proposal { return &m.Proposals[len(m.Proposals)-1] }

// Revision is the index of the current proposal: what an answer claims.
func (m *Meeting) Revision() int { return len(m.Proposals) - 1 }

// Turn is the person whose answer the current proposal awaits.
func (m *Meeting) Turn() string { return m.Other(m.Current().By) }

// Other is the other of the two.
func (m *Meeting) Other(personID string) string {
	if personID == m.AskerID {
		return m.WithID
	}
	return m.AskerID
}

// Has reports whether personID is one of the two.
func (m *Meeting) Has(personID string) bool { return personID == m.AskerID || personID == m.WithID }

// Lapsed reports whether a pending request can no longer be accepted at
// now: every time it offers has begun.
func (m *Meeting) Lapsed(now time.Time) bool {
	for _, t := range m.Current().Times {
		if t.After(now) {
			return false
		}
	}
	return true
}

// Clone is a deep copy of m, for stores that keep records in memory.
func (m Meeting) Clone() Meeting {
	m.Proposals = slices.Clone(m.Proposals)
	for i := range m.Proposals {
		m.Proposals[i].Times = slices.Clone(m.Proposals[i].Times)
	}
	if m.Confirmed != nil {
		c := *m.Confirmed
		m.Confirmed = &c
	}
	if m.Declined != nil {
		d := *m.Declined
		m.Declined = &d
	}
	if m.Cancelled != nil {
		c := *m.Cancelled
		m.Cancelled = &c
	}
	return m
}

// MeetingStore is what meeting requests need from storage. Errors wrap
// store.ErrNotFound and store.ErrDuplicate. The writes after
// CreateMeeting each set their own fields and nothing else: the claims
// before them decided the change.
type MeetingStore interface {
	Person(ctx context.Context, id string) (*accounts.Person, error)
	store.Claims
	// The agenda.MeetingTime holds, which booths' slots and bookings
	// share: a meeting and a booking never overlap for one person.
	agenda.HoldStore

	// CreateMeeting inserts m: ErrDuplicate if its ID is taken.
	CreateMeeting(ctx context.Context, m *Meeting) error
	Meeting(ctx context.Context, id string) (*Meeting, error)
	// MeetingsOfPerson lists the requests personID made or was sent, by
	// creation, then ID.
	MeetingsOfPerson(ctx context.Context, personID string) ([]Meeting, error)
	// MeetingsStartingBetween lists the confirmed meetings that start in
	// [from, to), cancelled or not, by start, then ID.
	MeetingsStartingBetween(ctx context.Context, from, to time.Time) ([]Meeting, error)
	// AddMeetingProposal appends p to the request's proposals.
	AddMeetingProposal(ctx context.Context, id string, p Proposal) error
	// ConfirmMeeting sets the request's confirmation.
	ConfirmMeeting(ctx context.Context, id string, c MeetingConfirmation) error
	// DeclineMeeting and CancelMeeting set the request's decline or
	// cancellation.
	DeclineMeeting(ctx context.Context, id string, c MeetingClosing) error
	CancelMeeting(ctx context.Context, id string, c MeetingClosing) error
}
