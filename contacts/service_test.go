package contacts_test

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/store/memory"
)

func newService(t *testing.T) *contacts.Service {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return contacts.New(st)
}

var day1 = time.Date(2020, time.November, 9, 10, 0, 0, 0, time.UTC)

// at is minutes after day1.
func at(min int) time.Time { return day1.Add(time.Duration(min) * time.Minute) }

func TestRecordMakesEveryPair(t *testing.T) {
	for _, tc := range []struct {
		name   string
		people []string
		pairs  int
	}{
		{"nobody", nil, 0},
		{"one alone", []string{"p-1"}, 0},
		{"the same person twice", []string{"p-1", "p-1"}, 0},
		{"a knock", []string{"p-2", "p-1"}, 1},
		{"a table of four", []string{"p-1", "p-2", "p-3", "p-4"}, 6},
		{"a table of six, one named twice", []string{"p-1", "p-2", "p-3", "p-4", "p-5", "p-6", "p-3"}, 15},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newService(t)
			if err := s.Record(t.Context(), contacts.KindTable, "break-1", "break-1/r1/t1", tc.people, at(0)); err != nil {
				t.Fatal(err)
			}
			f, err := s.Figures(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if f.Contacts != tc.pairs || f.Pairs != tc.pairs {
				t.Fatalf("%d contacts, %d pairs; want %d of each", f.Contacts, f.Pairs, tc.pairs)
			}
		})
	}
}

// TestRecordAll: a round's tables in one write make every table's pairs;
// a meeting of an unknown kind refuses the whole write.
func TestRecordAll(t *testing.T) {
	s := newService(t)
	four := []string{"p-1", "p-2", "p-3", "p-4"}
	three := []string{"p-5", "p-6", "p-7"}
	ms := []contacts.Meeting{
		{Kind: contacts.KindTable, Place: "break-1", Occasion: "break-1/r1/t1", People: four, At: at(0)},
		{Kind: contacts.KindTable, Place: "break-1", Occasion: "break-1/r1/t2", People: three, At: at(0)},
		{Kind: contacts.KindTable, Place: "break-1", Occasion: "break-1/r1/t1", People: four, At: at(0)}, // told twice
	}
	bad := append(slices.Clone(ms), contacts.Meeting{Kind: "picnic", People: []string{"p-8", "p-9"}})
	if err := s.RecordAll(t.Context(), bad); !errors.Is(err, contacts.ErrUnknownKind) {
		t.Fatalf("a picnic among the tables: %v, want ErrUnknownKind", err)
	}
	if f, _ := s.Figures(t.Context()); f.Contacts != 0 {
		t.Fatalf("a refused write recorded %d contacts", f.Contacts)
	}
	if err := s.RecordAll(t.Context(), ms); err != nil {
		t.Fatal(err)
	}
	f, err := s.Figures(t.Context())
	if err != nil || f.Contacts != 6+3 {
		t.Fatalf("two tables of four and three: %d contacts (%v), want 9", f.Contacts, err)
	}
}

func TestRecordRefusesAnUnknownKind(t *testing.T) {
	s := newService(t)
	if err := s.Record(t.Context(), "picnic", "x", "y", []string{"p-1", "p-2"}, at(0)); !errors.Is(err, contacts.ErrUnknownKind) {
		t.Fatalf("Record of kind picnic: %v, want ErrUnknownKind", err)
	}
}

