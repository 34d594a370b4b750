package matching

import (
	"iter"
	"reflect"
	"slices"
	"testing"
)

func TestTablePairs(t *testing.T) {
	table := Table{People: []Person{{ID: "c"}, {ID: "a"}, {ID: "b"}}}
	want := [][2]string{{"a", "c"}, {"b", "c"}, {"a", "b"}}
	if got := table.Pairs(); !slices.Equal(got, want) {
		t.Errorf("Pairs = %v, want %v", got, want)
	}
	if got := (Table{}).Pairs(); len(got) != 0 {
		t.Errorf("an empty table has pairs %v", got)
	}
}

func TestMetSet(t *testing.T) {
	m := NewMetSet()
	if !m.Add("a", "b") || m.Add("b", "a") || m.Add("a", "a") {
		t.Error("Add does not tell news from old")
	}
	if !m.Has("b", "a") || m.Has("a", "c") || m.Has("x", "y") {
		t.Error("Has")
	}
	n := m.AddTables([]Table{{People: speakers("p", 3, "en")}, {People: []Person{{ID: "a"}, {ID: "b"}, {ID: "c"}}}})
	if n != 5 || m.Pairs() != 6 {
		t.Errorf("AddTables added %d, pairs %d", n, m.Pairs())
	}
	got := slices.Sorted(m.Met("a"))
	if !slices.Equal(got, []string{"b", "c"}) {
		t.Errorf("Met(a) = %v", got)
	}
	if slices.Collect(m.Met("nobody")) != nil {
		t.Error("Met of a stranger")
	}
}

// listContacts is Contacts that is not a MetSet, and knows each pair from
// one side only, to check that Seat and Assess read any record.
type listContacts map[string][]string

func (l listContacts) Met(id string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, o := range l[id] {
			if !yield(o) {
				return
			}
		}
	}
}

func TestSeatReadsAnyContacts(t *testing.T) {
	people := speakers("p", 16, "en")
	met := NewMetSet()
	met.AddTables([]Table{{People: people[:4]}, {People: people[4:8]}, {People: people[8:12]}, {People: people[12:]}})
	one := listContacts{}
	for i := range people {
		for j := i + 1; j < len(people); j++ {
			if met.Has(people[i].ID, people[j].ID) {
				one[people[i].ID] = append(one[people[i].ID], people[j].ID)
			}
		}
	}
	s, err := Seat(people, one, Options{Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	if r := Assess(s, met); r.Repeats != 0 {
		t.Errorf("%d repeats", r.Repeats)
	}
	if r := Assess(&Seating{TableSize: 4, Tables: []Table{{Language: "en", People: people[:4]}}}, one); r.Repeats != 6 {
		t.Errorf("one-sided record: %d repeats of 6", r.Repeats)
	}
}

func TestAcquaintancesAreSymmetric(t *testing.T) {
	people := speakers("p", 3, "en")
	index := map[string]int32{"paa": 0, "pab": 1, "pac": 2}
	adj := acquaintances(people, index, listContacts{"paa": {"pab", "pab", "stranger"}, "pab": {"paa"}})
	if !slices.Equal(adj[0], []int32{1}) || !slices.Equal(adj[1], []int32{0}) || len(adj[2]) != 0 {
		t.Errorf("adjacency %v", adj)
	}
}

func TestSeatReadsAMetSetAsAnyRecord(t *testing.T) {
	// A MetSet is read through its numbers, any other record by ID: the
	// two paths must see the same acquaintances, hence seat alike.
	people := Population(300, 4)
	met := NewMetSet()
	for round := range 3 {
		s, err := Seat(people, met, Options{Seed: uint64(round)})
		if err != nil {
			t.Fatal(err)
		}
		met.AddTables(s.Tables)
	}
	met.Add("p00001", "someone absent")
	list := listContacts{}
	for _, p := range people {
		list[p.ID] = slices.Collect(met.Met(p.ID))
	}
	viaSet, _ := Seat(people, met, Options{Seed: 9})
	viaList, _ := Seat(people, list, Options{Seed: 9})
	if !reflect.DeepEqual(viaSet, viaList) {
		t.Error("a MetSet and the same record as a list seat differently")
	}
}
