package matching

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/contacts"
)

// TestRankSkipsOnlyWhoCannotGetIn: ranking those who share a theme first
// and skipping the others when they cannot beat the k-th gives the same k
// best as scoring everyone.
func TestRankSkipsOnlyWhoCannotGetIn(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	zones := []string{"UTC", "Asia/Tokyo", "America/Bogota", "Europe/Paris", "Africa/Nairobi"}
	some := func(list []string, lo, hi int) []string {
		n := lo + rng.IntN(hi-lo+1)
		out := slices.Clone(list)
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		return out[:n]
	}
	var people []accounts.Person
	for i := range 1500 {
		people = append(people, accounts.Person{
			ID: fmt.Sprintf("p-%04d", i), Role: accounts.RoleParticipant, DirectoryOptIn: true,
			Languages:        some([]string{"en", "fr", "es"}, 1, 2),
			Themes:           some(accounts.Themes, 0, 3),
			Tags:             some([]string{"ai", "privacy", "ipv6", "gender"}, 0, 2),
			StakeholderGroup: accounts.StakeholderGroups[rng.IntN(len(accounts.StakeholderGroups))],
			Region:           accounts.Regions[rng.IntN(len(accounts.Regions))],
			TimeZone:         zones[rng.IntN(len(zones))],
		})
	}
	r := Recommend(RecommendInput{People: people, Met: contacts.Pairs{}, Day: time.Date(2020, 11, 10, 0, 0, 0, 0, time.UTC)})
	skipped := 0
	for i := range people {
		a := &r.f[i]
		got, _ := r.rank(&scratch{}, int32(i), a, nil, poolSize)
		var all []pick
		for j := range people {
			if j != i && slices.ContainsFunc(a.langs, func(l int32) bool { return slices.Contains(r.f[j].langs, l) }) {
				all = append(all, pick{int32(j), pairScore(&a.hot, &r.h[j])})
			}
		}
		slices.SortFunc(all, byScore)
		want := all[:min(len(all), poolSize)]
		if !slices.Equal(got, want) {
			t.Fatalf("%s: ranked %v, want %v", people[i].ID, got[:3], want[:3])
		}
		if len(want) == poolSize && want[poolSize-1].score > noThemeBound {
			skipped++
		}
	}
	if skipped == 0 {
		t.Error("no ranking skipped anyone: the test does not test the skip")
	}
	t.Logf("%d of %d rankings skipped those sharing no theme", skipped, len(people))
}

// TestOverlap: the minutes two working days share, each repeating every
// 24 hours, counted minute by minute.
func TestOverlap(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for range 2000 {
		af := int16(rng.IntN(2880) - 1440)
		bf := int16(rng.IntN(2880) - 1440)
		a := hot{from: af, to: af + int16(15+rng.IntN(1426))}
		b := hot{from: bf, to: bf + int16(15+rng.IntN(1426))}
		in := func(h hot, m int) bool { // minute m of the circle within h's day
			for k := -3; k <= 3; k++ {
				if x := m + 1440*k; x >= int(h.from) && x < int(h.to) {
					return true
				}
			}
			return false
		}
		want := int32(0)
		for m := range 1440 {
			if in(a, m) && in(b, m) {
				want++
			}
		}
		if got := overlap(&a, &b); got != want {
			t.Fatalf("overlap of %d-%d and %d-%d: %d, want %d", a.from, a.to, b.from, b.to, got, want)
		}
	}
}
