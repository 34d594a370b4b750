package memory

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/moderation"
	"github.com/igf-village/village/store"
)

// DefaultLockTimeout bounds how long Open waits for the file lock. bbolt
// would otherwise wait forever when a second process opens the same file,
// which looks like a hung start rather than a clear error.
const DefaultLockTimeout = 2 * time.Second

// ErrClosed is returned by every operation after Close.
var ErrClosed = errors.New("memory: store is closed")

// Bucket names: one per collection, fixed forever since they are on disk.
var (
	bucketPeople        = []byte("people")
	bucketOrganisations = []byte("organisations")
	bucketInvitations   = []byte("invitations")
	bucketRedemptions   = []byte("redemptions")
	bucketRefreshTokens = []byte("refresh_tokens")
	bucketSpentTokens   = []byte("spent_tokens")
	bucketClaims        = []byte("claims")
	bucketBooths        = []byte("booths")
	bucketLeads         = []byte("leads")
	bucketBans          = []byte("bans")
	bucketMutes         = []byte("mutes")
	bucketModerationLog = []byte("moderation_log")
	bucketKnocks        = []byte("knocks")
	bucketKnockEnds     = []byte("knock_ends")
	bucketContacts      = []byte("contacts")
)

// spentMark and claim have no domain type. A spent mark's time is when the
// token was spent, which auth's grace window reads; a claim's is kept for
// whoever inspects the file.
type spentMark struct {
	Hash string    `json:"hash"`
	At   time.Time `json:"at"`
}

type claim struct {
	Key string    `json:"key"`
	At  time.Time `json:"at"`
}

// Store is the embedded backend. It is safe for concurrent use.
type Store struct {
	observer store.Observer

	// mu guards the tables, byEmail, closed and every write to db. Writers
	// hold it from the uniqueness check through the bbolt commit to the map
	// update, which is what makes racing inserts have exactly one winner.
	mu     sync.RWMutex
	db     *bolt.DB
	closed bool

	// tables lists every table, and chat, for load; addTable fills it.
	tables []interface{ load(tx *bolt.Tx) error }

	people        *table[accounts.Person]
	byEmail       map[string]string // lower-cased e-mail to person ID
	organisations *table[booths.Organisation]
	booths        *table[booths.Booth]
	leads         *table[booths.Lead]
	invitations   *table[accounts.Invitation]
	redemptions   *table[accounts.Redemption]
	refreshTokens *table[auth.RefreshToken]
	spent         *table[spentMark]
	claims        *table[claim]
	photos        *table[photoMeta] // their bytes are in bucketPhotoData
	bans          *table[moderation.Ban]
	mutes         *table[moderation.Mute]
	modlog        *table[moderation.Entry]
	slots         *table[booths.Slot]
	bookings      *table[booths.Booking]
	holds         *table[agenda.Hold]
	calendarFeeds *table[booths.CalendarFeed]
	knocks        *table[booths.Knock]
	knockEnds     *table[booths.KnockEnd]
	contacts      *table[contacts.Contact]
	blocks        *table[accounts.Block]
	breaks        *table[matching.Break]
	signUps       *table[matching.SignUp]
	rounds        *table[matching.Round]

	// Participants' sessions (sessions.go).
	sessionTables
	// 1:1 meeting requests (meetings.go).
	meetingTables
	// Who to meet: wishes (wishes.go).
	wishTables

	// chat is the rooms' chat history. It has a lock of its own and is not
	// guarded by mu: see chat.
	chat *chat
}

// Option configures Open.
type Option func(*options)

type options struct {
	observer    store.Observer
	lockTimeout time.Duration
}

// WithObserver has o told of every operation (metrics).
func WithObserver(o store.Observer) Option {
	return func(opts *options) { opts.observer = o }
}

// WithLockTimeout sets how long Open waits for another process to release
// the file; see DefaultLockTimeout.
func WithLockTimeout(d time.Duration) Option {
	return func(opts *options) { opts.lockTimeout = d }
}

