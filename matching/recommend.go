package matching

import (
	"cmp"
	"hash/fnv"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
)

// Who to meet: for each person, the people and booths they would most
// gain from meeting, each with its reasons. docs/matching.md explains the
// score, the exposure cap and the guarantees; this file computes them for
// a whole village at once (Recommend), so that the cap can be shared out.

// Sizes of a person's suggestions.
const (
	SuggestedPeople = 10
	SuggestedBooths = 5
	// ExposureShare: nobody is in more than this share of all the lists
	// (see ExposureCap for small villages).
	ExposureShare = 0.02
	// poolSize is how many of their best candidates are kept per person,
	// for the allocation to choose from when the best are at their cap.
	poolSize = 40
	// spareCount is how many next-best people a list keeps beyond its
	// ten, to stand in for those that reading it leaves out (someone met
	// or blocked since it was computed).
	spareCount = 5
)

// Weights of a one-way score (they add up to 1): what a reads in b.
// Shared themes weigh most (they are why people came), then complementary
// groups, then free interests and a working day in common; the region
// least, since the Forum's point is to meet across regions too. A shared
// language is required, so it is the floor every candidate has.
const (
	weightThemes   = 0.30
	weightGroups   = 0.20
	weightTags     = 0.15
	weightHours    = 0.15
	weightRegion   = 0.10
	weightLanguage = 0.10
)

// RecommendInput is the village as the recommender reads it.
type RecommendInput struct {
	// People is everyone: each gets a list; those who opted in to the
	// directory, and are not the secretariat, may be on others' lists.
	People []accounts.Person
	// Booths are the village's booths; only open ones are suggested.
	Booths []booths.Booth
	// Met are the pairs who met already: never suggested to each other.
	Met contacts.Pairs
	// Day is the event day whose working hours are compared (its UTC
	// date): a representative day, so that daylight saving time is as it
	// will be.
	Day time.Time
}

// features are one person as the pair score reads them: sets as bits, so
// that scoring a pair is a few bit operations.
type features struct {
	hot
	langs    []int32 // buckets of their base languages
	nThemes  uint8
	nTags    uint8
	findable bool // may be on others' lists
	group    int8 // index in accounts.StakeholderGroups, or unknownCode
	region   int8 // index in accounts.Regions, or unknownCode
}

// hot is the part of features the pair score reads, packed in 40 bytes:
// scoring runs through every candidate of a language, and 10,000 of these
// stay in a core's cache where the whole features would not.
type hot struct {
	tags uint64 // bits of the village's 64 most frequent tags
	// Each part's weight over what the person brings (0 when they bring
	// nothing): so that oneWay multiplies instead of dividing.
	perTheme, perTag, perMinute float32
	from, to                    int16  // working hours on Day, minutes from its UTC midnight
	hash                        uint32 // of the ID: breaks ties differently for every pair
	org                         int32  // a staff member's organisation, -1 for none
	themes                      uint8  // bits of accounts.Themes
	fit                         uint8  // group*8 + region: the row of fitTable
}

const unknownCode = 7

// fitTable is the weighted fit of the groups and regions of a (row) and b
// (column), each indexed by group*8 + region.
var fitTable = buildFitTable()

func buildFitTable() (t [64][64]float64) {
	code := func(list []string, i int) string {
		if i < len(list) {
			return list[i]
		}
		return ""
	}
	for a := range 64 {
		for b := range 64 {
			t[a][b] = weightGroups*groupFit(code(accounts.StakeholderGroups, a/8), code(accounts.StakeholderGroups, b/8)) +
				weightRegion*regionFit(code(accounts.Regions, a%8), code(accounts.Regions, b%8))
		}
	}
	return t
}

// pick is a candidate and the pair's score.
type pick struct {
	who   int32
	score float64
}

