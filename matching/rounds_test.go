package matching_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store/memory"
)

func TestBreakRoundTimes(t *testing.T) {
	start := breakStart
	b := &matching.Break{StartsAt: start, EndsAt: start.Add(25 * time.Minute), RoundMinutes: 10}
	if b.Rounds() != 3 {
		t.Errorf("25 minutes in rounds of 10: %d rounds, want 3", b.Rounds())
	}
	cases := []struct {
		at    time.Duration
		round int
	}{{-time.Second, 0}, {0, 1}, {9*time.Minute + 59*time.Second, 1}, {10 * time.Minute, 2}, {24 * time.Minute, 3}, {25 * time.Minute, 0}}
	for _, c := range cases {
		if got := b.RoundAt(start.Add(c.at)); got != c.round {
			t.Errorf("RoundAt(start%+v) = %d, want %d", c.at, got, c.round)
		}
	}
	if s, e := b.RoundTimes(3); !s.Equal(start.Add(20*time.Minute)) || !e.Equal(b.EndsAt) {
		t.Errorf("the last round runs %v to %v, want the last 5 minutes", s, e)
	}
}

// fakeLive is the hub: who is in each break's room, and what each person
// and room was told.
type fakeLive struct {
	mu      sync.Mutex
	present map[string]bool
	told    map[string][]any // person: payloads of break.table and break.waiting
	rounds  int              // break.round events
}

func (l *fakeLive) Present(room string, each func(protocol.Member)) {
	l.mu.Lock()
	var ids []string
	for id, in := range l.present {
		if in {
			ids = append(ids, id)
		}
	}
	l.mu.Unlock()
	for _, id := range ids {
		each(protocol.Member{ID: id, Name: "Name of " + id})
	}
}

func (l *fakeLive) ToPerson(person, typ string, payload any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.told[person] = append(l.told[person], payload)
}

func (l *fakeLive) ToRoom(room, typ string, payload any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.rounds++
}

func (l *fakeLive) last(person string) any {
	l.mu.Lock()
	defer l.mu.Unlock()
	if told := l.told[person]; len(told) > 0 {
		return told[len(told)-1]
	}
	return nil
}

func (l *fakeLive) set(id string, in bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.present[id] = in
}

// breakFixture is a break on a fresh embedded store starting at
// breakStart, in English, and the hub its people are present on.
type breakFixture struct {
	st   *memory.Store
	br   *matching.Break
	live *fakeLive
}

var breakStart = time.Date(2020, 11, 10, 10, 0, 0, 0, time.UTC)

// newBreakFixture stores a break of minutes in rounds of 10, at tables
// of tableSize.
func newBreakFixture(t *testing.T, minutes, tableSize int) *breakFixture {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	br := &matching.Break{ID: "break-1", Title: "Coffee", StartsAt: breakStart,
		EndsAt: breakStart.Add(time.Duration(minutes) * time.Minute), Languages: []string{"en"}, TableSize: tableSize, RoundMinutes: 10}
	if err := st.CreateBreak(context.Background(), br); err != nil {
		t.Fatal(err)
	}
	return &breakFixture{st: st, br: br, live: &fakeLive{present: map[string]bool{}, told: map[string][]any{}}}
}

// signUp signs id up in languages (English if none), at the start, and
// puts them in the break's room if present.
func (f *breakFixture) signUp(t *testing.T, id string, present bool, languages ...string) {
	t.Helper()
	if len(languages) == 0 {
		languages = []string{"en"}
	}
	su := &matching.SignUp{ID: matching.SignUpID(f.br.ID, id), BreakID: f.br.ID, PersonID: id, Languages: languages, At: breakStart}
	if err := f.st.CreateSignUp(context.Background(), su); err != nil {
		t.Fatal(err)
	}
	if present {
		f.live.set(id, true)
	}
}

// at sets c to d from breakStart.
func (c *clock) at(d time.Duration) { c.set(breakStart.Add(d)) }

