package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// The booths scenario's booth side: visitors walk from booth to booth,
// chat a little and sometimes knock; staff of some open booths sit in
// their booth's room and in their staff room, see each knock in the
// queue, and take it after a moment's thought. It runs beside the lobby on
// connections of its own (a run of its own, whose rooms are the booths'
// rooms), so that the lobby's figures stay the lobby's.

// boothRun is the booth side of a run.
type boothRun struct {
	cfg      config
	r        *run    // the visitors' and staff's connections
	sites    []*site // one per booth, in r.rooms order
	staffed  []*site // the booths the run staffs
	openNow  int
	visitors []*member
	staff    []*member
	stopped  atomic.Bool // no more takes once the run is over
	k        knockCounters
}

// site is one booth as the run knows it.
type site struct {
	id, org   string
	room      int    // index in r.rooms
	staffRoom string // JSON-quoted staff:<org>
	staff     []*member

	closed atomic.Bool // a knock here was refused booth_closed: its opening is over

	mu      sync.Mutex
	pending map[string]*pendingKnock // by the visitor's person ID
}

// pendingKnock is a knock: when it was sent, and which of the booth's
// staff (bits by actor.slot) have seen it queued. It stays after it ends,
// until the visitor knocks there again, so that a queue that reaches the
// staff after the visitor learnt the end still counts.
type pendingKnock struct {
	at    time.Time
	seen  uint64
	acked bool
	ended bool
}

// actor is what a visitor or staff member keeps beyond a member's.
type actor struct {
	person string
	site   *site                // staff: their booth
	slot   int                  // staff: their bit in pendingKnock.seen
	events chan string          // visitor: knock replies and events, for the walk
	at     atomic.Pointer[site] // visitor: the booth of their last knock

	mu     sync.Mutex // staff: what they are doing
	queued int        // the length of the last queue seen
	state  int
}

// Staff states.
const (
	staffIdle = iota
	staffThinking
	staffTaking
	staffTalking
)

// knockCounters measure the knocks.
type knockCounters struct {
	visits          atomic.Int64
	asked           atomic.Int64
	acked           atomic.Int64
	taken           atomic.Int64
	withdrawn       atomic.Int64
	declined        atomic.Int64
	unresolved      atomic.Int64
	unanswered      atomic.Int64 // withdrawals with no reply within withdrawWait
	unseen          atomic.Int64 // ended knocks replaced by a new one, unseen
	takes           atomic.Int64
	staffJoined     atomic.Int64
	dropped         atomic.Int64
	askRefused      tally
	withdrawRefused tally
	takeRefused     tally
	queueLat        histogram // knock.ask sent to a knock.queue naming the visitor, at each staff member
	askLat          histogram // knock.ask sent to its reply
}

// newBoothRun places visitors and staff: visitorTokens for the visitors,
// staffIDs and staffTokens for the staff, booths as the village has them.
func newBoothRun(cfg config, v *village, staffed []boothInfo, staffIDs, staffTokens, visitorTokens []string, log io.Writer) *boothRun {
	acfg := cfg
	acfg.users = len(staffTokens) + len(visitorTokens)
	acfg.roomNames = nil
	for _, bi := range v.booths {
		acfg.roomNames = append(acfg.roomNames, "booth:"+bi.ID)
	}
	acfg.rate, acfg.rateTotal = cfg.boothRate, 0
	acfg.moveEvery, acfg.heartbeat = 0, 0 // visitors move by walking; staff stay
	b := &boothRun{cfg: cfg}
	for _, bi := range v.booths {
		if bi.OpenNow {
			b.openNow++
		}
	}
	// The actors connect in no room: the walk and the seating join them.
	noRooms := acfg
	noRooms.roomNames = nil
	b.r = newRun(noRooms, append(append([]string{}, staffTokens...), visitorTokens...), log)
	b.r.cfg = acfg
	for i, name := range acfg.roomNames {
		b.r.rooms = append(b.r.rooms, &room{name: name, quoted: strconv.Quote(name)})
		bi := v.booths[i]
		b.sites = append(b.sites, &site{id: bi.ID, org: bi.OrganisationID, room: i,
			staffRoom: strconv.Quote("staff:" + bi.OrganisationID), pending: map[string]*pendingKnock{}})
	}
	b.r.booths = b
	byID := map[string]*site{}
	for _, s := range b.sites {
		byID[s.id] = s
	}
	k := 0
	for _, bi := range staffed {
		s := byID[bi.ID]
		b.staffed = append(b.staffed, s)
		for slot := range min(cfg.staffPerBooth, len(v.staffOf[bi.OrganisationID])) {
			m := b.r.members[k]
			m.actor = &actor{person: staffIDs[k], site: s, slot: slot}
			s.staff = append(s.staff, m)
			b.staff = append(b.staff, m)
			k++
		}
	}
	for j, m := range b.r.members[k:] {
		m.actor = &actor{person: mintID(cfg.mintIDs, v.firstParticipant+cfg.users, j), events: make(chan string, 8)}
		b.visitors = append(b.visitors, m)
	}
	return b
}

