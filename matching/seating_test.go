package matching

import (
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/igf-village/village/apperr"
)

func TestTableSizes(t *testing.T) {
	for _, c := range []struct {
		n, k int
		want []int
	}{
		{0, 4, nil}, {1, 4, nil}, {2, 4, nil},
		{3, 4, []int{3}}, {4, 4, []int{4}}, {5, 4, []int{5}},
		{6, 4, []int{3, 3}}, {7, 4, []int{4, 3}}, {8, 4, []int{4, 4}},
		{13, 4, []int{4, 3, 3, 3}}, {16, 4, []int{4, 4, 4, 4}},
		{7, 3, []int{4, 3}}, {8, 3, []int{4, 4}}, {9, 3, []int{3, 3, 3}},
		{5, 6, []int{5}}, {7, 6, []int{4, 3}}, {13, 6, []int{5, 4, 4}}, {12, 6, []int{6, 6}},
		{11, 5, []int{4, 4, 3}},
	} {
		if got := TableSizes(c.n, c.k); !reflect.DeepEqual(got, c.want) {
			t.Errorf("TableSizes(%d, %d) = %v, want %v", c.n, c.k, got, c.want)
		}
	}
}

func TestSeatRefusesBadInput(t *testing.T) {
	ok := speakers("p", 3, "en")
	for _, c := range []struct {
		name   string
		people []Person
		k      int
		want   error
	}{
		{"table size 2", ok, 2, ErrTableSize},
		{"table size 7", ok, 7, ErrTableSize},
		{"table size -1", ok, -1, ErrTableSize},
		{"empty ID", append(slices.Clone(ok), Person{Languages: []string{"en"}}), 4, apperr.E(apperr.ValidationFailed)},
		{"same ID twice", append(slices.Clone(ok), ok[0]), 4, apperr.E(apperr.ValidationFailed)},
		{"empty language", append(slices.Clone(ok), Person{ID: "x", Languages: []string{"en", ""}}), 4, apperr.E(apperr.ValidationFailed)},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Seat(c.people, nil, Options{TableSize: c.k})
			if !errors.Is(err, c.want) || s != nil {
				t.Fatalf("Seat = %v, %v; want %v", s, err, c.want)
			}
		})
	}
	if !errors.Is(ErrTableSize, apperr.E(apperr.ValidationFailed)) {
		t.Error("ErrTableSize is not a validation error")
	}
}

func TestSeatEdgeCases(t *testing.T) {
	rare := append(speakers("en", 10, "en"), speakers("ar", 2, "ar")...)
	rescued := append(append(speakers("en", 10, "en"), speakers("ar", 2, "ar")...),
		speakers("bi", 3, "en", "ar")...)
	chain := append(speakers("ar", 2, "ar", "fr"), speakers("fr", 2, "fr")...)
	chainOther := append(speakers("fr", 2, "fr"), speakers("ar", 2, "ar", "fr")...)
	for _, c := range []struct {
		name    string
		people  []Person
		k       int
		sizes   map[string][]int
		waiting map[string]Reason
	}{
		{name: "nobody", people: nil, sizes: map[string][]int{}},
		{name: "one", people: speakers("p", 1, "en"), sizes: map[string][]int{},
			waiting: map[string]Reason{"paa": TooFewSpeakers}},
		{name: "two", people: speakers("p", 2, "en"), sizes: map[string][]int{},
			waiting: map[string]Reason{"paa": TooFewSpeakers, "pab": TooFewSpeakers}},
		{name: "three", people: speakers("p", 3, "en"), sizes: map[string][]int{"en": {3}}},
		{name: "seven", people: speakers("p", 7, "en"), sizes: map[string][]int{"en": {4, 3}}},
		{name: "thirteen at 4: never above k", people: speakers("p", 13, "en"), sizes: map[string][]int{"en": {4, 3, 3, 3}}},
		{name: "five at 4: one table of five rather than a pair", people: speakers("p", 5, "en"), sizes: map[string][]int{"en": {5}}},
		{name: "seven at 3", people: speakers("p", 7, "en"), k: 3, sizes: map[string][]int{"en": {4, 3}}},
		{name: "thirteen at 6", people: speakers("p", 13, "en"), k: 6, sizes: map[string][]int{"en": {5, 4, 4}}},
		{name: "twelve at 6", people: speakers("p", 12, "en"), k: 6, sizes: map[string][]int{"en": {6, 6}}},
		{name: "no language", people: append(speakers("p", 3, "en"), Person{ID: "mute"}),
			sizes: map[string][]int{"en": {3}}, waiting: map[string]Reason{"mute": NoLanguage}},
		{name: "only a rare language", people: rare, sizes: map[string][]int{"en": {4, 3, 3}},
			waiting: map[string]Reason{"araa": TooFewSpeakers, "arab": TooFewSpeakers}},
		{name: "a rare language filled from those who chose it second", people: rescued,
			sizes: map[string][]int{"en": {4, 4, 4}, "ar": {3}}},
		{name: "a closed language's people join their next choice", people: chain,
			sizes: map[string][]int{"fr": {4}}},
		{name: "the same whatever the order", people: chainOther,
			sizes: map[string][]int{"fr": {4}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Seat(c.people, nil, Options{TableSize: c.k, Seed: 7})
			if err != nil {
				t.Fatal(err)
			}
			checkSeating(t, c.people, s)
			if got := sizesByLanguage(s); !reflect.DeepEqual(got, c.sizes) {
				t.Errorf("sizes %v, want %v", got, c.sizes)
			}
			waiting := map[string]Reason{}
			for _, w := range s.Waiting {
				waiting[w.Person.ID] = w.Reason
			}
			if len(waiting) > 0 || len(c.waiting) > 0 {
				if !reflect.DeepEqual(waiting, c.waiting) {
					t.Errorf("waiting %v, want %v", waiting, c.waiting)
				}
			}
			if k := c.k; k != 0 && s.TableSize != k || k == 0 && s.TableSize != DefaultTableSize {
				t.Errorf("table size %d", s.TableSize)
			}
		})
	}
}

