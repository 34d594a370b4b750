package matching

import (
	"math/rand/v2"
	"slices"
)

// sampleTables is how many open tables place looks at for each person while
// many are open. Among 32 random tables one that mixes the person in is
// nearly always found; looking at all of them would cost O(n²/k) per round.
const sampleTables = 32

// restartWork bounds the people seated again when a bucket's seating sits
// people who met together: a bucket of n people is seated up to
// 1+restartWork/n times and the seating with the fewest repeats is kept.
// Large buckets, which the greedy keeps free of repeats for many rounds, are
// seated once; small ones, past their repeat-free rounds, get a few tries at
// a better local optimum.
const restartWork = 4000

// walkSteps is how many random swaps the best of those seatings then tries
// when it still has repeats: on 24 people at tables of 4 for eight rounds it
// took the repeats from 33 to 28 (the lower bound is 12), for at most a few
// milliseconds a bucket.
const walkSteps = 20000

func seatBucket(members []int32, k int, rc *roundContacts, groups, regions []uint8, localOf []int32, rng *rand.Rand) [][]int32 {
	var best *placer
	fewest := -1
	for range 1 + min(15, restartWork/len(members)) {
		pl := newPlacer(members, k, rc, groups, regions, localOf, rng)
		pl.seat()
		if n := pl.repeats(); fewest < 0 || n < fewest {
			best, fewest = pl, n
		}
		if fewest == 0 {
			break
		}
	}
	if fewest > 0 {
		best.walk(walkSteps, fewest)
		best.improveMix()
	}
	return best.tables()
}

// placer seats one language bucket. People are numbered 0..n-1 within the
// bucket, tables 0..T-1.
type placer struct {
	rng   *rand.Rand
	round []int32   // local person -> index in the round's people
	adj   [][]int32 // local person -> local people they met
	group []uint8
	reg   []uint8
	nv    int // values per attribute, for the count arrays

	caps    []int8
	fill    []int8
	seats   []int32 // MaxTable per table
	tableOf []int32
	gcount  []uint8 // table*nv + group
	rcount  []uint8
	open    []int32 // tables with a free seat
	openAt  []int32 // position in open, or -1

	cnt     []int32 // conflicts of the person being placed, per table
	touched []int32
	mark    []uint32 // scratch stamps per table
	stamp   uint32
}

// newPlacer builds the bucket's view: its people, who among them met whom,
// and their attributes. localOf is a scratch slice over the round's people,
// all -1 on entry and on return.
func newPlacer(members []int32, k int, rc *roundContacts, groups, regions []uint8, localOf []int32, rng *rand.Rand) *placer {
	n := len(members)
	p := &placer{rng: rng, round: members, adj: make([][]int32, n), group: make([]uint8, n), reg: make([]uint8, n)}
	for j, m := range members {
		localOf[m] = int32(j)
	}
	// One backing array for everyone's list: ten thousand small slices
	// would cost a fifth of the round in allocation.
	// Both passes skip, through localOf, people absent or in other buckets.
	total := 0
	for _, m := range members {
		list, viaSet := rc.of(m)
		for _, o := range list {
			if viaSet {
				if o = rc.local[o]; o < 0 {
					continue
				}
			}
			if localOf[o] >= 0 {
				total++
			}
		}
	}
	backing := make([]int32, 0, total)
	for j, m := range members {
		start := len(backing)
		list, viaSet := rc.of(m)
		for _, o := range list {
			if viaSet {
				if o = rc.local[o]; o < 0 {
					continue
				}
			}
			if l := localOf[o]; l >= 0 {
				backing = append(backing, l)
			}
		}
		p.adj[j] = backing[start:len(backing):len(backing)]
		p.group[j], p.reg[j] = groups[m], regions[m]
		p.nv = max(p.nv, int(groups[m])+1, int(regions[m])+1)
	}
	for _, m := range members {
		localOf[m] = -1
	}
	sizes := TableSizes(n, k)
	t := len(sizes)
	p.caps = make([]int8, t)
	for i, s := range sizes {
		p.caps[i] = int8(s)
	}
	p.fill = make([]int8, t)
	p.seats = make([]int32, t*MaxTable)
	p.tableOf = make([]int32, n)
	for i := range p.tableOf {
		p.tableOf[i] = -1
	}
	p.gcount = make([]uint8, t*p.nv)
	p.rcount = make([]uint8, t*p.nv)
	p.open = make([]int32, t)
	p.openAt = make([]int32, t)
	for i := range p.open {
		p.open[i], p.openAt[i] = int32(i), int32(i)
	}
	p.cnt = make([]int32, t)
	p.mark = make([]uint32, t)
	return p
}

