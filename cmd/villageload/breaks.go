package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The break scenario: a coffee break by language as the event holds one.
// The secretariat (a token the tool signs for the demo village's person 1)
// schedules a break; every simulated participant, connected over a
// WebSocket, reads their own profile and signs up over REST with the
// languages of it that the break offers, joins the break's room before the
// start and stays to the end. At each round the node seats them and tells
// each their table (break.table); they join the table's room, say a few
// lines and move on at the next round. The tool measures what the people
// were told: who was seated and how soon after the round began, who waited
// and why, tables whose language a member did not choose, people alone,
// pairs seated together again, the chat at the tables; and, from the
// secretariat's figures before and after, the new contacts the product
// recorded.

// breakRun is the break scenario's run.
type breakRun struct {
	cfg    config
	r      *run
	log    io.Writer
	sec    *restClient
	client *http.Client

	brk    breakInfo
	room   string // the break's room, JSON-quoted
	people []*breakPerson
	byID   map[string]int32 // person ID: member index; read-only once built
	rounds []*roundObs      // round n is rounds[n-1]

	tmu    sync.Mutex
	tables map[string]*tableRoom

	stopped atomic.Bool // no more chat once the break is over
	c       breakCounters
}

// breakInfo is a break as the REST API shows it.
type breakInfo struct {
	ID           string    `json:"id"`
	StartsAt     time.Time `json:"starts_at"`
	EndsAt       time.Time `json:"ends_at"`
	Languages    []string  `json:"languages"`
	TableSize    int       `json:"table_size"`
	RoundMinutes int       `json:"round_minutes"`
	Rounds       int       `json:"rounds"`
	RoundSeconds int       `json:"round_seconds"`
	Room         string    `json:"room"`
}

// breakPerson is what a participant of the break keeps beyond a member's.
type breakPerson struct {
	id       string
	langs    []string // chosen at signing up, most preferred first
	signedUp bool
	in       atomic.Bool // in the break's room

	// Under the member's wmu: the table room joined or being joined.
	table   *tableRoom
	joinSeq int  // table joins asked, to match their replies
	seated  bool // the latest table join was answered
}

// tableRoom is one table's chat room.
type tableRoom struct {
	name, quoted string
	round        int
	endsAt       time.Time
	joined       atomic.Int64 // the run's members whose join was answered
	size         atomic.Int64 // people at it, as the latest break.table said
}

// roundObs is one round as the participants saw it.
type roundObs struct {
	n                int
	startsAt, endsAt time.Time
	present          atomic.Int64 // in the break's room when the round began

	mu      sync.Mutex
	seat    map[int32]*seatObs // the latest break.table of the round, by member
	waiting map[int32]string   // the reason of the latest break.waiting
	pairs   map[uint64]bool    // every pair of participants that a break.table put together
	server  *roundSummary      // the latest break.round

	toSeat                                    histogram // round start to each person's first break.table
	sent, acked, refused, expected, delivered atomic.Int64
}

// seatObs is a person's table in a round.
type seatObs struct {
	room     string
	language string
	members  int
	mismatch bool // a table of the round was in a language they did not choose
}

type roundSummary struct {
	Tables  int `json:"tables"`
	Seated  int `json:"seated"`
	Waiting int `json:"waiting"`
}

type breakCounters struct {
	profiles      atomic.Int64
	signedUp      atomic.Int64
	noLanguage    atomic.Int64 // no language of their profile is offered
	signUpFailed  tally
	inBreak       atomic.Int64
	joinRetries   atomic.Int64
	joinLat       histogram
	tablesJoined  atomic.Int64
	unknownEvents atomic.Int64 // events of another break or an unknown round
	chatSkipped   atomic.Int64 // lines not said: the person had moved on
	errors        tally
}

// Defaults of the break scenario.
const (
	DefaultBreakMinutes = 30
	DefaultRoundMinutes = 10
	DefaultChatLines    = 3
	// ContactsTarget is issue 12's target: distinct new contacts from one
	// break (the reference event recorded about 250 in all).
	ContactsTarget = 10000
	// breakOpensBefore is how long before its start a break's room lets
	// its people in (matching.BreakOpensBefore: real minutes, whatever the
	// break's minute).
	breakOpensBefore = 5 * time.Minute
)