func TestSeatPrefersEarlierChoices(t *testing.T) {
	// Everyone could sit in English; those who put French first do.
	people := append(speakers("en", 6, "en"), speakers("fr", 4, "fr", "en")...)
	s, err := Seat(people, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range s.Tables {
		for _, p := range table.People {
			if table.Language != p.Languages[0] {
				t.Errorf("%s sits in %s, chose %v", p.ID, table.Language, p.Languages)
			}
		}
	}
}

func TestSeatMergesABucketToSeatMore(t *testing.T) {
	for _, c := range []struct {
		name   string
		people []Person
		sizes  map[string][]int
	}{
		{
			// Spanish has exactly three, who all also chose Arabic: taking
			// one would leave Spanish with two, so all three join Arabic's
			// two rather than let them wait.
			"all three also chose it",
			append(speakers("es", 3, "es", "ar"), speakers("ar", 2, "ar")...),
			map[string][]int{"ar": {5}},
		},
		{
			// One of the three did not choose Arabic: Spanish stays, and
			// Arabic's two wait.
			"one of the three did not",
			append(append(speakers("es", 2, "es", "ar"), speakers("eo", 1, "es")...), speakers("ar", 2, "ar")...),
			map[string][]int{"es": {3}},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Seat(c.people, nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkSeating(t, c.people, s)
			if got := sizesByLanguage(s); !reflect.DeepEqual(got, c.sizes) {
				t.Errorf("sizes %v, want %v", got, c.sizes)
			}
		})
	}
}

func TestSeatKeepsAcquaintancesApart(t *testing.T) {
	// Sixteen people at four tables: everyone met the three others of
	// their first-round table, and the second round must split them all.
	people := speakers("p", 16, "en")
	met := NewMetSet()
	met.AddTables([]Table{{People: people[:4]}, {People: people[4:8]}, {People: people[8:12]}, {People: people[12:]}})
	s, err := Seat(people, met, Options{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if r := Assess(s, met); r.Repeats != 0 {
		t.Errorf("%d repeats: %+v", r.Repeats, s.Tables)
	}
}

func TestSeatMixesGroupsAndRegions(t *testing.T) {
	// Four of each of four groups and four regions, crossed so that every
	// table of four can hold four groups and four regions.
	groups := []string{"government", "civil_society", "private_sector", "technical_community"}
	regions := []string{"african", "weog", "grulac", "asia_pacific"}
	var people []Person
	for g := range 4 {
		for r := range 4 {
			people = append(people, Person{ID: groups[g] + regions[r], Languages: []string{"en"},
				StakeholderGroup: groups[g], Region: regions[(r+g)%4]})
		}
	}
	for seed := range uint64(20) {
		s, err := Seat(people, nil, Options{Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		r := Assess(s, nil)
		if r.Groups.Best != 4 || r.Regions.Best != 4 {
			t.Fatalf("best %v %v, want 4", r.Groups.Best, r.Regions.Best)
		}
		if r.Groups.Mean < 3.5 || r.Regions.Mean < 3.5 {
			t.Errorf("seed %d: mean groups %.2f, regions %.2f per table of 4", seed, r.Groups.Mean, r.Regions.Mean)
		}
	}
}

func TestSeatIsDeterministic(t *testing.T) {
	people := Population(500, 9)
	met := NewMetSet()
	first, err := Seat(people, met, Options{Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	met.AddTables(first.Tables)
	a, _ := Seat(people, met, Options{Seed: 43})
	b, _ := Seat(people, met, Options{Seed: 43})
	if !reflect.DeepEqual(a, b) {
		t.Error("two seatings with one seed differ")
	}
	c, _ := Seat(people, met, Options{Seed: 44})
	if reflect.DeepEqual(a, c) {
		t.Error("two seeds gave the same seating")
	}
}