// Recommendations are a village's suggestions, computed at once. They are
// read-only once made: readers share them.
type Recommendations struct {
	// Cap is how many lists one person may be on; Lists how many lists
	// there are.
	Cap, Lists int

	day      time.Time
	people   []accounts.Person
	booths   []booths.Booth // open ones
	boothF   []boothFeatures
	index    map[string]int32
	f        []features
	h        []hot            // each f's hot part, packed together
	langs    map[string]int32 // base language to bucket
	buckets  [][]int32        // findable people by base language
	byTheme  [][8][]int32     // the same, by theme too (a bit of features.themes each)
	tagBits  map[string]uint64
	orgs     map[string]int32
	met      [][]int32 // by person, whom they met
	picks    [][]pick  // the allocated list of each person, best first
	spares   [][]pick  // the next best, best first
	booth    [][]pick  // booth indices
	exposure []int32   // how many lists each person is on
	zones    map[string]*time.Location
}

// ExposureCap is how many of lists one person may be on: ExposureShare of
// them, but never less than one and a half times the mean (each of lists
// holds SuggestedPeople of findable people), without which a small
// village could not fill its lists.
func ExposureCap(lists, findable int) int {
	c := int(ExposureShare * float64(lists))
	if findable > 0 {
		c = max(c, int(math.Ceil(1.5*SuggestedPeople*float64(lists)/float64(findable))))
	}
	return max(c, 1)
}

// Recommend computes every person's suggestions. It spreads over every
// core: for 10,000 people it takes about a second on two (see
// docs/benchmarks.md).
func Recommend(in RecommendInput) *Recommendations {
	r := &Recommendations{
		day:    time.Date(in.Day.Year(), in.Day.Month(), in.Day.Day(), 0, 0, 0, 0, time.UTC),
		people: in.People, index: make(map[string]int32, len(in.People)),
		langs: map[string]int32{}, orgs: map[string]int32{}, zones: map[string]*time.Location{},
	}
	for _, b := range in.Booths {
		if b.Open {
			r.booths = append(r.booths, b)
		}
	}
	r.tagBits = frequentTags(in.People)
	r.f = make([]features, len(in.People))
	findable := 0
	for i := range in.People {
		p := &in.People[i]
		r.index[p.ID] = int32(i)
		r.f[i] = r.features(p, true)
		if r.f[i].findable {
			findable++
			for _, l := range r.f[i].langs {
				r.buckets[l] = append(r.buckets[l], int32(i))
				for t := range r.byTheme[l] {
					if r.f[i].themes&(1<<t) != 0 {
						r.byTheme[l][t] = append(r.byTheme[l][t], int32(i))
					}
				}
			}
		}
	}
	r.h = make([]hot, len(r.f))
	for i := range r.f {
		r.h[i] = r.f[i].hot
	}
	r.met = make([][]int32, len(in.People))
	for pair := range in.Met {
		a, okA := r.index[pair[0]]
		b, okB := r.index[pair[1]]
		if okA && okB {
			r.met[a] = append(r.met[a], b)
			r.met[b] = append(r.met[b], a)
		}
	}
	for i := range r.booths {
		r.boothF = append(r.boothF, r.boothFeatures(&r.booths[i]))
	}
	r.Lists = len(in.People)
	r.Cap = ExposureCap(r.Lists, findable)

	pools := make([][]pick, len(in.People))
	eligible := make([]int32, len(in.People))
	r.booth = make([][]pick, len(in.People))
	parallel(len(in.People), func(s *scratch, i int) {
		pools[i], eligible[i] = r.rank(s, int32(i), &r.f[i], r.met[i], poolSize)
		r.booth[i] = r.rankBooths(&r.f[i], &r.people[i])
	})
	r.allocate(pools, eligible)
	return r
}