// newBreakRun prepares the participants: tokens for the members, in order.
func newBreakRun(cfg config, firstParticipant int, tokens []string, sec *restClient, log io.Writer) *breakRun {
	noRooms := cfg
	noRooms.roomNames, noRooms.users = nil, len(tokens)
	b := &breakRun{cfg: cfg, log: log, sec: sec, byID: map[string]int32{}, tables: map[string]*tableRoom{},
		client: &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: cfg.registerConcurrency}}}
	b.r = newRun(noRooms, tokens, log)
	b.r.brk = b
	for i := range tokens {
		id := mintID(cfg.mintIDs, firstParticipant, i)
		b.people = append(b.people, &breakPerson{id: id})
		b.byID[id] = int32(i)
	}
	return b
}

// minute is how long one of the break's minutes lasts on the node (its
// VILLAGE_BREAK_MINUTE), as the break's round_seconds tell.
func (b *breakRun) minute() time.Duration {
	if b.brk.RoundMinutes <= 0 {
		return time.Minute
	}
	return b.roundLength() / time.Duration(b.brk.RoundMinutes)
}

// schedule schedules the break, as the secretariat, to start at start and
// last -break-minutes of its own minutes: the node says how long those
// last (round_seconds) once the break is scheduled, and the end is moved
// to match when they are not real minutes.
func (b *breakRun) schedule(ctx context.Context, start time.Time) error {
	in := map[string]any{
		"title":         "villageload coffee break " + b.cfg.runID,
		"starts_at":     start.UTC().Format(time.RFC3339),
		"ends_at":       start.Add(time.Duration(b.cfg.breakMinutes) * time.Minute).UTC().Format(time.RFC3339),
		"round_minutes": b.cfg.roundMinutes,
	}
	if b.cfg.tableSize > 0 {
		in["table_size"] = b.cfg.tableSize
	}
	if err := b.sec.do(ctx, http.MethodPost, "/api/breaks", in, &b.brk); err != nil {
		return fmt.Errorf("schedule the break as the secretariat: %w", err)
	}
	if b.brk.RoundSeconds <= 0 {
		return fmt.Errorf("the node's break has no round_seconds: is it older than VILLAGE_BREAK_MINUTE?")
	}
	if m := b.minute(); m != time.Minute {
		end := map[string]any{"ends_at": start.Add(time.Duration(b.cfg.breakMinutes) * m).UTC().Format(time.RFC3339)}
		if err := b.sec.do(ctx, http.MethodPatch, "/api/breaks/"+b.brk.ID, end, &b.brk); err != nil {
			return fmt.Errorf("set the break's end in its minutes of %v: %w", m, err)
		}
	}
	b.room = strconv.Quote(b.brk.Room)
	b.setRounds()
	return nil
}

// later moves the break, before it starts, to start at start, as long as
// it was: the sign-ups took longer than planned.
func (b *breakRun) later(ctx context.Context, start time.Time) error {
	in := map[string]any{
		"starts_at": start.UTC().Format(time.RFC3339),
		"ends_at":   start.Add(b.brk.EndsAt.Sub(b.brk.StartsAt)).UTC().Format(time.RFC3339),
	}
	if err := b.sec.do(ctx, http.MethodPatch, "/api/breaks/"+b.brk.ID, in, &b.brk); err != nil {
		return fmt.Errorf("move the break's start: %w", err)
	}
	b.setRounds()
	return nil
}

// setRounds lays out the rounds of the break as scheduled; nobody is in
// its room yet, so no event reads them.
func (b *breakRun) setRounds() {
	b.rounds = nil
	for n := 1; n <= b.brk.Rounds; n++ {
		ro := &roundObs{n: n, seat: map[int32]*seatObs{}, waiting: map[int32]string{}, pairs: map[uint64]bool{}}
		ro.startsAt = b.brk.StartsAt.Add(time.Duration(n-1) * b.roundLength())
		ro.endsAt = ro.startsAt.Add(b.roundLength())
		if ro.endsAt.After(b.brk.EndsAt) {
			ro.endsAt = b.brk.EndsAt
		}
		b.rounds = append(b.rounds, ro)
	}
}

// roundLength is a full round's real length.
func (b *breakRun) roundLength() time.Duration {
	return time.Duration(b.brk.RoundSeconds) * time.Second
}

