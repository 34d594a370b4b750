package matching

import (
	"math/rand/v2"
	"testing"
)

// newTestPlacer builds a placer over n people with no attributes, where
// pairs met.
func newTestPlacer(n, k int, pairs ...[2]int32) *placer {
	members := make([]int32, n)
	adj := make([][]int32, n)
	for i := range members {
		members[i] = int32(i)
	}
	for _, pr := range pairs {
		adj[pr[0]] = append(adj[pr[0]], pr[1])
		adj[pr[1]] = append(adj[pr[1]], pr[0])
	}
	localOf := make([]int32, n)
	for i := range localOf {
		localOf[i] = -1
	}
	attrs := make([]uint8, n)
	return newPlacer(members, k, &roundContacts{adj: adj}, attrs, attrs, localOf, rand.New(rand.NewPCG(1, 2)))
}

func TestAugmentFreesASeatThroughAChain(t *testing.T) {
	// Nine people, three tables of three. 0,1,2 sit at table 0 and 3,4,5
	// at table 1; 6 and 7 at table 2, which has the last seat. 8 met 6, so
	// the free seat will not do, but 8 met nobody at table 0, and 0 met
	// nobody at table 2: 0 moves there and 8 takes 0's seat.
	p := newTestPlacer(9, 3, [2]int32{8, 6}, [2]int32{1, 6}, [2]int32{2, 7})
	for x, table := range []int32{0, 0, 0, 1, 1, 1, 2, 2} {
		p.add(int32(x), table)
	}
	p.count(8)
	ok := p.augment(8)
	p.uncount()
	if !ok {
		t.Fatal("no chain found")
	}
	if p.tableOf[8] != 0 || p.tableOf[0] != 2 {
		t.Errorf("8 at %d, 0 at %d", p.tableOf[8], p.tableOf[0])
	}
	if n := p.repeats(); n != 0 {
		t.Errorf("%d pairs who met sit together", n)
	}
	if len(p.open) != 0 {
		t.Errorf("open tables %v", p.open)
	}
}

func TestAugmentGivesUpWhenNoChainExists(t *testing.T) {
	// 3 met everyone at both tables: no move helps.
	p := newTestPlacer(6, 3, [2]int32{5, 0}, [2]int32{5, 3})
	for x, table := range []int32{0, 0, 0, 1, 1} {
		p.add(int32(x), table)
	}
	p.count(5)
	defer p.uncount()
	if p.augment(5) {
		t.Error("a chain was found where none exists")
	}
}

func TestImproveSwapsApartPeopleWhoMet(t *testing.T) {
	// 0 and 1 met and sit together; a swap of 1 with anyone at table 1
	// parts them.
	p := newTestPlacer(8, 4, [2]int32{0, 1})
	for x, table := range []int32{0, 0, 0, 0, 1, 1, 1, 1} {
		p.add(int32(x), table)
	}
	p.improve()
	if n := p.repeats(); n != 0 {
		t.Errorf("%d pairs who met sit together", n)
	}
}

func TestImproveMixAddsGroups(t *testing.T) {
	// Two groups, two tables of two... of four: each table should end up
	// holding both groups.
	p := newTestPlacer(8, 4)
	for x := range 8 {
		p.group[x] = uint8(1 + x/4)
	}
	p.nv = 3
	p.gcount = make([]uint8, 2*p.nv)
	p.rcount = make([]uint8, 2*p.nv)
	for x, table := range []int32{0, 0, 0, 0, 1, 1, 1, 1} {
		p.add(int32(x), table)
	}
	p.improveMix()
	for table := range 2 {
		if p.gcount[table*p.nv+1] == 0 || p.gcount[table*p.nv+2] == 0 {
			t.Errorf("table %d holds one group", table)
		}
	}
}

func TestWalkPartsPeopleWhoMet(t *testing.T) {
	// Sixteen people back at their first-round tables of four: 24 pairs
	// who met. A repeat-free seating exists (one from each old table at
	// each new one); random swaps that never add a repeat find it.
	var pairs [][2]int32
	for table := range int32(4) {
		for a := table * 4; a < table*4+4; a++ {
			for b := a + 1; b < table*4+4; b++ {
				pairs = append(pairs, [2]int32{a, b})
			}
		}
	}
	p := newTestPlacer(16, 4, pairs...)
	for x := range int32(16) {
		p.add(x, x/4)
	}
	if n := p.repeats(); n != 24 {
		t.Fatalf("%d repeats to begin with", n)
	}
	p.walk(walkSteps, 24)
	if n := p.repeats(); n != 0 {
		t.Errorf("%d repeats after the walk", n)
	}
}
