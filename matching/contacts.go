package matching

import "iter"

// Contacts is the record of who has met whom (earlier rounds, earlier
// breaks, knocks, slots, meetings), as Seat reads it: for one person, everyone
// they met. Seat asks once per person present, so the record must answer from
// memory: a store-backed record loads the contacts of the people signed up
// for a break before the first round (one query) and adds each round's tables
// as they are seated. A name may come more than once; people not present are
// ignored.
type Contacts interface {
	Met(id string) iter.Seq[string]
}

// MetSet is Contacts in memory: people are numbered as they first appear and
// each keeps the numbers of those they met, so a pair costs 8 bytes (both
// directions). Ten thousand people who each met 30 others take about 1.5 MB.
// It is not safe for concurrent use: one goroutine seats a round.
type MetSet struct {
	index map[string]int32
	ids   []string
	adj   [][]int32
	pairs int
}

var _ Contacts = (*MetSet)(nil)

// NewMetSet returns an empty record.
func NewMetSet() *MetSet {
	return &MetSet{index: make(map[string]int32)}
}

func (m *MetSet) number(id string) int32 {
	if i, ok := m.index[id]; ok {
		return i
	}
	i := int32(len(m.ids))
	m.index[id] = i
	m.ids = append(m.ids, id)
	m.adj = append(m.adj, nil)
	return i
}

// Add records that a and b met and reports whether that is news. A person
// does not meet themselves.
func (m *MetSet) Add(a, b string) bool {
	if a == b {
		return false
	}
	i, j := m.number(a), m.number(b)
	for _, x := range m.adj[i] {
		if x == j {
			return false
		}
	}
	m.adj[i] = append(m.adj[i], j)
	m.adj[j] = append(m.adj[j], i)
	m.pairs++
	return true
}

// AddTables records every pair seated together at the tables and returns how
// many pairs were new.
func (m *MetSet) AddTables(tables []Table) int {
	added := 0
	for _, t := range tables {
		for _, pair := range t.Pairs() {
			if m.Add(pair[0], pair[1]) {
				added++
			}
		}
	}
	return added
}

// Pairs lists the pairs of people at the table, each as two IDs in
// ascending order, so that a store can key a contact by the pair (and the
// place) and record it once however often it is inserted.
func (t Table) Pairs() [][2]string {
	pairs := make([][2]string, 0, len(t.People)*(len(t.People)-1)/2)
	for x := range t.People {
		for y := x + 1; y < len(t.People); y++ {
			a, b := t.People[x].ID, t.People[y].ID
			if b < a {
				a, b = b, a
			}
			pairs = append(pairs, [2]string{a, b})
		}
	}
	return pairs
}

// Has reports whether a and b met.
func (m *MetSet) Has(a, b string) bool {
	i, ok := m.index[a]
	if !ok {
		return false
	}
	j, ok := m.index[b]
	if !ok {
		return false
	}
	for _, x := range m.adj[i] {
		if x == j {
			return true
		}
	}
	return false
}

// Met yields everyone id met.
func (m *MetSet) Met(id string) iter.Seq[string] {
	return func(yield func(string) bool) {
		i, ok := m.index[id]
		if !ok {
			return
		}
		for _, j := range m.adj[i] {
			if !yield(m.ids[j]) {
				return
			}
		}
	}
}

// Pairs is the number of distinct pairs recorded.
func (m *MetSet) Pairs() int { return m.pairs }
