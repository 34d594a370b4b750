package memory

import (
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// bucketMessages holds the chat history. Keys are the bucket's own
// sequence, 8 big-endian bytes, in the order messages were written; values
// are protocol.Message as JSON, room and seq inside. Keys in write order make
// every commit append to the B+tree's last leaf: keyed by room, a batch of
// messages to a thousand rooms touched a thousand pages (17 KB written per
// 230-byte message), in write order it touches a few. A room's order and
// the (room, seq) claim live in memory and are rebuilt at load.
var bucketMessages = []byte("messages")

// maxRoomName bounds room names as a room-keyed layout would: the hub's own
// limit is far below it.
const maxRoomName = bolt.MaxKeySize - 9

// chat is the rooms' message history. It is kept apart from the tables and
// Store.mu because it is the hot path: the hub appends thousands of messages
// a second across many rooms, and one mutex held across one fsync per
// message would cap that near a thousand.
//
// An append claims its keys in memory first, under chat.mu, as a
// reservation: (room, seq), and (room, sender, client ID) if it has a
// client ID. Then, with no lock held, it makes the message durable through
// a groupCommit (appends that arrive together share a transaction and an
// fsync); then, under chat.mu again, it turns the reservation into a
// stored message, or drops it if the write failed. The caller hears back
// only then. A batch (appendAll, which the hub's committer calls with the
// messages of many rooms) reserves all its messages under one lock and
// writes them in one transaction.
//
// Readers see stored messages only, never a reservation. An append that
// finds a key reserved waits for that write to end: then it gets
// ErrDuplicate (or a *protocol.SentError) if the write succeeded, or tries
// again to claim the key if it failed. A batch that holds a key twice
// refuses the second message only once the first is committed. So
// ErrDuplicate always means that the seq is stored and that LastSeq
// already counts it, as on MongoDB, where the second insert of a key fails
// only once the first is in: a sender that takes LastSeq+1 and retries on
// ErrDuplicate never spins, and no seq is refused for a write that then
// fails, which would leave a gap.
type chat struct {
	commits groupCommit

	// mu guards closed and rooms, and every room's messages, sent and
	// reservations.
	// It is never held across a disk write.
	mu     sync.RWMutex
	closed bool
	rooms  map[string]*room
	// writing counts appends between their reservation and its end; close
	// waits for them before the file may close.
	writing sync.WaitGroup
}

// room is one room's history.
type room struct {
	// msgs is every stored message, sorted by Seq. Appends nearly always
	// land at the end; a write that commits after a later seq's is put in
	// its place.
	msgs []protocol.Message
	// pending holds the seqs reserved by appends in flight. Each channel
	// closes when its write ends, one way or the other.
	pending map[uint64]chan struct{}
	// sent is the seq of every stored message that has a client ID, by
	// sender and client ID; pendingSent holds those reserved, as pending
	// does seqs. The pair is the message's second unique key.
	sent        map[sendKey]uint64
	pendingSent map[sendKey]pendingSend
}

// pendingSend is a client ID reserved by an append in flight: done closes
// when its write ends, seq is the message's.
type pendingSend struct {
	done chan struct{}
	seq  uint64
}

// sendKey is a sender's message as the sender names it.
type sendKey struct{ from, client string }

// keyOf is m's sendKey; ok is false when m has no client ID.
func keyOf(m *protocol.Message) (_ sendKey, ok bool) {
	return sendKey{m.From.ID, m.ClientID}, m.ClientID != ""
}

func newChat(db *bolt.DB) *chat {
	return &chat{commits: groupCommit{db: db}, rooms: map[string]*room{}}
}

// putMessage writes value under the bucket's next sequence number.
func putMessage(tx *bolt.Tx, value []byte) error {
	b := tx.Bucket(bucketMessages)
	n, err := b.NextSequence()
	if err != nil {
		return err
	}
	return b.Put(binary.BigEndian.AppendUint64(nil, n), value)
}

// room returns the room named, made if it is new. Callers hold mu for
// writing; readers look rooms up in the map and take a missing one as
// empty.
func (c *chat) room(name string) *room {
	r := c.rooms[name]
	if r == nil {
		r = &room{pending: map[uint64]chan struct{}{}, sent: map[sendKey]uint64{},
			pendingSent: map[sendKey]pendingSend{}}
		c.rooms[name] = r
	}
	return r
}

func bySeq(m protocol.Message, seq uint64) int { return cmp.Compare(m.Seq, seq) }

// holds reports whether r has seq stored. A new seq is nearly always past
// the last one, which is looked at before searching.
func (r *room) holds(seq uint64) bool {
	if n := len(r.msgs); n == 0 || r.msgs[n-1].Seq < seq {
		return false
	}
	_, found := slices.BinarySearchFunc(r.msgs, seq, bySeq)
	return found
}

// load creates the bucket if it is missing and reads every message of it.
// Open runs it in its one loading transaction, with the tables. Messages
// come in write order, nearly a room's seq order; each room is sorted
// once at the end, and a (room, seq) or a (room, sender, client ID) found
// twice is a damaged file.
func (c *chat) load(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bucketMessages)
	if err != nil {
		return fmt.Errorf("bucket %s: %w", bucketMessages, err)
	}
	err = b.ForEach(func(k, v []byte) error {
		var m protocol.Message
		if err := json.Unmarshal(v, &m); err != nil {
			return fmt.Errorf("bucket %s, key %x: %w", bucketMessages, k, err)
		}
		r := c.room(m.Room)
		r.msgs = append(r.msgs, m)
		return nil
	})
	if err != nil {
		return err
	}
	for name, r := range c.rooms {
		// Stable: a tombstone, written after its message, stays after it
		// and takes its place.
		slices.SortStableFunc(r.msgs, func(a, b protocol.Message) int { return cmp.Compare(a.Seq, b.Seq) })
		kept := r.msgs[:0]
		for _, m := range r.msgs {
			if n := len(kept); n > 0 && kept[n-1].Seq == m.Seq {
				if !m.Deleted {
					return fmt.Errorf("bucket %s: room %q holds seq %d twice", bucketMessages, name, m.Seq)
				}
				kept[n-1] = m
				continue
			}
			kept = append(kept, m)
		}
		r.msgs = kept
		for i := range r.msgs {
			key, ok := keyOf(&r.msgs[i])
			if !ok {
				continue
			}
			if seq, taken := r.sent[key]; taken {
				return fmt.Errorf("bucket %s: room %q holds seqs %d and %d of one sender's client ID", bucketMessages, name, seq, r.msgs[i].Seq)
			}
			r.sent[key] = r.msgs[i].Seq
		}
	}
	return nil
}