// seat places everyone. People who met the most others in the bucket go first, as the
// hardest to place; ties in random order.
func (p *placer) seat() {
	n := len(p.round)
	order := p.rng.Perm(n)
	slices.SortStableFunc(order, func(a, b int) int { return len(p.adj[b]) - len(p.adj[a]) })
	for _, x := range order {
		p.place(int32(x))
	}
	p.improve()
	p.improveMix()
}

// tables returns the tables as indices into the round's people.
func (p *placer) tables() [][]int32 {
	out := make([][]int32, len(p.caps))
	for t := range out {
		out[t] = make([]int32, p.fill[t])
		for s := range out[t] {
			out[t][s] = p.round[p.seats[t*MaxTable+s]]
		}
	}
	return out
}

// count fills cnt with x's acquaintances per table.
func (p *placer) count(x int32) {
	for _, q := range p.adj[x] {
		if t := p.tableOf[q]; t >= 0 {
			if p.cnt[t] == 0 {
				p.touched = append(p.touched, t)
			}
			p.cnt[t]++
		}
	}
}

func (p *placer) uncount() {
	for _, t := range p.touched {
		p.cnt[t] = 0
	}
	p.touched = p.touched[:0]
}

// score orders tables for x: fewest acquaintances, then fewest of x's
// stakeholder group and region, then fewest people.
func (p *placer) score(x, t int32) int {
	same := 0
	if g := p.group[x]; g != 0 {
		same += int(p.gcount[int(t)*p.nv+int(g)])
	}
	if r := p.reg[x]; r != 0 {
		same += int(p.rcount[int(t)*p.nv+int(r)])
	}
	return int(p.cnt[t])<<16 | same<<8 | int(p.fill[t])
}

// place seats x at the best open table; when every open table holds someone x
// met, it first tries a chain of moves that frees a seat at a table where x
// met nobody.
func (p *placer) place(x int32) {
	p.count(x)
	defer p.uncount()
	best, bestScore := int32(-1), 0
	consider := func(t int32) {
		if s := p.score(x, t); best < 0 || s < bestScore {
			best, bestScore = t, s
		}
	}
	if len(p.open) > sampleTables {
		for range sampleTables {
			consider(p.open[p.rng.IntN(len(p.open))])
		}
	}
	if best < 0 || p.cnt[best] > 0 {
		start := p.rng.IntN(len(p.open))
		for i := range p.open {
			consider(p.open[(start+i)%len(p.open)])
		}
	}
	if p.cnt[best] > 0 && p.augment(x) {
		return
	}
	p.add(x, best)
}

func (p *placer) add(x, t int32) {
	p.seats[int(t)*MaxTable+int(p.fill[t])] = x
	p.fill[t]++
	p.tableOf[x] = t
	p.gcount[int(t)*p.nv+int(p.group[x])]++
	p.rcount[int(t)*p.nv+int(p.reg[x])]++
	if p.fill[t] == p.caps[t] {
		i := p.openAt[t]
		last := p.open[len(p.open)-1]
		p.open[i], p.openAt[last] = last, i
		p.open = p.open[:len(p.open)-1]
		p.openAt[t] = -1
	}
}

func (p *placer) remove(x int32) {
	t := p.tableOf[x]
	base := int(t) * MaxTable
	for s := range int(p.fill[t]) {
		if p.seats[base+s] == x {
			p.seats[base+s] = p.seats[base+int(p.fill[t])-1]
			break
		}
	}
	if p.fill[t] == p.caps[t] {
		p.openAt[t] = int32(len(p.open))
		p.open = append(p.open, t)
	}
	p.fill[t]--
	p.tableOf[x] = -1
	p.gcount[int(t)*p.nv+int(p.group[x])]--
	p.rcount[int(t)*p.nv+int(p.reg[x])]--
}

