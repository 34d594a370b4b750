package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

var leadTests = []test{
	{"Leads/CreateAndList", testLeadRoundTrip},
	{"Leads/OnePerPersonPerBooth", testLeadDuplicate},
	{"Leads/ListsSortedAndPaged", testLeadsSorted},
	{"Leads/Delete", testLeadDelete},
	{"Leads/DeletePersonRemovesTheirs", testLeadsOfDeletedPerson},
	{"Leads/DeleteBoothRemovesItsOwn", testLeadsOfDeletedBooth},
}

// NewLead is the lead of NewPerson(person) at NewBooth(booth), left at
// At(person), every field set.
func NewLead(booth, person int) *booths.Lead {
	b, p := NewBooth(booth), NewPerson(person)
	return &booths.Lead{
		ID: booths.LeadID(b.ID, p.ID), BoothID: b.ID, PersonID: p.ID,
		Contact: booths.Contact{Name: p.DisplayName, Email: p.Email, Organisation: fmt.Sprintf("Organisation %04d", person),
			StakeholderGroup: p.StakeholderGroup, Country: p.Country, Languages: []string{"en", "fr-CA"}},
		Note:        fmt.Sprintf("Please send the report, «%d».\nThanks", booth),
		ConsentedAt: At(person),
	}
}

func leadIDs(list []booths.Lead) []string {
	return ids(list, func(l booths.Lead) string { return l.ID })
}

func testLeadRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	l := NewLead(1, 1)
	must(t, s.CreateLead(ctx, l), "CreateLead")
	list, total, err := s.BoothLeads(ctx, l.BoothID, 0, 0)
	must(t, err, "BoothLeads")
	if total != 1 || len(list) != 1 {
		t.Fatalf("BoothLeads: %d of %d, want 1 of 1", len(list), total)
	}
	wantSame(t, &list[0], l, "BoothLeads")
	mine, err := s.PersonLeads(ctx, l.PersonID)
	must(t, err, "PersonLeads")
	if len(mine) != 1 {
		t.Fatalf("PersonLeads: %d, want 1", len(mine))
	}
	wantSame(t, &mine[0], l, "PersonLeads")

	// Results are copies, and so is what was stored.
	list[0].Contact.Languages[0] = "changed"
	l.Contact.Languages[1] = "changed"
	list, _, err = s.BoothLeads(ctx, l.BoothID, 0, 0)
	must(t, err, "BoothLeads")
	wantSame(t, &list[0], NewLead(1, 1), "BoothLeads after changing a result and the stored value")

	// A lead without a note or an organisation reads back without them.
	bare := NewLead(1, 2)
	bare.Note, bare.Contact.Organisation, bare.Contact.Languages = "", "", []string{}
	must(t, s.CreateLead(ctx, bare), "CreateLead")
	mine, err = s.PersonLeads(ctx, bare.PersonID)
	must(t, err, "PersonLeads")
	if len(mine) != 1 {
		t.Fatalf("PersonLeads: %d, want 1", len(mine))
	}
	wantSame(t, &mine[0], bare, "lead without note")

	list, total, err = s.BoothLeads(ctx, NewBooth(9).ID, 0, 0)
	must(t, err, "BoothLeads of a booth without leads")
	if total != 0 || len(list) != 0 {
		t.Errorf("BoothLeads of a booth without leads: %d of %d", len(list), total)
	}
	mine, err = s.PersonLeads(ctx, NewPerson(9).ID)
	must(t, err, "PersonLeads of a person without leads")
	if len(mine) != 0 {
		t.Errorf("PersonLeads of a person without leads: %d", len(mine))
	}
}

// testLeadDuplicate: a second lead of one person at one booth has its ID,
// and is refused without touching the first.
func testLeadDuplicate(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewLead(1, 1)
	must(t, s.CreateLead(ctx, first), "CreateLead")
	second := NewLead(1, 1)
	second.Note, second.ConsentedAt = "again", At(50)
	wantErr(t, s.CreateLead(ctx, second), store.ErrDuplicate, "CreateLead of the same person at the same booth")
	list, total, err := s.BoothLeads(ctx, first.BoothID, 0, 0)
	must(t, err, "BoothLeads")
	if total != 1 || len(list) != 1 {
		t.Fatalf("BoothLeads: %d of %d, want 1 of 1", len(list), total)
	}
	wantSame(t, &list[0], first, "lead after the refused insert")
	// The same person at another booth is another lead.
	must(t, s.CreateLead(ctx, NewLead(2, 1)), "CreateLead at another booth")
}

func testLeadsSorted(t *testing.T, s Store) {
	ctx := t.Context()
	// Booth 1: people 1 to 5; people 3 and 4 at the same instant. Booth 2:
	// people 2 and 6.
	for _, p := range []int{3, 1, 5, 4, 2} {
		l := NewLead(1, p)
		if p == 4 {
			l.ConsentedAt = At(3)
		}
		must(t, s.CreateLead(ctx, l), "CreateLead")
	}
	must(t, s.CreateLead(ctx, NewLead(2, 2)), "CreateLead")
	must(t, s.CreateLead(ctx, NewLead(2, 6)), "CreateLead")

	id := func(b, p int) string { return booths.LeadID(NewBooth(b).ID, NewPerson(p).ID) }
	all := []string{id(1, 5), id(1, 3), id(1, 4), id(1, 2), id(1, 1)}
	for _, tc := range []struct {
		offset, limit int
		want          []string
	}{
		{0, 0, all},
		{0, 2, all[:2]},
		{2, 2, all[2:4]},
		{4, 10, all[4:]},
		{5, 0, []string{}},
		{99, 3, []string{}},
	} {
		list, total, err := s.BoothLeads(ctx, NewBooth(1).ID, tc.offset, tc.limit)
		must(t, err, "BoothLeads")
		if got := leadIDs(list); !slices.Equal(got, tc.want) || total != len(all) {
			t.Errorf("BoothLeads(offset %d, limit %d) = %v of %d, want %v of %d", tc.offset, tc.limit, got, total, tc.want, len(all))
		}
	}
	mine, err := s.PersonLeads(ctx, NewPerson(2).ID)
	must(t, err, "PersonLeads")
	// Both at At(2): by ID.
	if got, want := leadIDs(mine), []string{id(1, 2), id(2, 2)}; !slices.Equal(got, want) {
		t.Errorf("PersonLeads = %v, want %v", got, want)
	}
}

