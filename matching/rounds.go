package matching

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// Rounds of a break, as the running system seats them.
//
// Every node runs Breaks.Run: each tick it looks for breaks whose current
// round nobody on this node has tried yet and tries to claim the key
// (break, round) in the store. Of all nodes exactly one claim succeeds; that
// node seats the round: it reads the sign-ups (one query), takes those
// present in the break's waiting room (the hub's presence, merged across
// nodes), loads who already met among them (package contacts, which also
// holds the earlier rounds' tables), runs Seat, stores the round, records
// every table's pairs as contacts and tells each person their table or why
// they wait. For the rest of the round one node at a time keeps the seating
// right as people arrive late or leave (Arrive, Leave), in terms of
// KeepTerm that the nodes claim the same way (the round's claim is the
// first term): one writer per term, so the round's document is written
// blind, never read, changed and written by two, and a keeper that dies is
// replaced at the next term.

// Round is one seated round of a break. Its ID is (break, round): the
// node that seats the round inserts it once, after winning the claim.
type Round struct {
	ID       string    `json:"id" bson:"_id"` // RoundID(BreakID, Number)
	BreakID  string    `json:"break_id" bson:"break_id"`
	Number   int       `json:"number" bson:"number"`
	StartsAt time.Time `json:"starts_at" bson:"starts_at"`
	EndsAt   time.Time `json:"ends_at" bson:"ends_at"`
	Seating  Seating   `json:"seating" bson:"seating"`
	// People are the public cards (name, role, photo) of everyone in the
	// seating, as the live side knew them when they came.
	People    []protocol.Member `json:"people" bson:"people"`
	SeatedAt  time.Time         `json:"seated_at" bson:"seated_at"`
	UpdatedAt time.Time         `json:"updated_at" bson:"updated_at"`
}

// RoundID is the key of round n of breakID.
func RoundID(breakID string, n int) string { return breakID + "/" + strconv.Itoa(n) }

// RoundClaim is the claim whose winner seats round n of breakID.
func RoundClaim(breakID string, n int) string { return "break-round:" + RoundID(breakID, n) }

// RoundStore keeps the seated rounds. Errors wrap store.ErrNotFound and
// store.ErrDuplicate.
type RoundStore interface {
	// CreateRound inserts r: ErrDuplicate if the round is stored already.
	CreateRound(ctx context.Context, r *Round) error
	Round(ctx context.Context, breakID string, n int) (*Round, error)
	// ReplaceRound writes r over the stored round: ErrNotFound if there
	// is none. Only the node that seated the round writes it.
	ReplaceRound(ctx context.Context, r *Round) error
}

// Live is the hub as breaks see it: who is in a room now (every node's
// members, merged) and events to a person's every tab or to a room.
type Live interface {
	Present(room string, each func(protocol.Member))
	ToPerson(person, typ string, payload any)
	ToRoom(room, typ string, payload any)
}

// ContactRecord is the record of who met whom (package contacts).
type ContactRecord interface {
	MetAmong(ctx context.Context, among []string) (contacts.Pairs, error)
	RecordAll(ctx context.Context, ms []contacts.Meeting) error
}

// MetSetOf is the pairs as a MetSet, for Seat.
func MetSetOf(pairs contacts.Pairs) *MetSet {
	m := NewMetSet()
	for p := range pairs {
		m.Add(p[0], p[1])
	}
	return m
}

// Live event types (docs/protocol.md).
const (
	// EventTable tells a seated person their table (TableView), again
	// whenever someone joins or leaves it.
	EventTable = "break.table"
	// EventWaiting tells a person present that they wait, and why
	// (WaitingView).
	EventWaiting = "break.waiting"
	// EventRound tells the break's room that a round is seated, and
	// again when it changes (RoundSummary).
	EventRound = "break.round"
)

// LeaveGrace is how long someone seated may be missing from the break's
// room before their seat is given up: a tab that reconnects keeps it.
const LeaveGrace = 10 * time.Second

// TableView is one table as its people see it.
type TableView struct {
	BreakID  string            `json:"break_id"`
	Round    int               `json:"round"`
	Table    int               `json:"table"`
	Language string            `json:"language"`
	Room     string            `json:"room"`
	Members  []protocol.Member `json:"members"`
	StartsAt time.Time         `json:"starts_at"`
	EndsAt   time.Time         `json:"ends_at"`
}

// WaitingView tells someone present why they have no table this round.
type WaitingView struct {
	BreakID string    `json:"break_id"`
	Round   int       `json:"round"`
	Reason  Reason    `json:"reason"`
	EndsAt  time.Time `json:"ends_at"`
}

