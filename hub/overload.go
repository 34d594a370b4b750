package hub

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/igf-village/village/apperr"
)

// Overload. A node offered more chat than it carries refuses new sends
// early, with rate_limited and a hint of when to try again, rather than
// queueing them: queued sends wait behind each other until requests time
// out, and the deliveries that do come pile up in members' send queues
// until they overflow and close (4008) readers that did nothing wrong.
//
// A send is refused, before anything is stored, when
//   - the connection's previous send is still in progress after
//     SendGrace. A connection's requests are handled one at a time, so a
//     send that waited behind a slow one would hold up the reader, and
//     what the client sends next would queue unread in the socket, where
//     nothing can refuse it. The send runs off the reader instead, and the
//     reader refuses sends that come while it is slow. The refusal is
//     queued after the slow send's own reply, so replies keep the order
//     of the requests.
//   - the sender's own send queue is half full or more. Every member of
//     a room receives the same chat, so the sender's queue shows how far
//     behind the room's readers are; refusing here keeps well-behaved
//     readers clear of the overflow. A client that does not read refuses
//     only its own sends (and is closed with 4008 as before). Half, not
//     less: on a node short of CPU a big room's readers lag a second or
//     two, and a quarter (32 frames) is 1.6 s of its chat.
//   - its room already has MaxRoomSendsInFlight sends in progress on this
//     node: a room's sends are sequenced one at a time, so more would only
//     wait. (Tightening this to one while sends are slow was tried: a big
//     room, whose sends are slow for their fan-out, not for waiting, then
//     refused a third of its messages.)
//   - the node has MaxSendsInFlight sends in progress: by Little's law the
//     sends in flight over the rate carried is how long each waits, so this
//     bounds the wait of an accepted send.

// SendGrace is how long a send may wait for the connection's previous one
// before it is refused: longer than a send takes when the node keeps up.
const SendGrace = 100 * time.Millisecond

// sendInFlight is a connection's chat send running off its reader.
type sendInFlight struct {
	done chan struct{}

	mu       sync.Mutex
	finished bool     // its reply is queued
	behind   []string // IDs of sends refused while it ran, answered after it
}

// sendBehind handles a request that comes while a send is in progress, and
// starts a send off the reader; true when the request is dealt with.
// Other requests wait for the send, as they always have: replies come in
// request order.
func (c *Conn) sendBehind(env Envelope) bool {
	if s := c.sending; s != nil {
		if env.Type == TypeSend && s.refuseBehind(env.ID) {
			c.h.metrics.shed.WithLabelValues("behind").Inc()
			return true
		}
		<-s.done
		c.sending = nil
	}
	if env.Type != TypeSend {
		return false
	}
	s := &sendInFlight{done: make(chan struct{})}
	c.sending = s
	go func() {
		defer close(s.done)
		c.dispatch(env)
		s.mu.Lock()
		s.finished = true
		behind := s.behind
		s.mu.Unlock()
		for _, id := range behind {
			c.replyError(id, c.h.overloaded("your previous message is still being sent; try again shortly"))
		}
	}()
	return true
}

// refuseBehind waits up to SendGrace for the send in progress; false if it
// finished, true if id is to be refused once it does.
func (s *sendInFlight) refuseBehind(id string) bool {
	t := time.NewTimer(SendGrace)
	defer t.Stop()
	select {
	case <-s.done:
		return false
	case <-t.C:
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.finished {
		return false
	}
	s.behind = append(s.behind, id)
	return true
}

// awaitSend waits for the send in progress, when the reader stops.
func (c *Conn) awaitSend() {
	if c.sending != nil {
		<-c.sending.done
		c.sending = nil
	}
}

// The bounds of the retry hint.
const (
	minRetryAfter = 100 * time.Millisecond
	maxRetryAfter = 5 * time.Second
)

// sendGate counts the chat sends in progress on the node and in each room.
type sendGate struct {
	inflight atomic.Int64
	// avg is a moving average of the time an accepted send takes, in
	// nanoseconds: the retry hint.
	avg   atomic.Int64
	rooms [shardCount]gateShard
}

type gateShard struct {
	mu       sync.Mutex
	inflight map[string]int
}

// admitChat is the entry of a chat send: it refuses the send when the node
// is overloaded, and otherwise sends it.
func (c *Conn) admitChat(ctx context.Context, env Envelope) (map[string]uint64, error) {
	release, err := c.h.admit(c, env.Room)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	res, err := c.chat(ctx, env)
	release(time.Since(start))
	return res, err
}

// admit takes a place for one send in room; release gives it back with the
// time the send took.
func (h *Hub) admit(c *Conn, room string) (release func(time.Duration), err error) {
	g := &h.gate
	if len(c.send) >= max(1, cap(c.send)/2) {
		return nil, h.shed("queue", "messages are arriving faster than you read them; try again shortly")
	}
	if g.inflight.Add(1) > int64(h.cfg.MaxSendsInFlight) {
		g.inflight.Add(-1)
		return nil, h.shed("node", "the server is busy; try again shortly")
	}
	s := &g.rooms[h.shardOf(room)]
	s.mu.Lock()
	if s.inflight == nil {
		s.inflight = map[string]int{}
	}
	if s.inflight[room] >= h.cfg.MaxRoomSendsInFlight {
		s.mu.Unlock()
		g.inflight.Add(-1)
		return nil, h.shed("room", "this room is busy; try again shortly")
	}
	s.inflight[room]++
	s.mu.Unlock()
	return func(took time.Duration) {
		s.mu.Lock()
		if s.inflight[room]--; s.inflight[room] <= 0 {
			delete(s.inflight, room)
		}
		s.mu.Unlock()
		g.inflight.Add(-1)
		// An exponential moving average, 1/16 new: cheap, racy only in
		// losing an update now and then.
		old := g.avg.Load()
		g.avg.Store(old + (int64(took)-old)/16)
	}, nil
}

// shed refuses a send for overload; why is what was full.
func (h *Hub) shed(why, msg string) error {
	h.metrics.shed.WithLabelValues(why).Inc()
	return h.overloaded(msg)
}

// overloaded is the refusal, with a hint of when to try again: twice the
// time sends take now.
func (h *Hub) overloaded(msg string) *apperr.Error {
	e := apperr.New(apperr.RateLimited, "%s", msg)
	e.RetryAfter = h.retryAfter()
	return e
}

func (h *Hub) retryAfter() time.Duration {
	d := 2 * time.Duration(h.gate.avg.Load())
	return min(max(d, minRetryAfter), maxRetryAfter).Round(time.Millisecond)
}
