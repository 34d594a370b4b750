package matching

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// randomPeople draws a small population with random languages (up to three
// of five, rare ones included), groups and regions, some of them empty.
func randomPeople(rng *rand.Rand, n int) []Person {
	langs := []string{"en", "fr", "es", "ar", "ru"}
	groups := []string{"", "government", "civil_society", "private_sector", "technical_community"}
	regions := []string{"", "african", "weog", "grulac", "asia_pacific", "igo"}
	people := make([]Person, n)
	for i := range people {
		var chose []string
		for range rng.IntN(4) {
			// Skewed: en most often, ru least.
			l := langs[min(rng.IntN(len(langs)), rng.IntN(len(langs)))]
			if !slices.Contains(chose, l) {
				chose = append(chose, l)
			}
		}
		people[i] = Person{ID: fmt.Sprintf("r%04d", i), Languages: chose,
			StakeholderGroup: groups[rng.IntN(len(groups))], Region: regions[rng.IntN(len(regions))]}
	}
	return people
}

// TestSeatProperties seats random populations for several rounds and checks
// every guarantee: the rules of checkSeating, sizes as even as possible,
// zero repeats while a bucket's rounds are within floor(n/(k(k-1))), never
// fewer repeats than the lower bound, a mix never above the best.
//
// Under the race detector (make test) it seats the first 50 populations:
// seating is one goroutine's work, so the detector finds nothing in it, and
// it slows the 150 populations to two minutes (`go test ./matching/` seats
// them all in about ten seconds).
func TestSeatProperties(t *testing.T) {
	populations := uint64(150)
	if raceDetector {
		populations = 50
	}
	for seed := range populations {
		rng := rand.New(rand.NewPCG(seed, 1))
		n := rng.IntN(120)
		if seed%10 == 0 {
			n = rng.IntN(8)
		}
		k := MinTable + rng.IntN(MaxTable-MinTable+1)
		people := randomPeople(rng, n)
		met := NewMetSet()
		// A third of the runs start with contacts from before the break
		// (knocks, earlier breaks): every rule but the repeat-free rounds
		// must hold, and repeats still respect the bound.
		prior := seed%3 == 1 && n > 1
		if prior {
			for range 3 * n {
				met.Add(people[rng.IntN(n)].ID, people[rng.IntN(n)].ID)
			}
		}
		tally := NewTally(k)
		for round := 1; round <= 6; round++ {
			s, err := Seat(people, met, Options{TableSize: k, Seed: seed*10 + uint64(round)})
			if err != nil {
				t.Fatal(err)
			}
			checkSeating(t, people, s)
			for lang, sizes := range sizesByLanguage(s) {
				n := 0
				for _, x := range sizes {
					n += x
				}
				if want := TableSizes(n, k); !reflect.DeepEqual(sizes, want) {
					t.Errorf("seed %d round %d: %s sizes %v, want %v", seed, round, lang, sizes, want)
				}
			}
			r := Assess(s, met)
			for _, b := range r.Buckets {
				// Hajnal–Szemerédi: when everyone met fewer people in the
				// bucket than it has tables, a repeat-free seating exists;
				// Seat must find it.
				if d := maxDegree(s, b.Language, met); d < b.Tables && b.Repeats != 0 {
					t.Errorf("seed %d round %d: %s has %d repeats, but the most anyone met is %d < %d tables",
						seed, round, b.Language, b.Repeats, d, b.Tables)
				}
			}
			if r.Mismatches+r.Alone+r.Oversize != 0 {
				t.Errorf("seed %d round %d: %+v", seed, round, r)
			}
			for _, b := range r.Buckets {
				if b.Groups.Mean > b.Groups.Best+1e-9 || b.Regions.Mean > b.Regions.Best+1e-9 {
					t.Errorf("seed %d round %d: %s mix above the best: %+v", seed, round, b.Language, b)
				}
			}
			tally.Add(s, r)
			met.AddTables(s.Tables)
			for _, b := range tally.Buckets() {
				if !prior && b.Rounds <= b.RepeatFreeRounds && b.Repeats != 0 {
					t.Errorf("seed %d (n=%d k=%d): %s has %d repeats in %d rounds, guaranteed %d: %+v",
						seed, n, k, b.Language, b.Repeats, b.Rounds, b.RepeatFreeRounds, b)
				}
				if b.Repeats < b.LowerBound {
					t.Errorf("seed %d: %s repeats %d below the lower bound %d", seed, b.Language, b.Repeats, b.LowerBound)
				}
			}
			if round == 3 {
				again, _ := Seat(people, met, Options{TableSize: k, Seed: 99})
				twice, _ := Seat(people, met, Options{TableSize: k, Seed: 99})
				if !reflect.DeepEqual(again, twice) {
					t.Fatalf("seed %d: one seed, two seatings", seed)
				}
			}
		}
	}
}

