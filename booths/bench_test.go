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
	// 6,000 people present in the booths' rooms, as at IGF 2020's
	// busiest, spread over the 71 booths, three staff at each.
	presence := fakePresence{}
	svc, st := village(b, &now, booths.WithPresence(presence))
	res, err := seed.Village(b.Context(), st, seed.Options{Participants: 10, Hash: accounts.CheapHash, Now: now})
	if err != nil || res.Booths != 71 {
		b.Fatalf("seed: %+v %v", res, err)
	}
	all, err := st.Booths(b.Context())
	if err != nil {
		b.Fatal(err)
	}
	for i, bo := range all {
		presence.crowd(bo.ID, bo.OrganisationID, 6000/len(all)-3+boolInt(i < 6000%len(all)), 3)
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
		{"staffed now", booths.BoothQuery{StaffedNow: &yes, Limit: 100}},
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

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
