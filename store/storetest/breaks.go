package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

var breakTests = []test{
	{"Breaks/CreateReadListReplaceDelete", testBreakRoundTrip},
	{"Breaks/SignUps", testSignUps},
	{"Breaks/Rounds", testRounds},
	{"Breaks/DeletePersonRemovesTheirSignUps", testSignUpsOfDeletedPerson},
	{"Breaks/Race/OneSignUpPerPerson", testSignUpRace},
	{"Breaks/Race/RoundClaim", testRoundClaimRace},
	{"Breaks/Race/OneNodeSeatsARound", testRoundSeatRace},
}

// NewBreak is break i, ID "break-%04d", starting i hours after SlotDay
// and lasting 30 minutes in rounds of 10, tables of 4, in English and
// Canadian French.
func NewBreak(i int) *matching.Break {
	start := SlotDay.Add(time.Duration(i) * time.Hour)
	return &matching.Break{
		ID: fmt.Sprintf("break-%04d", i), Title: fmt.Sprintf("Coffee %d", i), StartsAt: start, EndsAt: start.Add(30 * time.Minute),
		Languages: []string{"en", "fr-CA"}, TableSize: 4, RoundMinutes: 10, CreatedBy: "person-0001", CreatedAt: At(i), UpdatedAt: At(i),
	}
}

// NewSignUp signs person-%04d (j) up for breakID at fixture time j.
func NewSignUp(breakID string, j int) *matching.SignUp {
	pid := fmt.Sprintf("person-%04d", j)
	return &matching.SignUp{
		ID: matching.SignUpID(breakID, pid), BreakID: breakID, PersonID: pid, Languages: []string{"fr-CA", "en"},
		StakeholderGroup: "Civil Society", Region: "WEOG", At: At(j),
	}
}

func testBreakRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	for _, i := range []int{3, 1, 2} {
		must(t, s.CreateBreak(ctx, NewBreak(i)), "CreateBreak")
	}
	wantErr(t, s.CreateBreak(ctx, NewBreak(1)), store.ErrDuplicate, "CreateBreak with a taken ID")
	got, err := s.Break(ctx, "break-0002")
	must(t, err, "Break")
	wantSame(t, got, NewBreak(2), "Break")
	list, err := s.Breaks(ctx)
	must(t, err, "Breaks")
	if got, want := ids(list, func(b matching.Break) string { return b.ID }), []string{"break-0001", "break-0002", "break-0003"}; !slices.Equal(got, want) {
		t.Errorf("Breaks = %v, want %v (by start)", got, want)
	}
	edited := NewBreak(2)
	edited.Title, edited.Languages, edited.TableSize = "Tea", []string{"ar"}, 6
	must(t, s.ReplaceBreak(ctx, edited), "ReplaceBreak")
	got, err = s.Break(ctx, "break-0002")
	must(t, err, "Break")
	wantSame(t, got, edited, "Break after ReplaceBreak")
	gone := NewBreak(9)
	wantErr(t, s.ReplaceBreak(ctx, gone), store.ErrNotFound, "ReplaceBreak of no break")
	_, err = s.Break(ctx, gone.ID)
	wantErr(t, err, store.ErrNotFound, "Break after a refused ReplaceBreak")
	must(t, s.DeleteBreak(ctx, "break-0002"), "DeleteBreak")
	wantErr(t, s.DeleteBreak(ctx, "break-0002"), store.ErrNotFound, "DeleteBreak twice")
	_, err = s.Break(ctx, "break-0002")
	wantErr(t, err, store.ErrNotFound, "Break after delete")
}