// features reads p. When add is true, p's languages and organisation get
// buckets and indices if they have none yet; else unknown ones are left
// out (a newcomer read against a village already computed).
func (r *Recommendations) features(p *accounts.Person, add bool) features {
	f := features{
		findable: p.DirectoryOptIn && p.Role != accounts.RoleSecretariat,
		group:    codeIndex(accounts.StakeholderGroups, p.StakeholderGroup),
		region:   codeIndex(accounts.Regions, p.Region),
		hot:      hot{org: -1, hash: idHash(p.ID)},
	}
	for _, l := range p.Languages {
		base := baseLanguage(l)
		b, ok := r.langs[base]
		if !ok {
			if !add {
				continue
			}
			b = int32(len(r.buckets))
			r.langs[base] = b
			r.buckets = append(r.buckets, nil)
			r.byTheme = append(r.byTheme, [8][]int32{})
		}
		if !slices.Contains(f.langs, b) {
			f.langs = append(f.langs, b)
		}
	}
	for _, t := range p.Themes {
		if i := slices.Index(accounts.Themes, t); i >= 0 && f.themes&(1<<i) == 0 {
			f.themes |= 1 << i
		}
	}
	f.nThemes = uint8(bits.OnesCount8(f.themes))
	for _, t := range p.Tags {
		f.tags |= r.tagBits[t]
	}
	f.nTags = uint8(bits.OnesCount64(f.tags))
	if p.Role == accounts.RoleStaff && p.OrganisationID != "" {
		o, ok := r.orgs[p.OrganisationID]
		if !ok && add {
			o = int32(len(r.orgs))
			r.orgs[p.OrganisationID] = o
			ok = true
		}
		if ok {
			f.org = o
		}
	}
	loc, ok := r.zones[p.TimeZone]
	if !ok {
		loc = p.Location()
		if add {
			r.zones[p.TimeZone] = loc
		}
	}
	open, closed := p.Hours().On(time.Date(r.day.Year(), r.day.Month(), r.day.Day(), 0, 0, 0, 0, loc))
	f.from, f.to = int16(open.Sub(r.day)/time.Minute), int16(closed.Sub(r.day)/time.Minute)
	f.fit = uint8(f.group)*8 + uint8(f.region)
	if f.nThemes > 0 {
		f.perTheme = weightThemes / float32(f.nThemes)
	}
	if f.nTags > 0 {
		f.perTag = weightTags / float32(min(f.nTags, 2))
	}
	if day := f.to - f.from; day > 0 {
		f.perMinute = weightHours / float32(day)
	}
	return f
}

// frequentTags gives a bit to each of the 64 tags most people named; rarer
// tags do not score (their reasons are still written, from the profiles).
func frequentTags(people []accounts.Person) map[string]uint64 {
	count := map[string]int{}
	for i := range people {
		for _, t := range people[i].Tags {
			count[t]++
		}
	}
	tags := make([]string, 0, len(count))
	for t := range count {
		tags = append(tags, t)
	}
	slices.SortFunc(tags, func(a, b string) int { return cmp.Or(count[b]-count[a], cmp.Compare(a, b)) })
	out := make(map[string]uint64, min(len(tags), 64))
	for i, t := range tags[:min(len(tags), 64)] {
		out[t] = 1 << i
	}
	return out
}

func codeIndex(list []string, v string) int8 {
	if i := slices.Index(list, v); i >= 0 {
		return int8(i)
	}
	return unknownCode
}

func idHash(id string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()
}

// overlap is how many minutes of a working day a and b have in common,
// their days repeating every 24 hours.
func overlap(a, b *hot) int32 {
	// b's day relative to a's start, on the 24-hour circle: the part
	// after a's start and the part a day earlier.
	d := (int32(b.from) - int32(a.from)) % 1440
	if d < 0 {
		d += 1440
	}
	la, lb := int32(a.to-a.from), int32(b.to-b.from)
	total := max(0, min(la, d+lb)-d) + max(0, min(la, d+lb-1440))
	return min(total, la, lb)
}

// oneWay is how much a would gain from meeting b, 0 to 1: each part is
// measured against what a brings (the share of a's themes that b follows
// too, of a's working day that b shares), so it is not symmetric.
func oneWay(a, b *hot, minutes int32) float64 {
	return weightLanguage +
		float64(a.perTheme*float32(bits.OnesCount8(a.themes&b.themes))+
			a.perTag*float32(min(bits.OnesCount64(a.tags&b.tags), 2))+
			a.perMinute*float32(minutes)) +
		fitTable[a.fit][b.fit]
}

// pairScore is the reciprocal score of a and b: the harmonic mean of the
// two one-way scores, so that a pair scores high only when both would
// gain, plus a tie-break below any visible difference that differs for
// every pair (so that equal candidates are spread, not always the same).
func pairScore(a, b *hot) float64 {
	m := overlap(a, b)
	u, v := oneWay(a, b, m), oneWay(b, a, m)
	x := a.hash ^ b.hash
	x ^= x >> 16
	x *= 0x7feb352d
	x ^= x >> 15
	return 2*u*v/(u+v) + float64(x)*1e-15
}

