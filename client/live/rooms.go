package live

import (
	"context"
	"errors"
	"sort"
	"time"

	"github.com/igf-village/village/protocol"
)

// Gap repair gives up on seqs that history does not have after this many
// fetches that brought nothing, and stops trying after maxRepairTries.
const (
	maxEmptyFetches = 3
	maxRepairTries  = 10
	repairTimeout   = 10 * time.Second
)

// joinOn joins room on cn; the reply is applied to the view on the read
// goroutine, before any later frame.
func (c *Client) joinOn(ctx context.Context, cn *conn, room string, since uint64) (protocol.JoinResult, error) {
	c.rmu.Lock()
	v, existed := c.rooms[room]
	if !existed {
		v = newRoomView(c.opt.maxMessages)
		c.rooms[room] = v
	}
	v.rejoining = true
	c.rmu.Unlock()

	var res protocol.JoinResult
	err := c.requestOn(ctx, cn, protocol.TypeJoin, room, map[string]uint64{"since": since}, &res, func(env protocol.Envelope) {
		var r protocol.JoinResult
		if env.Type != protocol.TypeReply || decode(env.Payload, &r) != nil {
			return
		}
		c.rmu.Lock()
		defer c.rmu.Unlock()
		if c.rooms[room] != v {
			return
		}
		released, early := v.join(r, since)
		c.pushMessagesLocked(room, released)
		c.events.push(early...)
		c.checkGapLocked(room, v, r.Reload)
	})
	if err != nil {
		c.rmu.Lock()
		if c.rooms[room] == v && v.rejoining {
			if !v.ready {
				delete(c.rooms, room)
			} else {
				// Keep what the view had; presence waits no longer.
				v.rejoining = false
				early := v.early
				v.early = nil
				for _, ev := range early {
					v.presence(ev)
				}
				c.events.push(early...)
			}
		}
		c.rmu.Unlock()
	}
	return res, err
}

func (c *Client) dropView(room string) {
	c.rmu.Lock()
	delete(c.rooms, room)
	c.rmu.Unlock()
}

func (c *Client) receiveMessage(room string, m protocol.Message) {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	v := c.rooms[room]
	if v == nil {
		return
	}
	c.pushMessagesLocked(room, v.receive(m))
	c.checkGapLocked(room, v, false)
}

func (c *Client) receivePresence(ev Event) {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	v := c.rooms[ev.Room]
	if v == nil {
		return
	}
	if v.presence(ev) {
		c.events.push(ev)
	}
}

func (c *Client) applySnapshot(room string, p protocol.Presence) {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	if v := c.rooms[room]; v != nil {
		v.presence(Event{Type: protocol.TypePresence, Room: room, Presence: &p})
	}
}

// pushMessagesLocked hands released messages to the event queue. Under rmu,
// so that batches released by different goroutines keep their order.
func (c *Client) pushMessagesLocked(room string, ms []protocol.Message) {
	if len(ms) == 0 {
		return
	}
	evs := make([]Event, len(ms))
	for i := range ms {
		evs[i] = Event{Type: protocol.TypeMessage, Room: room, Seq: ms[i].Seq, Message: &ms[i]}
	}
	c.events.push(evs...)
}

// checkGapLocked starts a repair when the view misses messages: after the
// gap timeout, in case they are only late, or now.
func (c *Client) checkGapLocked(room string, v *roomView, now bool) {
	if !v.gap() || v.rejoining || v.repairing {
		return
	}
	v.repairing = true
	wait := c.opt.gapTimeout
	if now {
		wait = 0
	}
	time.AfterFunc(wait, func() { c.repair(room, v) })
}

// repair fetches a view's missing messages with history, page by page.
func (c *Client) repair(room string, v *roomView) {
	for {
		c.rmu.Lock()
		if c.rooms[room] != v || !v.gap() || v.rejoining {
			v.repairing = false
			c.rmu.Unlock()
			return
		}
		after := v.last
		c.rmu.Unlock()

		ctx, cancel := context.WithTimeout(context.Background(), repairTimeout)
		res, err := c.History(ctx, room, after, protocol.MaxHistoryPage)
		cancel()

		c.rmu.Lock()
		if c.rooms[room] != v {
			c.rmu.Unlock()
			return
		}
		if errors.Is(err, ErrClosed) {
			v.repairing = false
			c.rmu.Unlock()
			return
		}
		progress := false
		if err == nil {
			var released []protocol.Message
			for _, m := range res.Messages {
				released = append(released, v.receive(m)...)
			}
			c.pushMessagesLocked(room, released)
			progress = v.last > after
		}
		if progress {
			v.misses = 0
		} else {
			v.misses++
			if err == nil && v.misses >= maxEmptyFetches {
				released, n := v.skipGap()
				c.skipped += n
				c.pushMessagesLocked(room, released)
			}
		}
		switch {
		case !v.gap() || v.rejoining || v.misses >= maxRepairTries:
			v.repairing = false
			c.rmu.Unlock()
			return
		case !progress:
			c.rmu.Unlock()
			time.AfterFunc(c.opt.gapTimeout, func() { c.repair(room, v) })
			return
		}
		c.rmu.Unlock()
	}
}

// Rooms lists the rooms the client has joined.
func (c *Client) Rooms() []string {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	out := make([]string, 0, len(c.rooms))
	for r := range c.rooms {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

// Messages returns the chat of room seen so far, in seq order without
// gaps (the most recent WithMaxMessages of it).
func (c *Client) Messages(room string) []protocol.Message {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	v := c.rooms[room]
	if v == nil {
		return nil
	}
	return append([]protocol.Message(nil), v.msgs...)
}

// LastSeq is the seq up to which every message of room has been seen: a
// rejoin starts from it.
func (c *Client) LastSeq(room string) uint64 {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	if v := c.rooms[room]; v != nil {
		return v.last
	}
	return 0
}

// Members lists who is in room, by name (in a large room, those the
// snapshot listed and those who came since).
func (c *Client) Members(room string) []protocol.Member {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	if v := c.rooms[room]; v != nil {
		return v.memberList()
	}
	return nil
}

// Count is how many people are in room, as the server last said.
func (c *Client) Count(room string) int {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	if v := c.rooms[room]; v != nil {
		return v.count
	}
	return 0
}