func testSignUps(t *testing.T, s Store) {
	ctx := t.Context()
	a, b := NewBreak(1).ID, NewBreak(2).ID
	for _, su := range []*matching.SignUp{NewSignUp(a, 3), NewSignUp(a, 1), NewSignUp(b, 2)} {
		must(t, s.CreateSignUp(ctx, su), "CreateSignUp")
	}
	again := NewSignUp(a, 1)
	again.Languages = []string{"en"}
	wantErr(t, s.CreateSignUp(ctx, again), store.ErrDuplicate, "CreateSignUp of one signed up")
	got, err := s.SignUp(ctx, a, "person-0001")
	must(t, err, "SignUp")
	wantSame(t, got, NewSignUp(a, 1), "SignUp after a refused second one")
	_, err = s.SignUp(ctx, b, "person-0001")
	wantErr(t, err, store.ErrNotFound, "SignUp at another break")
	list, err := s.SignUpsOfBreak(ctx, a)
	must(t, err, "SignUpsOfBreak")
	if got, want := ids(list, func(su matching.SignUp) string { return su.PersonID }), []string{"person-0001", "person-0003"}; !slices.Equal(got, want) {
		t.Errorf("SignUpsOfBreak = %v, want %v (by time)", got, want)
	}
	must(t, s.DeleteSignUp(ctx, a, "person-0001"), "DeleteSignUp")
	wantErr(t, s.DeleteSignUp(ctx, a, "person-0001"), store.ErrNotFound, "DeleteSignUp twice")
	must(t, s.CreateSignUp(ctx, again), "CreateSignUp after withdrawing")
	must(t, s.DeleteSignUpsOfBreak(ctx, a), "DeleteSignUpsOfBreak")
	must(t, s.DeleteSignUpsOfBreak(ctx, "break-none"), "DeleteSignUpsOfBreak of none")
	if list, err := s.SignUpsOfBreak(ctx, a); err != nil || len(list) != 0 {
		t.Errorf("SignUpsOfBreak after DeleteSignUpsOfBreak: %v, %v", list, err)
	}
	if list, err := s.SignUpsOfBreak(ctx, b); err != nil || len(list) != 1 {
		t.Errorf("another break's sign-ups after DeleteSignUpsOfBreak: %v, %v", list, err)
	}
}

// NewRound is round n of breakID with one table of three and one person
// waiting.
func NewRound(breakID string, n int) *matching.Round {
	p := func(i int) matching.Person {
		return matching.Person{ID: fmt.Sprintf("person-%04d", i), Languages: []string{"en", "fr-CA"}, StakeholderGroup: "Government", Region: "GRULAC"}
	}
	return &matching.Round{
		ID: matching.RoundID(breakID, n), BreakID: breakID, Number: n, StartsAt: SlotDay, EndsAt: SlotDay.Add(10 * time.Minute),
		Seating: matching.Seating{TableSize: 4,
			Tables:  []matching.Table{{Number: 1, Language: "en", People: []matching.Person{p(1), p(2), p(3)}}},
			Waiting: []matching.Waiter{{Person: p(4), Reason: matching.TooFewSpeakers}},
		},
		People:   []protocol.Member{{ID: "person-0001", Name: "Person 0001", Role: "participant", Photo: "/api/photos/x"}},
		SeatedAt: At(1), UpdatedAt: At(1),
	}
}

func testRounds(t *testing.T, s Store) {
	ctx := t.Context()
	r := NewRound("break-0001", 2)
	must(t, s.CreateRound(ctx, r), "CreateRound")
	wantErr(t, s.CreateRound(ctx, NewRound("break-0001", 2)), store.ErrDuplicate, "CreateRound twice")
	got, err := s.Round(ctx, "break-0001", 2)
	must(t, err, "Round")
	wantSame(t, got, r, "Round")
	wantSame(t, &got.Seating, &r.Seating, "Round's seating")
	if len(got.Seating.Tables) != 1 || len(got.Seating.Tables[0].People) != 3 || got.Seating.Tables[0].People[1].ID != "person-0002" ||
		got.Seating.Waiting[0].Reason != matching.TooFewSpeakers || got.People[0] != r.People[0] {
		t.Errorf("Round = %+v, want %+v", got, r)
	}
	_, err = s.Round(ctx, "break-0001", 1)
	wantErr(t, err, store.ErrNotFound, "Round not seated")
	r.Seating.Tables[0].People = r.Seating.Tables[0].People[:2]
	r.UpdatedAt = At(2)
	must(t, s.ReplaceRound(ctx, r), "ReplaceRound")
	got, err = s.Round(ctx, "break-0001", 2)
	must(t, err, "Round")
	if len(got.Seating.Tables[0].People) != 2 || !got.UpdatedAt.Equal(At(2)) {
		t.Errorf("Round after ReplaceRound = %+v", got)
	}
	wantErr(t, s.ReplaceRound(ctx, NewRound("break-0001", 3)), store.ErrNotFound, "ReplaceRound of no round")
}

