package matching

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkSeat10000 seats the population, 10,000 people over six
// languages, for eight rounds; each op is one round, the record growing with
// the rounds before it (rounds 1 to 8, then again from an empty record).
func BenchmarkSeat10000(b *testing.B) {
	people := Population(10000, 1)
	var met *MetSet
	round := 0
	b.ReportAllocs()
	for b.Loop() {
		if round%8 == 0 {
			b.StopTimer()
			met = NewMetSet()
			b.StartTimer()
		}
		s, err := Seat(people, met, Options{Seed: uint64(round)})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		met.AddTables(s.Tables)
		b.StartTimer()
		round++
	}
}

// TestSeatTenThousandEightRounds is the speed target as a test, with
// the figures of each round in the log (go test -v).
func TestSeatTenThousandEightRounds(t *testing.T) {
	people := Population(10000, 1)
	met := NewMetSet()
	tally := NewTally(DefaultTableSize)
	for round := 1; round <= 8; round++ {
		start := time.Now()
		s, err := Seat(people, met, Options{Seed: uint64(round)})
		took := time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		r := Assess(s, met)
		tally.Add(s, r)
		met.AddTables(s.Tables)
		t.Logf("round %d: %v, seated %d, waiting %d, tables %d, repeats %d, groups %.2f/%.2f, regions %.2f/%.2f",
			round, took, r.Seated, r.Waiting, r.Tables, r.Repeats, r.Groups.Mean, r.Groups.Best, r.Regions.Mean, r.Regions.Best)
		if r.Mismatches != 0 || r.Alone != 0 || r.Oversize != 0 {
			t.Errorf("round %d: %+v", round, r)
		}
	}
	for _, b := range tally.Buckets() {
		t.Logf("%s", fmt.Sprintf("%+v", b))
	}
}
