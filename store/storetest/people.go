package storetest

import (
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/store"
)

var peopleTests = []test{
	{"People/CreateAndRead", testCreatePerson},
	{"People/NotFound", testPersonNotFound},
	{"People/DuplicateID", testPersonDuplicateID},
	{"People/DuplicateEmail", testPersonDuplicateEmail},
	{"People/Update", testUpdatePerson},
	{"People/UpdateOntoTakenEmail", testUpdatePersonTakenEmail},
	{"People/Delete", testDeletePerson},
	{"People/DeleteCascadesRefreshTokens", testDeletePersonTokens},
	{"People/ClearOrganisation", testClearOrganisation},
	{"People/ReturnsCopies", testPersonCopies},
}

func testCreatePerson(t *testing.T, s Store) {
	ctx := t.Context()
	p := NewPerson(1)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")

	got, err := s.Person(ctx, p.ID)
	must(t, err, "Person")
	wantSame(t, got, p, "Person")

	got, err = s.PersonByEmail(ctx, p.Email)
	must(t, err, "PersonByEmail")
	wantSame(t, got, p, "PersonByEmail")

	// Optional fields left empty come back empty.
	bare := &accounts.Person{ID: "bare", Email: "bare@example.org", Role: accounts.RoleParticipant, CreatedAt: At(2), UpdatedAt: At(2)}
	must(t, s.CreatePerson(ctx, bare), "CreatePerson bare")
	got, err = s.Person(ctx, bare.ID)
	must(t, err, "Person bare")
	wantSame(t, got, bare, "Person bare")
}

func testPersonNotFound(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.CreatePerson(ctx, NewPerson(1)), "CreatePerson")
	missing := NewPerson(2)

	_, err := s.Person(ctx, missing.ID)
	wantErr(t, err, store.ErrNotFound, "Person")
	_, err = s.PersonByEmail(ctx, missing.Email)
	wantErr(t, err, store.ErrNotFound, "PersonByEmail")
	wantErr(t, s.UpdatePerson(ctx, missing), store.ErrNotFound, "UpdatePerson")
	wantErr(t, s.DeletePerson(ctx, missing.ID), store.ErrNotFound, "DeletePerson")
	_, err = s.Person(ctx, missing.ID)
	wantErr(t, err, store.ErrNotFound, "Person after UpdatePerson of a missing person")
}

func testPersonDuplicateID(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewPerson(1)
	must(t, s.CreatePerson(ctx, first), "CreatePerson")

	second := NewPerson(2)
	second.ID = first.ID
	wantErr(t, s.CreatePerson(ctx, second), store.ErrDuplicate, "CreatePerson with a taken ID")

	got, err := s.Person(ctx, first.ID)
	must(t, err, "Person")
	wantSame(t, got, first, "Person after the refused insert")
	_, err = s.PersonByEmail(ctx, second.Email)
	wantErr(t, err, store.ErrNotFound, "PersonByEmail of the refused person")
}

func testPersonDuplicateEmail(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewPerson(1)
	must(t, s.CreatePerson(ctx, first), "CreatePerson")

	second := NewPerson(2)
	second.Email = first.Email
	wantErr(t, s.CreatePerson(ctx, second), store.ErrDuplicate, "CreatePerson with a taken e-mail")

	_, err := s.Person(ctx, second.ID)
	wantErr(t, err, store.ErrNotFound, "Person of the refused person")
	got, err := s.PersonByEmail(ctx, first.Email)
	must(t, err, "PersonByEmail")
	wantSame(t, got, first, "PersonByEmail after the refused insert")
}

func testUpdatePerson(t *testing.T, s Store) {
	ctx := t.Context()
	orig := NewPerson(1)
	must(t, s.CreatePerson(ctx, orig), "CreatePerson")

	// Every field but the ID changes, the e-mail included.
	changed := NewPerson(2)
	changed.ID = orig.ID
	changed.Languages = []string{"es"}
	changed.Themes = []string{"data", "trust"}
	changed.Tags = nil
	changed.DirectoryOptIn = false
	changed.Role = accounts.RoleStaff
	changed.OrganisationID = "org-0001"
	must(t, s.UpdatePerson(ctx, changed), "UpdatePerson")

	got, err := s.Person(ctx, orig.ID)
	must(t, err, "Person")
	wantSame(t, got, changed, "Person after update")
	got, err = s.PersonByEmail(ctx, changed.Email)
	must(t, err, "PersonByEmail new e-mail")
	wantSame(t, got, changed, "PersonByEmail new e-mail")
	_, err = s.PersonByEmail(ctx, orig.Email)
	wantErr(t, err, store.ErrNotFound, "PersonByEmail old e-mail")

	// The old e-mail is free again.
	other := NewPerson(3)
	other.Email = orig.Email
	must(t, s.CreatePerson(ctx, other), "CreatePerson with the freed e-mail")

	// Keeping one's own e-mail is no conflict.
	changed.DisplayName = "Renamed"
	must(t, s.UpdatePerson(ctx, changed), "UpdatePerson keeping the e-mail")
	got, err = s.Person(ctx, changed.ID)
	must(t, err, "Person")
	wantSame(t, got, changed, "Person after second update")
}