// testSignUpRace: one person signs up for one break Racers times at once,
// through the rules: one sign-up, the others refused with conflict.
func testSignUpRace(t *testing.T, s Store) {
	ctx := t.Context()
	p := NewPerson(1)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")
	must(t, s.CreateBreak(ctx, NewBreak(1)), "CreateBreak")
	breaks := matching.NewBreaks(s, func() time.Time { return Epoch })
	errs := together(func(ctx context.Context, i int) error {
		langs := []string{"en"}
		if i%2 == 1 {
			langs = []string{"fr-CA", "en"}
		}
		_, err := breaks.Join(ctx, p, "break-0001", matching.SignUpInput{Languages: &langs})
		return err
	})
	oneWinner(t, errs, apperr.Conflict)
	list, err := s.SignUpsOfBreak(ctx, "break-0001")
	must(t, err, "SignUpsOfBreak")
	if len(list) != 1 {
		t.Errorf("%d sign-ups stored, want 1", len(list))
	}
}

// testRoundClaimRace: Racers claim one round at once; one wins.
func testRoundClaimRace(t *testing.T, s Store) {
	errs := together(func(ctx context.Context, i int) error {
		return s.Claim(ctx, matching.RoundClaim("break-0001", 1), At(i))
	})
	wins := 0
	for i, err := range errs {
		switch {
		case err == nil:
			wins++
		case !errors.Is(err, store.ErrDuplicate):
			t.Errorf("claim %d: %v, want ErrDuplicate", i, err)
		}
	}
	if wins != 1 {
		t.Fatalf("%d of %d claims of one round won, want 1", wins, Racers)
	}
}

// roundCounter is the live side of many nodes at once: everyone is in
// the break's room, and it counts the rounds announced.
type roundCounter struct {
	mu     sync.Mutex
	people []string
	rounds int
	tables map[string][]string // person: the rooms of the tables they were told
}

func (c *roundCounter) Present(room string, each func(protocol.Member)) {
	for _, id := range c.people {
		each(protocol.Member{ID: id, Name: id})
	}
}

func (c *roundCounter) ToPerson(person, typ string, payload any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := payload.(matching.TableView); ok && typ == matching.EventTable {
		c.tables[person] = append(c.tables[person], v.Room)
	}
}

func (c *roundCounter) ToRoom(room, typ string, payload any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if typ == matching.EventRound {
		c.rounds++
	}
}

// testRoundSeatRace: Racers nodes (each its own Breaks on the one store)
// tick at the same instant in a break's first round: exactly one seats
// it, each person is told one table, and the round is stored once.
func testRoundSeatRace(t *testing.T, s Store) {
	ctx := t.Context()
	br := NewBreak(1)
	must(t, s.CreateBreak(ctx, br), "CreateBreak")
	live := &roundCounter{tables: map[string][]string{}}
	for j := 1; j <= 8; j++ {
		must(t, s.CreateSignUp(ctx, NewSignUp(br.ID, j)), "CreateSignUp")
		live.people = append(live.people, fmt.Sprintf("person-%04d", j))
	}
	at := br.StartsAt.Add(time.Second)
	together(func(ctx context.Context, i int) error {
		matching.NewBreaks(s, func() time.Time { return at }, matching.BreaksWithLive(live)).Tick(ctx)
		return nil
	})
	if live.rounds != 1 {
		t.Fatalf("round 1 seated %d times, want once", live.rounds)
	}
	r, err := s.Round(ctx, br.ID, 1)
	must(t, err, "Round")
	seated := 0
	for _, tb := range r.Seating.Tables {
		seated += len(tb.People)
	}
	if seated != 8 || len(r.Seating.Tables) != 2 {
		t.Errorf("round 1 seats %d at %d tables, want 8 at 2", seated, len(r.Seating.Tables))
	}
	for _, id := range live.people {
		if got := live.tables[id]; len(got) != 1 {
			t.Errorf("%s was told tables %v, want one", id, got)
		}
	}
}

