package matching

import (
	"slices"
	"sort"
)

// Mix is how varied the tables are in one attribute (stakeholder group or
// region).
type Mix struct {
	// Mean is the number of distinct values at a table, averaged over the
	// tables. People with the empty value add nothing.
	Mean float64 `json:"mean"`
	// Best is the highest Mean that any seating of the same people at tables
	// of the same sizes could reach: see bestMix.
	Best float64 `json:"best"`
}

// BucketReport gives the figures of one language in one round.
type BucketReport struct {
	Language string `json:"language"`
	People   int    `json:"people"`
	Tables   int    `json:"tables"`
	MinSize  int    `json:"min_size"`
	MaxSize  int    `json:"max_size"`
	// Pairs is the number of pairs seated together, the sum over tables of
	// C(size, 2); Repeats, how many of them had met before.
	Pairs   int `json:"pairs"`
	Repeats int `json:"repeats"`
	// RepeatFreeRounds is floor(n/(k(k-1))): the rounds of a break this
	// bucket's size keeps free of repeats (docs/matching.md).
	RepeatFreeRounds int `json:"repeat_free_rounds"`
	Groups           Mix `json:"groups"`
	Regions          Mix `json:"regions"`
}

// Report gives the figures of one round.
type Report struct {
	Seated  int `json:"seated"`
	Waiting int `json:"waiting"`
	Tables  int `json:"tables"`
	// Mismatches counts people at a table in a language they did not
	// choose; Alone, people at a table of fewer than MinTable; Oversize,
	// people at a table of more than MaxTable. All three must be 0.
	Mismatches int            `json:"mismatches"`
	Alone      int            `json:"alone"`
	Oversize   int            `json:"oversize"`
	Repeats    int            `json:"repeats"` // pairs at a table who had met before
	Groups     Mix            `json:"groups"`
	Regions    Mix            `json:"regions"`
	Buckets    []BucketReport `json:"buckets"` // by language
}

// Assess measures a round against the record of who had met whom before it
// (nil: nobody). It checks the seating rather than trusting it, so tests and
// the load tool can use it on any seating.
func Assess(s *Seating, met Contacts) Report {
	r := Report{Waiting: len(s.Waiting)}
	byLang := map[string]*BucketReport{}
	type counts struct{ groups, regions map[string]int }
	values := map[string]*counts{}
	sizes := map[string][]int{}
	var gsum, rsum, gbest, rbest float64
	for _, t := range s.Tables {
		if len(t.People) == 0 {
			continue
		}
		b := byLang[t.Language]
		if b == nil {
			b = &BucketReport{Language: t.Language, MinSize: len(t.People), MaxSize: len(t.People)}
			byLang[t.Language] = b
			values[t.Language] = &counts{map[string]int{}, map[string]int{}}
		}
		n := len(t.People)
		r.Tables++
		r.Seated += n
		switch {
		case n < MinTable:
			r.Alone += n
		case n > MaxTable:
			r.Oversize += n
		}
		b.People += n
		b.Tables++
		b.MinSize, b.MaxSize = min(b.MinSize, n), max(b.MaxSize, n)
		b.Pairs += n * (n - 1) / 2
		sizes[t.Language] = append(sizes[t.Language], n)
		c := values[t.Language]
		for _, p := range t.People {
			if !slices.Contains(p.Languages, t.Language) {
				r.Mismatches++
			}
			if p.StakeholderGroup != "" {
				c.groups[p.StakeholderGroup]++
			}
			if p.Region != "" {
				c.regions[p.Region]++
			}
		}
		b.Groups.Mean += float64(distinct(t.People, func(p Person) string { return p.StakeholderGroup }))
		b.Regions.Mean += float64(distinct(t.People, func(p Person) string { return p.Region }))
		b.Repeats += repeatsAt(t.People, met)
	}
	for lang, b := range byLang {
		b.RepeatFreeRounds = repeatFreeRounds(b.People, s.TableSize)
		gb := float64(bestMix(values[lang].groups, sizes[lang]))
		rb := float64(bestMix(values[lang].regions, sizes[lang]))
		gsum, rsum, gbest, rbest = gsum+b.Groups.Mean, rsum+b.Regions.Mean, gbest+gb, rbest+rb
		tables := float64(b.Tables)
		b.Groups = Mix{Mean: b.Groups.Mean / tables, Best: gb / tables}
		b.Regions = Mix{Mean: b.Regions.Mean / tables, Best: rb / tables}
		r.Repeats += b.Repeats
		r.Buckets = append(r.Buckets, *b)
	}
	sort.Slice(r.Buckets, func(i, j int) bool { return r.Buckets[i].Language < r.Buckets[j].Language })
	if r.Tables > 0 {
		tables := float64(r.Tables)
		r.Groups = Mix{Mean: gsum / tables, Best: gbest / tables}
		r.Regions = Mix{Mean: rsum / tables, Best: rbest / tables}
	}
	return r
}