// chooseStaffed picks the booths to staff: open now, with staff, at most n.
func chooseStaffed(v *village, n int) []boothInfo {
	var out []boothInfo
	for _, bi := range v.booths {
		if len(out) < n && bi.OpenNow && len(v.staffOf[bi.OrganisationID]) > 0 {
			out = append(out, bi)
		}
	}
	return out
}

// seat puts every connected staff member in their booth's room and their
// staff room, and waits, up to d, until they are in.
func (b *boothRun) seat(d time.Duration) int64 {
	want := int64(0)
	for _, m := range b.staff {
		if !m.live.Load() {
			continue
		}
		want++
		s := m.actor.site
		m.wmu.Lock()
		b.r.rooms[s.room].add(m)
		err := b.r.writeJoin(m, s.room)
		if err == nil {
			err = m.write(fmt.Appendf(nil, `{"type":"join","id":"g","room":%s,"payload":{"since":0}}`, s.staffRoom))
		}
		m.wmu.Unlock()
		if err != nil {
			b.r.c.errors.add("staff:write")
		}
	}
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) && (b.r.c.joined.Load() < want || b.k.staffJoined.Load() < want) {
		time.Sleep(20 * time.Millisecond)
	}
	return min(b.r.c.joined.Load(), b.k.staffJoined.Load())
}

// run walks the visitors and chats in the booths until ctx ends.
func (b *boothRun) run(ctx context.Context) {
	var wg sync.WaitGroup
	for _, m := range b.visitors {
		wg.Add(1)
		go func() { defer wg.Done(); b.walk(ctx, m) }()
	}
	b.r.chat(ctx)
	wg.Wait()
	b.stopped.Store(true)
}

