package memory

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/matching"
)

var _ matching.SessionStore = (*Store)(nil)

var (
	bucketSessions     = []byte("sessions")
	bucketSignups      = []byte("session_signups")
	bucketSessionHolds = []byte("session_holds")
	bucketSessionNotes = []byte("session_notes")
)

// sessionTables are the tables of participants' sessions; Store embeds
// them.
type sessionTables struct {
	sessions     *table[matching.Session]
	signups      *table[matching.Signup]
	sessionHolds *table[agenda.Hold]
	sessionNotes *table[matching.SessionNote]
}

// addSessionTables adds the tables of sessions, sign-ups, organisers'
// holds and organisers' messages; Open calls it.
func (s *Store) addSessionTables() {
	s.sessions = addTable(s, bucketSessions, "session", "session ID",
		func(se matching.Session) string { return se.ID })
	s.sessions.clone = func(se matching.Session) matching.Session {
		se.Themes = slices.Clone(se.Themes)
		return se
	}
	s.signups = addTable(s, bucketSignups, "sign-up", "sign-up of this person",
		func(g matching.Signup) string { return g.ID })
	s.sessionHolds = addTable(s, bucketSessionHolds, "session hold", "held time",
		func(h agenda.Hold) string { return h.Key })
	s.sessionNotes = addTable(s, bucketSessionNotes, "session message", "session message ID",
		func(n matching.SessionNote) string { return n.ID })
}

func bySessionStart(a, b matching.Session) int {
	return cmp.Or(a.StartsAt.Compare(b.StartsAt), strings.Compare(a.ID, b.ID))
}

func (s *Store) CreateSession(ctx context.Context, se *matching.Session) error {
	return s.update(ctx, "CreateSession", func() error { return s.sessions.insert(*se) })
}

func (s *Store) Session(ctx context.Context, id string) (*matching.Session, error) {
	return view(ctx, s, "Session", func() (*matching.Session, error) { return s.sessions.get(id) })
}

func (s *Store) UpdateSessionDetails(ctx context.Context, id string, d matching.SessionDetails) error {
	return s.update(ctx, "UpdateSessionDetails", func() error {
		se, err := s.sessions.get(id)
		if err != nil {
			return err
		}
		se.SetDetails(d)
		return s.sessions.replace(*se)
	})
}

func (s *Store) SetSessionStatus(ctx context.Context, id, status, reason, by string) error {
	return s.update(ctx, "SetSessionStatus", func() error {
		se, err := s.sessions.get(id)
		if err != nil {
			return err
		}
		se.Status, se.StatusReason, se.StatusBy = status, reason, by
		return s.sessions.replace(*se)
	})
}

func (s *Store) SessionsEndingAfter(ctx context.Context, t time.Time) ([]matching.Session, error) {
	return view(ctx, s, "SessionsEndingAfter", func() ([]matching.Session, error) {
		return where(s.sessions, func(se matching.Session) bool { return se.EndsAt.After(t) }, bySessionStart), nil
	})
}

func (s *Store) SessionsOfOrganiser(ctx context.Context, personID string) ([]matching.Session, error) {
	return view(ctx, s, "SessionsOfOrganiser", func() ([]matching.Session, error) {
		return where(s.sessions, func(se matching.Session) bool { return se.OrganiserID == personID }, bySessionStart), nil
	})
}

func (s *Store) CreateSignup(ctx context.Context, g *matching.Signup) error {
	return s.update(ctx, "CreateSignup", func() error { return s.signups.insert(*g) })
}

func (s *Store) SignupsOfSession(ctx context.Context, sessionID string) ([]matching.Signup, error) {
	return view(ctx, s, "SignupsOfSession", func() ([]matching.Signup, error) {
		return where(s.signups, func(g matching.Signup) bool { return g.SessionID == sessionID }, matching.BySignupArrival), nil
	})
}

func (s *Store) SignupsOfPerson(ctx context.Context, personID string) ([]matching.Signup, error) {
	return view(ctx, s, "SignupsOfPerson", func() ([]matching.Signup, error) {
		return where(s.signups, func(g matching.Signup) bool { return g.PersonID == personID }, matching.BySignupArrival), nil
	})
}

func (s *Store) DeleteSignup(ctx context.Context, id string) error {
	return s.update(ctx, "DeleteSignup", func() error { return s.signups.remove(id) })
}

func (s *Store) HoldSessionTime(ctx context.Context, h *agenda.Hold) error {
	return s.update(ctx, "HoldSessionTime", func() error { return s.sessionHolds.insert(*h) })
}

// ReleaseSessionTime deletes the keys held, in one transaction.
func (s *Store) ReleaseSessionTime(ctx context.Context, keys ...string) error {
	return s.update(ctx, "ReleaseSessionTime", func() error {
		held := keys[:0:0]
		for _, k := range keys {
			if s.sessionHolds.has(k) {
				held = append(held, k)
			}
		}
		return s.sessionHolds.drop(held...)
	})
}

func (s *Store) CreateSessionNote(ctx context.Context, n *matching.SessionNote) error {
	return s.update(ctx, "CreateSessionNote", func() error { return s.sessionNotes.insert(*n) })
}

func (s *Store) SessionNotes(ctx context.Context, sessionID string) ([]matching.SessionNote, error) {
	return view(ctx, s, "SessionNotes", func() ([]matching.SessionNote, error) {
		return where(s.sessionNotes, func(n matching.SessionNote) bool { return n.SessionID == sessionID },
			func(a, b matching.SessionNote) int { return cmp.Or(a.At.Compare(b.At), strings.Compare(a.ID, b.ID)) }), nil
	})
}
