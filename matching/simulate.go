package matching

import (
	"fmt"
	"math/rand/v2"
)

// weighted is a value drawn with a weight.
type weighted struct {
	value  string
	weight float64
}

// Shares at a UN event like IGF 2020, as the simulation draws them: most
// people chat in English, few in Arabic or Russian; civil society and the
// technical community are the largest groups; WEOG the largest region.
var (
	firstLanguages = []weighted{
		{"en", 0.56}, {"es", 0.13}, {"fr", 0.12}, {"zh", 0.08}, {"ar", 0.06}, {"ru", 0.05},
	}
	simGroups = []weighted{
		{"civil_society", 0.34}, {"technical_community", 0.20}, {"private_sector", 0.17},
		{"government", 0.16}, {"intergovernmental", 0.08}, {"press_media", 0.05},
	}
	simRegions = []weighted{
		{"weog", 0.34}, {"african", 0.20}, {"asia_pacific", 0.20}, {"grulac", 0.14},
		{"eastern_european", 0.08}, {"igo", 0.04},
	}
)

// SecondLanguageShare is the share of simulated people who choose a second
// language: English for those whose first is another, French or Spanish for
// English speakers.
const SecondLanguageShare = 0.45

// Population draws n people present at a break, skewed like a real event
// (see firstLanguages), the same for the same seed. Their IDs are p00001,
// p00002, ... Tests, the benchmark and the load tool share it.
func Population(n int, seed uint64) []Person {
	rng := rand.New(rand.NewPCG(seed, 0x5ea7))
	people := make([]Person, n)
	for i := range people {
		first := draw(rng, firstLanguages)
		langs := []string{first}
		if rng.Float64() < SecondLanguageShare {
			switch {
			case first != "en":
				langs = append(langs, "en")
			case rng.IntN(2) == 0:
				langs = append(langs, "fr")
			default:
				langs = append(langs, "es")
			}
		}
		people[i] = Person{
			ID:               fmt.Sprintf("p%05d", i+1),
			Languages:        langs,
			StakeholderGroup: draw(rng, simGroups),
			Region:           draw(rng, simRegions),
		}
	}
	return people
}

func draw(rng *rand.Rand, ws []weighted) string {
	x := rng.Float64()
	for _, w := range ws {
		if x < w.weight {
			return w.value
		}
		x -= w.weight
	}
	return ws[len(ws)-1].value
}
