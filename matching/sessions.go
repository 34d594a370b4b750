package matching

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Sessions that participants organise: birds-of-a-feather sessions, town
// halls and regional get-togethers. Anyone signed in proposes one; where
// the configuration asks for it, the secretariat approves or refuses it
// first; others sign up, the first Capacity of them confirmed and the rest
// on a waitlist. Every invariant is the insert of a unique key (DESIGN.md,
// "Storage"):
//
//   - a person signs up once: a sign-up's ID is (session, person);
//   - capacity is never exceeded, with no counter: a sign-up carries its
//     arrival (the node's clock, in nanoseconds) and "confirmed" means
//     "among the first Capacity sign-ups still standing, in arrival order",
//     derived at every read. Withdrawing deletes the sign-up, which is
//     what promotes the next in line: nobody else's record is written;
//   - an organiser holds no two overlapping sessions: each session claims
//     the organiser's OrganiserTime holds of its time (see package agenda,
//     as booths' slots do for people's meetings);
//   - a session is decided once (approved or refused), cancelled once,
//     reminded of once and each promotion told once: a Claim each.

// Session types.
const (
	TypeBoF      = "bof"
	TypeTownHall = "town_hall"
	TypeRegional = "regional"
)

// SessionTypes are the types a session may have, in the order lists show
// them.
var SessionTypes = []string{TypeBoF, TypeTownHall, TypeRegional}

// Statuses of a session.
const (
	StatusProposed  = "proposed"  // waiting for the secretariat's approval
	StatusListed    = "listed"    // open: listed and taking sign-ups
	StatusRefused   = "refused"   // the secretariat said no, with a reason
	StatusCancelled = "cancelled" // its organiser or the secretariat called it off
)

// Bounds of a session. Its start is on the agenda's grid (agenda.Step),
// within agenda.MaxAhead; its length a multiple of agenda.Step.
const (
	MinSessionMinutes    = 15
	MaxSessionMinutes    = 180
	MaxSessionTitle      = 120
	MaxSessionDesc       = 5000
	MaxRefusalReason     = 500
	MaxSessionNote       = 1000
	DefaultMaxCapacity   = 500
	MaxConfigurableSeats = 100000
	// SessionRoomOpensBefore is how long before its start a session's
	// room lets its people in.
	SessionRoomOpensBefore = 5 * time.Minute
	// ReminderBefore is how long before its start a session's people are
	// reminded of it.
	ReminderBefore = 10 * time.Minute
	// NotesShown is how many of the organiser's latest messages a
	// session's view carries.
	NotesShown = 20
)

// Session is a session as stored. Its status changes only after a claim
// has decided the change (decidedKey, cancelledKey), and through a write
// of the status alone, so that an edit of its details and a decision never
// undo each other.
type Session struct {
	ID           string    `json:"id" bson:"_id"`
	Type         string    `json:"type" bson:"type"`
	Title        string    `json:"title" bson:"title"`
	Description  string    `json:"description" bson:"description"`
	Language     string    `json:"language" bson:"language"` // BCP 47, canonical
	Themes       []string  `json:"themes" bson:"themes"`
	StartsAt     time.Time `json:"starts_at" bson:"starts_at"`
	EndsAt       time.Time `json:"ends_at" bson:"ends_at"`
	Capacity     int       `json:"capacity" bson:"capacity"`
	OrganiserID  string    `json:"organiser_id" bson:"organiser_id"`
	Status       string    `json:"status" bson:"status"`
	StatusReason string    `json:"status_reason,omitempty" bson:"status_reason,omitempty"`
	StatusBy     string    `json:"status_by,omitempty" bson:"status_by,omitempty"`
	CreatedAt    time.Time `json:"created_at" bson:"created_at"`
	UpdatedAt    time.Time `json:"updated_at" bson:"updated_at"`
}