// repeatFreeRounds is floor(n/(k(k-1))), for a table size k that Seat
// accepts (0 meaning the default); 0 for any other.
func repeatFreeRounds(n, k int) int {
	k, err := tableSize(k)
	if err != nil {
		return 0
	}
	return n / (k * (k - 1))
}

func distinct(people []Person, attr func(Person) string) int {
	var seen []string
	for _, p := range people {
		if v := attr(p); v != "" && !slices.Contains(seen, v) {
			seen = append(seen, v)
		}
	}
	return len(seen)
}

// repeatsAt counts the pairs at one table who had met, each pair once even
// if the record knows it from one side only.
func repeatsAt(people []Person, met Contacts) int {
	if met == nil {
		return 0
	}
	var pairs [][2]int
	for i, p := range people {
		for o := range met.Met(p.ID) {
			for j, q := range people {
				if j != i && q.ID == o {
					pair := [2]int{min(i, j), max(i, j)}
					if !slices.Contains(pairs, pair) {
						pairs = append(pairs, pair)
					}
				}
			}
		}
	}
	return len(pairs)
}

// bestMix is the largest total, over tables of the given sizes, of the number
// of distinct values at each table, for people with these value counts. A
// value can count at a table once, so at most min(count, tables) times; a
// table counts at most its size. It is a maximum flow from values (capacity
// count) through value-table edges (capacity 1) to tables (capacity size),
// and by max-flow min-cut equals the least, over a values kept and b tables
// kept, of the counts of the values cut, the sizes of the tables cut and
// a*b; the best cuts keep the largest counts and sizes.
func bestMix(counts map[string]int, sizes []int) int {
	c := make([]int, 0, len(counts))
	for _, n := range counts {
		c = append(c, n)
	}
	slices.Sort(c)
	s := slices.Clone(sizes)
	slices.Sort(s)
	// cutC[i] = sum of the i smallest counts; cutS likewise.
	cutC := prefix(c)
	cutS := prefix(s)
	best := -1
	for a := 0; a <= len(c); a++ {
		for b := 0; b <= len(s); b++ {
			v := cutC[len(c)-a] + cutS[len(s)-b] + a*b
			if best < 0 || v < best {
				best = v
			}
		}
	}
	return best
}

func prefix(xs []int) []int {
	out := make([]int, len(xs)+1)
	for i, x := range xs {
		out[i+1] = out[i] + x
	}
	return out
}

// Tally adds up the rounds of one break, language by language, for the
// figures the issue asks of a whole break: repeats against their lower bound.
type Tally struct {
	tableSize int
	langs     map[string]*tallied
}

type tallied struct {
	people                 map[string]bool
	rounds, pairs, repeats int
}

// BucketTally is one language over the rounds tallied.
type BucketTally struct {
	Language string `json:"language"`
	// People is everyone seated in the language in any round; Rounds, the
	// rounds it had tables.
	People  int `json:"people"`
	Rounds  int `json:"rounds"`
	Pairs   int `json:"pairs"`
	Repeats int `json:"repeats"`
	// LowerBound is the fewest repeats any seating could have had:
	// max(0, pairs seated together over the rounds - C(People, 2)), which
	// for the same table sizes every round is r*sum C(s,2) - C(n,2).
	LowerBound int `json:"lower_bound"`
	// RepeatFreeRounds is floor(People/(k(k-1))). While Rounds is at most
	// this, Repeats is 0 when nobody had met before the break.
	RepeatFreeRounds int `json:"repeat_free_rounds"`
}

// NewTally starts the tally of a break with tables of size k.
func NewTally(k int) *Tally {
	return &Tally{tableSize: k, langs: map[string]*tallied{}}
}

// Add counts one round: its seating and the report Assess gave before the
// round's tables were added to the record.
func (t *Tally) Add(s *Seating, r Report) {
	for _, table := range s.Tables {
		if len(table.People) == 0 {
			continue
		}
		l := t.langs[table.Language]
		if l == nil {
			l = &tallied{people: map[string]bool{}}
			t.langs[table.Language] = l
		}
		for _, p := range table.People {
			l.people[p.ID] = true
		}
	}
	for _, b := range r.Buckets {
		if l := t.langs[b.Language]; l != nil {
			l.rounds++
			l.pairs += b.Pairs
			l.repeats += b.Repeats
		}
	}
}

// Buckets returns the tally by language.
func (t *Tally) Buckets() []BucketTally {
	var out []BucketTally
	for lang, l := range t.langs {
		n := len(l.people)
		out = append(out, BucketTally{
			Language: lang, People: n, Rounds: l.rounds, Pairs: l.pairs, Repeats: l.repeats,
			LowerBound:       max(0, l.pairs-n*(n-1)/2),
			RepeatFreeRounds: repeatFreeRounds(n, t.tableSize),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Language < out[j].Language })
	return out
}
