package hub

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// Overload. A node offered more chat than it carries refuses new sends
// early, with rate_limited and a hint of when to try again, rather than
// queueing them: queued sends wait behind each other until requests time
// out, and the deliveries that do come pile up in members' send queues
// until they overflow and close (4008) readers that did nothing wrong.
//
// A connection's sends are pipelined: the reader checks and numbers each
// send as it reads it (in memory, no disk), queues it for the committer
// and reads on; the wait for the commit and the reply happen off the
// reader. So the reader never waits on the disk for a send, and what the
// client sends next is read, and can be refused, instead of queueing
// unread in the socket. Replies keep the order of the requests: each send
// replies after the one before it, and any other request waits for the
// sends before it.
//
// A send is refused, before anything is numbered or stored, when
//   - the sender's own send queue is half full or more. Every member of
//     a room receives the same chat, so the sender's queue shows how far
//     behind the room's readers are; refusing here keeps well-behaved
//     readers clear of the overflow. A client that does not read refuses
//     only its own sends (and is closed with 4008 as before). Half, not
//     less: on a node short of CPU a big room's readers lag a second or
//     two, and a quarter (32 frames) is 1.6 s of its chat.
//   - its room already has MaxRoomSendsInFlight sends in progress on this
//     node, so that one busy room cannot take the node's whole share.
//     Sends beyond it would not wait longer (every room's messages share
//     the next commit), so the limit does not tighten when the disk is
//     slow: that is the node's bound.
//   - the node has as many sends in progress as its limit. By Little's
//     law the sends in flight over the rate carried is how long each
//     waits, so a fixed bound would set the wait by the machine's speed:
//     4,096 in flight on a node that carries 4,700 sends a second is a
//     wait of 0.9 s for every accepted send. So the limit adapts, between
//     MinSendsInFlight and MaxSendsInFlight: every limitWindow it shrinks
//     by a quarter while sends take longer than SendWait on average, and
//     grows by an eighth while they do not (additive-increase,
//     multiplicative-decrease, as TCP's congestion window). Under
//     overload it settles where sends take about SendWait, and the rest
//     is refused at once. The floor keeps a node whose disk alone takes
//     longer than SendWait (a remote MongoDB) from starving itself.

// sendInFlight is a connection's chat send between its numbering and its
// reply.
type sendInFlight struct {
	done chan struct{} // closed once its reply is queued
}

// sendBehind handles a send, and any request that comes while sends are
// in progress; true when the request is dealt with. A send is checked and
// numbered here, on the reader, and waits for its commit off it. Other
// requests wait for the sends before them, as they always have: replies
// come in request order.
func (c *Conn) sendBehind(env protocol.Envelope) bool {
	if env.Type != protocol.TypeSend {
		c.awaitSend()
		return false
	}
	prev := c.sending
	if prev != nil {
		select {
		case <-prev.done:
			prev = nil
		default:
		}
	}
	ctx, cancel := context.WithTimeout(c.h.ctx, requestTimeout)
	p, err := c.startChat(ctx, env)
	if err != nil && prev == nil {
		cancel()
		c.sending = nil
		c.answer(env.ID, nil, err)
		return true
	}
	s := &sendInFlight{done: make(chan struct{})}
	c.sending = s
	go func() {
		defer close(s.done)
		defer cancel()
		var result any
		if err == nil {
			result, err = p.wait(ctx)
		}
		if prev != nil {
			<-prev.done
		}
		c.answer(env.ID, result, err)
	}()
	return true
}

// awaitSend waits for the sends in progress: each one's reply comes after
// the one before it, so the last one's is enough.
func (c *Conn) awaitSend() {
	if c.sending != nil {
		<-c.sending.done
		c.sending = nil
	}
}

// pendingChat is an admitted send, numbered and queued for the committer.
type pendingChat struct {
	r       *room
	o       *outgoing
	release func(time.Duration)
	start   time.Time
}

// startChat admits a chat send (or refuses it for overload), checks it and
// numbers its message.
func (c *Conn) startChat(ctx context.Context, env protocol.Envelope) (*pendingChat, error) {
	release, err := c.h.admit(c, env.Room)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	r, o, err := c.chat(ctx, env)
	if err != nil {
		release(time.Since(start))
		return nil, err
	}
	return &pendingChat{r: r, o: o, release: release, start: start}, nil
}

// wait waits for the send's commit, and gives its place back.
func (p *pendingChat) wait(ctx context.Context) (map[string]uint64, error) {
	seq, err := p.r.await(ctx, p.o)
	p.release(time.Since(p.start))
	if err != nil {
		return nil, err
	}
	return map[string]uint64{"seq": seq}, nil
}

// admitChat is a chat send start to end.
func (c *Conn) admitChat(ctx context.Context, env protocol.Envelope) (map[string]uint64, error) {
	p, err := c.startChat(ctx, env)
	if err != nil {
		return nil, err
	}
	return p.wait(ctx)
}

// The bounds of the retry hint.
const (
	minRetryAfter = 100 * time.Millisecond
	maxRetryAfter = 5 * time.Second
)

// limitWindow is how often the node's limit on sends in progress moves.
const limitWindow = 100 * time.Millisecond

// sendGate counts the chat sends in progress on the node and in each room.
type sendGate struct {
	inflight atomic.Int64
	// avg is a moving average of the time an accepted send takes, in
	// nanoseconds: the retry hint, and what moves limit.
	avg atomic.Int64
	// limit is the node's bound on sends in progress now (0: not moved
	// yet, MaxSendsInFlight), and moved when, in Unix nanoseconds.
	limit atomic.Int64
	moved atomic.Int64
	rooms [shardCount]gateShard
}

type gateShard struct {
	mu       sync.Mutex
	inflight map[string]int
}

// admit takes a place for one send in room; release gives it back with the
// time the send took.
func (h *Hub) admit(c *Conn, room string) (release func(time.Duration), err error) {
	g := &h.gate
	if c.send.len() >= max(1, c.send.limit/2) {
		return nil, h.shed("queue", "messages are arriving faster than you read them; try again shortly")
	}
	if g.inflight.Add(1) > h.sendLimit() {
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
		h.moveLimit(time.Now())
	}, nil
}

// sendLimit is the node's bound on sends in progress now.
func (h *Hub) sendLimit() int64 {
	if l := h.gate.limit.Load(); l > 0 {
		return l
	}
	return int64(h.cfg.MaxSendsInFlight)
}

// moveLimit moves the node's limit once a window: down by a quarter while
// sends take longer than SendWait, up by an eighth while they do not.
func (h *Hub) moveLimit(now time.Time) {
	g := &h.gate
	last := g.moved.Load()
	if now.UnixNano()-last < int64(limitWindow) || !g.moved.CompareAndSwap(last, now.UnixNano()) {
		return
	}
	hi := int64(h.cfg.MaxSendsInFlight)
	lo := min(int64(h.cfg.MinSendsInFlight), hi)
	l := h.sendLimit()
	if time.Duration(g.avg.Load()) > h.cfg.SendWait {
		l -= l / 4
	} else {
		l += l/8 + 1
	}
	l = min(max(l, lo), hi)
	g.limit.Store(l)
	h.metrics.sendLimit.Set(float64(l))
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