// Open opens (creating if needed) the bbolt file at path and loads it.
func Open(path string, opts ...Option) (*Store, error) {
	o := options{lockTimeout: DefaultLockTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.lockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("memory: open %s: file is locked by another process (waited %s): %w", path, o.lockTimeout, err)
	}
	if err != nil {
		return nil, fmt.Errorf("memory: open %s: %w", path, err)
	}
	s := &Store{observer: o.observer, db: db, byEmail: map[string]string{}}
	s.people = addTable(s, bucketPeople, "person", "person ID",
		func(p accounts.Person) string { return p.ID })
	s.people.clone = clonePerson
	s.organisations = addTable(s, bucketOrganisations, "organisation", "organisation ID",
		func(o booths.Organisation) string { return o.ID })
	s.booths = addTable(s, bucketBooths, "booth", "booth ID",
		func(b booths.Booth) string { return b.ID })
	s.booths.clone = cloneBooth
	s.leads = addTable(s, bucketLeads, "lead", "lead ID",
		func(l booths.Lead) string { return l.ID })
	s.leads.clone = cloneLead
	s.invitations = addTable(s, bucketInvitations, "invitation", "invitation ID",
		func(inv accounts.Invitation) string { return inv.ID })
	s.redemptions = addTable(s, bucketRedemptions, "redemption", "redemption",
		func(r accounts.Redemption) string { return r.InvitationID })
	s.refreshTokens = addTable(s, bucketRefreshTokens, "refresh token", "refresh token",
		func(t auth.RefreshToken) string { return t.Hash })
	s.spent = addTable(s, bucketSpentTokens, "spent refresh token", "spent refresh token",
		func(m spentMark) string { return m.Hash })
	s.claims = addTable(s, bucketClaims, "claim", "claim",
		func(c claim) string { return c.Key })
	s.photos = addTable(s, bucketPhotos, "photo", "photo ID",
		func(m photoMeta) string { return m.ID })
	s.knocks = addTable(s, bucketKnocks, "knock", "open knock",
		func(k booths.Knock) string { return k.Key })
	s.knocks.clone = cloneKnock
	s.knockEnds = addTable(s, bucketKnockEnds, "knock end", "knock end",
		func(e booths.KnockEnd) string { return e.ID })
	s.tables = append(s.tables, rawBucket(bucketPhotoData))
	s.bans = addTable(s, bucketBans, "ban", "ban of this person",
		func(b moderation.Ban) string { return b.PersonID })
	s.mutes = addTable(s, bucketMutes, "mute", "mute of this person in this room",
		func(m moderation.Mute) string { return m.ID })
	s.modlog = addTable(s, bucketModerationLog, "moderation log entry", "moderation log entry ID",
		func(e moderation.Entry) string { return e.ID })
	s.addSlotTables()
	s.contacts = addTable(s, bucketContacts, "contact", "contact ID",
		func(c contacts.Contact) string { return c.ID })
	s.addBreakTables()
	s.addBlockTable()
	// Participants' sessions.
	s.addSessionTables()
	s.addMeetingTables()
	s.addWishTables()
	s.chat = newChat(db)
	s.tables = append(s.tables, s.chat)
	if err := s.load(); err != nil {
		db.Close()
		return nil, fmt.Errorf("memory: load %s: %w", path, err)
	}
	return s, nil
}

// load creates missing buckets, reads every record into the tables and
// rebuilds the e-mail index, which is not stored.
func (s *Store) load() error {
	return s.db.Update(func(tx *bolt.Tx) error {
		var errs []error
		for _, t := range s.tables {
			errs = append(errs, t.load(tx))
		}
		if err := errors.Join(errs...); err != nil {
			return err
		}
		for id, p := range s.people.rows {
			email := emailKey(p.Email)
			if other, ok := s.byEmail[email]; ok {
				return fmt.Errorf("people %s and %s share e-mail %q", other, id, p.Email)
			}
			s.byEmail[email] = id
		}
		return nil
	})
}

// Ping reports whether the store is open.
func (s *Store) Ping(ctx context.Context) (err error) {
	defer s.observe("Ping", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.usable(ctx)
}

// Close closes the file once the chat appends in flight have ended. Every
// later call, Close included, gets ErrClosed.
func (s *Store) Close() (err error) {
	defer s.observe("Close", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	s.closed = true
	s.chat.close()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("memory: close: %w", err)
	}
	return nil
}

// view runs a read-only operation: it takes the read lock, checks that the
// store is usable, runs fn and tells the observer of the result. It is a
// function rather than a method only because methods cannot take type
// parameters.
func view[R any](ctx context.Context, s *Store, op string, fn func() (R, error)) (_ R, err error) {
	defer s.observe(op, time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		var zero R
		return zero, err
	}
	return fn()
}

// update runs an operation that writes: as view, but under the write lock,
// so that fn's checks and its commit are one step for every other caller.
func (s *Store) update(ctx context.Context, op string, fn func() error) (err error) {
	defer s.observe(op, time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	return fn()
}

// usable is checked first by every operation, under mu.
func (s *Store) usable(ctx context.Context) error {
	if s.closed {
		return ErrClosed
	}
	return ctx.Err()
}

// commit runs fn in one bbolt transaction. Callers hold mu for writing and
// change the maps only when commit returns nil, so memory never runs ahead
// of the disk.
func commit(db *bolt.DB, fn func(tx *bolt.Tx) error) error {
	if err := db.Update(fn); err != nil {
		return fmt.Errorf("memory: write: %w", err)
	}
	return nil
}

func (s *Store) observe(op string, start time.Time, err *error) {
	if s.observer != nil {
		s.observer(op, time.Since(start), *err)
	}
}

// notFound and duplicate name the record kind only: keys can be secrets
// (invitation IDs are the invite link, token hashes) or personal data
// (e-mail), and these errors end up in logs.
func notFound(what string) error {
	return fmt.Errorf("memory: %s: %w", what, store.ErrNotFound)
}

func duplicate(what string) error {
	return fmt.Errorf("memory: %s: %w", what, store.ErrDuplicate)
}