// SessionDetails are the fields of a session that its organiser edits.
type SessionDetails struct {
	Title       string    `json:"title" bson:"title"`
	Description string    `json:"description" bson:"description"`
	Language    string    `json:"language" bson:"language"`
	Themes      []string  `json:"themes" bson:"themes"`
	StartsAt    time.Time `json:"starts_at" bson:"starts_at"`
	EndsAt      time.Time `json:"ends_at" bson:"ends_at"`
	Capacity    int       `json:"capacity" bson:"capacity"`
	UpdatedAt   time.Time `json:"updated_at" bson:"updated_at"`
}

// Details are s's editable fields.
func (s *Session) Details() SessionDetails {
	return SessionDetails{Title: s.Title, Description: s.Description, Language: s.Language, Themes: s.Themes,
		StartsAt: s.StartsAt, EndsAt: s.EndsAt, Capacity: s.Capacity, UpdatedAt: s.UpdatedAt}
}

// SetDetails writes d into s.
func (s *Session) SetDetails(d SessionDetails) {
	s.Title, s.Description, s.Language, s.Themes = d.Title, d.Description, d.Language, d.Themes
	s.StartsAt, s.EndsAt, s.Capacity, s.UpdatedAt = d.StartsAt, d.EndsAt, d.Capacity, d.UpdatedAt
}

// Signup is one person's place in a session. Its ID is SignupID(session,
// person): inserting it is what claims the place. Arrival orders the
// sign-ups (nanoseconds of the node's clock; ties go by person ID).
type Signup struct {
	ID        string    `json:"id" bson:"_id"`
	SessionID string    `json:"session_id" bson:"session_id"`
	PersonID  string    `json:"person_id" bson:"person_id"`
	Arrival   int64     `json:"arrival" bson:"arrival"`
	CreatedAt time.Time `json:"created_at" bson:"created_at"`
}

// SignupID is the key of personID's sign-up for sessionID.
func SignupID(sessionID, personID string) string { return sessionID + "/" + personID }

// SessionNote is a message from a session's organiser (or the secretariat)
// to its attendees, kept so that a reload shows it.
type SessionNote struct {
	ID        string    `json:"id" bson:"_id"`
	SessionID string    `json:"session_id" bson:"session_id"`
	FromID    string    `json:"from_id" bson:"from_id"`
	Text      string    `json:"text" bson:"text"`
	At        time.Time `json:"at" bson:"at"`
}

// SessionStore is what sessions need from storage. Errors wrap
// store.ErrNotFound and store.ErrDuplicate.
type SessionStore interface {
	Person(ctx context.Context, id string) (*accounts.Person, error)
	store.Claims

	// CreateSession inserts s: ErrDuplicate if its ID is taken.
	CreateSession(ctx context.Context, s *Session) error
	Session(ctx context.Context, id string) (*Session, error)
	// UpdateSessionDetails writes d over session id's details and nothing
	// else: ErrNotFound if there is none.
	UpdateSessionDetails(ctx context.Context, id string, d SessionDetails) error
	// SetSessionStatus writes session id's status, its reason and who set
	// it, and nothing else: ErrNotFound if there is none.
	SetSessionStatus(ctx context.Context, id, status, reason, by string) error
	// SessionsEndingAfter lists the sessions that end after t, by start,
	// then ID (the zero t lists every one).
	SessionsEndingAfter(ctx context.Context, t time.Time) ([]Session, error)

	// CreateSignup inserts g: ErrDuplicate if the person has signed up.
	CreateSignup(ctx context.Context, g *Signup) error
	// SignupsOfSession lists a session's sign-ups by arrival, then person.
	SignupsOfSession(ctx context.Context, sessionID string) ([]Signup, error)
	// SignupsOfPerson lists a person's sign-ups by arrival.
	SignupsOfPerson(ctx context.Context, personID string) ([]Signup, error)
	DeleteSignup(ctx context.Context, id string) error

	// HoldSessionTime inserts h, an OrganiserTime hold taken by one of
	// the organiser's sessions (Owner): ErrDuplicate if its key is held.
	HoldSessionTime(ctx context.Context, h *agenda.Hold) error
	// ReleaseSessionTime deletes the holds with these keys; a key not
	// held is no error.
	ReleaseSessionTime(ctx context.Context, keys ...string) error

	CreateSessionNote(ctx context.Context, n *SessionNote) error
	// SessionNotes lists a session's notes by time, then ID.
	SessionNotes(ctx context.Context, sessionID string) ([]SessionNote, error)
}

