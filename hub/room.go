package hub

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"sync"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// room is one room as this node sees it: its local connections, the merged
// presence of every node, the last seq known, and the presence changes not
// yet sent.
type room struct {
	h    *Hub
	name string
	// kind is the room's kind, key its name after the kind's prefix; kind
	// is nil for a room this node knows of only from another's presence
	// and has no kind for (a node of a newer version).
	kind *protocol.RoomKind
	key  string

	// sendMu serializes the numbering of this node's messages in the room,
	// so that they queue for the committer in seq order; it is not held
	// while they are written. next, under it, is the seq the next message
	// takes, 0 when it is to be read from the history.
	sendMu sync.Mutex
	next   uint64

	mu      sync.Mutex
	dead    bool // dropped from the hub: callers holding it must look again
	conns   map[*Conn]struct{}
	members map[string]*presence
	// order lists members by name then ID, kept sorted as people come and
	// go, so that a snapshot copies its first members instead of sorting
	// thousands on every join of a large room.
	order   []protocol.Member
	seq     uint64
	joined  map[string]protocol.Member // since the last flush
	left    map[string]struct{}
	flushAt *time.Timer
	flushed time.Time // when the last delta went out
}

// presence is one person in a room: how many of this node's connections
// hold them here, and which other nodes report them.
type presence struct {
	m      protocol.Member
	local  int
	remote map[string]struct{}
}

func (p *presence) here() bool { return p.local > 0 || len(p.remote) > 0 }

func newRoom(h *Hub, name string) *room {
	kind, key, _ := h.kinds.find(name)
	return &room{h: h, name: name, kind: kind, key: key, conns: map[*Conn]struct{}{}, members: map[string]*presence{},
		joined: map[string]protocol.Member{}, left: map[string]struct{}{}}
}

// chats says whether the room has chat.
func (r *room) chats() bool { return r.kind != nil && r.kind.Chat }

// add puts c in the room and returns the presence snapshot that c starts
// from. Under one lock with the later deltas, so c misses none. ok is false
// when the room was dropped meanwhile: look it up again.
func (r *room) add(c *Conn) (_ protocol.Presence, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.dead {
		return protocol.Presence{}, false
	}
	if _, in := r.conns[c]; in {
		return r.snapshotLocked(), true // joining twice is joining once
	}
	r.conns[c] = struct{}{}
	p := r.members[c.id.ID]
	if p == nil {
		p = &presence{m: c.id.Member()}
		r.members[c.id.ID] = p
		r.insertLocked(p.m)
	}
	p.local++
	if p.local == 1 && len(p.remote) == 0 {
		r.changedLocked(p.m, true)
	}
	if p.local == 1 {
		r.h.cluster.localChange(r.name, p.m, true)
	}
	return r.snapshotLocked(), true
}

// remove takes c out; false if it was not in.
func (r *room) remove(c *Conn) bool {
	r.mu.Lock()
	if _, in := r.conns[c]; !in {
		r.mu.Unlock()
		return false
	}
	delete(r.conns, c)
	p := r.members[c.id.ID]
	p.local--
	if p.local == 0 {
		r.h.cluster.localChange(r.name, p.m, false)
		if !p.here() {
			delete(r.members, c.id.ID)
			r.deleteLocked(p.m)
			r.changedLocked(p.m, false)
		}
	}
	r.mu.Unlock()
	r.h.dropRoomIfEmpty(r)
	return true
}

// remote applies another node's report that m is (or is not) in the room;
// false when the room was dropped meanwhile.
func (r *room) remote(node string, m protocol.Member, here bool) bool {
	r.mu.Lock()
	if r.dead {
		r.mu.Unlock()
		return false
	}
	p := r.members[m.ID]
	switch {
	case here && p == nil:
		p = &presence{m: m, remote: map[string]struct{}{node: {}}}
		r.members[m.ID] = p
		r.insertLocked(m)
		r.changedLocked(m, true)
	case here:
		if p.remote == nil {
			p.remote = map[string]struct{}{}
		}
		was := p.here()
		p.remote[node] = struct{}{}
		if !was {
			r.changedLocked(m, true)
		}
	case p != nil:
		delete(p.remote, node)
		if !p.here() {
			delete(r.members, m.ID)
			r.deleteLocked(p.m)
			r.changedLocked(m, false)
		}
	}
	r.mu.Unlock()
	if !here {
		r.h.dropRoomIfEmpty(r)
	}
	return true
}

// changedLocked records an arrival or departure for the next delta and
// schedules it: soon in a quiet small room, at most a few times a second
// in a large or busy one (a delta went out less than PresenceLarge ago),
// so that a join storm costs each member a bounded number of messages
// however small the room was when it began.
func (r *room) changedLocked(m protocol.Member, here bool) {
	if here {
		delete(r.left, m.ID)
		r.joined[m.ID] = m
	} else {
		delete(r.joined, m.ID)
		r.left[m.ID] = struct{}{}
	}
	if r.flushAt != nil {
		return
	}
	wait := r.h.cfg.PresenceSmall
	if len(r.members) >= r.h.cfg.LargeRoom || time.Since(r.flushed) < r.h.cfg.PresenceLarge {
		wait = r.h.cfg.PresenceLarge
	}
	r.flushAt = time.AfterFunc(wait, r.flush)
}

