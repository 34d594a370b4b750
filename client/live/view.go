package live

import (
	"encoding/json"
	"sort"

	"github.com/igf-village/village/protocol"
)

// roomView is what a client knows of one room: the chat in seq order
// without gaps, and who is here. It is not safe for concurrent use; the
// client guards it.
//
// Seqs of a room are gap-free, but messages may come out of order (from
// several nodes, or live before the join reply that precedes them). last
// is the highest seq up to which every message has been seen; a message
// after a gap waits in pending until the gap is filled, by the missing
// messages arriving or by a history fetch.
type roomView struct {
	ready     bool // the join reply set the baseline
	rejoining bool // a join is under way: presence events wait for its snapshot
	last      uint64
	head      uint64 // the highest seq known to exist
	msgs      []protocol.Message
	max       int
	pending   map[uint64]protocol.Message

	members   map[string]protocol.Member
	count     int
	truncated bool
	early     []Event // presence events that came before the join snapshot

	// Gap repair, run by the client.
	repairing bool
	misses    int // history fetches in a row that brought nothing new
}

func newRoomView(max int) *roomView {
	return &roomView{max: max, pending: map[uint64]protocol.Message{}, members: map[string]protocol.Member{}}
}

// receive takes a chat message and returns those that are now in order,
// oldest first: none, this one, or this one and the ones that waited for it.
func (v *roomView) receive(m protocol.Message) []protocol.Message {
	v.head = max(v.head, m.Seq)
	if v.ready && m.Seq <= v.last {
		return nil // seen already
	}
	if !v.ready || m.Seq != v.last+1 {
		v.pending[m.Seq] = m
		return nil
	}
	v.accept(m)
	return append([]protocol.Message{m}, v.advance()...)
}

func (v *roomView) accept(m protocol.Message) {
	v.last = m.Seq
	v.msgs = append(v.msgs, m)
	if over := len(v.msgs) - v.max; over > 0 && v.max > 0 {
		// Trim in chunks so that a long chat does not copy on every message.
		over = max(over, v.max/4)
		v.msgs = append(v.msgs[:0:0], v.msgs[over:]...)
	}
}

// advance releases the pending messages that follow last.
func (v *roomView) advance() []protocol.Message {
	var out []protocol.Message
	for {
		m, ok := v.pending[v.last+1]
		if !ok {
			break
		}
		delete(v.pending, m.Seq)
		v.accept(m)
		out = append(out, m)
	}
	return out
}

// gap reports whether messages are known to be missing.
func (v *roomView) gap() bool { return v.ready && v.last < v.head }

// skipGap gives up on the missing messages before the next one pending (or
// up to head), and returns the ones now in order. Only for seqs the
// server's history does not have.
func (v *roomView) skipGap() (released []protocol.Message, skipped uint64) {
	next := v.head + 1
	for s := range v.pending {
		next = min(next, s)
	}
	skipped = next - 1 - v.last
	v.last = next - 1
	v.misses = 0
	return v.advance(), skipped
}

// join applies the reply to a join that named since: sets the baseline,
// takes the catch-up messages and the presence snapshot, then the events
// that waited for it. It returns the messages now in order and the waiting
// presence events, applied.
func (v *roomView) join(res protocol.JoinResult, since uint64) ([]protocol.Message, []Event) {
	switch {
	case since > 0 && since <= res.Seq:
		// Continue from since (or from further on, if the view is).
		if v.ready {
			v.last = max(v.last, since)
		} else {
			v.last = since
		}
	default:
		// A fresh start: no since, or the room's history is behind what
		// the view saw (the server lost it). What was seen is forgotten.
		v.msgs = nil
		v.last = res.Seq
		if len(res.Messages) > 0 {
			v.last = res.Messages[0].Seq - 1
		}
		v.head = 0
		for s := range v.pending {
			v.head = max(v.head, s)
		}
	}
	v.ready = true
	v.misses = 0
	v.head = max(v.head, res.Seq, v.last)
	for s := range v.pending {
		if s <= v.last {
			delete(v.pending, s)
		}
	}
	released := v.advance()
	for _, m := range res.Messages {
		released = append(released, v.receive(m)...)
	}

	v.snapshot(res.Presence)
	v.rejoining = false
	early := v.early
	v.early = nil
	for _, ev := range early {
		v.presence(ev)
	}
	return released, early
}

// presence applies a presence event; before the join snapshot it waits.
// false when it waits.
func (v *roomView) presence(ev Event) bool {
	if !v.ready || v.rejoining {
		v.early = append(v.early, ev)
		return false
	}
	switch {
	case ev.Delta != nil:
		v.delta(*ev.Delta)
	case ev.Presence != nil:
		v.snapshot(*ev.Presence)
	}
	return true
}

// snapshot replaces who is here.
func (v *roomView) snapshot(p protocol.Presence) {
	clear(v.members)
	for _, m := range p.Members {
		v.members[m.ID] = m
	}
	v.count, v.truncated = p.Count, p.Truncated
}

// delta applies arrivals and departures; applying one twice changes
// nothing.
func (v *roomView) delta(d protocol.PresenceDelta) {
	for _, m := range d.Joined {
		v.members[m.ID] = m
	}
	for _, id := range d.Left {
		delete(v.members, id)
	}
	v.count = d.Count
}

// memberList returns the members listed, by name then ID.
func (v *roomView) memberList() []protocol.Member {
	out := make([]protocol.Member, 0, len(v.members))
	for _, m := range v.members {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		return a.Name < b.Name || (a.Name == b.Name && a.ID < b.ID)
	})
	return out
}

func decode(raw []byte, v any) error { return json.Unmarshal(raw, v) }
