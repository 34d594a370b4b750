package main

import (
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// run is one load run: its members, rooms and measurements.
type run struct {
	cfg     config
	log     io.Writer
	c       counters
	members []*member
	rooms   []*room
	dialers []*websocket.Dialer // members use dialers[idx % len]
	pending sync.WaitGroup      // members whose connection attempt is not over
	closing atomic.Bool         // the run is closing the connections itself
	booths  *boothRun           // the booth side, for the booths scenario's visitors and staff
	brk     *breakRun           // the break scenario's participants
}

// room is one chat room of the run.
type room struct {
	name   string
	quoted string // JSON-quoted, for frames
	joined atomic.Int64

	mu      sync.Mutex
	members []*member // assigned here (joined or joining)
}

func (rm *room) add(m *member) {
	rm.mu.Lock()
	rm.members = append(rm.members, m)
	rm.mu.Unlock()
}

func (rm *room) remove(m *member) {
	rm.mu.Lock()
	defer rm.mu.Unlock()
	for i, x := range rm.members {
		if x == m {
			last := len(rm.members) - 1
			rm.members[i] = rm.members[last]
			rm.members[last] = nil
			rm.members = rm.members[:last]
			return
		}
	}
}

// pick returns a random member of the room, or nil.
func (rm *room) pick() *member {
	rm.mu.Lock()
	defer rm.mu.Unlock()
	if len(rm.members) == 0 {
		return nil
	}
	return rm.members[rand.IntN(len(rm.members))]
}

func newRun(cfg config, tokens []string, log io.Writer) *run {
	r := &run{cfg: cfg, log: log}
	for _, name := range cfg.roomNames {
		r.rooms = append(r.rooms, &room{name: name, quoted: strconv.Quote(name)})
	}
	if cfg.localIPs > 0 {
		for k := range cfg.localIPs {
			r.dialers = append(r.dialers, newDialer(sourceIP(k)))
		}
	} else {
		r.dialers = []*websocket.Dialer{newDialer(nil)}
	}
	nodes := max(1, len(cfg.wsURLs))
	for i := range cfg.users {
		m := &member{idx: i, token: tokens[i], room: -1, node: i % nodes}
		if len(r.rooms) > 0 {
			m.room = i % len(r.rooms)
			r.rooms[m.room].add(m)
			// The members of a room are i, i+rooms, i+2*rooms...: they
			// take the nodes in turn, so that every room spans them all.
			m.node = (i / len(r.rooms)) % nodes
		}
		r.members = append(r.members, m)
	}
	return r
}

// connectAll opens the connections at the ramp rate and waits until every
// attempt is over, or connect-timeout after the last one started.
func (r *run) connectAll(ctx context.Context) time.Duration {
	start := time.Now()
	r.pending.Add(len(r.members))
	sem := make(chan struct{}, maxDialsInFlight)
	interval := time.Duration(float64(time.Second) / r.cfg.ramp)
	progress := time.NewTicker(2 * time.Second)
	defer progress.Stop()
	for i, m := range r.members {
		if wait := time.Until(start.Add(time.Duration(i) * interval)); wait > 0 {
			select {
			case <-time.After(wait):
			case <-ctx.Done():
				r.abandon(r.members[i:])
				return time.Since(start)
			}
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			r.abandon(r.members[i:])
			return time.Since(start)
		}
		m.release = func() { <-sem }
		go r.connect(ctx, m)
		select {
		case <-progress.C:
			r.progress(start)
		default:
		}
	}
	done := make(chan struct{})
	go func() { r.pending.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(r.cfg.connectTimeout):
		fmt.Fprintf(r.log, "  some connections did not settle within %v\n", r.cfg.connectTimeout)
	case <-ctx.Done():
	}
	return time.Since(start)
}

func (r *run) abandon(ms []*member) {
	for _, m := range ms {
		r.settle(m)
	}
}

func (r *run) progress(start time.Time) {
	fmt.Fprintf(r.log, "  %6.1fs  connected %d/%d, joined %d, failed %d\n", time.Since(start).Seconds(),
		r.c.connected.Load(), len(r.members), r.c.joined.Load(), r.c.connectFails.total())
}

// chat runs the senders, movers and heartbeats until ctx ends.
func (r *run) chat(ctx context.Context) {
	var wg sync.WaitGroup
	if rate := r.cfg.ratePerRoom(); rate > 0 {
		for _, rm := range r.rooms {
			wg.Add(1)
			go func() { defer wg.Done(); r.sender(ctx, rm, rate) }()
		}
	}
	if r.cfg.moveEvery > 0 && len(r.rooms) > 1 {
		wg.Add(1)
		go func() { defer wg.Done(); r.mover(ctx) }()
	}
	if r.cfg.heartbeat > 0 {
		wg.Add(1)
		go func() { defer wg.Done(); r.heartbeats(ctx) }()
	}
	wg.Wait()
}

// sender chats in one room at rate messages a second, each from a random
// member, with the send time in the text.
func (r *run) sender(ctx context.Context, rm *room, rate float64) {
	tick := time.Duration(float64(time.Second) / rate)
	tick = min(max(tick, 5*time.Millisecond), time.Second)
	// Spread the rooms' ticks over the first tick; each room sends its
	// first message then, so that over the run it offers its rate (one
	// message per 1/rate seconds from a random start), not a tick less.
	select {
	case <-time.After(time.Duration(rand.Int64N(int64(tick)))):
	case <-ctx.Done():
		return
	}
	t := time.NewTicker(tick)
	defer t.Stop()
	last := time.Now()
	owed := 1.0
	var frame []byte
	for first := true; ; first = false {
		if !first {
			select {
			case <-ctx.Done():
				return
			case now := <-t.C:
				owed += rate * now.Sub(last).Seconds()
				last = now
			}
		}
		for ; owed >= 1; owed-- {
			m := rm.pick()
			if m == nil {
				r.c.sendSkipped.Add(1)
				continue
			}
			m.wmu.Lock()
			if !m.in.Load() || m.room < 0 || r.rooms[m.room] != rm {
				m.wmu.Unlock()
				r.c.sendSkipped.Add(1)
				continue
			}
			now := time.Now()
			members := rm.joined.Load()
			frame = fmt.Appendf(frame[:0], `{"type":"send","id":"s%d.%d","room":%s,"payload":{"text":"t=%d load"}}`,
				members, now.UnixNano(), rm.quoted, now.UnixNano())
			err := m.write(frame)
			m.wmu.Unlock()
			if err != nil {
				r.c.errors.add("send:write")
				continue
			}
			r.c.sent.Add(1)
			r.c.expected.Add(members)
		}
		owed = math.Min(owed, rate) // do not burst after a stall
	}
}

// mover moves a fraction of the members to another room every move-every.
func (r *run) mover(ctx context.Context) {
	t := time.NewTicker(r.cfg.moveEvery)
	defer t.Stop()
	k := max(1, int(math.Round(float64(len(r.members))*r.cfg.moveFraction)))
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for range k {
			m := r.members[rand.IntN(len(r.members))]
			r.move(m)
		}
	}
}