func (p *placer) move(x, t int32) {
	p.remove(x)
	p.add(x, t)
}

func (p *placer) members(t int32) []int32 {
	return p.seats[int(t)*MaxTable : int(t)*MaxTable+int(p.fill[t])]
}

// markMet stamps the tables where x has acquaintances and returns the stamp.
func (p *placer) markMet(x int32) uint32 {
	p.stamp++
	for _, q := range p.adj[x] {
		if t := p.tableOf[q]; t >= 0 {
			p.mark[t] = p.stamp
		}
	}
	return p.stamp
}

// augment looks for a chain of moves that seats x with nobody they met: x
// takes the place of someone at a full table T0 where x met nobody, who moves
// to a table T1 where they met nobody, and so on, until someone moves to a
// table with a free seat. This is the move at the heart of the proofs of the
// Hajnal–Szemerédi theorem, which says such a seating exists while everyone
// has met fewer people than there are tables. The search goes breadth first,
// level by level, and looks for an open table before widening, so short chains
// are found cheaply; it gives up past a budget of work proportional to the
// bucket's size.
func (p *placer) augment(x int32) bool {
	t := int32(len(p.caps))
	prev := make([]int32, t)
	mover := make([]int32, t)
	var level, rest []int32
	for i := range t {
		if p.cnt[i] == 0 {
			prev[i] = -1
			level = append(level, i)
		} else {
			rest = append(rest, i)
		}
	}
	budget := 8*len(p.round) + 1000
	for len(level) > 0 && budget > 0 {
		for _, from := range level {
			for _, q := range p.members(from) {
				st := p.markMet(q)
				budget -= len(p.adj[q]) + len(p.open)
				for _, to := range p.open {
					if p.mark[to] != st {
						p.move(q, to)
						for cur := from; ; {
							if prev[cur] < 0 {
								p.add(x, cur)
								return true
							}
							p.move(mover[cur], cur)
							cur = prev[cur]
						}
					}
				}
			}
		}
		var next []int32
		for _, from := range level {
			for _, q := range p.members(from) {
				st := p.markMet(q)
				budget -= len(p.adj[q]) + len(rest)
				for i := 0; i < len(rest); {
					if to := rest[i]; p.mark[to] != st {
						prev[to], mover[to] = from, q
						next = append(next, to)
						rest[i] = rest[len(rest)-1]
						rest = rest[:len(rest)-1]
						continue
					}
					i++
				}
			}
			if budget <= 0 {
				break
			}
		}
		level = next
	}
	return false
}

// repeats counts the pairs seated together who had met.
func (p *placer) repeats() int {
	n := 0
	for x := range int32(len(p.round)) {
		n += p.metAt(x, p.tableOf[x], -1)
	}
	return n / 2
}

// metAt reports how many of x's acquaintances sit at table t, leaving out
// skip.
func (p *placer) metAt(x, t, skip int32) int {
	n := 0
	for _, q := range p.adj[x] {
		if q != skip && p.tableOf[q] == t {
			n++
		}
	}
	return n
}

// improve swaps pairs of people between tables while that lowers the number
// of pairs who had met, for people the placement could not keep apart. It
// stops after a few passes or a budget of work.
func (p *placer) improve() {
	p.swapPasses(func(x int32, budget *int) bool {
		from := p.tableOf[x]
		here := p.metAt(x, from, -1)
		*budget -= len(p.adj[x])
		if here == 0 {
			return false
		}
		st := p.markMet(x)
		tries := 0
		start := p.rng.IntN(len(p.caps))
		for i := range len(p.caps) {
			to := int32((start + i) % len(p.caps))
			if to == from || p.mark[to] == st && p.metAt(x, to, -1) >= here {
				continue
			}
			if tries++; tries > sampleTables {
				break
			}
			if p.swapWithOne(x, to, func(y int32) bool {
				*budget -= len(p.adj[x]) + 2*len(p.adj[y])
				return p.metAt(x, to, y)+p.metAt(y, from, x) < here+p.metAt(y, to, -1)
			}) {
				return true
			}
		}
		return false
	})
}

