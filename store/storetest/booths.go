package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

var boothTests = []test{
	{"Booths/CreateReadUpdateDelete", testBoothRoundTrip},
	{"Booths/NotFound", testBoothNotFound},
	{"Booths/OnePerOrganisation", testBoothDuplicate},
	{"Booths/ListSorted", testBoothsSorted},
	{"Booths/EmptyLists", testBoothEmptyLists},
}

func testBoothRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	b := NewBooth(1)
	must(t, s.CreateBooth(ctx, b), "CreateBooth")
	got, err := s.Booth(ctx, b.ID)
	must(t, err, "Booth")
	wantSame(t, got, b, "Booth")

	changed := NewBooth(2)
	changed.ID, changed.OrganisationID = b.ID, b.OrganisationID
	changed.Links = changed.Links[:1]
	changed.Open = false
	must(t, s.UpdateBooth(ctx, changed), "UpdateBooth")
	got, err = s.Booth(ctx, b.ID)
	must(t, err, "Booth")
	wantSame(t, got, changed, "Booth after update")

	// Results are copies, and so is what was stored.
	got.Title = "changed"
	got.Themes[0], got.Links[0].URL, got.Hours[0].Opens = "changed", "https://changed.example", "00:00"
	changed.Languages[0] = "changed"
	got, err = s.Booth(ctx, b.ID)
	must(t, err, "Booth")
	want := NewBooth(2)
	want.ID, want.OrganisationID, want.Links, want.Open = b.ID, b.OrganisationID, want.Links[:1], false
	wantSame(t, got, want, "Booth after changing a result and the stored value")

	must(t, s.DeleteBooth(ctx, b.ID), "DeleteBooth")
	_, err = s.Booth(ctx, b.ID)
	wantErr(t, err, store.ErrNotFound, "Booth after delete")
	wantErr(t, s.UpdateBooth(ctx, changed), store.ErrNotFound, "UpdateBooth after delete")
	_, err = s.Booth(ctx, b.ID)
	wantErr(t, err, store.ErrNotFound, "Booth after updating a deleted one")
	list, err := s.Booths(ctx)
	must(t, err, "Booths")
	if len(list) != 0 {
		t.Errorf("Booths after delete: %d, want 0", len(list))
	}
}

func testBoothNotFound(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.CreateBooth(ctx, NewBooth(1)), "CreateBooth")
	missing := NewBooth(2)
	_, err := s.Booth(ctx, missing.ID)
	wantErr(t, err, store.ErrNotFound, "Booth")
	wantErr(t, s.UpdateBooth(ctx, missing), store.ErrNotFound, "UpdateBooth")
	wantErr(t, s.DeleteBooth(ctx, missing.ID), store.ErrNotFound, "DeleteBooth")
}

// testBoothDuplicate: a second booth of one organisation has its ID, and is
// refused without touching the first.
func testBoothDuplicate(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewBooth(1)
	must(t, s.CreateBooth(ctx, first), "CreateBooth")
	second := NewBooth(2)
	second.ID, second.OrganisationID = first.ID, first.OrganisationID
	wantErr(t, s.CreateBooth(ctx, second), store.ErrDuplicate, "CreateBooth of an organisation with a booth")
	got, err := s.Booth(ctx, first.ID)
	must(t, err, "Booth")
	wantSame(t, got, first, "Booth after the refused insert")
}

func testBoothsSorted(t *testing.T, s Store) {
	ctx := t.Context()
	list, err := s.Booths(ctx)
	must(t, err, "Booths of an empty store")
	if len(list) != 0 {
		t.Fatalf("empty store lists %d booths", len(list))
	}
	titles := map[int]string{1: "Gamma", 2: "beta", 3: "alpha", 4: "Alpha", 5: "Delta"}
	for _, i := range []int{1, 2, 3, 4, 5} {
		b := NewBooth(i)
		b.Title = titles[i]
		must(t, s.CreateBooth(ctx, b), "CreateBooth")
	}
	list, err = s.Booths(ctx)
	must(t, err, "Booths")
	got := ids(list, func(b booths.Booth) string { return b.ID })
	want := []string{"booth-0003", "booth-0004", "booth-0002", "booth-0005", "booth-0001"}
	if !slices.Equal(got, want) {
		t.Errorf("Booths order = %v, want %v", got, want)
	}
	if len(list) > 0 {
		want := NewBooth(3)
		want.Title = "alpha"
		wantSame(t, &list[0], want, "listed booth")
	}
}

// testBoothEmptyLists: a booth with nothing in its lists reads back with
// nothing in them (nil or empty alike: Diff does not tell them apart).
func testBoothEmptyLists(t *testing.T, s Store) {
	ctx := t.Context()
	b := NewBooth(1)
	b.Themes, b.Languages, b.Links, b.Hours, b.Description = []string{}, []string{}, []booths.Link{}, []booths.Hours{}, ""
	must(t, s.CreateBooth(ctx, b), "CreateBooth")
	got, err := s.Booth(ctx, b.ID)
	must(t, err, "Booth")
	wantSame(t, got, b, "Booth with empty lists")
}

// boothRace: of racing booths for one organisation, one is stored.
var boothRace = race{
	name: "OneBoothPerOrganisation",
	attempt: func(ctx context.Context, s Store, i int) error {
		b := NewBooth(i)
		b.ID, b.OrganisationID = booths.BoothID("org-contested"), "org-contested"
		return s.CreateBooth(ctx, b)
	},
	check: func(t *testing.T, s Store, winner int) {
		got, err := s.Booth(t.Context(), booths.BoothID("org-contested"))
		must(t, err, "Booth")
		if want := NewBooth(winner).Title; got.Title != want {
			t.Errorf("booth has title %q, the winner's was %q", got.Title, want)
		}
		list, err := s.Booths(t.Context())
		must(t, err, "Booths")
		if len(list) != 1 {
			t.Errorf("%d booths stored, want 1", len(list))
		}
	},
}