// maxDegree is the most people anyone at the language's tables had met among
// the others at them.
func maxDegree(s *Seating, lang string, met *MetSet) int {
	var bucket []Person
	for _, t := range s.Tables {
		if t.Language == lang {
			bucket = append(bucket, t.People...)
		}
	}
	most := 0
	for _, p := range bucket {
		d := 0
		for _, q := range bucket {
			if met.Has(p.ID, q.ID) {
				d++
			}
		}
		most = max(most, d)
	}
	return most
}

// TestSeatRepeatFreeAtTheBound seats one-language buckets of exactly
// r*k*(k-1) people for r rounds, where the guarantee is tightest, and a few
// more rounds, where repeats must still respect the lower bound.
func TestSeatRepeatFreeAtTheBound(t *testing.T) {
	for k := MinTable; k <= MaxTable; k++ {
		for r := 1; r <= 4; r++ {
			n := r * k * (k - 1)
			for seed := range uint64(5) {
				people := speakers("p", n, "en")
				met := NewMetSet()
				tally := NewTally(k)
				for round := 1; round <= r+3; round++ {
					s, err := Seat(people, met, Options{TableSize: k, Seed: seed<<8 | uint64(round)})
					if err != nil {
						t.Fatal(err)
					}
					rep := Assess(s, met)
					tally.Add(s, rep)
					met.AddTables(s.Tables)
					b := tally.Buckets()[0]
					if round <= r && b.Repeats != 0 {
						t.Errorf("k=%d n=%d seed %d: %d repeats after %d rounds", k, n, seed, b.Repeats, round)
					}
					if b.Repeats < b.LowerBound {
						t.Errorf("k=%d n=%d: repeats %d below the bound %d", k, n, b.Repeats, b.LowerBound)
					}
				}
			}
		}
	}
}

// TestArriveLeaveProperties plays random arrivals and departures on seated
// rounds and checks the rules after each.
func TestArriveLeaveProperties(t *testing.T) {
	for seed := range uint64(100) {
		rng := rand.New(rand.NewPCG(seed, 2))
		k := MinTable + rng.IntN(MaxTable-MinTable+1)
		pool := randomPeople(rng, 80)
		present := pool[:rng.IntN(40)]
		later := slices.Clone(pool[len(present):])
		met := NewMetSet()
		warm, _ := Seat(pool, nil, Options{TableSize: k, Seed: seed})
		met.AddTables(warm.Tables)
		s, err := Seat(present, met, Options{TableSize: k, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		here := slices.Clone(present)
		for step := range 60 {
			if len(later) > 0 && (len(here) == 0 || rng.IntN(2) == 0) {
				p := later[0]
				later = later[1:]
				if _, err := s.Arrive(p, met); err != nil {
					t.Fatal(err)
				}
				here = append(here, p)
			} else if len(here) > 0 {
				i := rng.IntN(len(here))
				s.Leave(here[i].ID, met)
				here = slices.Delete(here, i, i+1)
			}
			t.Run(fmt.Sprintf("seed %d step %d", seed, step), func(t *testing.T) { checkSeating(t, here, s) })
			if t.Failed() {
				return
			}
		}
	}
}

// TestRepeatsBeyondTheGuarantee seats small buckets for more rounds than
// their size keeps free of repeats, and logs the repeats against the lower
// bound (the figures in docs/matching.md: go test -v -run Beyond).
func TestRepeatsBeyondTheGuarantee(t *testing.T) {
	for _, c := range []struct{ n, k, rounds int }{
		{12, 4, 8}, {24, 4, 8}, {40, 4, 8}, {60, 4, 8}, {20, 5, 8}, {30, 6, 8}, {18, 3, 8},
	} {
		people := speakers("p", c.n, "en")
		met := NewMetSet()
		tally := NewTally(c.k)
		for round := 1; round <= c.rounds; round++ {
			s, err := Seat(people, met, Options{TableSize: c.k, Seed: uint64(round)})
			if err != nil {
				t.Fatal(err)
			}
			tally.Add(s, Assess(s, met))
			met.AddTables(s.Tables)
		}
		b := tally.Buckets()[0]
		t.Logf("n=%d k=%d rounds=%d: repeat-free rounds %d, repeats %d, lower bound %d, pairs met %d of %d",
			c.n, c.k, c.rounds, b.RepeatFreeRounds, b.Repeats, b.LowerBound, met.Pairs(), c.n*(c.n-1)/2)
		if b.Repeats < b.LowerBound {
			t.Errorf("repeats below the bound")
		}
	}
}