func testLeadDelete(t *testing.T, s Store) {
	ctx := t.Context()
	mine, theirs := NewLead(1, 1), NewLead(1, 2)
	must(t, s.CreateLead(ctx, mine), "CreateLead")
	must(t, s.CreateLead(ctx, theirs), "CreateLead")
	// Someone without a lead at the booth deletes nobody else's.
	wantErr(t, s.DeleteLead(ctx, mine.BoothID, NewPerson(3).ID), store.ErrNotFound, "DeleteLead of a person without one")
	must(t, s.DeleteLead(ctx, mine.BoothID, mine.PersonID), "DeleteLead")
	wantErr(t, s.DeleteLead(ctx, mine.BoothID, mine.PersonID), store.ErrNotFound, "DeleteLead twice")
	list, total, err := s.BoothLeads(ctx, mine.BoothID, 0, 0)
	must(t, err, "BoothLeads")
	if got := leadIDs(list); total != 1 || !slices.Equal(got, []string{theirs.ID}) {
		t.Errorf("BoothLeads after delete = %v of %d, want only %s", got, total, theirs.ID)
	}
	left, err := s.PersonLeads(ctx, mine.PersonID)
	must(t, err, "PersonLeads")
	if len(left) != 0 {
		t.Errorf("PersonLeads after delete: %d", len(left))
	}
	// A withdrawn lead may be left again.
	must(t, s.CreateLead(ctx, mine), "CreateLead after delete")
}

func testLeadsOfDeletedPerson(t *testing.T, s Store) {
	ctx := t.Context()
	gone, stays := NewPerson(1), NewPerson(2)
	must(t, s.CreatePerson(ctx, gone), "CreatePerson")
	must(t, s.CreatePerson(ctx, stays), "CreatePerson")
	for _, l := range []*booths.Lead{NewLead(1, 1), NewLead(2, 1), NewLead(1, 2)} {
		must(t, s.CreateLead(ctx, l), "CreateLead")
	}
	must(t, s.DeletePerson(ctx, gone.ID), "DeletePerson")
	left, err := s.PersonLeads(ctx, gone.ID)
	must(t, err, "PersonLeads")
	if len(left) != 0 {
		t.Errorf("the deleted person still has %d leads", len(left))
	}
	list, total, err := s.BoothLeads(ctx, NewBooth(1).ID, 0, 0)
	must(t, err, "BoothLeads")
	if got := leadIDs(list); total != 1 || !slices.Equal(got, []string{NewLead(1, 2).ID}) {
		t.Errorf("BoothLeads after DeletePerson = %v of %d, want only the other person's", got, total)
	}
}

func testLeadsOfDeletedBooth(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.CreateBooth(ctx, NewBooth(1)), "CreateBooth")
	must(t, s.CreateBooth(ctx, NewBooth(2)), "CreateBooth")
	for _, l := range []*booths.Lead{NewLead(1, 1), NewLead(1, 2), NewLead(2, 1)} {
		must(t, s.CreateLead(ctx, l), "CreateLead")
	}
	must(t, s.DeleteBooth(ctx, NewBooth(1).ID), "DeleteBooth")
	list, total, err := s.BoothLeads(ctx, NewBooth(1).ID, 0, 0)
	must(t, err, "BoothLeads")
	if total != 0 || len(list) != 0 {
		t.Errorf("the removed booth still has %d leads", total)
	}
	mine, err := s.PersonLeads(ctx, NewPerson(1).ID)
	must(t, err, "PersonLeads")
	if got := leadIDs(mine); !slices.Equal(got, []string{NewLead(2, 1).ID}) {
		t.Errorf("PersonLeads after DeleteBooth = %v, want only the other booth's", got)
	}
	wantErr(t, s.DeleteBooth(ctx, NewBooth(1).ID), store.ErrNotFound, "DeleteBooth twice")
}

// leadRace: of one person's racing leads at one booth, one is stored.
var leadRace = race{
	name: "OneLeadPerPersonPerBooth",
	attempt: func(ctx context.Context, s Store, i int) error {
		l := NewLead(1, 1)
		l.Note = racer(i)
		return s.CreateLead(ctx, l)
	},
	check: func(t *testing.T, s Store, winner int) {
		list, total, err := s.BoothLeads(t.Context(), NewBooth(1).ID, 0, 0)
		must(t, err, "BoothLeads")
		if total != 1 || len(list) != 1 {
			t.Fatalf("%d leads stored (%d listed), want 1", total, len(list))
		}
		if list[0].Note != racer(winner) {
			t.Errorf("lead has note %q, the winner's was %q", list[0].Note, racer(winner))
		}
	},
}
