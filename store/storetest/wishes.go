package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

var wishTests = []test{
	{"Wishes/AddReadList", testWishesRoundTrip},
	{"Wishes/SecondIsDuplicate", testWishTwice},
	{"Wishes/Delete", testWishDelete},
	{"Wishes/EachPerson", testEachPerson},
	{"Wishes/DeletePersonRemovesTheirs", testWishesOfDeletedPerson},
	wishRace.test(),
}

// NewWish is NewPerson(from)'s wish to meet NewPerson(to), at At(at).
func NewWish(from, to, at int) *matching.Wish {
	f, t := NewPerson(from).ID, NewPerson(to).ID
	return &matching.Wish{ID: matching.WishID(f, t), From: f, To: t, At: At(at)}
}

func wishIDs(list []matching.Wish) []string {
	return ids(list, func(w matching.Wish) string { return w.ID })
}

func testWishesRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	older, newer, others := NewWish(1, 2, 1), NewWish(1, 3, 2), NewWish(2, 1, 3)
	for _, w := range []*matching.Wish{older, newer, others} {
		must(t, s.AddWish(ctx, w), "AddWish")
	}
	got, err := s.Wish(ctx, older.ID)
	must(t, err, "Wish")
	wantSame(t, got, older, "Wish")
	mine, err := s.WishesFrom(ctx, NewPerson(1).ID)
	must(t, err, "WishesFrom")
	if got, want := wishIDs(mine), []string{newer.ID, older.ID}; !slices.Equal(got, want) {
		t.Errorf("WishesFrom = %v, want %v (newest first, only theirs)", got, want)
	}
	none, err := s.WishesFrom(ctx, "nobody")
	must(t, err, "WishesFrom of nobody")
	if none == nil || len(none) != 0 {
		t.Errorf("WishesFrom of nobody = %#v, want an empty list", none)
	}
	_, err = s.Wish(ctx, matching.WishID("nobody", "else"))
	wantErr(t, err, store.ErrNotFound, "Wish of none")
}

func testWishTwice(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewWish(1, 2, 1)
	must(t, s.AddWish(ctx, first), "AddWish")
	again := NewWish(1, 2, 5)
	wantErr(t, s.AddWish(ctx, again), store.ErrDuplicate, "the same wish again")
	got, err := s.Wish(ctx, first.ID)
	must(t, err, "Wish")
	wantSame(t, got, first, "the first wish, unchanged")
}

func testWishDelete(t *testing.T, s Store) {
	ctx := t.Context()
	w := NewWish(1, 2, 1)
	must(t, s.AddWish(ctx, w), "AddWish")
	must(t, s.DeleteWish(ctx, w.ID), "DeleteWish")
	wantErr(t, s.DeleteWish(ctx, w.ID), store.ErrNotFound, "DeleteWish again")
	_, err := s.Wish(ctx, w.ID)
	wantErr(t, err, store.ErrNotFound, "Wish after DeleteWish")
	must(t, s.AddWish(ctx, w), "AddWish after DeleteWish")
}

func testEachPerson(t *testing.T, s Store) {
	ctx := t.Context()
	var want []string
	for i := 1; i <= 3; i++ {
		p := NewPerson(i)
		must(t, s.CreatePerson(ctx, p), "CreatePerson")
		want = append(want, p.ID)
	}
	var got []string
	must(t, s.EachPerson(ctx, func(p accounts.Person) error {
		got = append(got, p.ID)
		if p.Email == "" || len(p.Languages) == 0 {
			t.Errorf("EachPerson gave %s without all its fields: %+v", p.ID, p)
		}
		return nil
	}), "EachPerson")
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("EachPerson gave %v, want %v", got, want)
	}
}

// wishRace: of racing wishes of the same pair one is stored (a mutual
// match is then told once by the Claim of its key, raced in Race/Claim).
var wishRace = race{
	name: "SameWish",
	attempt: func(ctx context.Context, s Store, i int) error {
		return s.AddWish(ctx, NewWish(1, 2, i))
	},
	check: func(t *testing.T, s Store, winner int) {
		got, err := s.Wish(t.Context(), NewWish(1, 2, 0).ID)
		must(t, err, "Wish")
		wantSame(t, got, NewWish(1, 2, winner), "the winner's wish")
	},
}

// testWishesOfDeletedPerson: a deleted account takes its wishes, and
// others' wishes to meet it, along; the rest stay.
func testWishesOfDeletedPerson(t *testing.T, s Store) {
	ctx := t.Context()
	for i := 1; i <= 3; i++ {
		must(t, s.CreatePerson(ctx, NewPerson(i)), "CreatePerson")
	}
	mine, theirs, others := NewWish(1, 2, 1), NewWish(2, 1, 2), NewWish(2, 3, 3)
	for _, w := range []*matching.Wish{mine, theirs, others} {
		must(t, s.AddWish(ctx, w), "AddWish")
	}
	must(t, s.DeletePerson(ctx, NewPerson(1).ID), "DeletePerson")
	for _, w := range []*matching.Wish{mine, theirs} {
		_, err := s.Wish(ctx, w.ID)
		wantErr(t, err, store.ErrNotFound, "a wish of the deleted person")
	}
	left, err := s.WishesFrom(ctx, NewPerson(2).ID)
	must(t, err, "WishesFrom")
	if got := wishIDs(left); !slices.Equal(got, []string{others.ID}) {
		t.Errorf("wishes left = %v, want %v", got, []string{others.ID})
	}
}