// figures reads the secretariat's contact figures.
func (b *breakRun) figures(ctx context.Context) (ContactFigures, error) {
	var f ContactFigures
	err := b.sec.get(ctx, "/api/contacts/figures", &f)
	return f, err
}

// signUp reads each connected participant's profile and signs them up
// with the languages of it that the break offers, in the profile's order.
func (b *breakRun) signUp(ctx context.Context) {
	parallel(len(b.people), b.cfg.registerConcurrency, func(i int) {
		m, p := b.r.members[i], b.people[i]
		if ctx.Err() != nil || !m.live.Load() {
			return
		}
		c := &restClient{base: b.cfg.url, token: m.token, http: b.client}
		var me struct {
			Languages []string `json:"languages"`
		}
		if err := c.get(ctx, "/api/me", &me); err != nil {
			b.c.signUpFailed.add("me:" + restCode(err))
			return
		}
		b.c.profiles.Add(1)
		var langs []string
		for _, l := range me.Languages {
			if slices.Contains(b.brk.Languages, l) {
				langs = append(langs, l)
			}
		}
		if len(langs) == 0 {
			b.c.noLanguage.Add(1)
			return
		}
		err := c.do(ctx, http.MethodPost, "/api/breaks/"+b.brk.ID+"/signup", map[string]any{"languages": langs}, nil)
		if err != nil {
			b.c.signUpFailed.add("signup:" + restCode(err))
			return
		}
		p.langs, p.signedUp = langs, true
		b.c.signedUp.Add(1)
	})
}

// restCode is the stable code of a REST error, or "error".
func restCode(err error) string {
	var re *restError
	if errors.As(err, &re) {
		return re.code
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return "timeout"
	}
	return "error"
}

// enter joins everyone signed up to the break's room at the ramp rate, and
// waits, up to the connect timeout, until they are in.
func (b *breakRun) enter(ctx context.Context) int64 {
	interval := time.Duration(float64(time.Second) / b.cfg.ramp)
	start := time.Now()
	want := int64(0)
	for i, p := range b.people {
		if !p.signedUp || !b.r.members[i].live.Load() {
			continue
		}
		if wait := time.Until(start.Add(time.Duration(want) * interval)); wait > 0 && !sleepCtx(ctx, wait) {
			break
		}
		want++
		b.joinBreak(b.r.members[i])
	}
	deadline := time.Now().Add(b.cfg.connectTimeout)
	for b.c.inBreak.Load() < want && time.Now().Before(deadline) && sleepCtx(ctx, 20*time.Millisecond) {
	}
	return want
}

func (b *breakRun) joinBreak(m *member) {
	m.wmu.Lock()
	err := m.write(fmt.Appendf(nil, `{"type":"join","id":"B%d","room":%s,"payload":{}}`, time.Now().UnixNano(), b.room))
	m.wmu.Unlock()
	if err != nil {
		b.c.errors.add("break-join:write")
	}
}

// watch follows the rounds until the break ends: it counts who is in the
// break's room as each round begins and prints each round once it is over.
func (b *breakRun) watch(ctx context.Context) {
	for _, ro := range b.rounds {
		if !sleepCtx(ctx, time.Until(ro.startsAt)) {
			return
		}
		ro.present.Store(b.c.inBreak.Load())
		fmt.Fprintf(b.log, "round %d of %d began with %d in the break's room\n", ro.n, len(b.rounds), ro.present.Load())
		if !sleepCtx(ctx, time.Until(ro.endsAt)) {
			return
		}
		br := b.roundReport(ro)
		fmt.Fprintf(b.log, "round %d: %d seated at %d tables, %d waiting, %d mismatched, %d alone, %d repeat pairs; to seat p50 %.0fms p99 %.0fms; chat %d sent, %d delivered of %d\n",
			ro.n, br.Seated, br.Tables, br.Waiting, br.Mismatches, br.Alone, br.RepeatPairs,
			br.TimeToSeat.P50, br.TimeToSeat.P99, br.Chat.Sent, br.Chat.Delivered, br.Chat.Expected)
	}
}

