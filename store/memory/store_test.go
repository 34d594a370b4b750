package memory

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/igf-village/village/store"
	"github.com/igf-village/village/store/storetest"
)

var _ storetest.Store = (*Store)(nil)

func open(t testing.TB, path string, opts ...Option) *Store {
	t.Helper()
	s, err := Open(path, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	// The suite may have closed it already; a second Close only says so.
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store {
		return open(t, filepath.Join(t.TempDir(), "village.db"))
	})
}

func BenchmarkAppend(b *testing.B) {
	storetest.BenchAppend(b, open(b, filepath.Join(b.TempDir(), "village.db")))
}

// BenchmarkAppendBatches: appends as the hub's committer makes them,
// batches of 1,000 messages to 1,000 rooms.
//
//	go test -run '^$' -bench AppendBatches ./store/memory
func BenchmarkAppendBatches(b *testing.B) {
	storetest.BenchAppendBatches(b, open(b, filepath.Join(b.TempDir(), "village.db")))
}

func TestDurability(t *testing.T) {
	path := filepath.Join(t.TempDir(), "village.db")
	storetest.RunDurability(t, func(t *testing.T) storetest.Store {
		return open(t, path)
	})
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("not a bbolt file ", 1000)), 0o600); err != nil {
		t.Fatal(err)
	}
	notADir := filepath.Join(dir, "plain-file")
	if err := os.WriteFile(notADir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	badJSON := filepath.Join(dir, "bad-json.db")
	db, err := bolt.Open(badJSON, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(bucketPeople)
		if err != nil {
			return err
		}
		return b.Put([]byte("person-1"), []byte("{not json"))
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	tests := []struct {
		name, path, want string
	}{
		{"corrupt file", garbage, "invalid"},
		{"parent is a file", filepath.Join(notADir, "village.db"), "not a directory"},
		{"path is a directory", dir, "is a directory"},
		{"undecodable record", badJSON, "people"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(tc.path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded, want an error", tc.path)
			}
			if msg := err.Error(); !strings.Contains(msg, tc.path) || !strings.Contains(msg, tc.want) {
				t.Errorf("Open(%s) error %q should name the path and say %q", tc.path, msg, tc.want)
			}
		})
	}
}

func TestOpenLockedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "village.db")
	open(t, path)
	_, err := Open(path, WithLockTimeout(50*time.Millisecond))
	if !errors.Is(err, bolterrors.ErrTimeout) || !strings.Contains(err.Error(), "locked") {
		t.Fatalf("second Open of a held file: %v, want a lock timeout", err)
	}
}

func TestObserver(t *testing.T) {
	type call struct {
		op  string
		err error
	}
	var (
		mu    sync.Mutex
		calls []call
	)
	s := open(t, filepath.Join(t.TempDir(), "village.db"), WithObserver(func(op string, d time.Duration, err error) {
		if d < 0 {
			t.Errorf("%s: negative duration %s", op, d)
		}
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, call{op, err})
	}))
	ctx := t.Context()
	p := storetest.NewPerson(1)
	if err := s.CreatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	s.CreatePerson(ctx, p)
	s.Person(ctx, "missing")
	s.Close()
	s.Ping(ctx)

	want := []struct {
		op  string
		err error
	}{
		{"CreatePerson", nil},
		{"CreatePerson", store.ErrDuplicate},
		{"Person", store.ErrNotFound},
		{"Close", nil},
		{"Ping", ErrClosed},
	}
	mu.Lock()
	defer mu.Unlock()
	if len(calls) != len(want) {
		t.Fatalf("observer saw %v, want %d calls", calls, len(want))
	}
	for i, w := range want {
		if calls[i].op != w.op || !errors.Is(calls[i].err, w.err) || (w.err == nil) != (calls[i].err == nil) {
			t.Errorf("call %d: got %s(%v), want %s(%v)", i, calls[i].op, calls[i].err, w.op, w.err)
		}
	}
}

// A write that bbolt refuses must leave memory as it was: the maps only
// change after the commit.
func TestFailedWriteChangesNothing(t *testing.T) {
	s := open(t, filepath.Join(t.TempDir(), "village.db"))
	ctx := t.Context()
	p := storetest.NewPerson(1)
	p.ID = "" // bbolt refuses empty keys
	if err := s.CreatePerson(ctx, p); err == nil {
		t.Fatal("CreatePerson with an empty key succeeded")
	}
	if _, err := s.PersonByEmail(ctx, p.Email); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("after a failed write PersonByEmail gives %v, want ErrNotFound", err)
	}
	if err := s.CreatePerson(ctx, storetest.NewPerson(2)); err != nil {
		t.Errorf("the store is unusable after a failed write: %v", err)
	}
}
