package matching

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/igf-village/village/apperr"
)

func person(id, group, region string, langs ...string) Person {
	return Person{ID: id, Languages: langs, StakeholderGroup: group, Region: region}
}

func seating(k int, tables ...[]Person) *Seating {
	s := &Seating{TableSize: k}
	for i, people := range tables {
		lang := ""
		if len(people) > 0 {
			lang = people[0].Languages[0]
		}
		s.Tables = append(s.Tables, Table{Number: i + 1, Language: lang, People: people})
	}
	return s
}

func ids(people []Person) []string {
	var out []string
	for _, p := range people {
		out = append(out, p.ID)
	}
	return out
}

func TestArrive(t *testing.T) {
	en := func(id, group string) Person { return person(id, group, "", "en") }
	fr := func(id string) Person { return person(id, "", "", "fr") }
	for _, c := range []struct {
		name     string
		s        *Seating
		met      [][2]string
		arrival  Person
		want     []Change
		tables   [][]string
		waiting  []string
		wantCode apperr.Code
	}{
		{
			name: "a table below k, the one that mixes",
			s: seating(4, []Person{en("a", "gov"), en("b", "gov"), en("c", "civ")},
				[]Person{en("d", "civ"), en("e", "civ"), en("f", "gov")}),
			arrival: en("x", "civ"),
			want:    []Change{{"x", Away, 1}},
			tables:  [][]string{{"a", "b", "c", "x"}, {"d", "e", "f"}},
		},
		{
			name: "not with someone they met",
			s: seating(4, []Person{en("a", ""), en("b", ""), en("c", "")},
				[]Person{en("d", ""), en("e", ""), en("f", "")}),
			met:     [][2]string{{"x", "b"}},
			arrival: en("x", ""),
			want:    []Change{{"x", Away, 2}},
			tables:  [][]string{{"a", "b", "c"}, {"d", "e", "f", "x"}},
		},
		{
			name:    "above k rather than wait",
			s:       seating(3, []Person{en("a", ""), en("b", ""), en("c", "")}),
			arrival: en("x", ""),
			want:    []Change{{"x", Away, 1}},
			tables:  [][]string{{"a", "b", "c", "x"}},
		},
		{
			name:    "with someone they met rather than wait",
			s:       seating(4, []Person{en("a", ""), en("b", ""), en("c", "")}),
			met:     [][2]string{{"x", "a"}},
			arrival: en("x", ""),
			want:    []Change{{"x", Away, 1}},
			tables:  [][]string{{"a", "b", "c", "x"}},
		},
		{
			name:    "a later language when the first has no seat",
			s:       seating(4, []Person{en("a", ""), en("b", ""), en("c", "")}),
			arrival: person("x", "", "", "fr", "en"),
			want:    []Change{{"x", Away, 1}},
			tables:  [][]string{{"a", "b", "c", "x"}},
		},
		{
			name:    "waits with no table in their language",
			s:       seating(4, []Person{en("a", ""), en("b", ""), en("c", "")}),
			arrival: fr("x"),
			want:    []Change{{"x", Away, WaitingList}},
			tables:  [][]string{{"a", "b", "c"}},
			waiting: []string{"x"},
		},
		{
			name: "the third to wait opens a table",
			s: &Seating{TableSize: 4, Waiting: []Waiter{{fr("w1"), TooFewSpeakers}, {person("w2", "", "", "ar", "fr"), NoFreeSeat},
				{person("w3", "", "", "ar"), NoFreeSeat}}},
			arrival: fr("x"),
			want:    []Change{{"x", Away, WaitingList}, {"w1", WaitingList, 1}, {"w2", WaitingList, 1}, {"x", WaitingList, 1}},
			tables:  [][]string{{"w1", "w2", "x"}},
			waiting: []string{"w3"},
		},
		{name: "no language", s: seating(4), arrival: Person{ID: "x"}, want: []Change{{"x", Away, WaitingList}}, waiting: []string{"x"}},
		{name: "no ID", s: seating(4), arrival: fr(""), wantCode: apperr.ValidationFailed},
		{name: "an empty language", s: seating(4), arrival: person("x", "", "", "fr", ""), wantCode: apperr.ValidationFailed},
		{name: "seated already", s: seating(4, []Person{en("a", ""), en("b", ""), en("c", "")}), arrival: en("a", ""),
			wantCode: apperr.Conflict, tables: [][]string{{"a", "b", "c"}}},
		{name: "waiting already", s: &Seating{TableSize: 4, Waiting: []Waiter{{fr("x"), NoFreeSeat}}}, arrival: fr("x"),
			wantCode: apperr.Conflict, waiting: []string{"x"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			met := NewMetSet()
			for _, pr := range c.met {
				met.Add(pr[0], pr[1])
			}
			changes, err := c.s.Arrive(c.arrival, met)
			if c.wantCode != "" {
				if !errors.Is(err, apperr.E(c.wantCode)) {
					t.Fatalf("err %v, want %s", err, c.wantCode)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(byPerson(changes), byPerson(c.want)) {
				t.Errorf("changes %v, want %v", changes, c.want)
			}
			checkTables(t, c.s, c.tables, c.waiting)
		})
	}
}

// byPerson orders changes by person, keeping each person's in order: the
// order among people seated at a new table is the placement's.
func byPerson(cs []Change) []Change {
	cs = slices.Clone(cs)
	slices.SortStableFunc(cs, func(a, b Change) int { return strings.Compare(a.PersonID, b.PersonID) })
	return cs
}

// checkTables compares the tables (as sets) and the waiting list (in order).
func checkTables(t *testing.T, s *Seating, tables [][]string, waiting []string) {
	t.Helper()
	var got [][]string
	for _, table := range s.Tables {
		got = append(got, ids(table.People))
	}
	for _, table := range tables {
		slices.Sort(table)
	}
	for _, table := range got {
		slices.Sort(table)
	}
	if len(got) > 0 || len(tables) > 0 {
		if !reflect.DeepEqual(got, tables) {
			t.Errorf("tables %v, want %v", got, tables)
		}
	}
	var w []string
	for _, x := range s.Waiting {
		w = append(w, x.Person.ID)
	}
	if !reflect.DeepEqual(w, waiting) {
		t.Errorf("waiting %v, want %v", w, waiting)
	}
}

func TestLeave(t *testing.T) {
	en := func(id string) Person { return person(id, "", "", "en") }
	for _, c := range []struct {
		name    string
		s       *Seating
		met     [][2]string
		leaver  string
		want    []Change
		tables  [][]string
		waiting []string
	}{
		{
			name:   "frees a seat",
			s:      seating(4, []Person{en("a"), en("b"), en("c"), en("d")}),
			leaver: "a",
			want:   []Change{{"a", 1, Away}},
			tables: [][]string{{"b", "c", "d"}},
		},
		{
			name: "the seat goes to someone waiting, one who met nobody there first",
			s: func() *Seating {
				s := seating(4, []Person{en("a"), en("b"), en("c"), en("d"), en("e"), en("f")})
				s.Waiting = []Waiter{{en("w1"), NoFreeSeat}, {en("w2"), NoFreeSeat}}
				return s
			}(),
			met:     [][2]string{{"w1", "b"}},
			leaver:  "a",
			want:    []Change{{"a", 1, Away}, {"w2", WaitingList, 1}},
			tables:  [][]string{{"b", "c", "d", "e", "f", "w2"}},
			waiting: []string{"w1"},
		},
		{
			name: "a table left with two closes; they move to tables with room",
			s: seating(4, []Person{en("a"), en("b"), en("c")},
				[]Person{en("d"), en("e"), en("f")}, []Person{en("g"), en("h"), en("i")}),
			leaver: "a",
			want:   []Change{{"a", 1, Away}, {"b", 1, 2}, {"c", 1, 3}},
			tables: [][]string{nil, {"d", "e", "f", "b"}, {"g", "h", "i", "c"}},
		},
		{
			name: "with no room they wait, first in line",
			s: func() *Seating {
				s := seating(4, []Person{en("a"), en("b"), person("c", "", "", "en", "fr")})
				s.Waiting = []Waiter{{person("w", "", "", "fr"), TooFewSpeakers}}
				return s
			}(),
			leaver:  "a",
			want:    []Change{{"a", 1, Away}, {"b", 1, WaitingList}, {"c", 1, WaitingList}},
			tables:  [][]string{nil},
			waiting: []string{"c", "b", "w"},
		},
		{
			name: "and a table opens once three wait for a language",
			s: func() *Seating {
				s := seating(4, []Person{en("a"), person("b", "", "", "en", "fr"), person("c", "", "", "en", "fr")})
				s.Waiting = []Waiter{{person("w", "", "", "fr"), TooFewSpeakers}}
				return s
			}(),
			leaver:  "a",
			want:    []Change{{"a", 1, Away}, {"b", 1, WaitingList}, {"c", 1, WaitingList}, {"c", WaitingList, 2}, {"b", WaitingList, 2}, {"w", WaitingList, 2}},
			tables:  [][]string{nil, {"c", "b", "w"}},
			waiting: nil,
		},
		{
			name: "a table left with two takes those waiting rather than close",
			s: func() *Seating {
				s := seating(4, []Person{en("a"), en("b"), en("c")})
				s.Waiting = []Waiter{{person("w", "", "", "fr", "en"), NoFreeSeat}}
				return s
			}(),
			leaver: "a",
			want:   []Change{{"a", 1, Away}, {"w", WaitingList, 1}},
			tables: [][]string{{"b", "c", "w"}},
		},
		{
			name:    "from the waiting list",
			s:       &Seating{TableSize: 4, Waiting: []Waiter{{en("w"), NoFreeSeat}}},
			leaver:  "w",
			want:    []Change{{"w", WaitingList, Away}},
			waiting: nil,
		},
		{
			name:   "twice, or someone never there",
			s:      seating(4, []Person{en("a"), en("b"), en("c")}),
			leaver: "zz",
			want:   nil,
			tables: [][]string{{"a", "b", "c"}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			met := NewMetSet()
			for _, pr := range c.met {
				met.Add(pr[0], pr[1])
			}
			changes := c.s.Leave(c.leaver, met)
			if !reflect.DeepEqual(byPerson(changes), byPerson(c.want)) {
				t.Errorf("changes %v, want %v", changes, c.want)
			}
			checkTables(t, c.s, c.tables, c.waiting)
		})
	}
}

func TestSeatingJSON(t *testing.T) {
	// The seating is saved by the node that seats a round and read by the
	// others: it must survive JSON whole, under snake_case names.
	s, err := Seat(Population(40, 3), nil, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	s.Waiting = append(s.Waiting, Waiter{Person: person("w", "", "", "ru"), Reason: TooFewSpeakers})
	raw, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"table_size":4`, `"stakeholder_group":`, `"reason":"too_few_speakers"`, `"number":1`} {
		if !strings.Contains(string(raw), key) {
			t.Errorf("no %s in %s", key, raw)
		}
	}
	var back Seating
	if err := json.Unmarshal(raw, &back); err != nil || !reflect.DeepEqual(&back, s) {
		t.Errorf("round trip: %v", err)
	}
}