// event takes a break event that came to member m.
func (b *breakRun) event(m *member, typ string, data []byte) {
	now := time.Now()
	var env struct {
		Payload struct {
			BreakID  string    `json:"break_id"`
			Round    int       `json:"round"`
			Language string    `json:"language"`
			Room     string    `json:"room"`
			Reason   string    `json:"reason"`
			StartsAt time.Time `json:"starts_at"`
			EndsAt   time.Time `json:"ends_at"`
			Members  []struct {
				ID string `json:"id"`
			} `json:"members"`
			roundSummary
		} `json:"payload"`
	}
	if json.Unmarshal(data, &env) != nil {
		b.c.errors.add(typ + ":unreadable")
		return
	}
	ev := env.Payload
	if ev.BreakID != b.brk.ID || ev.Round < 1 || ev.Round > len(b.rounds) {
		b.c.unknownEvents.Add(1)
		return
	}
	ro := b.rounds[ev.Round-1]
	if typ == "break.round" {
		s := ev.roundSummary
		ro.mu.Lock()
		ro.server = &s
		ro.mu.Unlock()
		return
	}
	idx := int32(m.idx)
	p := b.people[m.idx]
	if typ == "break.waiting" {
		ro.mu.Lock()
		ro.waiting[idx] = ev.Reason
		ro.mu.Unlock()
		b.leaveTable(m, p)
		return
	}
	// break.table
	mismatch := !slices.Contains(p.langs, ev.Language)
	ro.mu.Lock()
	old := ro.seat[idx]
	ro.seat[idx] = &seatObs{room: ev.Room, language: ev.Language, members: len(ev.Members),
		mismatch: mismatch || (old != nil && old.mismatch)}
	delete(ro.waiting, idx)
	ids := make([]int32, 0, len(ev.Members))
	for _, x := range ev.Members {
		if j, ok := b.byID[x.ID]; ok {
			ids = append(ids, j)
		}
	}
	for i, a := range ids {
		for _, c := range ids[i+1:] {
			ro.pairs[pairKey(a, c)] = true
		}
	}
	ro.mu.Unlock()
	if old == nil {
		ro.toSeat.record(now.Sub(ev.StartsAt))
	}
	m.wmu.Lock()
	defer m.wmu.Unlock()
	if p.table != nil && p.table.name == ev.Room {
		p.table.size.Store(int64(len(ids))) // the same table: someone came or went
		return
	}
	b.leaveTableLocked(m, p)
	p.table = b.tableRoom(ev.Room, ev.Round, ev.EndsAt)
	p.table.size.Store(int64(len(ids)))
	p.joinSeq++
	if m.write(fmt.Appendf(nil, `{"type":"join","id":"T%d.%d","room":%s,"payload":{}}`, p.joinSeq, now.UnixNano(), p.table.quoted)) != nil {
		b.c.errors.add("table-join:write")
	}
}

func pairKey(a, c int32) uint64 {
	if a > c {
		a, c = c, a
	}
	return uint64(a)<<32 | uint64(c)
}

func (b *breakRun) tableRoom(name string, round int, endsAt time.Time) *tableRoom {
	b.tmu.Lock()
	defer b.tmu.Unlock()
	t := b.tables[name]
	if t == nil {
		t = &tableRoom{name: name, quoted: strconv.Quote(name), round: round, endsAt: endsAt}
		b.tables[name] = t
	}
	return t
}

func (b *breakRun) leaveTable(m *member, p *breakPerson) {
	m.wmu.Lock()
	b.leaveTableLocked(m, p)
	m.wmu.Unlock()
}

// leaveTableLocked leaves the person's table room, if any; m.wmu is held.
func (b *breakRun) leaveTableLocked(m *member, p *breakPerson) {
	if p.table == nil {
		return
	}
	if p.seated {
		p.table.joined.Add(-1)
	}
	_ = m.write(fmt.Appendf(nil, `{"type":"leave","id":"L","room":%s}`, p.table.quoted))
	p.table, p.seated = nil, false
}

