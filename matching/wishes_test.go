package matching_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/matching"
)

// fixedTimes suggests one time for any pair.
type fixedTimes struct{ at time.Time }

func (f fixedTimes) For(_ context.Context, a, b *accounts.Person, minutes, count int) ([]agenda.Interval, error) {
	return []agenda.Interval{{Start: f.at, End: f.at.Add(time.Duration(minutes) * time.Minute)}}, nil
}

// TestWishesRules: a mutual match is told to both once, with times; bad
// wishes get their codes and change nothing; nobody holds more than
// MaxWishes.
func TestWishesRules(t *testing.T) {
	ctx := t.Context()
	st, people := village(t, 4)
	many := make([]accounts.Person, matching.MaxWishes+1)
	for i := range many {
		many[i] = recPerson(fmt.Sprintf("m-%02d", i), "en", "civil_society", "weog")
		many[i].Email = many[i].ID + "@village.example"
		if err := st.CreatePerson(ctx, &many[i]); err != nil {
			t.Fatal(err)
		}
	}
	r := &told{}
	blocks := blockList{{people[0].ID, people[3].ID}: true}
	w := matching.NewWishes(st, st, func() time.Time { return day }, matching.WishesWithNotifier(r),
		matching.WishesWithBlocks(blocks), matching.WishesWithTimes(fixedTimes{day.Add(time.Hour)}))
	a, b := &people[0], &people[1]

	v, err := w.Add(ctx, a, b.ID)
	if err != nil || v.Mutual || len(r.all()) != 0 {
		t.Fatalf("a's wish: %+v, %v, told %v", v, err, r.all())
	}
	v, err = w.Add(ctx, b, a.ID)
	if err != nil || !v.Mutual || v.SuggestedTimes == nil || len(*v.SuggestedTimes) != 1 {
		t.Fatalf("b's wish back: %+v, %v", v, err)
	}
	if got := r.all(); len(got) != 2 || got[0] != b.ID+" meeting.mutual" || got[1] != a.ID+" meeting.mutual" {
		t.Errorf("told %v, want both once", got)
	}
	if v, err = w.Add(ctx, a, b.ID); err != nil || !v.Mutual || v.SuggestedTimes != nil || len(r.all()) != 2 {
		t.Errorf("a's wish again: %+v, %v, told %v; want mutual, told once only", v, err, r.all())
	}

	for _, bad := range []struct {
		name string
		from *accounts.Person
		to   string
		code apperr.Code
	}{
		{"oneself", a, a.ID, apperr.ValidationFailed},
		{"nobody", a, "s-nobody", apperr.NotFound},
		{"blocked", a, people[3].ID, apperr.Blocked},
		{"blocked the other way", &people[3], a.ID, apperr.Blocked},
	} {
		if _, err := w.Add(ctx, bad.from, bad.to); apperr.CodeOf(err) != bad.code {
			t.Errorf("%s: %v, want %s", bad.name, err, bad.code)
		}
	}
	if mine, _ := w.Mine(ctx, a); len(mine) != 1 {
		t.Errorf("a's wishes after the bad ones: %+v", mine)
	}

	c := &people[2]
	for i := range matching.MaxWishes {
		if _, err := w.Add(ctx, c, many[i].ID); err != nil {
			t.Fatalf("wish %d: %v", i, err)
		}
	}
	if _, err := w.Add(ctx, c, many[matching.MaxWishes].ID); apperr.CodeOf(err) != apperr.ValidationFailed {
		t.Errorf("a wish beyond %d: %v, want validation_failed", matching.MaxWishes, err)
	}
	if _, err := w.Add(ctx, c, many[0].ID); err != nil {
		t.Errorf("one of the %d again: %v, want it taken", matching.MaxWishes, err)
	}
	if err := w.Remove(ctx, c, many[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Add(ctx, c, many[matching.MaxWishes].ID); err != nil {
		t.Errorf("a wish after taking one back: %v", err)
	}
	if err := w.Remove(ctx, c, many[0].ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("taking back a wish not there: %v, want not_found", err)
	}
}
