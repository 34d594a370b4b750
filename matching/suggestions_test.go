package matching_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store/memory"
)

// blockList is a BlockedPeople of fixed pairs.
type blockList map[[2]string]bool

func (b blockList) BlockedEither(_ context.Context, id string) (map[string]bool, error) {
	out := map[string]bool{}
	for p := range b {
		if p[0] == id {
			out[p[1]] = true
		}
		if p[1] == id {
			out[p[0]] = true
		}
	}
	return out, nil
}

func (b blockList) Blocked(_ context.Context, x, y string) (bool, error) {
	return b[[2]string{x, y}] || b[[2]string{y, x}], nil
}

// village stores n findable English speakers, s-00 to s-(n-1).
func village(t *testing.T, n int) (*memory.Store, []accounts.Person) {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var people []accounts.Person
	for i := range n {
		p := recPerson(fmt.Sprintf("s-%02d", i), "en", "civil_society", "weog", "data")
		p.Email = p.ID + "@village.example"
		if err := st.CreatePerson(t.Context(), &p); err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	return st, people
}

func suggestedIDs(s *matching.Suggestions) []string {
	var out []string
	for _, p := range s.People {
		out = append(out, p.Person.ID)
	}
	return out
}

// TestSuggesterLeavesOutAtOnce: someone met, blocked, gone from the
// directory or from the village since the lists were computed drops out
// of a list as it is read, and the next best take their places.
func TestSuggesterLeavesOutAtOnce(t *testing.T) {
	ctx := t.Context()
	st, people := village(t, 16)
	blocks := blockList{}
	c := &clock{t: day}
	s := matching.NewSuggester(st, c.now, matching.SuggestWithBlocks(blocks))
	me := &people[0]
	first, err := s.For(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	before := suggestedIDs(first)
	if len(before) != matching.SuggestedPeople {
		t.Fatalf("suggested %v, want %d", before, matching.SuggestedPeople)
	}
	met, blocked, hidden, gone := before[0], before[1], before[2], before[3]
	if err := contacts.New(st).Record(ctx, contacts.KindTable, "break-1", "r1", []string{me.ID, met}, day); err != nil {
		t.Fatal(err)
	}
	blocks[[2]string{blocked, me.ID}] = true // they blocked me
	p, _ := st.Person(ctx, hidden)
	p.DirectoryOptIn = false
	if err := st.UpdatePerson(ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := st.DeletePerson(ctx, gone); err != nil {
		t.Fatal(err)
	}

	again, err := s.For(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	after := suggestedIDs(again)
	if !again.ComputedAt.Equal(first.ComputedAt) {
		t.Errorf("computed again within the TTL: %v, then %v", first.ComputedAt, again.ComputedAt)
	}
	for _, id := range []string{met, blocked, hidden, gone} {
		if slices.Contains(after, id) {
			t.Errorf("%s is still suggested: %v", id, after)
		}
	}
	if len(after) != matching.SuggestedPeople {
		t.Errorf("after four left: %v, want %d (spares in their place)", after, matching.SuggestedPeople)
	}
}

// TestSuggesterTTL: lists older than the TTL are served at once while new
// ones are computed in the background; a newcomer is ranked alone, and
// has the lists computed again (in the background) when they are older
// than NewcomerRefresh, so that others find them.
func TestSuggesterTTL(t *testing.T) {
	ctx := t.Context()
	st, people := village(t, 5)
	c := &clock{t: day}
	s := matching.NewSuggester(st, c.now, matching.SuggestWithTTL(10*time.Minute))
	first, err := s.For(ctx, &people[0])
	if err != nil {
		t.Fatal(err)
	}
	// computedAt waits for the background computation of time at.
	computedAt := func(at time.Time) *matching.Computed {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			cur, err := s.Current(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if cur.At.Equal(at) {
				return cur
			}
			if time.Now().After(deadline) {
				t.Fatalf("the lists were not computed again at %v (last at %v)", at, cur.At)
			}
			time.Sleep(10 * time.Millisecond) // polls the background computation
		}
	}

	newcomer := recPerson("s-new", "en", "government", "weog", "data")
	newcomer.Email = "new@village.example"
	if err := st.CreatePerson(ctx, &newcomer); err != nil {
		t.Fatal(err)
	}
	mine, err := s.For(ctx, &newcomer)
	if err != nil || len(mine.People) != 5 || !mine.ComputedAt.Equal(first.ComputedAt) {
		t.Fatalf("a newcomer's suggestions: %v, %v; want the 5 others from the lists as they are", suggestedIDs(mine), err)
	}
	c.set(day.Add(2 * time.Minute))
	if _, err := s.For(ctx, &newcomer); err != nil {
		t.Fatal(err)
	}
	if cur := computedAt(day.Add(2 * time.Minute)); !cur.Has(newcomer.ID) || cur.Lists != 6 {
		t.Errorf("after a newcomer read theirs: %d lists, newcomer in: %v", cur.Lists, cur.Has(newcomer.ID))
	}

	c.set(day.Add(13 * time.Minute))
	stale, err := s.For(ctx, &people[0])
	if err != nil || !stale.ComputedAt.Equal(day.Add(2*time.Minute)) {
		t.Fatalf("past the TTL: %v, %v; want the old lists at once", stale.ComputedAt, err)
	}
	computedAt(day.Add(13 * time.Minute))
}