func (r *run) move(m *member) {
	m.wmu.Lock()
	defer m.wmu.Unlock()
	if !m.live.Load() || !m.in.Load() {
		return
	}
	from := m.room
	to := rand.IntN(len(r.rooms) - 1)
	if to >= from {
		to++
	}
	m.in.Store(false)
	r.rooms[from].joined.Add(-1)
	r.rooms[from].remove(m)
	leave := fmt.Appendf(nil, `{"type":"leave","id":"l","room":%s}`, r.rooms[from].quoted)
	if m.write(leave) != nil {
		return
	}
	r.rooms[to].add(m)
	if r.writeJoin(m, to) == nil {
		r.c.moves.Add(1)
	}
}

// heartbeats pings every member once per heartbeat interval, spread
// evenly, and measures the round trips.
func (r *run) heartbeats(ctx context.Context) {
	const step = 100 * time.Millisecond
	per := max(1, int(math.Ceil(float64(len(r.members))*float64(step)/float64(r.cfg.heartbeat))))
	t := time.NewTicker(step)
	defer t.Stop()
	next := 0
	var frame []byte
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for range per {
			m := r.members[next]
			next = (next + 1) % len(r.members)
			if !m.live.Load() {
				continue
			}
			m.wmu.Lock()
			frame = fmt.Appendf(frame[:0], `{"type":"ping","id":"p%d","payload":{}}`, time.Now().UnixNano())
			err := m.write(frame)
			m.wmu.Unlock()
			if err == nil {
				r.c.pings.Add(1)
			}
		}
	}
}

// drain waits, up to d, for the replies and deliveries of what was sent.
func (r *run) drain(d time.Duration) {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		replied := r.c.sendOK.Load() + r.c.sendFailed.Load()
		if replied >= r.c.sent.Load() && r.c.received.Load() >= r.c.expected.Load() && r.c.pongs.Load() >= r.c.pings.Load() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// closeAll ends every connection, in parallel.
func (r *run) closeAll() {
	r.closing.Store(true)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 256)
	for _, m := range r.members {
		m.wmu.Lock()
		ws := m.ws
		m.wmu.Unlock()
		if ws == nil {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			_ = ws.Close()
		}()
	}
	wg.Wait()
}

// clientMemory is this process's heap and stacks.
func clientMemory() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse + ms.StackInuse
}