// noThemeBound is the most a pair sharing no theme can score: each
// one-way score is then at most the language's, the tags', the hours'
// and the best fit's weights (0.7), and so is their harmonic mean; with
// room for float32 rounding and the tie-break.
const noThemeBound = weightLanguage + weightTags + weightHours + weightGroups + weightRegion + 1e-5

// scratch is one worker's memory, reused from person to person.
type scratch struct {
	seen  []uint32 // stamp of the person whose candidates saw them
	stamp uint32
	heap  []pick
	lists [][]int32
}

// rank returns a's k best candidates, best first, and how many
// candidates a has in all (at least k, when the count stops there):
// findable people who share a base language with a, other than a, a's
// colleagues and the people a met (met).
func (r *Recommendations) rank(s *scratch, self int32, a *features, met []int32, k int) ([]pick, int32) {
	if len(s.seen) < len(r.f) {
		s.seen = make([]uint32, len(r.f))
		s.stamp = 0
	}
	s.stamp++
	if s.stamp == 0 { // wrapped: forget every stamp
		clear(s.seen)
		s.stamp = 1
	}
	if self >= 0 {
		s.seen[self] = s.stamp
	}
	for _, m := range met {
		s.seen[m] = s.stamp
	}
	h := s.heap[:0]
	var eligible int32
	scan := func(lists [][]int32) {
		for _, list := range lists {
			for _, b := range list {
				if s.seen[b] == s.stamp {
					continue
				}
				s.seen[b] = s.stamp
				fb := &r.h[b]
				if a.org >= 0 && fb.org == a.org {
					continue
				}
				eligible++
				sc := pairScore(&a.hot, fb)
				if len(h) < k {
					h = append(h, pick{b, sc})
					siftUp(h, len(h)-1)
				} else if sc > h[0].score {
					h[0] = pick{b, sc}
					siftDown(h, 0)
				}
			}
		}
	}
	// Those who share a theme with a first: when the k best of them all
	// score above what anyone sharing no theme can (noThemeBound), the
	// others cannot get in, and are not scored. English speakers share a
	// bucket with most of the village, so this spares a third of the
	// pairs or more.
	lists := s.lists[:0]
	for _, l := range a.langs {
		for t := range r.byTheme[l] {
			if a.themes&(1<<t) != 0 {
				lists = append(lists, r.byTheme[l][t])
			}
		}
	}
	scan(lists)
	if len(h) < k || h[0].score <= noThemeBound {
		lists = lists[:0]
		for _, l := range a.langs {
			lists = append(lists, r.buckets[l])
		}
		scan(lists)
	}
	s.lists = lists
	s.heap = h
	out := slices.Clone(h)
	slices.SortFunc(out, byScore)
	return out, eligible
}

func byScore(a, b pick) int { return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.who, b.who)) }

