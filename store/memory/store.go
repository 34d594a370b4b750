package memory

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
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
)

var allBuckets = [][]byte{
	bucketPeople, bucketOrganisations, bucketInvitations, bucketRedemptions,
	bucketRefreshTokens, bucketSpentTokens, bucketClaims,
}

// spentMark and claim have no domain type: only their key matters to
// callers, but the time is kept for whoever inspects the file.
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

	// mu guards the maps, closed and every write to db. Writers hold it
	// from the uniqueness check through the bbolt commit to the map
	// update, which is what makes racing inserts have exactly one winner.
	mu     sync.RWMutex
	db     *bolt.DB
	closed bool

	people        map[string]accounts.Person
	byEmail       map[string]string // lower-cased e-mail to person ID
	organisations map[string]booths.Organisation
	invitations   map[string]accounts.Invitation
	redemptions   map[string]accounts.Redemption
	refreshTokens map[string]auth.RefreshToken
	spent         map[string]spentMark
	claims        map[string]claim
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
	s := &Store{
		observer:      o.observer,
		db:            db,
		people:        map[string]accounts.Person{},
		byEmail:       map[string]string{},
		organisations: map[string]booths.Organisation{},
		invitations:   map[string]accounts.Invitation{},
		redemptions:   map[string]accounts.Redemption{},
		refreshTokens: map[string]auth.RefreshToken{},
		spent:         map[string]spentMark{},
		claims:        map[string]claim{},
	}
	if err := s.load(); err != nil {
		db.Close()
		return nil, fmt.Errorf("memory: load %s: %w", path, err)
	}
	return s, nil
}

// load creates missing buckets and reads every record into the maps.
func (s *Store) load() error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("bucket %s: %w", name, err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return s.db.View(func(tx *bolt.Tx) error {
		if err := loadBucket(tx, bucketPeople, s.people); err != nil {
			return err
		}
		for id, p := range s.people {
			email := emailKey(p.Email)
			if other, ok := s.byEmail[email]; ok {
				return fmt.Errorf("people %s and %s share e-mail %q", other, id, p.Email)
			}
			s.byEmail[email] = id
		}
		return errors.Join(
			loadBucket(tx, bucketOrganisations, s.organisations),
			loadBucket(tx, bucketInvitations, s.invitations),
			loadBucket(tx, bucketRedemptions, s.redemptions),
			loadBucket(tx, bucketRefreshTokens, s.refreshTokens),
			loadBucket(tx, bucketSpentTokens, s.spent),
			loadBucket(tx, bucketClaims, s.claims),
		)
	})
}

func loadBucket[T any](tx *bolt.Tx, name []byte, into map[string]T) error {
	return tx.Bucket(name).ForEach(func(k, v []byte) error {
		var rec T
		if err := json.Unmarshal(v, &rec); err != nil {
			return fmt.Errorf("bucket %s, key %q: %w", name, k, err)
		}
		into[string(k)] = rec
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

// Close closes the file. Every later call, Close included, gets ErrClosed.
func (s *Store) Close() (err error) {
	defer s.observe("Close", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	s.closed = true
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("memory: close: %w", err)
	}
	return nil
}

// usable is checked first by every operation, under mu.
func (s *Store) usable(ctx context.Context) error {
	if s.closed {
		return ErrClosed
	}
	return ctx.Err()
}

// write commits fn in one bbolt transaction. Callers hold mu and change the
// maps only when write returns nil, so memory never runs ahead of the disk.
func (s *Store) write(fn func(tx *bolt.Tx) error) error {
	if err := s.db.Update(fn); err != nil {
		return fmt.Errorf("memory: write: %w", err)
	}
	return nil
}

func put(tx *bolt.Tx, bucket []byte, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return tx.Bucket(bucket).Put([]byte(key), data)
}

func del(tx *bolt.Tx, bucket []byte, key string) error {
	return tx.Bucket(bucket).Delete([]byte(key))
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