func TestPeopleMet(t *testing.T) {
	s := newService(t)
	ctx := t.Context()
	for _, r := range []struct {
		kind, place, occasion string
		people                []string
		at                    int
	}{
		{contacts.KindKnock, "booth-isoc", "k-1", []string{"p-amina", "p-staff"}, 0},
		{contacts.KindTable, "break-1", "break-1/r1/t2", []string{"p-amina", "p-li", "p-staff"}, 30},
		{contacts.KindTable, "break-1", "break-1/r1/t2", []string{"p-amina", "p-li", "p-staff"}, 31}, // again: nothing new
		{contacts.KindSlot, "booth-isoc", "b-9", []string{"p-staff", "p-amina"}, 90},
		{contacts.KindKnock, "booth-itu", "k-2", []string{"p-li", "p-other"}, 100},
	} {
		if err := s.Record(ctx, r.kind, r.place, r.occasion, r.people, at(r.at)); err != nil {
			t.Fatal(err)
		}
	}
	met, err := s.People(ctx, "p-amina")
	if err != nil {
		t.Fatal(err)
	}
	if len(met) != 2 {
		t.Fatalf("Amina met %d people, want 2: %+v", len(met), met)
	}
	staff, li := met[0], met[1]
	if staff.PersonID != "p-staff" || li.PersonID != "p-li" {
		t.Fatalf("met %s then %s, want p-staff (last seen at 90) then p-li", staff.PersonID, li.PersonID)
	}
	if staff.Times != 3 || !staff.First.Equal(at(0)) || !staff.Last.Equal(at(90)) {
		t.Errorf("p-staff: %d times, first %v, last %v; want 3, %v, %v", staff.Times, staff.First, staff.Last, at(0), at(90))
	}
	kinds := []string{}
	for _, w := range staff.Where {
		kinds = append(kinds, w.Kind)
	}
	if want := []string{contacts.KindSlot, contacts.KindTable, contacts.KindKnock}; !slices.Equal(kinds, want) {
		t.Errorf("where Amina met the staff member: %v, want %v (newest first)", kinds, want)
	}
	nobody, err := s.People(ctx, "p-nobody")
	if err != nil || nobody == nil || len(nobody) != 0 {
		t.Errorf("People of someone who met nobody: %#v, %v; want an empty list", nobody, err)
	}

	pairs, err := s.MetAmong(ctx, []string{"p-amina", "p-li", "p-other"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"p-amina", "p-li", true},
		{"p-li", "p-amina", true},
		{"p-li", "p-other", true},
		{"p-amina", "p-other", false},
		{"p-amina", "p-staff", false}, // they met, but p-staff is not among those asked for
	} {
		if got := pairs.Has(tc.a, tc.b); got != tc.want {
			t.Errorf("MetAmong: %s and %s met = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestFigures(t *testing.T) {
	s := newService(t)
	ctx := t.Context()
	day2 := 24 * 60
	for _, r := range []struct {
		kind, occasion string
		people         []string
		at             int
	}{
		{contacts.KindKnock, "k-1", []string{"p-1", "p-2"}, 0},
		{contacts.KindTable, "t-1", []string{"p-1", "p-2", "p-3"}, 10}, // 1-2 met before: 2 new
		{contacts.KindTable, "t-2", []string{"p-4", "p-5", "p-6"}, day2},
		{contacts.KindSlot, "s-1", []string{"p-1", "p-3"}, day2 + 5}, // met at t-1 already
		{contacts.KindMeeting, "m-1", []string{"p-1", "p-6"}, day2 + 9},
	} {
		if err := s.Record(ctx, r.kind, "somewhere", r.occasion, r.people, at(r.at)); err != nil {
			t.Fatal(err)
		}
	}
	f, err := s.Figures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if f.Contacts != 9 || f.Pairs != 7 || f.People != 6 {
		t.Errorf("contacts %d, pairs %d, people %d; want 9, 7, 6", f.Contacts, f.Pairs, f.People)
	}
	wantKinds := map[string]int{contacts.KindKnock: 1, contacts.KindTable: 5, contacts.KindSlot: 0, contacts.KindMeeting: 1}
	for k, n := range wantKinds {
		if f.ByKind[k] != n {
			t.Errorf("new contacts by %s: %d, want %d", k, f.ByKind[k], n)
		}
	}
	if len(f.Days) != 2 || f.Days[0].Date != "2020-11-09" || f.Days[0].Pairs != 3 || f.Days[1].Date != "2020-11-10" || f.Days[1].Pairs != 4 {
		t.Fatalf("days %+v, want 2020-11-09 with 3 and 2020-11-10 with 4", f.Days)
	}
	if f.Days[1].ByKind[contacts.KindTable] != 3 || f.Days[1].ByKind[contacts.KindMeeting] != 1 || f.Days[1].ByKind[contacts.KindSlot] != 0 {
		t.Errorf("second day by kind %v, want 3 at tables, 1 meeting", f.Days[1].ByKind)
	}
}
