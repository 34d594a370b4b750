package contacts

import (
	"context"
	"errors"
	"slices"
	"time"
)

// Service records contacts and answers for them.
type Service struct {
	store Store
}

// New returns the contacts kept in st.
func New(st Store) *Service { return &Service{store: st} }

// ErrUnknownKind is a programming error: Record was given a kind that is
// not one of Kinds.
var ErrUnknownKind = errors.New("contacts: unknown kind")

// Record notes that people met at place on occasion, at: one contact for
// every pair of them (a table of four is six). Duplicate IDs in people
// count once; fewer than two people record nothing. Recording the same
// occasion again changes nothing.
func (s *Service) Record(ctx context.Context, kind, place, occasion string, people []string, at time.Time) error {
	return s.RecordAll(ctx, []Meeting{{Kind: kind, Place: place, Occasion: occasion, People: people, At: at}})
}

// Meeting is one occasion that brought people together, for RecordAll.
type Meeting struct {
	Kind, Place, Occasion string
	People                []string
	At                    time.Time
}

// RecordAll records every meeting as Record does, in one write: a round of
// a coffee break for 6,000 is 1,500 tables, and a write each would keep
// its people waiting for their tables behind 1,500 disk syncs.
func (s *Service) RecordAll(ctx context.Context, ms []Meeting) error {
	var cs []Contact
	for _, m := range ms {
		if !slices.Contains(Kinds, m.Kind) {
			return ErrUnknownKind
		}
		people := slices.Clone(m.People)
		slices.Sort(people)
		people = slices.Compact(people)
		for i, a := range people {
			for _, b := range people[i+1:] {
				cs = append(cs, Contact{
					ID: ContactID(a, b, m.Kind, m.Occasion), A: a, B: b,
					Kind: m.Kind, Place: m.Place, Occasion: m.Occasion, At: m.At.UTC(),
				})
			}
		}
	}
	if len(cs) == 0 {
		return nil
	}
	return s.store.AddContacts(ctx, cs)
}

// Met is one person someone met, with every occasion, newest first.
type Met struct {
	PersonID string    `json:"person_id"`
	First    time.Time `json:"first"`
	Last     time.Time `json:"last"`
	Times    int       `json:"times"`
	// Where lists the occasions, newest first.
	Where []Occasion `json:"where"`
}

// Occasion is one meeting of two people, as either of them sees it.
type Occasion struct {
	Kind  string    `json:"kind"`
	Place string    `json:"place"`
	At    time.Time `json:"at"`
}

// People lists the people personID met, the most recently met first.
func (s *Service) People(ctx context.Context, personID string) ([]Met, error) {
	cs, err := s.store.PersonContacts(ctx, personID)
	if err != nil {
		return nil, err
	}
	byPerson := map[string]int{}
	out := []Met{}
	for _, c := range cs { // newest first
		other := c.Other(personID)
		i, seen := byPerson[other]
		if !seen {
			i = len(out)
			byPerson[other] = i
			out = append(out, Met{PersonID: other, Last: c.At, First: c.At})
		}
		m := &out[i]
		m.Times++
		m.First = c.At
		m.Where = append(m.Where, Occasion{Kind: c.Kind, Place: c.Place, At: c.At})
	}
	return out, nil
}

// Pairs is a set of pairs of people who met.
type Pairs map[[2]string]struct{}

// Has reports whether a and b met.
func (p Pairs) Has(a, b string) bool {
	a, b = pair(a, b)
	_, ok := p[[2]string{a, b}]
	return ok
}

func (p Pairs) add(a, b string) {
	a, b = pair(a, b)
	p[[2]string{a, b}] = struct{}{}
}

// MetAmong returns the pairs of people, both in among, who met on any
// occasion: what the seating of a break keeps apart.
func (s *Service) MetAmong(ctx context.Context, among []string) (Pairs, error) {
	in := make(map[string]bool, len(among))
	for _, id := range among {
		in[id] = true
	}
	out := Pairs{}
	err := s.store.EachContact(ctx, func(c Contact) error {
		if in[c.A] && in[c.B] {
			out.add(c.A, c.B)
		}
		return nil
	})
	return out, err
}