// TestBreakScheduler runs a break on the embedded store with a clock the
// test moves: the first round seats everyone present, the second keeps
// them away from those they met, a late arrival gets a seat, a leaver
// keeps theirs for LeaveGrace and then frees it, and a withdrawal frees
// it within LeaveGrace.
func TestBreakScheduler(t *testing.T) {
	ctx := context.Background()
	f := newBreakFixture(t, 30, 4)
	st, br, live := f.st, f.br, f.live
	const n = 24 // floor(24 / (4·3)) = 2 rounds without a repeat
	person := func(i int) string { return fmt.Sprintf("p%02d", i) }
	for i := range n + 1 {
		f.signUp(t, person(i), i < n)
	}
	clk := &clock{t: breakStart.Add(-time.Minute)}
	at := clk.at
	rec := &countingRecord{Service: contacts.New(st)}
	b := matching.NewBreaks(st, clk.now, matching.BreaksWithLive(live), matching.BreaksWithContacts(rec))

	b.Tick(ctx) // before the start: nothing
	if _, err := st.Round(ctx, br.ID, 1); err == nil || live.rounds != 0 {
		t.Fatalf("a round was seated before the start")
	}
	at(time.Second)
	b.Tick(ctx)
	b.Tick(ctx) // a second tick changes nothing
	r1, err := st.Round(ctx, br.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(r1.Seating.Tables) != 6 || len(r1.Seating.Waiting) != 0 || live.rounds != 1 {
		t.Fatalf("round 1: %d tables, %d waiting, announced %d times", len(r1.Seating.Tables), len(r1.Seating.Waiting), live.rounds)
	}
	for i := range n {
		if tv, ok := live.last(person(i)).(matching.TableView); !ok || tv.Round != 1 || len(live.told[person(i)]) != 1 {
			t.Fatalf("%s was told %v", person(i), live.told[person(i)])
		}
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = person(i)
	}
	met, err := rec.MetAmong(ctx, ids)
	if err != nil || len(met) != 6*6 {
		t.Fatalf("contacts after round 1: %d pairs (%v), want 36", len(met), err)
	}
	if rec.writes != 1 {
		t.Fatalf("round 1's six tables were recorded in %d writes, want one", rec.writes)
	}

	// Round 2: nobody sits with someone they met in round 1.
	at(10*time.Minute + time.Second)
	b.Tick(ctx)
	r2, err := st.Round(ctx, br.ID, 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range r2.Seating.Tables {
		for x, p := range tb.People {
			for _, q := range tb.People[x+1:] {
				if met.Has(p.ID, q.ID) {
					t.Errorf("round 2 table %d seats %s and %s, who met in round 1", tb.Number, p.ID, q.ID)
				}
			}
		}
	}

	// A late arrival: seated at a table in their language, which its
	// people are told.
	late := person(n)
	live.set(late, true)
	at(11 * time.Minute)
	b.Tick(ctx)
	tv, ok := live.last(late).(matching.TableView)
	if !ok || tv.Round != 2 || len(tv.Members) != 5 {
		t.Fatalf("the late arrival was told %v", live.last(late))
	}
	for _, m := range tv.Members {
		if got, _ := live.last(m.ID).(matching.TableView); len(got.Members) != 5 {
			t.Errorf("%s at the late arrival's table was told %+v", m.ID, got)
		}
	}

	// A leaver keeps the seat for LeaveGrace, then frees it.
	leaver := tv.Members[0].ID
	live.set(leaver, false)
	at(11*time.Minute + matching.LeaveGrace/2)
	b.Tick(ctx)
	if seatedIn(t, st, br.ID, 2, leaver) == 0 {
		t.Fatalf("%s lost their seat within the grace", leaver)
	}
	at(11*time.Minute + matching.LeaveGrace + time.Second)
	b.Tick(ctx)
	if seatedIn(t, st, br.ID, 2, leaver) != 0 {
		t.Fatalf("%s is still seated after leaving", leaver)
	}
	if got, _ := live.last(tv.Members[1].ID).(matching.TableView); len(got.Members) != 4 {
		t.Errorf("the leaver's table was told %+v", got)
	}

	// A withdrawal frees the seat within LeaveGrace (the sign-ups are read
	// again that often), present or not.
	withdrawn := tv.Members[1].ID
	if err := st.DeleteSignUp(ctx, br.ID, withdrawn); err != nil {
		t.Fatal(err)
	}
	at(11*time.Minute + 2*matching.LeaveGrace + 2*time.Second)
	b.Tick(ctx)
	if seatedIn(t, st, br.ID, 2, withdrawn) != 0 {
		t.Fatalf("%s is still seated after withdrawing", withdrawn)
	}
	// The leaver comes back: seated again.
	live.set(leaver, true)
	at(11*time.Minute + 2*matching.LeaveGrace + 3*time.Second)
	b.Tick(ctx)
	if seatedIn(t, st, br.ID, 2, leaver) == 0 {
		t.Fatalf("%s came back and was not seated", leaver)
	}

	// After the break nothing more is seated.
	at(31 * time.Minute)
	b.Tick(ctx)
	if _, err := st.Round(ctx, br.ID, 4); err == nil {
		t.Fatalf("a fourth round was seated")
	}
}

// seatedIn is the table where id sits in round n, or 0.
func seatedIn(t *testing.T, st *memory.Store, breakID string, n int, id string) int {
	t.Helper()
	r, err := st.Round(context.Background(), breakID, n)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range r.Seating.Tables {
		if slices.ContainsFunc(tb.People, func(p matching.Person) bool { return p.ID == id }) {
			return tb.Number
		}
	}
	return 0
}

// TestBreakRoomRules: who may enter a break's room and a table's, when.
func TestBreakRoomRules(t *testing.T) {
	ctx := context.Background()
	f := newBreakFixture(t, 25, 3)
	st, br, live, start := f.st, f.br, f.live, breakStart
	for _, id := range []string{"a", "b", "c"} {
		f.signUp(t, id, true)
	}
	f.signUp(t, "d", false)
	var now time.Time
	b := matching.NewBreaks(st, func() time.Time { return now }, matching.BreaksWithLive(live))
	kinds := b.RoomKinds()
	breakRoom, tableRoom := kinds[0], kinds[1]
	if breakRoom.Prefix != "break:" || breakRoom.Chat || tableRoom.Prefix != "table:" || !tableRoom.Chat {
		t.Fatalf("kinds: %+v", kinds)
	}
	who := func(id, role string) protocol.Identity { return protocol.Identity{ID: id, Name: id, Role: role} }
	part, sec := "participant", "secretariat"
	now = start.Add(time.Second)
	b.Tick(ctx)
	table := matching.RoundID(br.ID, 1) + "/1"
	cases := []struct {
		name string
		kind protocol.RoomKind
		who  protocol.Identity
		key  string
		at   time.Duration
		code string // "" allowed
	}{
		{"signed up, 6 minutes before", breakRoom, who("a", part), br.ID, -6 * time.Minute, "forbidden"},
		{"signed up, 4 minutes before", breakRoom, who("a", part), br.ID, -4 * time.Minute, ""},
		{"signed up, during", breakRoom, who("a", part), br.ID, 12 * time.Minute, ""},
		{"signed up, after", breakRoom, who("a", part), br.ID, 25 * time.Minute, "gone"},
		{"not signed up", breakRoom, who("x", part), br.ID, time.Minute, "forbidden"},
		{"the secretariat", breakRoom, who("s", sec), br.ID, time.Minute, ""},
		{"no such break", breakRoom, who("a", part), "break-none", time.Minute, "not_found"},
		{"seated at the table", tableRoom, who("b", part), table, time.Minute, ""},
		{"signed up, not present, not seated", tableRoom, who("d", part), table, time.Minute, "not_found"},
		{"the secretariat at a table", tableRoom, who("s", sec), table, time.Minute, ""},
		{"seated, after the round", tableRoom, who("b", part), table, 10 * time.Minute, "gone"},
		{"no such table", tableRoom, who("b", part), matching.RoundID(br.ID, 1) + "/2", time.Minute, "not_found"},
		{"a round not seated", tableRoom, who("b", part), matching.RoundID(br.ID, 2) + "/1", time.Minute, "not_found"},
		{"a malformed key", tableRoom, who("b", part), br.ID + "/x/1", time.Minute, "not_found"},
	}
	for _, c := range cases {
		now = start.Add(c.at)
		err := c.kind.Join(ctx, c.who, c.key)
		switch {
		case c.code == "" && err != nil:
			t.Errorf("%s: %v, want allowed", c.name, err)
		case c.code != "" && !errors.Is(err, apperr.E(apperr.Code(c.code))):
			t.Errorf("%s: %v, want %s", c.name, err, c.code)
		}
	}
	// The table's state is the table, and the break's room tells where
	// one sits.
	now = start.Add(time.Minute)
	st1, err := tableRoom.State(ctx, who("a", part), table)
	if tv, ok := st1.(*matching.TableView); err != nil || !ok || len(tv.Members) != 3 {
		t.Errorf("table state: %+v, %v", st1, err)
	}
	st2, err := breakRoom.State(ctx, who("a", part), br.ID)
	if rs, ok := st2.(*matching.BreakRoomState); err != nil || !ok || rs.Round != 1 || rs.Mine == nil || rs.Mine.Status != "seated" || rs.Figures.Seated != 3 {
		t.Errorf("break room state: %+v, %v", st2, err)
	}
}

// TestBreakSeatsInOfferedLanguages: people who signed up in French and
// English for a break that now offers only English (the secretariat
// edited it) sit in English.
func TestBreakSeatsInOfferedLanguages(t *testing.T) {
	ctx := context.Background()
	f := newBreakFixture(t, 10, 4)
	st, br, live, start := f.st, f.br, f.live, breakStart
	for _, id := range []string{"a", "b", "c"} {
		f.signUp(t, id, true, "fr", "en")
	}
	matching.NewBreaks(st, func() time.Time { return start }, matching.BreaksWithLive(live)).Tick(ctx)
	r, err := st.Round(ctx, br.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Seating.Tables) != 1 || r.Seating.Tables[0].Language != "en" {
		t.Fatalf("seating: %+v", r.Seating)
	}
}

// TestBreakRoundTakeover: the node that seated a round keeps it for its
// first KeepTerm; at the next term another node may win the term's claim
// and take the round over from the store (as when the first node died);
// the first then no longer touches it.
func TestBreakRoundTakeover(t *testing.T) {
	ctx := context.Background()
	f := newBreakFixture(t, 10, 4)
	st, br, live := f.st, f.br, f.live
	for i := range 10 {
		f.signUp(t, fmt.Sprintf("p%02d", i), i < 8)
	}
	clk := &clock{t: breakStart}
	at := clk.at
	rec := contacts.New(st)
	a := matching.NewBreaks(st, clk.now, matching.BreaksWithLive(live), matching.BreaksWithContacts(rec))
	b := matching.NewBreaks(st, clk.now, matching.BreaksWithLive(live), matching.BreaksWithContacts(rec))

	at(time.Second)
	a.Tick(ctx)
	b.Tick(ctx) // loses the round
	if live.rounds != 1 {
		t.Fatalf("round 1 announced %d times, want once", live.rounds)
	}
	live.set("p08", true)
	at(matching.KeepTerm + time.Second)
	b.Tick(ctx) // wins the second term, takes the round over
	if seatedIn(t, st, br.ID, 1, "p08") == 0 {
		t.Fatalf("the node that took the round over did not seat a late arrival")
	}
	at(matching.KeepTerm + 2*time.Second)
	a.Tick(ctx) // loses the second term
	live.set("p09", true)
	at(matching.KeepTerm + 3*time.Second)
	a.Tick(ctx)
	if seatedIn(t, st, br.ID, 1, "p09") != 0 {
		t.Fatalf("the node that lost the term still keeps the round")
	}
	at(matching.KeepTerm + 4*time.Second)
	b.Tick(ctx)
	if seatedIn(t, st, br.ID, 1, "p09") == 0 {
		t.Fatalf("the keeper did not seat the second late arrival")
	}
	// Everyone seated once.
	r, err := st.Round(ctx, br.ID, 1)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, tb := range r.Seating.Tables {
		for _, p := range tb.People {
			seen[p.ID]++
		}
	}
	if len(seen) != 10 {
		t.Errorf("%d people seated, want 10: %v", len(seen), seen)
	}
	for id, k := range seen {
		if k != 1 {
			t.Errorf("%s seated %d times", id, k)
		}
	}
}

// countingRecord counts the writes of contacts: a round's tables go in
// one, or a break of 1,500 tables waits on 1,500 disk syncs.
type countingRecord struct {
	*contacts.Service
	writes int
}

func (c *countingRecord) RecordAll(ctx context.Context, ms []contacts.Meeting) error {
	c.writes++
	return c.Service.RecordAll(ctx, ms)
}