// Notifier tells people that something changed, live (the hub satisfies
// it). Events reach every tab of the person, on every node, at most once.
type Notifier interface {
	ToPerson(person, typ string, payload any)
}

// SessionConfig is the part of the configuration sessions use.
type SessionConfig struct {
	// MaxCapacity bounds a session's capacity; 0 is DefaultMaxCapacity.
	MaxCapacity int
	// Approval: proposed sessions wait for the secretariat.
	Approval bool
}

// Sessions applies the rules of sessions and their sign-ups.
type Sessions struct {
	store    SessionStore
	now      func() time.Time
	cfg      SessionConfig
	notifier Notifier
}

// NewSessions returns the rules over st. now may be nil for time.Now; n
// may be nil (nobody is told anything live).
func NewSessions(st SessionStore, now func() time.Time, cfg SessionConfig, n Notifier) *Sessions {
	if now == nil {
		now = time.Now
	}
	if cfg.MaxCapacity <= 0 {
		cfg.MaxCapacity = DefaultMaxCapacity
	}
	return &Sessions{store: st, now: now, cfg: cfg, notifier: n}
}

// MaxCapacity is the largest capacity a session may have.
func (s *Sessions) MaxCapacity() int { return s.cfg.MaxCapacity }

func (s *Sessions) stamp() time.Time { return s.now().UTC().Truncate(time.Millisecond) }

func (s *Sessions) tell(person, typ string, payload any) {
	if s.notifier != nil {
		s.notifier.ToPerson(person, typ, payload)
	}
}

func newID(prefix string) string {
	b := make([]byte, 12)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b)
}

// Claim keys.
func decidedKey(id string) string   { return "session-decided:" + id }
func cancelledKey(id string) string { return "session-cancelled:" + id }
func reminderKey(id string) string  { return "session-reminder:" + id }
func promotedKey(g *Signup) string {
	return fmt.Sprintf("session-promoted:%s:%d", g.ID, g.Arrival)
}

// OrganiserTime is the kind of hold that keeps the sessions one person
// organises apart. It is not booths' MeetingTime: organising a session
// does not stop its organiser from booking a 1:1 meanwhile.
const OrganiserTime agenda.Holds = "session-time"

// organiserTime is the store's OrganiserTime holds, as agenda.HoldAll
// takes them.
type organiserTime struct{ st SessionStore }

func (o organiserTime) Hold(ctx context.Context, h *agenda.Hold) error {
	return o.st.HoldSessionTime(ctx, h)
}

func (o organiserTime) Release(ctx context.Context, keys ...string) error {
	return o.st.ReleaseSessionTime(ctx, keys...)
}

// hold claims every key for owner, or none (agenda.HoldAll).
func (s *Sessions) hold(ctx context.Context, keys []string, owner string) error {
	return agenda.HoldAll(ctx, organiserTime{s.store}, keys, owner, s.stamp())
}

func errOverlaps() error {
	return &apperr.Error{Code: apperr.Overlaps, Message: "you already organise a session at this time",
		Fields: map[string]string{"starts_at": "overlaps another session you organise"}}
}

func errNoSession() error { return apperr.New(apperr.NotFound, "no such session") }

// session reads session id as p may see it: a session not listed yet (or
// refused) is its organiser's and the secretariat's alone.
func (s *Sessions) session(ctx context.Context, p *accounts.Person, id string) (*Session, error) {
	se, err := s.store.Session(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, errNoSession()
	}
	if err != nil {
		return nil, err
	}
	if (se.Status == StatusProposed || se.Status == StatusRefused) && !mayRun(p, se) {
		return nil, errNoSession()
	}
	return se, nil
}

// mayRun: the organiser and the secretariat run a session.
func mayRun(p *accounts.Person, se *Session) bool {
	return p.ID == se.OrganiserID || p.Role == accounts.RoleSecretariat
}

func errNotOrganiser() error {
	return apperr.New(apperr.Forbidden, "only the session's organiser and the secretariat may do this")
}