// RoundSummary is a round in figures, for the break's room.
type RoundSummary struct {
	BreakID  string    `json:"break_id"`
	Round    int       `json:"round"`
	Tables   int       `json:"tables"`
	Seated   int       `json:"seated"`
	Waiting  int       `json:"waiting"`
	StartsAt time.Time `json:"starts_at"`
	EndsAt   time.Time `json:"ends_at"`
}

// Place is where a person is in the current round: at a table or waiting.
type Place struct {
	Status  string       `json:"status"` // "seated" or "waiting"
	Table   *TableView   `json:"table,omitempty"`
	Waiting *WaitingView `json:"waiting,omitempty"`
}

// TableRoom is the name of the live room of table n of a round.
func TableRoom(breakID string, round, n int) string {
	return tableRoomPrefix + RoundID(breakID, round) + "/" + strconv.Itoa(n)
}

// BreakRoom is the name of a break's live waiting room.
func BreakRoom(breakID string) string { return breakRoomPrefix + breakID }

const (
	breakRoomPrefix = "break:"
	tableRoomPrefix = "table:"
)

// parseTableKey reads "<break>/<round>/<table>".
func parseTableKey(key string) (breakID string, round, table int, ok bool) {
	parts := strings.Split(key, "/")
	if len(parts) != 3 || parts[0] == "" {
		return "", 0, 0, false
	}
	r, err1 := strconv.Atoi(parts[1])
	n, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || r < 1 || n < 1 {
		return "", 0, 0, false
	}
	return parts[0], r, n, true
}

// roundKeeper is what this node knows of rounds: those it tried to claim
// (won or not) and those it seats.
type roundKeeper struct {
	mu    sync.Mutex
	tried map[string]string      // claim key tried: its RoundID
	owned map[string]*ownedRound // break ID: the round this node seats now
}

// ownedRound is a round this node seated and keeps right until it ends.
type ownedRound struct {
	round    *Round
	met      *MetSet
	term     int // the KeepTerm this node won
	lastSeen map[string]time.Time
	// signed caches the break's sign-ups, read again every LeaveGrace
	// (a withdrawal counts within that); someone in the room who is not
	// in it is looked up alone, and remembered as not signed up
	// (notSigned) until the next reading. A break of thousands is not read
	// whole every second.
	signed    map[string]*SignUp
	notSigned map[string]bool
	signedAt  time.Time
}

// signUp is personID's sign-up as the cache knows it, reading the store
// for someone it does not know.
func (o *ownedRound) signUp(ctx context.Context, st BreakStore, breakID, personID string) (*SignUp, error) {
	if su := o.signed[personID]; su != nil || o.notSigned[personID] {
		return su, nil
	}
	su, err := st.SignUp(ctx, breakID, personID)
	if errors.Is(err, store.ErrNotFound) {
		o.notSigned[personID] = true
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	o.signed[personID] = su
	return su, nil
}

// readSignUps fills the cache from the store.
func (o *ownedRound) readSignUps(signUps []SignUp, now time.Time) {
	o.signed = make(map[string]*SignUp, len(signUps))
	o.notSigned = map[string]bool{}
	for i := range signUps {
		o.signed[signUps[i].PersonID] = &signUps[i]
	}
	o.signedAt = now
}

func newRoundKeeper() *roundKeeper {
	return &roundKeeper{tried: map[string]string{}, owned: map[string]*ownedRound{}}
}

// Run ticks every interval until ctx ends: each tick seats the rounds due
// (Tick). Losing a claim is normal: another node seats that round.
func (b *Breaks) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			b.Tick(ctx)
		}
	}
}