// append stores a copy of m, durably, and returns once it is on disk:
// ErrDuplicate if the room has m.Seq already, a *protocol.SentError if it has
// m's sender and client ID. ctx bounds the wait for a key that another
// append holds; once reserved, the write runs to its end, so that what the
// caller hears is what the file holds.
func (c *chat) append(ctx context.Context, m protocol.Message) error {
	if len(m.Room) > maxRoomName {
		return fmt.Errorf("memory: message: room name of %d bytes is too long", len(m.Room))
	}
	value, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("memory: message: %w", err)
	}
	r, done, err := c.reserve(ctx, &m)
	if err != nil {
		return err
	}
	err = c.commits.write(func(tx *bolt.Tx) error { return putMessage(tx, value) })
	c.settle(r, m, done, err == nil)
	return err
}

// reserve claims m's keys for an append, (room, seq) and, if m has a
// client ID, (room, sender, client ID): ErrDuplicate or a *protocol.SentError
// if one is stored. If another append holds one, reserve waits for that
// one to end and looks again. The caller must settle the reservation.
func (c *chat) reserve(ctx context.Context, m *protocol.Message) (*room, chan struct{}, error) {
	key, keyed := keyOf(m)
	for {
		c.mu.Lock()
		if err := c.usable(ctx); err != nil {
			c.mu.Unlock()
			return nil, nil, err
		}
		r := c.room(m.Room)
		if r.holds(m.Seq) {
			c.mu.Unlock()
			return nil, nil, duplicate("message seq")
		}
		if seq, stored := r.sent[key]; keyed && stored {
			c.mu.Unlock()
			return nil, nil, fmt.Errorf("memory: message: %w", &protocol.SentError{Seq: seq})
		}
		held, ok := r.pending[m.Seq]
		if p, sending := r.pendingSent[key]; !ok && keyed && sending {
			held, ok = p.done, true
		}
		if !ok {
			done := make(chan struct{})
			r.pending[m.Seq] = done
			if keyed {
				r.pendingSent[key] = pendingSend{done, m.Seq}
			}
			c.writing.Add(1)
			c.mu.Unlock()
			return r, done, nil
		}
		c.mu.Unlock()
		select {
		case <-held:
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
}

// settle ends the reservation of m's keys in r: the message is stored if
// its write committed, and forgotten if not. Appends waiting for a key
// then look again.
func (c *chat) settle(r *room, m protocol.Message, done chan struct{}, committed bool) {
	c.mu.Lock()
	c.settleLocked(r, &m, committed)
	close(done)
	c.mu.Unlock()
	c.writing.Done()
}

// settleLocked ends the reservation of m's keys in r, storing m if its
// write committed. The caller closes the reservation's channel.
func (c *chat) settleLocked(r *room, m *protocol.Message, committed bool) {
	key, keyed := keyOf(m)
	delete(r.pending, m.Seq)
	if keyed {
		delete(r.pendingSent, key)
	}
	if !committed {
		return
	}
	if n := len(r.msgs); n == 0 || r.msgs[n-1].Seq < m.Seq {
		r.msgs = append(r.msgs, *m)
	} else {
		i, _ := slices.BinarySearchFunc(r.msgs, m.Seq, bySeq)
		r.msgs = slices.Insert(r.msgs, i, *m)
	}
	if keyed {
		r.sent[key] = m.Seq
	}
}

// appendAll stores copies of msgs, in order, and returns how many it
// stored: msgs[:n] are on disk. It stops at the first message refused
// (ErrDuplicate, a *protocol.SentError, a bad room name) or the first failed
// write, whose error it returns; a failed write stores none of the
// messages it carried. Messages go to disk as few batches as possible, one
// transaction each, the first of which waits for its first message's keys
// if another append holds them.
func (c *chat) appendAll(ctx context.Context, msgs []protocol.Message) (int, error) {
	stored := 0
	for stored < len(msgs) {
		n, err := c.appendBatch(ctx, msgs[stored:])
		stored += n
		if err != nil {
			return stored, err
		}
	}
	return stored, nil
}

// appendBatch stores a prefix of msgs, at least one message unless it
// returns an error, in one transaction. Its reservations share one
// channel, so that a key that is held by its own batch is told apart from
// one held by another append: the first ends the batch with ErrDuplicate
// or a *protocol.SentError (the message holding it is in this transaction), the
// second ends the batch there without an error, and the next batch waits
// for it. Only the first message of a batch may wait, while the batch
// holds nothing: a batch that waited holding keys could wait for an append
// that waits for it.
func (c *chat) appendBatch(ctx context.Context, msgs []protocol.Message) (int, error) {
	values, badAt := make([][]byte, 0, len(msgs)), error(nil)
	for i := range msgs {
		if len(msgs[i].Room) > maxRoomName {
			badAt = fmt.Errorf("memory: message: room name of %d bytes is too long", len(msgs[i].Room))
			break
		}
		v, err := json.Marshal(&msgs[i])
		if err != nil {
			badAt = fmt.Errorf("memory: message: %w", err)
			break
		}
		values = append(values, v)
	}
	done := make(chan struct{})
	var (
		rooms   []*room
		refused error
	)
	for {
		var (
			wait chan struct{}
			err  error
		)
		rooms, refused, wait, err = c.reserveBatch(ctx, msgs[:len(values)], done)
		if err != nil {
			return 0, err
		}
		if wait == nil {
			break
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
	if len(rooms) == len(values) {
		refused = badAt
	}
	values = values[:len(rooms)]
	if len(values) == 0 {
		return 0, refused
	}
	err := c.commits.write(func(tx *bolt.Tx) error {
		for _, v := range values {
			if err := putMessage(tx, v); err != nil {
				return err
			}
		}
		return nil
	})
	c.mu.Lock()
	for i, r := range rooms {
		c.settleLocked(r, &msgs[i], err == nil)
	}
	close(done)
	c.mu.Unlock()
	c.writing.Done()
	if err != nil {
		return 0, err
	}
	return len(values), refused
}

// reserveBatch reserves the keys of msgs in order, under one lock, each
// with done, up to the first message it cannot reserve, and returns the
// rooms of those it did. It stops at a key that is stored or held by done
// (refused says why), or at one that another append holds: with nothing
// reserved, wait is that append's channel, to wait on before trying again.
// Having reserved any, it counts the batch in c.writing.
func (c *chat) reserveBatch(ctx context.Context, msgs []protocol.Message, done chan struct{}) (rooms []*room, refused error, wait chan struct{}, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.usable(ctx); err != nil {
		return nil, nil, nil, err
	}
	rooms = make([]*room, 0, len(msgs))
	for i := range msgs {
		m := &msgs[i]
		r := c.room(m.Room)
		key, keyed := keyOf(m)
		var held chan struct{}
		if r.holds(m.Seq) {
			refused = duplicate("message seq")
		} else if seq, stored := r.sent[key]; keyed && stored {
			refused = fmt.Errorf("memory: message: %w", &protocol.SentError{Seq: seq})
		} else if held = r.pending[m.Seq]; held == done {
			refused = duplicate("message seq")
		} else if p, ok := r.pendingSent[key]; held == nil && keyed && ok {
			if held = p.done; held == done {
				refused = fmt.Errorf("memory: message: %w", &protocol.SentError{Seq: p.seq})
			}
		}
		if refused != nil {
			break
		}
		if held != nil {
			if i == 0 {
				wait = held
			}
			break
		}
		r.pending[m.Seq] = done
		if keyed {
			r.pendingSent[key] = pendingSend{done, m.Seq}
		}
		rooms = append(rooms, r)
	}
	if len(rooms) > 0 {
		c.writing.Add(1)
	}
	return rooms, refused, wait, nil
}

// after returns copies of up to limit stored messages of roomName with a
// seq above after, in seq order; never nil.
func (c *chat) after(ctx context.Context, roomName string, after uint64, limit int) ([]protocol.Message, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if err := c.usable(ctx); err != nil {
		return nil, err
	}
	r := c.rooms[roomName]
	if r == nil || limit <= 0 {
		return []protocol.Message{}, nil
	}
	i, found := slices.BinarySearchFunc(r.msgs, after, bySeq)
	if found {
		i++
	}
	out := make([]protocol.Message, min(limit, len(r.msgs)-i))
	copy(out, r.msgs[i:])
	return out, nil
}

// remove replaces the stored message seq of roomName by its tombstone and
// returns the message as it was. The tombstone is appended to the bucket
// like a message, keeping writes in key order; load lets it take the
// message's place.
func (c *chat) remove(ctx context.Context, roomName string, seq uint64) (protocol.Message, error) {
	c.mu.Lock()
	if err := c.usable(ctx); err != nil {
		c.mu.Unlock()
		return protocol.Message{}, err
	}
	r := c.rooms[roomName]
	var i int
	found := false
	if r != nil {
		i, found = slices.BinarySearchFunc(r.msgs, seq, bySeq)
	}
	if !found {
		c.mu.Unlock()
		return protocol.Message{}, fmt.Errorf("memory: message %d of %q: %w", seq, roomName, store.ErrNotFound)
	}
	was := r.msgs[i]
	if was.Deleted {
		c.mu.Unlock()
		return was, nil
	}
	c.writing.Add(1)
	c.mu.Unlock()
	defer c.writing.Done()

	tomb := was
	tomb.Text, tomb.Deleted = "", true
	value, err := json.Marshal(tomb)
	if err != nil {
		return protocol.Message{}, fmt.Errorf("memory: message: %w", err)
	}
	if err := c.commits.write(func(tx *bolt.Tx) error { return putMessage(tx, value) }); err != nil {
		return protocol.Message{}, err
	}
	c.mu.Lock()
	// Messages may have landed before it meanwhile: find it again.
	if i, found := slices.BinarySearchFunc(r.msgs, seq, bySeq); found {
		r.msgs[i] = tomb
	}
	c.mu.Unlock()
	return was, nil
}

// last returns the highest stored seq of roomName, 0 if none.
func (c *chat) last(ctx context.Context, roomName string) (uint64, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if err := c.usable(ctx); err != nil {
		return 0, err
	}
	r := c.rooms[roomName]
	if r == nil || len(r.msgs) == 0 {
		return 0, nil
	}
	return r.msgs[len(r.msgs)-1].Seq, nil
}

// usable is checked under mu by every operation.
func (c *chat) usable(ctx context.Context) error {
	if c.closed {
		return ErrClosed
	}
	return ctx.Err()
}

// close refuses every later operation and waits for the appends in flight
// to end, so that the file may close under none of them.
func (c *chat) close() {
	c.mu.Lock()
	c.closed = true
	c.mu.Unlock()
	c.writing.Wait()
}
