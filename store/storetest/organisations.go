package storetest

import (
	"slices"
	"testing"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

var organisationTests = []test{
	{"Organisations/CreateReadUpdateDelete", testOrganisationRoundTrip},
	{"Organisations/NotFound", testOrganisationNotFound},
	{"Organisations/DuplicateID", testOrganisationDuplicate},
	{"Organisations/ListSorted", testOrganisationsSorted},
}

func testOrganisationRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	o := NewOrganisation(1)
	must(t, s.CreateOrganisation(ctx, o), "CreateOrganisation")
	got, err := s.Organisation(ctx, o.ID)
	must(t, err, "Organisation")
	wantSame(t, got, o, "Organisation")

	changed := NewOrganisation(2)
	changed.ID = o.ID
	changed.Website, changed.LogoURL = "", "" // optional fields can be cleared
	must(t, s.UpdateOrganisation(ctx, changed), "UpdateOrganisation")
	got, err = s.Organisation(ctx, o.ID)
	must(t, err, "Organisation")
	wantSame(t, got, changed, "Organisation after update")

	// Results are copies.
	got.Name = "changed"
	got, err = s.Organisation(ctx, o.ID)
	must(t, err, "Organisation")
	wantSame(t, got, changed, "Organisation after changing a result")

	must(t, s.DeleteOrganisation(ctx, o.ID), "DeleteOrganisation")
	_, err = s.Organisation(ctx, o.ID)
	wantErr(t, err, store.ErrNotFound, "Organisation after delete")
	list, err := s.Organisations(ctx)
	must(t, err, "Organisations")
	if len(list) != 0 {
		t.Errorf("Organisations after delete: %d, want 0", len(list))
	}
}

func testOrganisationNotFound(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.CreateOrganisation(ctx, NewOrganisation(1)), "CreateOrganisation")
	missing := NewOrganisation(2)
	_, err := s.Organisation(ctx, missing.ID)
	wantErr(t, err, store.ErrNotFound, "Organisation")
	wantErr(t, s.UpdateOrganisation(ctx, missing), store.ErrNotFound, "UpdateOrganisation")
	wantErr(t, s.DeleteOrganisation(ctx, missing.ID), store.ErrNotFound, "DeleteOrganisation")
	_, err = s.Organisation(ctx, missing.ID)
	wantErr(t, err, store.ErrNotFound, "Organisation after UpdateOrganisation of a missing one")
}

func testOrganisationDuplicate(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewOrganisation(1)
	must(t, s.CreateOrganisation(ctx, first), "CreateOrganisation")
	second := NewOrganisation(2)
	second.ID = first.ID
	wantErr(t, s.CreateOrganisation(ctx, second), store.ErrDuplicate, "CreateOrganisation with a taken ID")
	got, err := s.Organisation(ctx, first.ID)
	must(t, err, "Organisation")
	wantSame(t, got, first, "Organisation after the refused insert")
}

func testOrganisationsSorted(t *testing.T, s Store) {
	ctx := t.Context()
	list, err := s.Organisations(ctx)
	must(t, err, "Organisations of an empty store")
	if len(list) != 0 {
		t.Fatalf("empty store lists %d organisations", len(list))
	}
	// "alpha" and "Alpha" fold alike, so ID decides; "beta" sorts before
	// "Gamma" only when case is folded.
	names := map[int]string{1: "Gamma", 2: "beta", 3: "alpha", 4: "Alpha", 5: "Delta"}
	for _, i := range []int{1, 2, 3, 4, 5} {
		o := NewOrganisation(i)
		o.Name = names[i]
		must(t, s.CreateOrganisation(ctx, o), "CreateOrganisation")
	}
	list, err = s.Organisations(ctx)
	must(t, err, "Organisations")
	got := ids(list, func(o booths.Organisation) string { return o.ID })
	want := []string{"org-0003", "org-0004", "org-0002", "org-0005", "org-0001"}
	if !slices.Equal(got, want) {
		t.Errorf("Organisations order = %v, want %v", got, want)
	}
	if len(list) > 0 {
		want := NewOrganisation(3)
		want.Name = "alpha"
		wantSame(t, &list[0], want, "listed organisation")
	}
}
