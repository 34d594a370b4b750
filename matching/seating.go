package matching

import (
	"hash/fnv"
	"math/rand/v2"
	"slices"

	"github.com/igf-village/village/apperr"
)

// Person is someone present at a break, as the seating sees them.
type Person struct {
	ID string `json:"id"`
	// Languages are the BCP 47 tags the person chose for this break, most
	// preferred first, in canonical form (accounts stores them so): tags are
	// compared as strings.
	Languages        []string `json:"languages"`
	StakeholderGroup string   `json:"stakeholder_group"` // one of accounts.StakeholderGroups, or empty
	Region           string   `json:"region"`            // one of accounts.Regions, or empty
}

// Options of one round.
type Options struct {
	// TableSize is the size tables aim at, MinTable to MaxTable; zero means
	// DefaultTableSize.
	TableSize int
	// Seed makes the round reproducible: the same people, record and seed
	// give the same tables, so the node that claimed the round can seat it
	// again after a crash and tests can replay a failure.
	Seed uint64
}

// Table is one table of a round. Number counts from 1 within the round and
// never changes, so a room can be named for it; a table that everyone left
// stays in the list, empty.
type Table struct {
	Number   int      `json:"number"`
	Language string   `json:"language"`
	People   []Person `json:"people"`
}

// Reason says why someone waits instead of sitting at a table.
type Reason string

const (
	// TooFewSpeakers: fewer than MinTable people present share any of the
	// person's languages.
	TooFewSpeakers Reason = "too_few_speakers"
	// NoLanguage: the person chose no language.
	NoLanguage Reason = "no_language"
	// NoFreeSeat: a late arrival or someone whose table closed found no seat
	// in their languages; a table opens as soon as MinTable people wait for
	// one language.
	NoFreeSeat Reason = "no_free_seat"
)

// Waiter is someone waiting, in the order they began to wait.
type Waiter struct {
	Person Person `json:"person"`
	Reason Reason `json:"reason"`
}

// Seating is one round: its tables and who waits. Arrive and Leave change it
// as people come and go during the round.
type Seating struct {
	TableSize int      `json:"table_size"`
	Tables    []Table  `json:"tables"`
	Waiting   []Waiter `json:"waiting"`
}

// Seat seats one round of a break. Each language bucket is seated on its own:
// see docs/matching.md for how people are put in buckets and at tables. met
// may be nil when nobody has met anyone yet.
func Seat(people []Person, met Contacts, opt Options) (*Seating, error) {
	k, err := tableSize(opt.TableSize)
	if err != nil {
		return nil, err
	}
	index := make(map[string]int32, len(people))
	for i, p := range people {
		if p.ID == "" {
			return nil, apperr.New(apperr.ValidationFailed, "people[%d]: the ID is empty", i)
		}
		if _, dup := index[p.ID]; dup {
			return nil, apperr.New(apperr.ValidationFailed, "people[%d]: %q is present twice", i, p.ID)
		}
		if slices.Contains(p.Languages, "") {
			return nil, apperr.New(apperr.ValidationFailed, "people[%d]: %q chose an empty language", i, p.ID)
		}
		index[p.ID] = int32(i)
	}
	s := &Seating{TableSize: k}
	a := assignLanguages(people)
	for _, i := range a.waiting {
		r := TooFewSpeakers
		if len(people[i].Languages) == 0 {
			r = NoLanguage
		}
		s.Waiting = append(s.Waiting, Waiter{Person: people[i], Reason: r})
	}
	rc := readContacts(people, index, met)
	groups, regions := intern(people, func(p Person) string { return p.StakeholderGroup }),
		intern(people, func(p Person) string { return p.Region })
	localOf := make([]int32, len(people))
	for i := range localOf {
		localOf[i] = -1
	}
	for _, b := range a.buckets {
		rng := rand.New(rand.NewPCG(opt.Seed, languageSeed(b.language)))
		for _, members := range seatBucket(b.members, k, rc, groups, regions, localOf, rng) {
			t := Table{Number: len(s.Tables) + 1, Language: b.language, People: make([]Person, len(members))}
			for j, m := range members {
				t.People[j] = people[m]
			}
			s.Tables = append(s.Tables, t)
		}
	}
	return s, nil
}

// languageSeed gives each bucket its own random stream, so that a bucket's
// tables do not depend on the other buckets.
func languageSeed(tag string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(tag))
	return h.Sum64()
}

// roundContacts is the record as one round reads it: for each person
// present, the people present they met. A MetSet is read in place, through
// its numbers (a translation table per round, no string lookup and no copy
// per pair: with a large record the copy was a third of the round); any
// other record is copied into lists of indices into people.
type roundContacts struct {
	adj    [][]int32 // by index into people, when set is nil
	set    *MetSet
	number []int32 // index into people -> number in set, or -1
	local  []int32 // number in set -> index into people, or -1
}

func readContacts(people []Person, index map[string]int32, met Contacts) *roundContacts {
	if m, ok := met.(*MetSet); ok {
		rc := &roundContacts{set: m, number: make([]int32, len(people)), local: make([]int32, len(m.ids))}
		for i := range rc.local {
			rc.local[i] = -1
		}
		for i, p := range people {
			rc.number[i] = -1
			if j, ok := m.index[p.ID]; ok {
				rc.local[j], rc.number[i] = int32(i), j
			}
		}
		return rc
	}
	return &roundContacts{adj: acquaintances(people, index, met)}
}

// of returns the acquaintances of people[i], as numbers in the set (viaSet:
// translate them with local, where -1 is someone absent) or as indices into
// people.
func (rc *roundContacts) of(i int32) (list []int32, viaSet bool) {
	if rc.set == nil {
		return rc.adj[i], false
	}
	if j := rc.number[i]; j >= 0 {
		return rc.set.adj[j], true
	}
	return nil, true
}

// acquaintances copies any record into lists of indices into people, keeping
// only people present, and makes it symmetric: a record may know a pair from
// one side only.
func acquaintances(people []Person, index map[string]int32, met Contacts) [][]int32 {
	adj := make([][]int32, len(people))
	if met == nil {
		return adj
	}
	for i, p := range people {
		for other := range met.Met(p.ID) {
			if j, ok := index[other]; ok && j != int32(i) && !slices.Contains(adj[i], j) {
				adj[i] = append(adj[i], j)
				adj[j] = append(adj[j], int32(i))
			}
		}
	}
	return adj
}

// intern numbers the values of one attribute from 1; 0 is the empty value,
// which mixes with nothing.
func intern(people []Person, attr func(Person) string) []uint8 {
	values := map[string]uint8{}
	out := make([]uint8, len(people))
	for i, p := range people {
		v := attr(p)
		if v == "" {
			continue
		}
		n, ok := values[v]
		if !ok && len(values) < 255 {
			n = uint8(len(values) + 1)
			values[v] = n
		}
		out[i] = n
	}
	return out
}