// Tick seats every round that is due and that this node has not tried yet,
// if it wins the round's claim, and keeps the rounds it seats right as
// people come and go.
func (b *Breaks) Tick(ctx context.Context) {
	list, err := b.store.Breaks(ctx)
	if err != nil {
		b.log("breaks: list", "err", err)
		return
	}
	now := b.now()
	running := map[string]bool{}
	for i := range list {
		br := &list[i]
		n := br.RoundAt(now)
		if n == 0 {
			continue
		}
		running[RoundID(br.ID, n)] = true
		roundStart, _ := br.RoundTimes(n)
		term := int(now.Sub(roundStart) / KeepTerm)
		key := keepClaim(br.ID, n, term)
		b.rounds.mu.Lock()
		o := b.rounds.owned[br.ID]
		if o != nil && o.round.Number != n {
			o = nil
			delete(b.rounds.owned, br.ID)
		}
		tried := b.rounds.tried[key] != ""
		b.rounds.tried[key] = RoundID(br.ID, n)
		b.rounds.mu.Unlock()
		if o != nil && o.term == term {
			if err := b.keep(ctx, br, o, now); err != nil {
				b.log("breaks: keep a round", "break", br.ID, "round", n, "err", err)
			}
			continue
		}
		if tried {
			continue // another node has this term
		}
		err := b.store.Claim(ctx, key, now.UTC())
		if errors.Is(err, store.ErrDuplicate) {
			// Another node seats the round, or keeps it this term.
			b.rounds.mu.Lock()
			if b.rounds.owned[br.ID] == o {
				delete(b.rounds.owned, br.ID)
			}
			b.rounds.mu.Unlock()
			continue
		}
		switch {
		case err != nil:
		case term == 0:
			err = b.seat(ctx, br, n, now)
		case o != nil:
			o.term = term
			err = b.keep(ctx, br, o, now)
		default:
			err = b.adopt(ctx, br, n, term, now)
		}
		if err != nil {
			b.log("breaks: seat or keep a round", "break", br.ID, "round", n, "term", term, "err", err)
		}
	}
	// Forget the rounds that are over.
	b.rounds.mu.Lock()
	for key, round := range b.rounds.tried {
		if !running[round] {
			delete(b.rounds.tried, key)
		}
	}
	for id, o := range b.rounds.owned {
		if !running[o.round.ID] {
			delete(b.rounds.owned, id)
		}
	}
	b.rounds.mu.Unlock()
}

// KeepTerm is how long one node keeps a round right (late arrivals,
// leavers) before the nodes claim the next term. The round's claim is its
// first term: the node that seats a round keeps it first; if it dies, a
// live node wins the next term and takes the round over from the store.
const KeepTerm = 30 * time.Second

// keepClaim is the claim whose winner keeps round n of breakID during
// term: the round's own claim for the first.
func keepClaim(breakID string, n, term int) string {
	if term == 0 {
		return RoundClaim(breakID, n)
	}
	return RoundClaim(breakID, n) + "/term-" + strconv.Itoa(term)
}

// adopt takes over round n of br for term, from the store: the node that
// kept it before has lost the term's claim, or died. A round not stored
// yet (its seater died before storing it) is seated now: the round's
// insert lets only one seating stand.
func (b *Breaks) adopt(ctx context.Context, br *Break, n, term int, now time.Time) error {
	r, err := b.store.Round(ctx, br.ID, n)
	if errors.Is(err, store.ErrNotFound) {
		if err := b.seat(ctx, br, n, now); err != nil {
			return err
		}
		b.rounds.mu.Lock()
		if o := b.rounds.owned[br.ID]; o != nil {
			o.term = term
		}
		b.rounds.mu.Unlock()
		return nil
	}
	if err != nil {
		return err
	}
	var ids []string
	for _, t := range r.Seating.Tables {
		for _, p := range t.People {
			ids = append(ids, p.ID)
		}
	}
	for _, w := range r.Seating.Waiting {
		ids = append(ids, w.Person.ID)
	}
	met := NewMetSet()
	if b.contacts != nil && len(ids) > 1 {
		pairs, err := b.contacts.MetAmong(ctx, ids)
		if err != nil {
			return err
		}
		met = MetSetOf(pairs)
	}
	met.AddTables(r.Seating.Tables) // recorded already, unless a record failed
	signUps, err := b.store.SignUpsOfBreak(ctx, br.ID)
	if err != nil {
		return err
	}
	o := &ownedRound{round: r, met: met, term: term, lastSeen: map[string]time.Time{}}
	for _, id := range ids {
		o.lastSeen[id] = now // a leaver's grace starts with the new keeper
	}
	o.readSignUps(signUps, now)
	b.rounds.mu.Lock()
	b.rounds.owned[br.ID] = o
	b.rounds.mu.Unlock()
	return b.keep(ctx, br, o, now)
}

// roundSeed makes a round's seating reproducible from its break and number.
func roundSeed(breakID string, n int) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%d", breakID, n)
	return h.Sum64()
}

// present is who is in the break's room now.
func (b *Breaks) present(breakID string) map[string]protocol.Member {
	out := map[string]protocol.Member{}
	if b.live != nil {
		b.live.Present(BreakRoom(breakID), func(m protocol.Member) { out[m.ID] = m })
	}
	return out
}