// Propose adds a session organised by p.
func (s *Sessions) Propose(ctx context.Context, p *accounts.Person, in SessionInput) (*SessionView, error) {
	now := s.stamp()
	se := &Session{ID: newID("ses-"), OrganiserID: p.ID, CreatedAt: now, UpdatedAt: now, Status: StatusListed}
	if s.cfg.Approval {
		se.Status = StatusProposed
	}
	if err := s.check(in, se, true, now); err != nil {
		return nil, err
	}
	if err := s.hold(ctx, OrganiserTime.Keys(p.ID, se.StartsAt, se.EndsAt), se.ID); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, errOverlaps()
		}
		return nil, err
	}
	if err := s.store.CreateSession(ctx, se); err != nil {
		_ = s.store.ReleaseSessionTime(context.WithoutCancel(ctx), OrganiserTime.Keys(p.ID, se.StartsAt, se.EndsAt)...)
		return nil, err
	}
	return s.view(ctx, p, se, nil)
}

// MayEdit says whether p may edit, cancel or message session id, asked
// before the request's body is read.
func (s *Sessions) MayEdit(ctx context.Context, p *accounts.Person, id string) error {
	se, err := s.session(ctx, p, id)
	if err != nil {
		return err
	}
	if !mayRun(p, se) {
		return errNotOrganiser()
	}
	return nil
}

// Edit changes session id's details, as p (its organiser or the
// secretariat), before it starts. A new time claims the organiser's new
// steps before it lets the old ones go; a larger capacity promotes the
// first on the waitlist.
func (s *Sessions) Edit(ctx context.Context, p *accounts.Person, id string, in SessionInput) (*SessionView, error) {
	se, err := s.session(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if !mayRun(p, se) {
		return nil, errNotOrganiser()
	}
	now := s.stamp()
	switch {
	case se.Status == StatusCancelled:
		return nil, apperr.New(apperr.Gone, "the session was cancelled")
	case se.Status == StatusRefused:
		return nil, apperr.New(apperr.Conflict, "the session was refused: propose another")
	case !se.StartsAt.After(now):
		return nil, apperr.New(apperr.Gone, "the session has begun or is over: it can no longer be edited")
	}
	if in.Type != nil && *in.Type != se.Type {
		return nil, apperr.Fields{"type": "a session's type cannot change: cancel it and propose another"}.Err()
	}
	before, err := s.standing(ctx, se)
	if err != nil {
		return nil, err
	}
	edited := *se
	if err := s.check(in, &edited, false, now); err != nil {
		return nil, err
	}
	edited.UpdatedAt = now
	oldKeys := OrganiserTime.Keys(se.OrganiserID, se.StartsAt, se.EndsAt)
	newKeys := OrganiserTime.Keys(se.OrganiserID, edited.StartsAt, edited.EndsAt)
	if err := s.hold(ctx, minus(newKeys, oldKeys), se.ID); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, errOverlaps()
		}
		return nil, err
	}
	if err := s.store.UpdateSessionDetails(ctx, se.ID, edited.Details()); err != nil {
		_ = s.store.ReleaseSessionTime(context.WithoutCancel(ctx), minus(newKeys, oldKeys)...)
		return nil, err
	}
	ctx = context.WithoutCancel(ctx)
	if err := s.store.ReleaseSessionTime(ctx, minus(oldKeys, newKeys)...); err != nil {
		return nil, err
	}
	s.promote(ctx, &edited, before)
	return s.view(ctx, p, &edited, nil)
}

// minus is the keys of a that are not in b.
func minus(a, b []string) []string {
	in := make(map[string]bool, len(b))
	for _, k := range b {
		in[k] = true
	}
	var out []string
	for _, k := range a {
		if !in[k] {
			out = append(out, k)
		}
	}
	return out
}

// Decision is the secretariat's answer to a proposed session.
type Decision struct {
	Approve bool
	Reason  string
}