// reply takes the reply (code "") or refusal of a request of the break
// scenario: "B<unixnano>" the break room's join, "T<join seq>.<unixnano>"
// a table's join, "C<round>.<expected>.<unixnano>" a line said at a table,
// "L" a table left.
func (b *breakRun) reply(m *member, id, code string) {
	p := b.people[m.idx]
	switch id[0] {
	case 'B':
		if code == "" {
			if at, err := strconv.ParseInt(id[1:], 10, 64); err == nil {
				b.c.joinLat.record(time.Duration(time.Now().UnixNano() - at))
			}
			if !p.in.Swap(true) {
				b.c.inBreak.Add(1)
			}
			return
		}
		// Before the room opens: try again in a second, until the start.
		if code == "forbidden" && time.Now().Before(b.brk.StartsAt) && !b.stopped.Load() {
			b.c.joinRetries.Add(1)
			time.AfterFunc(time.Second, func() { b.joinBreak(m) })
			return
		}
		b.c.errors.add("break-join:" + code)
	case 'T':
		seq, _, ok := parseDotID(id)
		if code != "" {
			// gone: the table's round ended before the join came.
			b.c.errors.add("table-join:" + code)
			m.wmu.Lock()
			if ok && p.table != nil && seq == p.joinSeq {
				p.table = nil // not in it: nothing to leave
			}
			m.wmu.Unlock()
			return
		}
		m.wmu.Lock()
		t := p.table
		current := ok && t != nil && seq == p.joinSeq && !p.seated
		if current {
			p.seated = true
			t.joined.Add(1)
		}
		m.wmu.Unlock()
		if current {
			b.c.tablesJoined.Add(1)
			b.plan(m, p, t)
		}
	case 'C':
		round, rest, _ := strings.Cut(id[1:], ".")
		n, _ := strconv.Atoi(round)
		if n < 1 || n > len(b.rounds) {
			return
		}
		ro := b.rounds[n-1]
		exp, at, ok := parseDotID("x" + rest)
		if code == "" {
			ro.acked.Add(1)
			if ok {
				b.r.c.sendLat.record(time.Duration(time.Now().UnixNano() - at))
			}
			return
		}
		ro.refused.Add(1)
		if ok {
			ro.expected.Add(-int64(exp))
		}
		b.c.errors.add("chat:" + code)
	case 'L':
		if code != "" && code != "gone" && code != "not_found" {
			b.c.errors.add("table-leave:" + code)
		}
	}
}

// plan spreads the person's lines at table t over what is left of its
// round (not its last tenth: the tables reshuffle then).
func (b *breakRun) plan(m *member, p *breakPerson, t *tableRoom) {
	left := time.Until(t.endsAt) * 9 / 10
	if left <= 0 {
		return
	}
	for range b.cfg.chatLines {
		time.AfterFunc(between(0, left), func() { b.say(m, p, t, 0) })
	}
}

// say sends one line at table t, if the person is still there. A line
// waits a little (up to sayWaits times sayWait) for everyone the table
// names to be in its room, so that the deliveries expected are the
// table's and not a count of joins under way.
func (b *breakRun) say(m *member, p *breakPerson, t *tableRoom, tries int) {
	if b.stopped.Load() {
		return
	}
	if t.joined.Load() < t.size.Load() && tries < sayWaits {
		time.AfterFunc(sayWait, func() { b.say(m, p, t, tries+1) })
		return
	}
	ro := b.rounds[t.round-1]
	m.wmu.Lock()
	defer m.wmu.Unlock()
	if p.table != t || !p.seated || !m.live.Load() {
		b.c.chatSkipped.Add(1)
		return
	}
	now := time.Now()
	expected := t.joined.Load()
	err := m.write(fmt.Appendf(nil, `{"type":"send","id":"C%d.%d.%d","room":%s,"payload":{"text":"t=%d r=%d villageload at the coffee table"}}`,
		t.round, expected, now.UnixNano(), t.quoted, now.UnixNano(), t.round))
	if err != nil {
		b.c.errors.add("chat:write")
		return
	}
	ro.sent.Add(1)
	ro.expected.Add(expected)
}

const (
	sayWait  = 100 * time.Millisecond
	sayWaits = 20
)

var roundMarker = []byte(" r=")