// seat seats round n of br, whose claim this node won.
func (b *Breaks) seat(ctx context.Context, br *Break, n int, now time.Time) error {
	signUps, err := b.store.SignUpsOfBreak(ctx, br.ID)
	if err != nil {
		return err
	}
	here := b.present(br.ID)
	var people []Person
	var cards []protocol.Member
	var ids []string
	for _, s := range signUps {
		m, ok := here[s.PersonID]
		if !ok {
			continue
		}
		people = append(people, personOf(&s, br.Languages))
		cards = append(cards, m)
		ids = append(ids, s.PersonID)
	}
	met := NewMetSet()
	if b.contacts != nil && len(ids) > 1 {
		pairs, err := b.contacts.MetAmong(ctx, ids)
		if err != nil {
			return err
		}
		met = MetSetOf(pairs)
	}
	seating, err := Seat(people, met, Options{TableSize: br.TableSize, Seed: roundSeed(br.ID, n)})
	if err != nil {
		return err
	}
	start, end := br.RoundTimes(n)
	stamp := now.UTC().Truncate(time.Millisecond)
	r := &Round{
		ID: RoundID(br.ID, n), BreakID: br.ID, Number: n, StartsAt: start, EndsAt: end,
		Seating: *seating, People: cards, SeatedAt: stamp, UpdatedAt: stamp,
	}
	if err := b.store.CreateRound(ctx, r); err != nil {
		return err
	}
	b.forgetRound(r.ID)
	o := &ownedRound{round: r, met: met, lastSeen: map[string]time.Time{}}
	o.readSignUps(signUps, now)
	for _, id := range ids {
		o.lastSeen[id] = now
	}
	b.rounds.mu.Lock()
	b.rounds.owned[br.ID] = o
	b.rounds.mu.Unlock()
	met.AddTables(seating.Tables)
	var all []int
	for _, t := range seating.Tables {
		all = append(all, t.Number)
	}
	b.record(ctx, r, all)
	b.tell(r, all, waitingIDs(r.Seating.Waiting))
	return nil
}

// personOf is a sign-up as the seating sees it, with only the languages
// the break offers now: the secretariat may have edited them since.
func personOf(s *SignUp, offered []string) Person {
	langs := make([]string, 0, len(s.Languages))
	for _, l := range s.Languages {
		if slices.Contains(offered, l) {
			langs = append(langs, l)
		}
	}
	return Person{ID: s.PersonID, Languages: langs, StakeholderGroup: s.StakeholderGroup, Region: s.Region}
}

func waitingIDs(ws []Waiter) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Person.ID
	}
	return out
}

// keep applies late arrivals and leavers to a round this node seats:
// someone signed up who is in the break's room and not in the round
// arrives (Arrive); someone in the round who has left the room for longer
// than LeaveGrace, or withdrawn, leaves (Leave).
func (b *Breaks) keep(ctx context.Context, br *Break, o *ownedRound, now time.Time) error {
	if now.Sub(o.signedAt) >= LeaveGrace {
		signUps, err := b.store.SignUpsOfBreak(ctx, br.ID)
		if err != nil {
			return err
		}
		o.readSignUps(signUps, now)
	}
	here := b.present(br.ID)
	r := o.round
	s := &r.Seating
	in := map[string]bool{}
	for _, t := range s.Tables {
		for _, p := range t.People {
			in[p.ID] = true
		}
	}
	for _, w := range s.Waiting {
		in[w.Person.ID] = true
	}
	var changes []Change
	// Leavers first: their seats may go to the arrivals.
	for id := range in {
		_, present := here[id]
		signed := o.signed[id] != nil
		if present && signed {
			o.lastSeen[id] = now
			continue
		}
		if signed && now.Sub(o.lastSeen[id]) < LeaveGrace {
			continue
		}
		changes = append(changes, s.Leave(id, o.met)...)
		delete(o.lastSeen, id)
	}
	signed := map[string]*SignUp{}
	for id := range here {
		if in[id] {
			continue
		}
		su, err := o.signUp(ctx, b.store, br.ID, id)
		if err != nil {
			return err
		}
		if su != nil {
			signed[id] = su
		}
	}
	var arrivals []string
	for id, m := range here {
		su := signed[id]
		if su == nil || in[id] {
			continue
		}
		arrivals = append(arrivals, id)
		if !slices.ContainsFunc(r.People, func(c protocol.Member) bool { return c.ID == id }) {
			r.People = append(r.People, m)
		}
	}
	slices.Sort(arrivals) // a stable order across ticks, for tests and replays
	for _, id := range arrivals {
		c, err := s.Arrive(personOf(signed[id], br.Languages), o.met)
		if err != nil {
			return err
		}
		changes = append(changes, c...)
		o.lastSeen[id] = now
	}
	if len(changes) == 0 {
		return nil
	}
	r.UpdatedAt = now.UTC().Truncate(time.Millisecond)
	if err := b.store.ReplaceRound(ctx, r); err != nil {
		return err
	}
	b.forgetRound(r.ID)
	var touched []int
	var waiting []string
	for _, c := range changes {
		for _, t := range []int{c.From, c.To} {
			if t > 0 && !slices.Contains(touched, t) {
				touched = append(touched, t)
			}
		}
		if c.To == WaitingList {
			waiting = append(waiting, c.PersonID)
		}
	}
	var tables []Table
	for _, t := range touched {
		tables = append(tables, s.Tables[t-1])
	}
	o.met.AddTables(tables)
	b.record(ctx, r, touched)
	b.tell(r, touched, waiting)
	return nil
}