// swapPasses is the search improve and improveMix share: passes over
// everyone, each x offered to try (which swaps x with someone and says
// so, spending from the budget), until a pass swaps nobody, after four
// passes, or when the budget of work is spent.
func (p *placer) swapPasses(try func(x int32, budget *int) bool) {
	budget := 64*len(p.round) + 10000
	for pass := 0; pass < 4 && budget > 0; pass++ {
		better := false
		for x := range int32(len(p.round)) {
			if budget <= 0 {
				break
			}
			if try(x, &budget) {
				better = true
			}
		}
		if !better {
			return
		}
	}
}

// swapWithOne swaps x with the first person y at table to for whom ok(y)
// holds, and says whether it found one.
func (p *placer) swapWithOne(x, to int32, ok func(y int32) bool) bool {
	for _, y := range p.members(to) {
		if ok(y) {
			p.swap(x, y)
			return true
		}
	}
	return false
}

// swap seats x at y's table and y at x's.
func (p *placer) swap(x, y int32) {
	a, b := p.tableOf[x], p.tableOf[y]
	p.remove(x)
	p.remove(y)
	p.add(x, b)
	p.add(y, a)
}

// gain is how many distinct values tables a and b gain, together, when x
// at a and y at b swap, in the attribute whose values and counts are given.
// The empty value (0) counts for nothing.
func (p *placer) gain(counts []uint8, vx, vy uint8, a, b int32) int {
	if vx == vy {
		return 0
	}
	g := 0
	at := func(t int32, v uint8) uint8 { return counts[int(t)*p.nv+int(v)] }
	if vx != 0 {
		if at(a, vx) == 1 {
			g--
		}
		if at(b, vx) == 0 {
			g++
		}
	}
	if vy != 0 {
		if at(b, vy) == 1 {
			g--
		}
		if at(a, vy) == 0 {
			g++
		}
	}
	return g
}

// improveMix swaps pairs of people between tables while that adds distinct
// stakeholder groups and regions without seating anyone with more people they
// met. Greedy placement alone leaves some mix on the table: someone placed
// early may take the only seat a later person could have mixed into.
func (p *placer) improveMix() {
	p.swapPasses(func(x int32, budget *int) bool {
		from := p.tableOf[x]
		gx, rx := p.group[x], p.reg[x]
		if (gx == 0 || p.gcount[int(from)*p.nv+int(gx)] < 2) && (rx == 0 || p.rcount[int(from)*p.nv+int(rx)] < 2) {
			return false // x adds to the mix where they are
		}
		here := p.metAt(x, from, -1)
		for range min(sampleTables, len(p.caps)) {
			to := int32(p.rng.IntN(len(p.caps)))
			if to == from {
				continue
			}
			if p.swapWithOne(x, to, func(y int32) bool {
				*budget -= 4
				if p.gain(p.gcount, gx, p.group[y], from, to)+p.gain(p.rcount, rx, p.reg[y], from, to) <= 0 {
					return false
				}
				*budget -= 2 * (len(p.adj[x]) + len(p.adj[y]))
				return p.metAt(x, to, y)+p.metAt(y, from, x) <= here+p.metAt(y, to, -1)
			}) {
				return true
			}
		}
		return false
	})
}

// walk swaps random pairs of people between tables, keeping every swap that
// does not add a pair who met, for steps swaps tried or until the repeats
// (repeats on entry) are gone. Unlike improve, it takes sideways swaps,
// which lets it leave the plateaus where no single swap lowers the repeats;
// it serves buckets past their repeat-free rounds.
func (p *placer) walk(steps, repeats int) {
	n := len(p.round)
	if len(p.caps) < 2 {
		return
	}
	for ; steps > 0; steps-- {
		x, y := int32(p.rng.IntN(n)), int32(p.rng.IntN(n))
		a, b := p.tableOf[x], p.tableOf[y]
		if a == b {
			continue
		}
		before := p.metAt(x, a, -1) + p.metAt(y, b, -1)
		if after := p.metAt(x, b, y) + p.metAt(y, a, x); after <= before {
			if repeats -= before - after; repeats == 0 {
				steps = 0
			}
			p.swap(x, y)
		}
	}
}
