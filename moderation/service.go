package moderation

import (
	"context"
	"sync"
	"time"

	"github.com/igf-village/village/accounts"
)

// People finds the person an action is about; accounts.Service is one.
// It returns an apperr not_found error for an unknown ID.
type People interface {
	Person(ctx context.Context, id string) (*accounts.Person, error)
}

// Sessions ends a person's sign-in sessions; auth.Tokens is one. An empty
// keep ends them all.
type Sessions interface {
	EndOtherSessions(ctx context.Context, personID, keep string) error
}

// Disconnector closes every live connection of a person, on every node;
// the hub is one. It is best effort: a ban also refuses the person's next
// token check, so a connection it misses ends at its next renewal.
type Disconnector interface {
	Disconnect(personID string)
}

// RoomStaff says whether p may moderate room (nil) or why not (an apperr
// forbidden or not_found error). The server wires it from booths: staff of
// the booth's organisation moderate the booth's chat. The secretariat may
// moderate every room whatever it says.
type RoomStaff func(ctx context.Context, p *accounts.Person, room string) error

// Service applies the rules of moderation.
type Service struct {
	store    Store
	people   People
	now      func() time.Time
	sessions Sessions     // nil: sessions are left to expire
	conns    Disconnector // nil: connections end at their next token check
	staff    RoomStaff    // nil: only the secretariat moderates

	idMu   sync.Mutex
	lastID int64 // the time of the last log entry's ID; see newEntryID
}

// Option configures a Service.
type Option func(*Service)

// WithSessions has a ban end the person's sign-in sessions.
func WithSessions(s Sessions) Option { return func(svc *Service) { svc.sessions = s } }

// WithDisconnector has a ban close the person's live connections.
func WithDisconnector(d Disconnector) Option { return func(svc *Service) { svc.conns = d } }

// WithRoomStaff lets the staff of a room moderate it.
func WithRoomStaff(f RoomStaff) Option { return func(svc *Service) { svc.staff = f } }

// NewService returns a Service over st; now may be nil for time.Now.
func NewService(st Store, people People, now func() time.Time, opts ...Option) *Service {
	if now == nil {
		now = time.Now
	}
	s := &Service{store: st, people: people, now: now}
	for _, o := range opts {
		o(s)
	}
	return s
}

// stamp is now as stored: UTC, whole milliseconds (MongoDB keeps no finer).
func (s *Service) stamp() time.Time { return s.now().UTC().Truncate(time.Millisecond) }