// record notes every pair at the given tables as a contact. Recording a
// table again (someone joined it) adds only the new pairs.
func (b *Breaks) record(ctx context.Context, r *Round, tables []int) {
	if b.contacts == nil {
		return
	}
	ms := make([]contacts.Meeting, 0, len(tables))
	for _, n := range tables {
		t := r.Seating.Tables[n-1]
		ids := make([]string, len(t.People))
		for i, p := range t.People {
			ids[i] = p.ID
		}
		occasion := RoundID(r.BreakID, r.Number) + "/" + strconv.Itoa(n)
		ms = append(ms, contacts.Meeting{Kind: contacts.KindTable, Place: r.BreakID, Occasion: occasion, People: ids, At: r.StartsAt})
	}
	if err := b.contacts.RecordAll(context.WithoutCancel(ctx), ms); err != nil {
		b.log("breaks: record the tables", "round", r.ID, "tables", len(tables), "err", err)
	}
}

// tell sends their table to everyone at the given tables, to those who
// wait why, and the round's figures to the break's room.
func (b *Breaks) tell(r *Round, tables []int, waiting []string) {
	if b.live == nil {
		return
	}
	cards := make(map[string]protocol.Member, len(r.People))
	for _, c := range r.People {
		cards[c.ID] = c
	}
	for _, n := range tables {
		v := tableViewOf(r, n, cards)
		for _, m := range v.Members {
			b.live.ToPerson(m.ID, EventTable, v)
		}
	}
	for _, id := range waiting {
		for _, w := range r.Seating.Waiting {
			if w.Person.ID == id {
				b.live.ToPerson(id, EventWaiting, WaitingView{BreakID: r.BreakID, Round: r.Number, Reason: w.Reason, EndsAt: r.EndsAt})
			}
		}
	}
	b.live.ToRoom(BreakRoom(r.BreakID), EventRound, summary(r))
}

func summary(r *Round) RoundSummary {
	sum := RoundSummary{BreakID: r.BreakID, Round: r.Number, Waiting: len(r.Seating.Waiting), StartsAt: r.StartsAt, EndsAt: r.EndsAt}
	for _, t := range r.Seating.Tables {
		if len(t.People) > 0 {
			sum.Tables++
			sum.Seated += len(t.People)
		}
	}
	return sum
}

// tableView is table n of r with its people's cards.
func tableView(r *Round, n int) TableView { return tableViewOf(r, n, nil) }

// tableViewOf is tableView with the round's cards by person, when a caller
// shows many tables (a round of 1,500 tables would otherwise search its
// 6,000 cards 6,000 times).
func tableViewOf(r *Round, n int, cards map[string]protocol.Member) TableView {
	t := r.Seating.Tables[n-1]
	v := TableView{
		BreakID: r.BreakID, Round: r.Number, Table: n, Language: t.Language,
		Room: TableRoom(r.BreakID, r.Number, n), Members: make([]protocol.Member, 0, len(t.People)),
		StartsAt: r.StartsAt, EndsAt: r.EndsAt,
	}
	for _, p := range t.People {
		card, ok := cards[p.ID]
		if cards == nil {
			i := slices.IndexFunc(r.People, func(c protocol.Member) bool { return c.ID == p.ID })
			if ok = i >= 0; ok {
				card = r.People[i]
			}
		}
		if !ok {
			card = protocol.Member{ID: p.ID}
		}
		v.Members = append(v.Members, card)
	}
	return v
}

// placeIn is where personID is in r, or nil.
func placeIn(r *Round, personID string) *Place {
	for _, t := range r.Seating.Tables {
		for _, p := range t.People {
			if p.ID == personID {
				v := tableView(r, t.Number)
				return &Place{Status: "seated", Table: &v}
			}
		}
	}
	for _, w := range r.Seating.Waiting {
		if w.Person.ID == personID {
			return &Place{Status: "waiting", Waiting: &WaitingView{BreakID: r.BreakID, Round: r.Number, Reason: w.Reason, EndsAt: r.EndsAt}}
		}
	}
	return nil
}