// siftUp and siftDown keep h a min-heap by score.
func siftUp(h []pick, i int) {
	for i > 0 {
		p := (i - 1) / 2
		if h[p].score <= h[i].score {
			return
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
}

func siftDown(h []pick, i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		if r := l + 1; r < len(h) && h[r].score < h[l].score {
			l = r
		}
		if h[i].score <= h[l].score {
			return
		}
		h[i], h[l] = h[l], h[i]
		i = l
	}
}

// boothFeatures are one open booth as rankBooths reads it.
type boothFeatures struct {
	langs  []int32 // buckets of its base languages, known ones
	listed bool    // it lists languages: a visitor must speak one
	themes uint8
	fit    uint8 // group*8 + region
	hash   uint32
	org    string
}

func (r *Recommendations) boothFeatures(b *booths.Booth) boothFeatures {
	f := boothFeatures{listed: len(b.Languages) > 0, hash: idHash(b.ID), org: b.OrganisationID,
		fit: uint8(codeIndex(accounts.StakeholderGroups, b.StakeholderGroup))*8 + uint8(codeIndex(accounts.Regions, b.Region))}
	for _, l := range b.Languages {
		if x, ok := r.langs[baseLanguage(l)]; ok {
			f.langs = append(f.langs, x)
		}
	}
	for _, t := range b.Themes {
		if i := slices.Index(accounts.Themes, t); i >= 0 {
			f.themes |= 1 << i
		}
	}
	return f
}

// Weights of a booth's score for a person.
const (
	boothWeightThemes   = 0.45
	boothWeightLanguage = 0.15
	boothWeightFit      = 0.4 // the group and region fit, as weighted for people, scaled to this
)

// rankBooths returns p's best open booths, best first. A booth that lists
// its languages must share one with p; a staff member's own booth is left
// out.
func (r *Recommendations) rankBooths(a *features, p *accounts.Person) []pick {
	out := make([]pick, 0, len(r.boothF))
	for i := range r.boothF {
		b := &r.boothF[i]
		if p.Role == accounts.RoleStaff && b.org == p.OrganisationID {
			continue
		}
		speaks := slices.ContainsFunc(a.langs, func(l int32) bool { return slices.Contains(b.langs, l) })
		if b.listed && !speaks {
			continue
		}
		s := boothWeightFit / (weightGroups + weightRegion) * fitTable[a.fit][b.fit]
		if speaks {
			s += boothWeightLanguage
		}
		if a.nThemes > 0 {
			s += boothWeightThemes * float64(bits.OnesCount8(a.themes&b.themes)) / float64(a.nThemes)
		}
		out = append(out, pick{int32(i), s + float64(b.hash^a.hash)*1e-15})
	}
	slices.SortFunc(out, byScore)
	return slices.Clone(out[:min(len(out), SuggestedBooths)])
}

// parallel calls fn for every i below n, over every core.
func parallel(n int, fn func(s *scratch, i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(n/64, 1))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := &scratch{}
			for {
				start := int(next.Add(64)) - 64
				if start >= n {
					return
				}
				for i := start; i < min(start+64, n); i++ {
					fn(s, i)
				}
			}
		}()
	}
	wg.Wait()
}

// allocate shares the people out: every pair of every pool, best score
// first, goes into its list while the list has room and its candidate is
// on fewer than Cap lists (a greedy b-matching). A list still short of
// what it could hold (SuggestedPeople, or all its candidates when they are
// fewer) then takes its best candidates under the cap beyond its pool,
// and if all are at the cap, takes one from a list that can replace it
// with a candidate of its own under the cap.
func (r *Recommendations) allocate(pools [][]pick, eligible []int32) {
	n := len(pools)
	type edge struct {
		from int32
		pick
	}
	total := 0
	for _, p := range pools {
		total += len(p)
	}
	edges := make([]edge, 0, total)
	for a, p := range pools {
		for _, c := range p {
			edges = append(edges, edge{int32(a), c})
		}
	}
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.from, y.from), cmp.Compare(x.who, y.who))
	})
	r.picks = make([][]pick, n)
	r.exposure = make([]int32, n)
	for _, e := range edges {
		if len(r.picks[e.from]) < SuggestedPeople && r.exposure[e.who] < int32(r.Cap) {
			r.picks[e.from] = append(r.picks[e.from], e.pick)
			r.exposure[e.who]++
		}
	}
	s := &scratch{}
	for a := range n {
		if len(r.picks[a]) < min(SuggestedPeople, int(eligible[a])) {
			r.fill(s, int32(a), pools)
		}
	}
	r.spares = make([][]pick, n)
	for a := range n {
		slices.SortFunc(r.picks[a], byScore)
		for _, c := range pools[a] {
			if len(r.spares[a]) == spareCount {
				break
			}
			if !r.listed(int32(a), c.who) {
				r.spares[a] = append(r.spares[a], c)
			}
		}
	}
}

func (r *Recommendations) listed(a, b int32) bool {
	return slices.ContainsFunc(r.picks[a], func(p pick) bool { return p.who == b })
}

// fill completes a's list from all of a's candidates (see allocate).
func (r *Recommendations) fill(s *scratch, a int32, pools [][]pick) {
	all, eligible := r.rank(s, a, &r.f[a], r.met[a], math.MaxInt32)
	want := min(SuggestedPeople, int(eligible))
	for _, c := range all {
		if len(r.picks[a]) == want {
			return
		}
		if r.exposure[c.who] < int32(r.Cap) && !r.listed(a, c.who) {
			r.picks[a] = append(r.picks[a], c)
			r.exposure[c.who]++
		}
	}
	// Every candidate left is at the cap: free one of them by giving a
	// list that holds it another candidate of its own.
	for _, c := range all {
		if len(r.picks[a]) == want {
			return
		}
		if r.listed(a, c.who) {
			continue
		}
		if r.release(c.who, a, pools) {
			r.picks[a] = append(r.picks[a], c)
		}
	}
}