// Decide approves or refuses proposed session id, as p (the secretariat:
// the route lets no one else through, and this checks again). The first
// decision claims the session; a second is a conflict.
func (s *Sessions) Decide(ctx context.Context, p *accounts.Person, id string, d Decision) (*SessionView, error) {
	if p.Role != accounts.RoleSecretariat {
		return nil, apperr.New(apperr.Forbidden, "only the secretariat approves or refuses sessions")
	}
	var f apperr.Fields
	reason := cleanText(d.Reason)
	if !d.Approve {
		checkText(&f, "reason", reason, MaxRefusalReason, true)
	} else if reason != "" {
		checkText(&f, "reason", reason, MaxRefusalReason, false)
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	se, err := s.session(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if se.Status != StatusProposed {
		return nil, apperr.New(apperr.Conflict, "the session is %s: only a proposed session is approved or refused", se.Status)
	}
	if err := s.store.Claim(ctx, decidedKey(se.ID), s.stamp()); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, apperr.New(apperr.Conflict, "the session has been decided already")
		}
		return nil, err
	}
	ctx = context.WithoutCancel(ctx)
	status, event := StatusListed, EventSessionApproved
	if !d.Approve {
		status, event = StatusRefused, EventSessionRefused
	}
	if err := s.store.SetSessionStatus(ctx, se.ID, status, reason, p.ID); err != nil {
		return nil, err
	}
	// A cancellation of the proposal may have claimed meanwhile, and its
	// status been written before this one: look after writing, and write
	// its status again. Either this sees its claim, or its write comes
	// after this one's; cancelled wins both ways.
	if cancelled, err := s.store.Claimed(ctx, cancelledKey(se.ID)); err != nil {
		return nil, err
	} else if cancelled {
		if err := s.store.SetSessionStatus(ctx, se.ID, StatusCancelled, "", p.ID); err != nil {
			return nil, err
		}
		return nil, apperr.New(apperr.Gone, "the session was cancelled meanwhile")
	}
	se.Status, se.StatusReason, se.StatusBy = status, reason, p.ID
	if !d.Approve {
		// A refused session keeps none of its organiser's time.
		if err := s.store.ReleaseSessionTime(ctx, OrganiserTime.Keys(se.OrganiserID, se.StartsAt, se.EndsAt)...); err != nil {
			return nil, err
		}
	}
	s.tell(se.OrganiserID, event, SessionEvent{Session: se.ID, Title: se.Title, Reason: reason})
	return s.view(ctx, p, se, nil)
}

// Cancel calls session id off, as p (its organiser or the secretariat).
// Everyone signed up is told live; the organiser's time is let go.
func (s *Sessions) Cancel(ctx context.Context, p *accounts.Person, id string) error {
	se, err := s.session(ctx, p, id)
	if err != nil {
		return err
	}
	if !mayRun(p, se) {
		return errNotOrganiser()
	}
	switch {
	case se.Status == StatusCancelled:
		return apperr.New(apperr.Gone, "the session was cancelled already")
	case se.Status == StatusRefused:
		return apperr.New(apperr.Conflict, "the session was refused: there is nothing to cancel")
	case !se.EndsAt.After(s.now()):
		return apperr.New(apperr.Gone, "the session is over")
	}
	if err := s.store.Claim(ctx, cancelledKey(se.ID), s.stamp()); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return apperr.New(apperr.Gone, "the session was cancelled already")
		}
		return err
	}
	ctx = context.WithoutCancel(ctx)
	if err := s.store.SetSessionStatus(ctx, se.ID, StatusCancelled, "", p.ID); err != nil {
		return err
	}
	if err := s.store.ReleaseSessionTime(ctx, OrganiserTime.Keys(se.OrganiserID, se.StartsAt, se.EndsAt)...); err != nil {
		return err
	}
	list, err := s.store.SignupsOfSession(ctx, se.ID)
	if err != nil {
		return err
	}
	ev := SessionEvent{Session: se.ID, Title: se.Title}
	for _, g := range list {
		s.tell(g.PersonID, EventSessionCancelled, ev)
	}
	if p.ID != se.OrganiserID {
		s.tell(se.OrganiserID, EventSessionCancelled, ev)
	}
	return nil
}