// testSignUpsOfDeletedPerson: a deleted account keeps no place at a break
// (nor counts among those signed up).
func testSignUpsOfDeletedPerson(t *testing.T, s Store) {
	ctx := t.Context()
	gone, kept := NewPerson(1), NewPerson(2)
	must(t, s.CreatePerson(ctx, gone), "CreatePerson")
	must(t, s.CreatePerson(ctx, kept), "CreatePerson")
	for _, b := range []string{"break-0001", "break-0002"} {
		must(t, s.CreateSignUp(ctx, NewSignUp(b, 1)), "CreateSignUp")
		must(t, s.CreateSignUp(ctx, NewSignUp(b, 2)), "CreateSignUp")
	}
	must(t, s.DeletePerson(ctx, gone.ID), "DeletePerson")
	for _, b := range []string{"break-0001", "break-0002"} {
		list, err := s.SignUpsOfBreak(ctx, b)
		must(t, err, "SignUpsOfBreak")
		if got := ids(list, func(su matching.SignUp) string { return su.PersonID }); !slices.Equal(got, []string{kept.ID}) {
			t.Errorf("sign-ups of %s after DeletePerson = %v, want only %s", b, got, kept.ID)
		}
	}
}

// breakDurability is RunDurability's part for breaks: what was
// acknowledged is there after a reopen, and the keys still claim.
func breakDurability(t *testing.T, open func(t *testing.T) Store) {
	t.Helper()
	ctx := t.Context()
	s := open(t)
	br, cancelled := NewBreak(31), NewBreak(32)
	must(t, s.CreateBreak(ctx, br), "CreateBreak")
	must(t, s.CreateBreak(ctx, cancelled), "CreateBreak")
	must(t, s.DeleteBreak(ctx, cancelled.ID), "DeleteBreak")
	su, withdrawn := NewSignUp(br.ID, 31), NewSignUp(br.ID, 32)
	must(t, s.CreateSignUp(ctx, su), "CreateSignUp")
	must(t, s.CreateSignUp(ctx, withdrawn), "CreateSignUp")
	must(t, s.DeleteSignUp(ctx, br.ID, withdrawn.PersonID), "DeleteSignUp")
	r := NewRound(br.ID, 1)
	must(t, s.CreateRound(ctx, r), "CreateRound")
	r.Seating.Waiting = nil
	must(t, s.ReplaceRound(ctx, r), "ReplaceRound")
	must(t, s.Close(), "Close")

	s = open(t)
	defer func() { must(t, s.Close(), "Close after reopen") }()
	got, err := s.Break(ctx, br.ID)
	must(t, err, "Break after reopen")
	wantSame(t, got, br, "break after reopen")
	_, err = s.Break(ctx, cancelled.ID)
	wantErr(t, err, store.ErrNotFound, "cancelled break after reopen")
	list, err := s.SignUpsOfBreak(ctx, br.ID)
	must(t, err, "SignUpsOfBreak after reopen")
	if len(list) != 1 || list[0].PersonID != su.PersonID {
		t.Errorf("sign-ups after reopen: %v", list)
	}
	wantErr(t, s.CreateSignUp(ctx, NewSignUp(br.ID, 31)), store.ErrDuplicate, "signing up again after reopen")
	gotR, err := s.Round(ctx, br.ID, 1)
	must(t, err, "Round after reopen")
	if len(gotR.Seating.Waiting) != 0 || len(gotR.Seating.Tables[0].People) != 3 {
		t.Errorf("round after reopen: %+v", gotR.Seating)
	}
	wantErr(t, s.CreateRound(ctx, NewRound(br.ID, 1)), store.ErrDuplicate, "storing the round again after reopen")
}