// release takes b off one list other than a's that can put in its place
// a candidate of its own pool under the cap; b's exposure is then one
// less (and a's taking it brings it back).
func (r *Recommendations) release(b, a int32, pools [][]pick) bool {
	for h := range r.picks {
		if int32(h) == a {
			continue
		}
		at := slices.IndexFunc(r.picks[h], func(p pick) bool { return p.who == b })
		if at < 0 {
			continue
		}
		for _, c := range pools[h] {
			if r.exposure[c.who] < int32(r.Cap) && !r.listed(int32(h), c.who) {
				r.picks[h][at] = c
				r.exposure[c.who]++
				return true
			}
		}
	}
	return false
}

// SuggestedPerson is one person suggested to someone: the pair's score
// (0 to 1) and its reasons, as the reader reads them.
type SuggestedPerson struct {
	Person  *accounts.Person // as computed: shared, not to be changed
	Score   float64
	Reasons []SuggestionReason
}

// SuggestedBooth is one booth suggested to someone.
type SuggestedBooth struct {
	Booth   *booths.Booth // as computed: shared, not to be changed
	Score   float64
	Reasons []SuggestionReason
}

// For returns p's suggestions: people (their list, then its spares, best
// first each: a reader takes the first SuggestedPeople it keeps) and
// booths. Someone not in the village when it was computed (a newcomer) is
// ranked alone against it, their candidates under the cap first; met
// are the people they met, left out.
func (r *Recommendations) For(p *accounts.Person, met []string) ([]SuggestedPerson, []SuggestedBooth) {
	var list []pick
	var boothList []pick
	fp := r.features(p, false)
	if i, ok := r.index[p.ID]; ok {
		list = append(slices.Clone(r.picks[i]), r.spares[i]...)
		boothList = r.booth[i]
		fp.hash = r.f[i].hash
	} else {
		var metIdx []int32
		for _, id := range met {
			if j, ok := r.index[id]; ok {
				metIdx = append(metIdx, j)
			}
		}
		all, _ := r.rank(&scratch{}, -1, &fp, metIdx, SuggestedPeople+spareCount+poolSize)
		under := slices.DeleteFunc(slices.Clone(all), func(c pick) bool { return r.exposure[c.who] >= int32(r.Cap) })
		list = append(under, slices.DeleteFunc(all, func(c pick) bool { return r.exposure[c.who] < int32(r.Cap) })...)
		list = list[:min(len(list), SuggestedPeople+spareCount)]
		boothList = r.rankBooths(&fp, p)
	}
	people := make([]SuggestedPerson, len(list))
	for i, c := range list {
		q := &r.people[c.who]
		people[i] = SuggestedPerson{Person: q, Score: c.score, Reasons: personReasons(p, q, int(overlap(&fp.hot, &r.h[c.who])))}
	}
	out := make([]SuggestedBooth, len(boothList))
	for i, c := range boothList {
		b := &r.booths[c.who]
		out[i] = SuggestedBooth{Booth: b, Score: c.score, Reasons: boothReasons(p, b)}
	}
	return people, out
}

// Has reports whether the person with id was in the village when it was
// computed.
func (r *Recommendations) Has(id string) bool {
	_, ok := r.index[id]
	return ok
}

// Exposure is how many lists the person with id is on (0 for anyone
// unknown).
func (r *Recommendations) Exposure(id string) int {
	if i, ok := r.index[id]; ok {
		return int(r.exposure[i])
	}
	return 0
}

// Listed returns the IDs on the list of the person with id, best first
// (without spares); nil for anyone unknown.
func (r *Recommendations) Listed(id string) []string {
	i, ok := r.index[id]
	if !ok {
		return nil
	}
	out := make([]string, len(r.picks[i]))
	for k, c := range r.picks[i] {
		out[k] = r.people[c.who].ID
	}
	return out
}