// between is a random duration in [lo, hi).
func between(lo, hi time.Duration) time.Duration {
	if hi <= lo {
		return lo
	}
	return lo + rand.N(hi-lo)
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// walk is one visitor: into a booth, a few seconds there (perhaps a
// knock), on to the next. Half the visits go to a staffed booth.
func (b *boothRun) walk(ctx context.Context, m *member) {
	if !sleepCtx(ctx, between(0, b.cfg.visit)) { // arrivals spread out
		return
	}
	for ctx.Err() == nil {
		if !m.live.Load() {
			return
		}
		s := b.sites[rand.IntN(len(b.sites))]
		if len(b.staffed) > 0 && rand.IntN(2) == 0 {
			s = b.staffed[rand.IntN(len(b.staffed))]
		}
		if !b.enter(m, s) {
			return
		}
		leaveAt := time.Now().Add(between(b.cfg.visit/2, b.cfg.visit*3/2))
		// A visitor knocks where the village shows staff and an opening.
		if len(s.staff) > 0 && !s.closed.Load() && rand.Float64() < b.cfg.knockFraction {
			if !sleepCtx(ctx, between(300*time.Millisecond, time.Second)) {
				return
			}
			b.knock(ctx, m, s)
		}
		if !sleepCtx(ctx, time.Until(leaveAt)) {
			return
		}
	}
}

// enter leaves the visitor's booth, if any, and joins s's room.
func (b *boothRun) enter(m *member, s *site) bool {
	m.wmu.Lock()
	defer m.wmu.Unlock()
	if !m.live.Load() {
		return false
	}
	if m.room == s.room {
		return true
	}
	if m.room >= 0 {
		from := b.r.rooms[m.room]
		if m.in.Swap(false) {
			from.joined.Add(-1)
		}
		from.remove(m)
		if m.write(fmt.Appendf(nil, `{"type":"leave","id":"l","room":%s}`, from.quoted)) != nil {
			return false
		}
	}
	b.r.rooms[s.room].add(m)
	if b.r.writeJoin(m, s.room) != nil {
		return false
	}
	b.k.visits.Add(1)
	return true
}

// knock asks s's staff to talk, waits to be taken, and withdraws when
// patience runs out.
func (b *boothRun) knock(ctx context.Context, m *member, s *site) {
	a := m.actor
	// In the room first: a knock from outside is refused.
	for deadline := time.Now().Add(2 * time.Second); !m.in.Load(); {
		if time.Now().After(deadline) || !sleepCtx(ctx, 20*time.Millisecond) {
			return
		}
	}
	for len(a.events) > 0 { // what is left of an earlier knock
		<-a.events
	}
	now := time.Now()
	a.at.Store(s)
	s.mu.Lock()
	if old := s.pending[a.person]; old != nil && old.unseen() {
		b.k.unseen.Add(1)
	}
	s.pending[a.person] = &pendingKnock{at: now}
	s.mu.Unlock()
	m.wmu.Lock()
	err := m.write(fmt.Appendf(nil, `{"type":"knock.ask","id":"k%d","room":%s,"payload":{"text":"villageload"}}`,
		now.UnixNano(), b.r.rooms[s.room].quoted))
	m.wmu.Unlock()
	if err != nil {
		s.forget(a.person, false)
		b.r.c.errors.add("knock.ask:write")
		return
	}
	b.k.asked.Add(1)
	acked := false
	patience := time.NewTimer(between(b.cfg.patience/2, b.cfg.patience*3/2))
	defer patience.Stop()
	for {
		select {
		case <-ctx.Done():
			// Open at the end: withdrawn, so that a node used again has
			// no knocks left waiting from this run.
			b.k.unresolved.Add(1)
			s.forget(a.person, acked)
			m.wmu.Lock()
			_ = m.write(fmt.Appendf(nil, `{"type":"knock.withdraw","id":"w%d","payload":{"booth":%q}}`, time.Now().UnixNano(), s.id))
			m.wmu.Unlock()
			return
		case ev := <-a.events:
			switch ev {
			case "ask":
				acked = true
				continue
			case "taken":
				b.k.taken.Add(1)
			case "declined":
				b.k.declined.Add(1)
			}
			// taken, declined or refused (counted by code)
			s.forget(a.person, acked)
			return
		case <-patience.C:
		}
		break
	}
	m.wmu.Lock()
	err = m.write(fmt.Appendf(nil, `{"type":"knock.withdraw","id":"w%d","payload":{"booth":%q}}`, time.Now().UnixNano(), s.id))
	m.wmu.Unlock()
	if err != nil {
		b.r.c.errors.add("knock.withdraw:write")
	}
	defer func() { s.forget(a.person, acked) }() // acked may come late
	wait := time.NewTimer(withdrawWait)
	defer wait.Stop()
	for {
		select {
		case <-ctx.Done():
			b.k.unresolved.Add(1)
			return
		case <-wait.C:
			b.k.unanswered.Add(1)
			return
		case ev := <-a.events:
			switch ev {
			case "ask":
				acked = true
			case "withdrawn":
				b.k.withdrawn.Add(1)
				return
			case "taken": // staff were quicker
				b.k.taken.Add(1)
				return
			case "declined":
				b.k.declined.Add(1)
				return
			}
			// a refused withdrawal: conflict (taken first; knock.taken
			// follows) or not_found
		}
	}
}

// withdrawWait bounds the wait for a withdrawal's reply (and for the
// knock.taken that follows one refused conflict).
const withdrawWait = 10 * time.Second

// forget marks a knock ended, and whether it was acknowledged.
func (s *site) forget(person string, acked bool) {
	s.mu.Lock()
	if p := s.pending[person]; p != nil {
		p.acked, p.ended = acked, true
	}
	s.mu.Unlock()
}

// unseen: acknowledged, ended, and no staff member saw it queued; s.mu is
// held.
func (p *pendingKnock) unseen() bool { return p.ended && p.acked && p.seen == 0 }

// unseenTotal counts the knocks no staff member saw queued, once the run is
// over.
func (b *boothRun) unseenTotal() int64 {
	n := b.k.unseen.Load()
	for _, s := range b.sites {
		s.mu.Lock()
		for _, p := range s.pending {
			if p.unseen() {
				n++
			}
		}
		s.mu.Unlock()
	}
	return n
}

// tell passes a knock reply or event to the visitor's walk.
func (b *boothRun) tell(m *member, ev string) {
	if m.actor == nil || m.actor.events == nil {
		return
	}
	select {
	case m.actor.events <- ev:
	default:
		b.k.dropped.Add(1)
	}
}

// reply takes the reply (code "") or refusal of a booth request; it
// returns the label of an error to count, or "" for an outcome measured
// here.
func (b *boothRun) reply(m *member, id, code string) string {
	at, _ := strconv.ParseInt(id[1:], 10, 64)
	switch id[0] {
	case 'k':
		if at > 0 {
			b.k.askLat.record(time.Duration(time.Now().UnixNano() - at))
		}
		if code == "" {
			b.k.acked.Add(1)
			b.tell(m, "ask")
		} else {
			b.k.askRefused.add(code)
			if s := m.actor.at.Load(); s != nil && code == "booth_closed" {
				s.closed.Store(true)
			}
			b.tell(m, "ask:"+code)
		}
	case 'w':
		if code == "" {
			b.tell(m, "withdrawn")
		} else {
			b.k.withdrawRefused.add(code)
			b.tell(m, "withdraw:"+code)
		}
	case 'g':
		if code != "" {
			return "staff-join:" + code
		}
		b.k.staffJoined.Add(1)
	case 't':
		b.took(m, code)
	}
	return ""
}

// queue reads a knock.queue at a staff member: the first sight of each
// knock there is its latency; then the staff member may take one.
func (b *boothRun) queue(m *member, data []byte) {
	now := time.Now()
	a := m.actor
	if a == nil || a.site == nil {
		return
	}
	var env struct {
		Payload struct {
			Booth  string `json:"booth"`
			Knocks []struct {
				Visitor struct {
					ID string `json:"id"`
				} `json:"visitor"`
			} `json:"knocks"`
		} `json:"payload"`
	}
	if json.Unmarshal(data, &env) != nil || env.Payload.Booth != a.site.id {
		return
	}
	s, bit := a.site, uint64(1)<<a.slot
	s.mu.Lock()
	for _, k := range env.Payload.Knocks {
		if p := s.pending[k.Visitor.ID]; p != nil && p.seen&bit == 0 {
			p.seen |= bit
			b.k.queueLat.record(now.Sub(p.at))
		}
	}
	s.mu.Unlock()
	b.sees(m, len(env.Payload.Knocks))
}

// sees: a staff member who is free and sees people waiting takes the next
// one after a moment's thought.
func (b *boothRun) sees(m *member, n int) {
	a := m.actor
	a.mu.Lock()
	defer a.mu.Unlock()
	a.queued = n
	if a.state != staffIdle || n == 0 || b.stopped.Load() {
		return
	}
	a.state = staffThinking
	time.AfterFunc(between(b.cfg.staffThink/2, b.cfg.staffThink*3/2), func() { b.take(m) })
}

func (b *boothRun) take(m *member) {
	a := m.actor
	a.mu.Lock()
	if a.queued == 0 || b.stopped.Load() {
		a.state = staffIdle
		a.mu.Unlock()
		return
	}
	a.state = staffTaking
	a.mu.Unlock()
	m.wmu.Lock()
	err := m.write(fmt.Appendf(nil, `{"type":"knock.take","id":"t%d","payload":{"booth":%q}}`, time.Now().UnixNano(), a.site.id))
	m.wmu.Unlock()
	if err != nil {
		a.mu.Lock()
		a.state = staffIdle
		a.mu.Unlock()
	}
}

// took: a take that succeeded starts a talk of a few seconds; one a
// colleague beat (conflict, not_found) leaves the staff member free.
func (b *boothRun) took(m *member, code string) {
	a := m.actor
	if code != "" {
		b.k.takeRefused.add(code)
		a.mu.Lock()
		a.state = staffIdle
		n := a.queued
		a.mu.Unlock()
		b.sees(m, n)
		return
	}
	b.k.takes.Add(1)
	a.mu.Lock()
	a.state = staffTalking
	a.mu.Unlock()
	time.AfterFunc(between(b.cfg.staffTalk/2, b.cfg.staffTalk*3/2), func() {
		a.mu.Lock()
		a.state = staffIdle
		n := a.queued
		a.mu.Unlock()
		b.sees(m, n)
	})
}