// flush sends the pending presence changes to this node's connections.
func (r *room) flush() {
	r.mu.Lock()
	r.flushAt = nil
	if len(r.joined) == 0 && len(r.left) == 0 {
		r.mu.Unlock()
		return
	}
	d := protocol.PresenceDelta{Count: len(r.members)}
	for _, m := range r.joined {
		d.Joined = append(d.Joined, m)
	}
	for id := range r.left {
		d.Left = append(d.Left, id)
	}
	r.joined, r.left = map[string]protocol.Member{}, map[string]struct{}{}
	r.flushed = time.Now()
	frame := encodeEvent(protocol.TypePresenceDelta, r.name, 0, d)
	r.broadcastLocked(frame, kindPresence)
	r.mu.Unlock()
}

// snapshotLocked lists the room's members, the first SnapshotMembers of
// them by name.
func (r *room) snapshotLocked() protocol.Presence {
	n := min(len(r.order), r.h.cfg.SnapshotMembers)
	return protocol.Presence{Count: len(r.members), Members: slices.Clone(r.order[:n]), Truncated: n < len(r.order)}
}

func byName(a, b protocol.Member) int {
	return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
}

func (r *room) insertLocked(m protocol.Member) {
	i, _ := slices.BinarySearchFunc(r.order, m, byName)
	r.order = slices.Insert(r.order, i, m)
}

func (r *room) deleteLocked(m protocol.Member) {
	if i, found := slices.BinarySearchFunc(r.order, m, byName); found {
		r.order = slices.Delete(r.order, i, i+1)
	}
}

func (r *room) snapshot() protocol.Presence {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.snapshotLocked()
}

// resnapshot queues a fresh snapshot on c under the room lock, so that no
// delta flushed meanwhile can overtake it.
func (r *room) resnapshot(c *Conn) {
	r.mu.Lock()
	defer r.mu.Unlock()
	c.enqueue(encodeEvent(protocol.TypePresence, r.name, 0, r.snapshotLocked()), kindReply, r.name)
}

// broadcastLocked queues frame on every local connection. Queueing never
// blocks: a connection whose queue is full is dealt with by its own policy.
func (r *room) broadcastLocked(frame []byte, kind frameKind) {
	for c := range r.conns {
		c.enqueue(frame, kind, r.name)
	}
	r.h.metrics.out.Add(float64(len(r.conns)))
}

// deliver sends a chat frame that another node sequenced.
func (r *room) deliver(seq uint64, frame []byte) {
	r.mu.Lock()
	r.seq = max(r.seq, seq)
	r.broadcastLocked(frame, kindChat)
	r.mu.Unlock()
}

// maxSeqTries bounds how often a message is numbered again because
// another node took its seq first.
const maxSeqTries = 16

// number numbers one chat message and queues it for the committer, which
// stores and delivers it; await then waits for that. The two are apart so
// that a connection numbers its sends in the order it reads them, without
// its reader waiting for any commit.
func (r *room) number(ctx context.Context, from protocol.Member, text, clientID string) (*outgoing, error) {
	o := &outgoing{r: r, done: make(chan sendResult, 1), m: protocol.Message{
		Room: r.name, From: from, Text: text, At: time.Now().UTC().Truncate(time.Millisecond), ClientID: clientID,
	}}
	r.sendMu.Lock()
	defer r.sendMu.Unlock()
	if err := r.numberLocked(ctx, []*outgoing{o}); err != nil {
		return nil, err
	}
	r.h.commits.enqueue(o)
	return o, nil
}

// await waits for o's commit, publishes o to the other nodes once it is
// stored, and returns its seq. A send whose clientID the room holds
// already is a retry: it gets the first message's seq, and nothing is
// stored or delivered again.
func (r *room) await(ctx context.Context, o *outgoing) (uint64, error) {
	select {
	case res := <-o.done:
		if res.err != nil {
			return 0, res.err
		}
		if res.frame != nil {
			r.h.publishRoom(ctx, r.name, res.seq, res.frame)
		}
		return res.seq, nil
	case <-ctx.Done():
		// The message may still be stored, and delivered: a retry with its
		// client ID will tell.
		return 0, ctx.Err()
	}
}

// send is number then await.
func (r *room) send(ctx context.Context, from protocol.Member, text, clientID string) (uint64, error) {
	o, err := r.number(ctx, from, text, clientID)
	if err != nil {
		return 0, err
	}
	return r.await(ctx, o)
}

// numberLocked gives os the room's next seqs, in order, and encodes their
// events. The room's last seq is read from the history when this node
// does not know it (a new room, or one being numbered again); a higher
// seq seen from another node is skipped over. Callers hold sendMu.
func (r *room) numberLocked(ctx context.Context, os []*outgoing) error {
	r.mu.Lock()
	seen := r.seq
	r.mu.Unlock()
	if r.next == 0 {
		last, err := r.h.history.LastSeq(ctx, r.name)
		if err != nil {
			return err
		}
		r.next = last + 1
	}
	r.next = max(r.next, seen+1)
	for _, o := range os {
		o.m.Seq = r.next
		r.next++
		o.frame = encodeEvent(protocol.TypeMessage, r.name, o.m.Seq, o.m)
	}
	return nil
}

// encodeEvent encodes a server event once, for every connection it goes to.
func encodeEvent(typ, room string, seq uint64, payload any) []byte {
	p, err := json.Marshal(payload)
	if err != nil {
		panic(err) // our own types always encode
	}
	b, err := json.Marshal(protocol.Envelope{Type: typ, Room: room, Seq: seq, Payload: p})
	if err != nil {
		panic(err)
	}
	return b
}

var errNotInRoom = apperr.New(apperr.Forbidden, "join the room first")
