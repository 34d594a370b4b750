package matching_test

import (
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/seed"
)

// benchVillage is a demo village of n participants (with its staff, its
// secretariat and its 71 booths), shaped like DOMAIN.md's.
func benchVillage(tb testing.TB, n int) ([]accounts.Person, []booths.Booth) {
	tb.Helper()
	people, bs, err := seed.Population(seed.Options{Participants: n, Now: time.Date(2020, 11, 2, 8, 0, 0, 0, time.UTC)})
	if err != nil {
		tb.Fatal(err)
	}
	return people, bs
}

var eventDay = time.Date(2020, 11, 10, 0, 0, 0, 0, time.UTC)

// BenchmarkRecommendAll: every list of a village of 10,000 participants
// (the target: under 5 s on the 2-core machine).
func BenchmarkRecommendAll(b *testing.B) {
	people, bs := benchVillage(b, 10000)
	cpu0 := matching.CPUTime()
	for b.Loop() {
		matching.Recommend(matching.RecommendInput{People: people, Booths: bs, Met: contacts.Pairs{}, Day: eventDay})
	}
	b.ReportMetric(float64((matching.CPUTime()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// BenchmarkRecommendOne: one person's list, ranked alone against a
// village of 10,000 already computed, as a newcomer's is (target: under
// 20 ms).
func BenchmarkRecommendOne(b *testing.B) {
	people, bs := benchVillage(b, 10000)
	rec := matching.Recommend(matching.RecommendInput{People: people[:len(people)-1], Booths: bs, Met: contacts.Pairs{}, Day: eventDay})
	newcomer := &people[len(people)-1]
	newcomer.Languages = append(newcomer.Languages, "en") // the largest bucket: the slowest
	cpu0 := matching.CPUTime()
	for b.Loop() {
		ps, _ := rec.For(newcomer, nil)
		if len(ps) < matching.SuggestedPeople {
			b.Fatalf("%d suggestions", len(ps))
		}
	}
	b.ReportMetric(float64((matching.CPUTime()-cpu0).Microseconds())/float64(b.N)/1000, "cpu-ms/op")
}
