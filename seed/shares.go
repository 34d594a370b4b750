package seed

import (
	"math/rand/v2"
	"slices"
)

// share is one code's weight in a population.
type share struct {
	code   string
	weight int
}

// groupShares are IGF 2020 phase 1's stakeholder groups, in tenths of a
// percent (DOMAIN.md; they add up to 99.8%, so they are normalised).
var groupShares = []share{
	{"civil_society", 409},
	{"government", 173},
	{"private_sector", 170},
	{"technical_community", 156},
	{"intergovernmental", 89},
	{"press_media", 1},
}

// regionShares are its UN regional groups, in percent; IGO staff apart.
var regionShares = []share{
	{"weog", 35},
	{"asia_pacific", 17},
	{"african", 15},
	{"grulac", 13},
	{"eastern_european", 12},
	{"igo", 8},
}

// apportion divides n people among shares by largest remainder, so that
// every count is its exact quota rounded down or up and the counts add up
// to n. Remainders are compared in integers: no float ties. When n allows,
// every share with a positive weight gets at least one person (press is
// 0.1%: a village of 400 still has a journalist), taken from the share that
// is most over its quota.
func apportion(n int, shares []share) []int {
	total := 0
	for _, s := range shares {
		total += s.weight
	}
	counts := make([]int, len(shares))
	rems := make([]int, len(shares))
	left := n
	for i, s := range shares {
		counts[i] = n * s.weight / total
		rems[i] = n * s.weight % total
		left -= counts[i]
	}
	order := make([]int, len(shares))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rems[b] - rems[a] })
	for _, i := range order[:left] {
		counts[i]++
	}

	positive := 0
	for _, s := range shares {
		if s.weight > 0 {
			positive++
		}
	}
	if n < positive {
		return counts
	}
	// over is how far counts[j] exceeds its quota, scaled by total.
	over := func(j int) int { return counts[j]*total - n*shares[j].weight }
	for i, s := range shares {
		if s.weight == 0 || counts[i] > 0 {
			continue
		}
		from := -1
		for j := range shares {
			if counts[j] > 1 && (from < 0 || over(j) > over(from)) {
				from = j
			}
		}
		counts[from]--
		counts[i]++
	}
	return counts
}

// expand lists each share's code counts[i] times.
func expand(shares []share, counts []int) []string {
	var out []string
	for i, s := range shares {
		for range counts[i] {
			out = append(out, s.code)
		}
	}
	return out
}

// flags returns n booleans of which pct percent (rounded) are true, in a
// random order.
func flags(r *rand.Rand, n, pct int) []bool {
	k := (n*pct + 50) / 100
	out := make([]bool, n)
	for i := range k {
		out[i] = true
	}
	r.Shuffle(n, func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// frontFirst stably moves the elements equal to v to the front of s.
func frontFirst(s []string, v string) {
	slices.SortStableFunc(s, func(a, b string) int {
		switch {
		case a == v && b != v:
			return -1
		case a != v && b == v:
			return 1
		}
		return 0
	})
}
