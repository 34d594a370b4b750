package booths_test

import (
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/seed"
)

// BenchmarkListBooths lists the demo village's 71 booths through the
// Service over the embedded store, the way GET /api/booths does (without
// HTTP): every booth read, matched, its hours turned into UTC instants in
// its zone, one page kept, the live figures asked for.
func BenchmarkListBooths(b *testing.B) {
	now := time.Now()
	svc, st := village(b, &now, booths.WithPresence(fakePresence{}))
	res, err := seed.Village(b.Context(), st, seed.Options{Participants: 10, Hash: accounts.CheapHash, Now: now})
	if err != nil || res.Booths != 71 {
		b.Fatalf("seed: %+v %v", res, err)
	}
	yes := true
	for _, q := range []struct {
		name string
		q    booths.BoothQuery
	}{
		{"all", booths.BoothQuery{Limit: 100}},
		{"filters", booths.BoothQuery{Theme: "inclusion", Language: "fr", OpenNow: &yes, Limit: 100}},
		{"text", booths.BoothQuery{Text: "connectivity", Limit: 100}},
		{"region and kind", booths.BoothQuery{Region: "african", Kind: "civil_society", Limit: 20}},
	} {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := svc.Booths(b.Context(), q.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