func testUpdatePersonTakenEmail(t *testing.T, s Store) {
	ctx := t.Context()
	a, b := NewPerson(1), NewPerson(2)
	must(t, s.CreatePerson(ctx, a), "CreatePerson a")
	must(t, s.CreatePerson(ctx, b), "CreatePerson b")

	steal := *b
	steal.Email = a.Email
	steal.DisplayName = "Thief"
	wantErr(t, s.UpdatePerson(ctx, &steal), store.ErrDuplicate, "UpdatePerson onto a's e-mail")

	got, err := s.Person(ctx, b.ID)
	must(t, err, "Person b")
	wantSame(t, got, b, "b after the refused update")
	got, err = s.PersonByEmail(ctx, a.Email)
	must(t, err, "PersonByEmail a")
	wantSame(t, got, a, "a after the refused update")
}

func testDeletePerson(t *testing.T, s Store) {
	ctx := t.Context()
	p, keep := NewPerson(1), NewPerson(2)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")
	must(t, s.CreatePerson(ctx, keep), "CreatePerson keep")
	must(t, s.DeletePerson(ctx, p.ID), "DeletePerson")

	_, err := s.Person(ctx, p.ID)
	wantErr(t, err, store.ErrNotFound, "Person after delete")
	_, err = s.PersonByEmail(ctx, p.Email)
	wantErr(t, err, store.ErrNotFound, "PersonByEmail after delete")
	wantErr(t, s.DeletePerson(ctx, p.ID), store.ErrNotFound, "DeletePerson twice")

	got, err := s.Person(ctx, keep.ID)
	must(t, err, "Person keep")
	wantSame(t, got, keep, "the other person")

	// Both keys are free again.
	must(t, s.CreatePerson(ctx, p), "CreatePerson again after delete")
}

func testDeletePersonTokens(t *testing.T, s Store) {
	ctx := t.Context()
	gone, kept := NewPerson(1), NewPerson(2)
	must(t, s.CreatePerson(ctx, gone), "CreatePerson")
	must(t, s.CreatePerson(ctx, kept), "CreatePerson")
	t1 := NewRefreshToken(1, gone.ID, "family-a")
	t2 := NewRefreshToken(2, gone.ID, "family-b")
	t3 := NewRefreshToken(3, kept.ID, "family-c")
	for _, tok := range []*auth.RefreshToken{t1, t2, t3} {
		must(t, s.CreateRefreshToken(ctx, tok), "CreateRefreshToken")
	}

	must(t, s.DeletePerson(ctx, gone.ID), "DeletePerson")

	for _, tok := range []*auth.RefreshToken{t1, t2} {
		_, err := s.RefreshToken(ctx, tok.Hash)
		wantErr(t, err, store.ErrNotFound, "RefreshToken of the deleted person")
	}
	got, err := s.RefreshToken(ctx, t3.Hash)
	must(t, err, "RefreshToken of the other person")
	wantSame(t, got, t3, "the other person's token")
}

func testClearOrganisation(t *testing.T, s Store) {
	ctx := t.Context()
	staff := func(i int, org string) *accounts.Person {
		p := NewPerson(i)
		p.Role, p.OrganisationID = accounts.RoleStaff, org
		return p
	}
	a1, a2 := staff(1, "org-a"), staff(2, "org-a")
	b1 := staff(3, "org-b")
	participant := NewPerson(4)
	secretariat := NewPerson(5)
	secretariat.Role = accounts.RoleSecretariat
	for _, p := range []*accounts.Person{a1, a2, b1, participant, secretariat} {
		must(t, s.CreatePerson(ctx, p), "CreatePerson")
	}

	must(t, s.ClearOrganisation(ctx, "org-a"), "ClearOrganisation")

	for _, p := range []*accounts.Person{a1, a2} {
		want := *p
		want.Role, want.OrganisationID = accounts.RoleParticipant, ""
		got, err := s.Person(ctx, p.ID)
		must(t, err, "Person")
		// UpdatedAt is the backend's business here: no clock is passed.
		got.UpdatedAt = want.UpdatedAt
		wantSame(t, got, &want, "former staff of org-a")
	}
	for _, p := range []*accounts.Person{b1, participant, secretariat} {
		got, err := s.Person(ctx, p.ID)
		must(t, err, "Person")
		wantSame(t, got, p, "person outside org-a")
	}

	must(t, s.ClearOrganisation(ctx, "org-without-staff"), "ClearOrganisation with no staff")
}

func testPersonCopies(t *testing.T, s Store) {
	ctx := t.Context()
	p := NewPerson(1)
	want := *NewPerson(1)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")

	// Changing what was passed in must not reach the store.
	p.DisplayName = "changed"
	p.Languages[0] = "changed"
	p.Tags = append(p.Tags, "changed")

	got, err := s.Person(ctx, want.ID)
	must(t, err, "Person")
	wantSame(t, got, &want, "Person after the caller changed its argument")

	// Nor changing what was returned.
	got.DisplayName = "changed"
	got.Themes[0] = "changed"
	found, _, err := s.SearchPeople(ctx, accounts.DirectoryQuery{})
	must(t, err, "SearchPeople")
	if len(found) == 1 {
		found[0].Languages[0] = "changed"
	}
	got, err = s.PersonByEmail(ctx, want.Email)
	must(t, err, "PersonByEmail")
	wantSame(t, got, &want, "Person after the caller changed a result")
}
