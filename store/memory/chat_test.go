package memory

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/store"
	"github.com/igf-village/village/store/storetest"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	return open(t, filepath.Join(t.TempDir(), "village.db"))
}

// Appends in flight together share transactions, and every one of them is
// stored.
func TestAppendsShareTransactions(t *testing.T) {
	const n = 200
	s := openTemp(t)
	ctx := t.Context()
	start := make(chan struct{})
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			<-start
			errs[i] = s.AppendMessage(ctx, storetest.NewMessage(fmt.Sprintf("room-%03d", i), 1))
		})
	}
	close(start)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if txs := s.chat.commits.txs.Load(); txs > n/2 {
		t.Errorf("%d appends in flight together took %d transactions, want them shared", n, txs)
	}
	for i := range n {
		if last, err := s.LastSeq(ctx, fmt.Sprintf("room-%03d", i)); err != nil || last != 1 {
			t.Errorf("room %d: LastSeq = %d, %v; want 1", i, last, err)
		}
	}
}

// A write that fails in a shared transaction fails alone: the others are
// retried each in a transaction of its own.
func TestGroupCommitIsolatesAFailedWrite(t *testing.T) {
	const n = 50
	s := openTemp(t)
	g := &s.chat.commits
	bad := errors.New("bad write")
	start := make(chan struct{})
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			<-start
			errs[i] = g.write(func(tx *bolt.Tx) error {
				if i == 7 {
					return bad
				}
				return putMessage(tx, []byte("{}"))
			})
		})
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if (i == 7) != errors.Is(err, bad) || (i != 7 && err != nil) {
			t.Errorf("write %d: %v", i, err)
		}
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		if got := tx.Bucket(bucketMessages).Stats().KeyN; got != n-1 {
			return fmt.Errorf("%d keys on disk, want %d", got, n-1)
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
}

// While a seq is reserved, readers do not see it, and another append of it
// waits: it is refused if the write commits, and takes the seq if the
// write fails.
func TestAppendWaitsForAReservedSeq(t *testing.T) {
	for _, committed := range []bool{true, false} {
		t.Run(fmt.Sprintf("committed=%v", committed), func(t *testing.T) {
			s := openTemp(t)
			ctx := t.Context()
			first, second := storetest.NewMessage("room", 1), storetest.NewMessage("room", 1)
			second.Text = "second"
			r, done, err := s.chat.reserve(ctx, first)
			if err != nil {
				t.Fatal(err)
			}
			result := make(chan error, 1)
			go func() { result <- s.AppendMessage(ctx, second) }()

			if last, err := s.LastSeq(ctx, "room"); err != nil || last != 0 {
				t.Errorf("LastSeq with seq 1 reserved = %d, %v; want 0", last, err)
			}
			if got, err := s.MessagesAfter(ctx, "room", 0, 10); err != nil || len(got) != 0 {
				t.Errorf("MessagesAfter with seq 1 reserved = %v, %v; want none", got, err)
			}
			s.chat.settle(r, *first, done, committed)

			err = <-result
			want := first
			if committed {
				if !errors.Is(err, store.ErrDuplicate) {
					t.Errorf("append of a seq that another committed: %v, want ErrDuplicate", err)
				}
			} else {
				want = second
				if err != nil {
					t.Errorf("append of a seq that another failed to write: %v", err)
				}
			}
			got, err := s.MessagesAfter(ctx, "room", 0, 10)
			if err != nil || len(got) != 1 || got[0].Text != want.Text {
				t.Errorf("room holds %+v, %v; want the message %q", got, err, want.Text)
			}
		})
	}
}

// A write that bbolt refuses releases its seq and leaves nothing behind.
func TestFailedAppendReleasesTheSeq(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	if err := s.db.Close(); err != nil { // under the store's feet
		t.Fatal(err)
	}
	for i := range 2 {
		err := s.AppendMessage(ctx, storetest.NewMessage("room", 1))
		if err == nil || errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("append %d to a closed file: %v, want a write error", i, err)
		}
	}
	if last, err := s.LastSeq(ctx, "room"); err != nil || last != 0 {
		t.Errorf("LastSeq after failed appends = %d, %v; want 0", last, err)
	}
	if got, err := s.MessagesAfter(ctx, "room", 0, 10); err != nil || len(got) != 0 {
		t.Errorf("MessagesAfter after failed appends = %v, %v; want none", got, err)
	}
}

func TestAppendRefusesAnOversizedRoom(t *testing.T) {
	s := openTemp(t)
	m := storetest.NewMessage(strings.Repeat("r", bolt.MaxKeySize), 1)
	if err := s.AppendMessage(t.Context(), m); err == nil || errors.Is(err, store.ErrDuplicate) {
		t.Errorf("append to a room of %d bytes: %v, want an error", len(m.Room), err)
	}
}

// Close waits for the appends in flight: the file must not close under a
// write that its caller has not yet heard about.
func TestCloseWaitsForAppendsInFlight(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	m := storetest.NewMessage("room", 1)
	r, done, err := s.chat.reserve(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	for {
		s.chat.mu.RLock()
		refusing := s.chat.closed
		s.chat.mu.RUnlock()
		if refusing {
			break
		}
		select {
		case err := <-closed:
			t.Fatalf("Close returned (%v) before the chat refused appends", err)
		default:
		}
	}
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) with an append in flight", err)
	default:
	}
	if err := s.AppendMessage(ctx, storetest.NewMessage("room", 2)); !errors.Is(err, ErrClosed) {
		t.Errorf("append while closing: %v, want ErrClosed", err)
	}
	s.chat.settle(r, *m, done, false)
	if err := <-closed; err != nil {
		t.Errorf("Close: %v", err)
	}
}

func TestOpenRefusesADuplicatedMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "village.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(bucketMessages)
		if err != nil {
			return err
		}
		if err := putMessage(tx, []byte(`{"room":"room","seq":2}`)); err != nil {
			return err
		}
		return b.Put([]byte("second"), []byte(`{"room":"room","seq":2}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(path)
	if err == nil {
		s.Close()
		t.Fatal("Open of a file holding one (room, seq) twice succeeded")
	}
	if !strings.Contains(err.Error(), "messages") {
		t.Errorf("Open error %q should name the bucket", err)
	}
}
