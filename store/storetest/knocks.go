package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

// KnockRacers is how many staff take one knock at once in Race/KnockTake.
const KnockRacers = 20

var knockTests = []test{
	{"Knocks/RoundTrip", testKnockRoundTrip},
	{"Knocks/OneOpenPerVisitorAndBooth", testKnockDuplicate},
	{"Knocks/DeleteOnlyThatKnock", testKnockDelete},
	{"Knocks/EndOnce", testKnockEndOnce},
}

// NewKnock is visitor i's knock at booth, every field set.
func NewKnock(booth string, i int) *booths.Knock {
	v := fmt.Sprintf("person-%04d", i)
	return &booths.Knock{
		Key: booths.KnockKey(booth, v), ID: fmt.Sprintf("k-%s-%04d", booth, i), BoothID: booth,
		Visitor: booths.Visitor{ID: v, Name: fmt.Sprintf("Visitor «%d»", i), PhotoURL: "/api/photos/ph-" + v,
			OrganisationID: "org-0009", Country: countries[i%len(countries)], StakeholderGroup: "civil_society",
			Languages: []string{"fr", "en"}},
		Text: fmt.Sprintf("May we talk about \"item %d\"?", i), At: At(i),
	}
}

// NewKnockEnd ends knock k as outcome, answered by staff i.
func NewKnockEnd(k *booths.Knock, outcome string, i int) *booths.KnockEnd {
	return &booths.KnockEnd{
		ID: k.ID, BoothID: k.BoothID, VisitorID: k.Visitor.ID, Outcome: outcome,
		Staff:   booths.StaffCard{ID: fmt.Sprintf("staff-%04d", i), Name: fmt.Sprintf("Staff %d", i), PhotoURL: "/api/photos/s"},
		Message: fmt.Sprintf("message %d", i), At: At(i + 1),
	}
}

func sortedKnockIDs(list []booths.Knock) []string {
	out := ids(list, func(k booths.Knock) string { return k.ID })
	slices.Sort(out)
	return out
}

func testKnockRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	a1, a2, b1 := NewKnock("booth-a", 1), NewKnock("booth-a", 2), NewKnock("booth-b", 1)
	for _, k := range []*booths.Knock{a1, a2, b1} {
		must(t, s.AddKnock(ctx, k), "AddKnock")
	}
	got, err := s.Knock(ctx, a1.Key)
	must(t, err, "Knock")
	wantSame(t, got, a1, "Knock")
	got.Visitor.Languages[0] = "changed"
	got, err = s.Knock(ctx, a1.Key)
	must(t, err, "Knock")
	wantSame(t, got, NewKnock("booth-a", 1), "Knock after changing a result")

	list, err := s.Knocks(ctx, "booth-a")
	must(t, err, "Knocks")
	if got, want := sortedKnockIDs(list), []string{a1.ID, a2.ID}; !slices.Equal(got, want) {
		t.Errorf("Knocks at booth-a: %v, want %v", got, want)
	}
	list, err = s.KnocksBy(ctx, a1.Visitor.ID)
	must(t, err, "KnocksBy")
	if got, want := sortedKnockIDs(list), []string{a1.ID, b1.ID}; !slices.Equal(got, want) {
		t.Errorf("KnocksBy: %v, want %v", got, want)
	}
	list, err = s.Knocks(ctx, "booth-none")
	must(t, err, "Knocks")
	if len(list) != 0 {
		t.Errorf("Knocks at a booth with none: %v", list)
	}
	_, err = s.Knock(ctx, booths.KnockKey("booth-none", "person-0001"))
	wantErr(t, err, store.ErrNotFound, "Knock of nobody")
}

func testKnockDuplicate(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewKnock("booth-a", 1)
	must(t, s.AddKnock(ctx, first), "AddKnock")
	again := NewKnock("booth-a", 1)
	again.ID, again.Text = "k-other", "again"
	wantErr(t, s.AddKnock(ctx, again), store.ErrDuplicate, "a second open knock of one visitor at one booth")
	got, err := s.Knock(ctx, first.Key)
	must(t, err, "Knock")
	wantSame(t, got, first, "the first knock after the refused one")
}

// testKnockDelete: a delete names the knock's ID too, and spares a newer
// knock of the same visitor at the same booth.
func testKnockDelete(t *testing.T, s Store) {
	ctx := t.Context()
	k := NewKnock("booth-a", 1)
	must(t, s.AddKnock(ctx, k), "AddKnock")
	wantErr(t, s.DeleteKnock(ctx, k.Key, "k-older"), store.ErrNotFound, "DeleteKnock of another ID")
	_, err := s.Knock(ctx, k.Key)
	must(t, err, "Knock after a refused delete")
	must(t, s.DeleteKnock(ctx, k.Key, k.ID), "DeleteKnock")
	_, err = s.Knock(ctx, k.Key)
	wantErr(t, err, store.ErrNotFound, "Knock after delete")
	wantErr(t, s.DeleteKnock(ctx, k.Key, k.ID), store.ErrNotFound, "DeleteKnock twice")
	newer := NewKnock("booth-a", 1)
	newer.ID = "k-newer"
	must(t, s.AddKnock(ctx, newer), "AddKnock again after the delete")
}

func testKnockEndOnce(t *testing.T, s Store) {
	ctx := t.Context()
	_, err := s.LastKnockEnd(ctx, "booth-a", "person-0001")
	wantErr(t, err, store.ErrNotFound, "LastKnockEnd of none")
	k := NewKnock("booth-a", 1)
	taken := NewKnockEnd(k, booths.KnockTaken, 1)
	must(t, s.EndKnock(ctx, taken), "EndKnock")
	wantErr(t, s.EndKnock(ctx, NewKnockEnd(k, booths.KnockWithdrawn, 2)), store.ErrDuplicate, "a second end of one knock")
	got, err := s.KnockEnd(ctx, k.ID)
	must(t, err, "KnockEnd")
	wantSame(t, got, taken, "KnockEnd")
	_, err = s.KnockEnd(ctx, "k-none")
	wantErr(t, err, store.ErrNotFound, "KnockEnd of none")

	later := NewKnock("booth-a", 1)
	later.ID, later.At = "k-later", At(5)
	declined := NewKnockEnd(later, booths.KnockDeclined, 5)
	must(t, s.EndKnock(ctx, declined), "EndKnock")
	elsewhere := NewKnockEnd(NewKnock("booth-b", 1), booths.KnockTaken, 9)
	must(t, s.EndKnock(ctx, elsewhere), "EndKnock")
	last, err := s.LastKnockEnd(ctx, "booth-a", "person-0001")
	must(t, err, "LastKnockEnd")
	wantSame(t, last, declined, "LastKnockEnd")
}

// knockTakeRace: KnockRacers staff end one knock at once; exactly one
// wins, and the stored end is the winner's.
var knockTakeRace = race{
	name:   "KnockTake",
	racers: KnockRacers,
	setup: func(t *testing.T, s Store) {
		must(t, s.AddKnock(t.Context(), NewKnock("booth-a", 1)), "AddKnock")
	},
	attempt: func(ctx context.Context, s Store, i int) error {
		return s.EndKnock(ctx, NewKnockEnd(NewKnock("booth-a", 1), booths.KnockTaken, i))
	},
	check: func(t *testing.T, s Store, winner int) {
		k := NewKnock("booth-a", 1)
		got, err := s.KnockEnd(t.Context(), k.ID)
		must(t, err, "KnockEnd")
		wantSame(t, got, NewKnockEnd(k, booths.KnockTaken, winner), "the end after the race")
	},
}