// delivered counts a chat line received, in the round its text names.
func (b *breakRun) delivered(data []byte) {
	i := bytes.Index(data, roundMarker)
	if i < 0 {
		return
	}
	n := 0
	for _, c := range data[i+len(roundMarker):] {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	if n >= 1 && n <= len(b.rounds) {
		b.rounds[n-1].delivered.Add(1)
	}
}

// drain waits, up to d, for the replies and deliveries of the lines said.
func (b *breakRun) drain(d time.Duration) {
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		done := true
		for _, ro := range b.rounds {
			if ro.acked.Load()+ro.refused.Load() < ro.sent.Load() || ro.delivered.Load() < ro.expected.Load() {
				done = false
			}
		}
		if done {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// prep is the time the run leaves before the break starts: to connect,
// sign up (a few milliseconds each, register-concurrency at once) and
// enter the break's room, and then -break-lead. The room opens
// breakOpensBefore the start, and the tool enters no earlier.
func (b *breakRun) prep() time.Duration {
	users := float64(len(b.people))
	return time.Duration(users/b.cfg.ramp*float64(time.Second))*2 + // connect, then enter
		time.Duration(users/float64(b.cfg.registerConcurrency)*float64(5*time.Millisecond)) +
		b.cfg.breakLead
}

// runBreakScenario runs the break scenario on the demo village: its
// participants, in ID order, with tokens the tool signs; its secretariat
// (person 1) schedules the break and reads the figures.
func runBreakScenario(ctx context.Context, cfg config, rep *Report, log, stdout io.Writer) error {
	vil, err := discoverVillage(ctx, cfg, cfg.users)
	if err != nil {
		return err
	}
	cfg.mintFrom = vil.firstParticipant
	// Bounded as if the break's minutes were real ones: the node says how
	// long they last only once the break is scheduled.
	length := time.Duration(cfg.breakMinutes) * time.Minute
	bound := 2*float64(cfg.users)/cfg.ramp*float64(time.Second) + float64(cfg.users)/float64(cfg.registerConcurrency)*float64(50*time.Millisecond)
	total := time.Duration(bound) + cfg.breakLead + 2*cfg.connectTimeout + length + cfg.drain + time.Minute
	until := time.Now().Add(total)
	t0 := time.Now()
	toks, err := mintTokens(cfg.mintSecret, cfg.mintIssuer, cfg.mintAudience, cfg.mintIDs, cfg.mintFrom, cfg.users, until.Add(time.Minute))
	if err != nil {
		return err
	}
	rep.Accounts = accountStats{Minted: len(toks), Seconds: time.Since(t0).Seconds()}
	secTok, err := mintTokens(cfg.mintSecret, cfg.mintIssuer, cfg.mintAudience, cfg.mintIDs, 1, 1, until.Add(time.Minute))
	if err != nil {
		return err
	}
	fmt.Fprintf(log, "accounts: %d tokens minted for %s to %s; the secretariat is %s\n", len(toks),
		mintID(cfg.mintIDs, cfg.mintFrom, 0), mintID(cfg.mintIDs, cfg.mintFrom, len(toks)-1), mintID(cfg.mintIDs, 1, 0))
	sec := &restClient{base: cfg.url, token: secTok[0], http: &http.Client{Timeout: 30 * time.Second}}
	b := newBreakRun(cfg, cfg.mintFrom, toks, sec, log)
	ctx, cancel := context.WithDeadline(ctx, until)
	defer cancel()
	if err := b.run(ctx, rep); err != nil {
		b.r.closeAll()
		return err
	}
	if cfg.jsonOut {
		return rep.writeJSON(stdout)
	}
	rep.print(stdout)
	if rep.Connections.Connected == 0 {
		return errors.New("no connection was made")
	}
	return nil
}

// run is the whole break, from the schedule to the figures after it.
func (b *breakRun) run(ctx context.Context, rep *Report) error {
	before, err := b.figures(ctx)
	if err != nil {
		return fmt.Errorf("read the contact figures as the secretariat: %w", err)
	}
	start := time.Now().Add(b.prep()).Truncate(time.Second).Add(time.Second)
	if err := b.schedule(ctx, start); err != nil {
		return err
	}
	fmt.Fprintf(b.log, "break %s: %s to %s, %d rounds of %d minutes (a minute lasts %v), tables of %d, languages %s\n",
		b.brk.ID, b.brk.StartsAt.Format(time.TimeOnly), b.brk.EndsAt.Format(time.TimeOnly), b.brk.Rounds, b.brk.RoundMinutes,
		b.minute(), b.brk.TableSize, strings.Join(b.brk.Languages, " "))
	runtime.GC()
	rep.Server.Before = scrape(ctx, b.cfg.url)
	clientBefore := clientMemory()
	cpu0, at0 := processCPU(), time.Now()

	fmt.Fprintf(b.log, "connecting %d...\n", len(b.people))
	took := b.r.connectAll(ctx)
	c := &b.r.c
	rep.Connections = Connections{
		Attempted: c.attempted.Load(), Connected: c.connected.Load(),
		Failed: c.connectFails.total(), FailuresByKind: c.connectFails.snapshot(), Seconds: took.Seconds(),
		ConnectLatency: c.connectLat.summary(),
	}
	fmt.Fprintf(b.log, "connected %d/%d in %.1fs, %d failed\n", c.connected.Load(), len(b.people), took.Seconds(), c.connectFails.total())

	t0 := time.Now()
	b.signUp(ctx)
	fmt.Fprintf(b.log, "signed up %d in %.1fs (%d with no language the break offers, failures %s)\n",
		b.c.signedUp.Load(), time.Since(t0).Seconds(), b.c.noLanguage.Load(), joinTally(b.c.signUpFailed.snapshot()))
	enterBy := time.Now().Add(time.Duration(float64(b.c.signedUp.Load())/b.cfg.ramp*float64(time.Second)) + b.cfg.breakLead)
	if enterBy.After(b.brk.StartsAt) {
		if err := b.later(ctx, enterBy.Truncate(time.Second).Add(time.Second)); err != nil {
			return err
		}
		fmt.Fprintf(b.log, "the sign-ups took longer than planned: the break now starts at %s\n", b.brk.StartsAt.Format(time.TimeOnly))
	}

	opens := b.brk.StartsAt.Add(-breakOpensBefore)
	if time.Now().Before(opens) {
		fmt.Fprintf(b.log, "waiting %.1fs for the break's room to open\n", time.Until(opens).Seconds())
		sleepCtx(ctx, time.Until(opens)+100*time.Millisecond)
	}
	t0 = time.Now()
	want := b.enter(ctx)
	fmt.Fprintf(b.log, "in the break's room: %d/%d in %.1fs; the break starts in %.1fs\n",
		b.c.inBreak.Load(), want, time.Since(t0).Seconds(), time.Until(b.brk.StartsAt).Seconds())
	if time.Now().After(b.brk.StartsAt) {
		rep.Notes = append(rep.Notes, "the break began before everyone was in its room: give -break-lead more time")
	}
	rep.Server.Connected = scrape(ctx, b.cfg.url)
	rep.Connections.Joined = b.c.inBreak.Load()
	rep.Connections.JoinLatency = b.c.joinLat.summary()
	cpu1, at1 := processCPU(), time.Now()
	rep.Client.CPUCoresConnect = (cpu1 - cpu0).Seconds() / at1.Sub(at0).Seconds()
	rep.Client.BytesPerConn = perConn(float64(clientMemory())-float64(clientBefore), c.open.Load())

	peaks := &peakSampler{}
	peaks.observe(rep.Server.Connected)
	sctx, stopSampling := context.WithCancel(ctx)
	sampling := make(chan struct{})
	go func() { peaks.run(sctx, b.cfg.url, b.cfg.sample); close(sampling) }()
	b.watch(ctx)
	b.stopped.Store(true)
	b.drain(b.cfg.drain)
	stopSampling()
	<-sampling
	rep.Server.End = scrape(context.Background(), b.cfg.url)
	rep.Client.CPUCoresRun = (processCPU() - cpu1).Seconds() / time.Since(at1).Seconds()
	peaks.observe(rep.Server.End)
	rep.Server.Peak = peaks.peak
	after, err := b.figures(context.Background())
	if err != nil {
		return fmt.Errorf("read the contact figures after the break: %w", err)
	}
	rep.Connections.OpenAtEnd = c.open.Load()
	rep.Connections.PeakOpen = c.peakOpen.Load()
	// The generic figures (presence, errors, closes, the node's memory and
	// CPU); the chat at the tables is counted by round, in rep.Break.
	rep.fill(b.r, time.Since(at1), 0)
	rep.Chat = Chat{}
	rep.Break = b.report(before, after)
	for k, v := range b.c.errors.snapshot() {
		rep.Errors[k] += v
	}
	rep.Break.Latency, rep.Break.SendLatency = c.deliverLat.summary(), c.sendLat.summary()
	rep.Notes = append(rep.Notes, "the deliveries expected at a table are its members whose join the tool had seen answered when each line was sent "+
		"(a line waits up to 2 s for them); a line sent while someone joins may reach them too (docs/protocol.md, join), so a few more than expected is normal")
	b.r.closeAll()
	return nil
}
