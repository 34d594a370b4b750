package matching

import (
	"slices"
	"testing"
)

func TestBestMix(t *testing.T) {
	for _, c := range []struct {
		name   string
		counts map[string]int
		sizes  []int
		want   int
	}{
		{"nobody", map[string]int{}, nil, 0},
		{"one value", map[string]int{"a": 8}, []int{4, 4}, 2},
		{"all different", map[string]int{"a": 1, "b": 1, "c": 1, "d": 1}, []int{4}, 4},
		{"one of a kind goes to one table", map[string]int{"a": 11, "b": 1}, []int{4, 4, 4}, 4},
		{"values fewer than seats", map[string]int{"a": 6, "b": 6}, []int{4, 4, 4}, 6},
		{"small tables cap it", map[string]int{"a": 2, "b": 2, "c": 2, "d": 2, "e": 2}, []int{5, 3, 2}, 10},
		{"empty values left out by the caller", map[string]int{"a": 3}, []int{3, 3}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := bestMix(c.counts, c.sizes); got != c.want {
				t.Errorf("bestMix = %d, want %d", got, c.want)
			}
		})
	}
}

func TestAssess(t *testing.T) {
	en := func(id, group, region string) Person { return person(id, group, region, "en") }
	s := &Seating{TableSize: 4, Tables: []Table{
		{Number: 1, Language: "en", People: []Person{en("a", "gov", "african"), en("b", "gov", "weog"), en("c", "civ", "")}},
		{Number: 2, Language: "en", People: []Person{en("d", "civ", "weog"), en("e", "civ", "weog"), person("f", "", "", "fr")}},
		{Number: 3, Language: "fr", People: []Person{person("g", "", "", "fr"), person("h", "", "", "fr")}},
		{Number: 4, Language: "en"},
	}, Waiting: []Waiter{{Person: person("w", "", "", "ru"), Reason: TooFewSpeakers}}}
	met := NewMetSet()
	met.Add("a", "b")
	met.Add("d", "e")
	met.Add("a", "d")
	r := Assess(s, met)
	if r.Seated != 8 || r.Waiting != 1 || r.Tables != 3 {
		t.Errorf("seated %d waiting %d tables %d", r.Seated, r.Waiting, r.Tables)
	}
	if r.Mismatches != 1 || r.Alone != 2 || r.Oversize != 0 || r.Repeats != 2 {
		t.Errorf("mismatches %d alone %d oversize %d repeats %d", r.Mismatches, r.Alone, r.Oversize, r.Repeats)
	}
	en0 := r.Buckets[0]
	if en0.Language != "en" || en0.People != 6 || en0.Tables != 2 || en0.Pairs != 6 || en0.Repeats != 2 {
		t.Errorf("en: %+v", en0)
	}
	// Groups: gov,civ at both tables (2+1 = 3 of a best 4: gov 2, civ 3, two tables).
	if en0.Groups.Mean != 1.5 || en0.Groups.Best != 2 {
		t.Errorf("en groups %+v", en0.Groups)
	}
	if en0.Regions.Mean != 1.5 || en0.Regions.Best != 1.5 {
		t.Errorf("en regions %+v", en0.Regions)
	}
}

func TestAssessAnyTableSize(t *testing.T) {
	// A seating built by hand, with no table size: no division by zero,
	// the default size for the repeat-free rounds.
	s := &Seating{Tables: []Table{{Number: 1, Language: "en", People: speakers("p", 12, "en")[:3]}}}
	if r := Assess(s, nil); r.Buckets[0].RepeatFreeRounds != 0 || r.Seated != 3 {
		t.Errorf("%+v", r)
	}
	if got := repeatFreeRounds(24, 0); got != 2 {
		t.Errorf("repeatFreeRounds(24, default) = %d", got)
	}
	if got := repeatFreeRounds(24, 9); got != 0 {
		t.Errorf("repeatFreeRounds(24, 9) = %d", got)
	}
}

func TestTallyLowerBound(t *testing.T) {
	// Four people at one table for three rounds: 18 pairs seated together,
	// 6 distinct pairs possible, so at least 12 repeats; all of them are.
	people := speakers("p", 4, "en")
	met := NewMetSet()
	tally := NewTally(4)
	for range 3 {
		s, err := Seat(people, met, Options{})
		if err != nil {
			t.Fatal(err)
		}
		tally.Add(s, Assess(s, met))
		met.AddTables(s.Tables)
	}
	got := tally.Buckets()
	want := []BucketTally{{Language: "en", People: 4, Rounds: 3, Pairs: 18, Repeats: 12, LowerBound: 12, RepeatFreeRounds: 0}}
	if !slices.Equal(got, want) {
		t.Errorf("tally %+v, want %+v", got, want)
	}
}
