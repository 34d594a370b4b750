package matching

import (
	"slices"

	"github.com/igf-village/village/apperr"
)

// Table numbers that a Change uses for places other than a table.
const (
	WaitingList = 0  // the round's waiting list
	Away        = -1 // not at the break: From of an arrival, To of a leaver
)

// Change is one person's move during a round, for the caller to carry out
// (move them between table rooms, tell them live).
type Change struct {
	PersonID string `json:"person_id"`
	// From and To are table numbers, or WaitingList or Away.
	From int `json:"from"`
	To   int `json:"to"`
}

// Arrive seats a late arrival for the rest of the round: at a table in one of
// their languages with a free seat, first one with fewer than k people where
// they met nobody, then one with fewer than MaxTable where they met nobody,
// then the one with the fewest people they met; earlier languages first at
// each step. With no free seat they wait, and as soon as MinTable people wait
// for one language a table opens for them.
func (s *Seating) Arrive(p Person, met Contacts) ([]Change, error) {
	if p.ID == "" {
		return nil, apperr.New(apperr.ValidationFailed, "the ID is empty")
	}
	if slices.Contains(p.Languages, "") {
		return nil, apperr.New(apperr.ValidationFailed, "%q chose an empty language", p.ID)
	}
	if t, _ := s.find(p.ID); t != WaitingList || s.waiting(p.ID) >= 0 {
		return nil, apperr.New(apperr.Conflict, "%q is at this break already", p.ID)
	}
	if len(p.Languages) == 0 {
		s.Waiting = append(s.Waiting, Waiter{Person: p, Reason: NoLanguage})
		return []Change{{PersonID: p.ID, From: Away, To: WaitingList}}, nil
	}
	if i := s.freeSeat(p, acquainted(p.ID, met), -1); i >= 0 {
		s.Tables[i].People = append(s.Tables[i].People, p)
		return []Change{{PersonID: p.ID, From: Away, To: s.Tables[i].Number}}, nil
	}
	s.Waiting = append(s.Waiting, Waiter{Person: p, Reason: NoFreeSeat})
	changes := []Change{{PersonID: p.ID, From: Away, To: WaitingList}}
	return append(changes, s.openTables(p.Languages, met)...), nil
}

// Leave takes someone out of the round. Their seat goes to the first person
// waiting for the table's language (one who met nobody there if any). A table
// left with fewer than MinTable people, and nobody waiting to fill it, closes: each of them moves to a free
// seat in one of their languages as an arrival would, or waits, first in line,
// until MinTable wait for a language; the closed table stays in the list,
// empty, so table numbers do not change. Leaving twice changes nothing.
func (s *Seating) Leave(id string, met Contacts) []Change {
	if w := s.waiting(id); w >= 0 {
		s.Waiting = slices.Delete(s.Waiting, w, w+1)
		return []Change{{PersonID: id, From: WaitingList, To: Away}}
	}
	number, seat := s.find(id)
	if number == WaitingList {
		return nil
	}
	t := &s.Tables[number-1]
	t.People = slices.Delete(t.People, seat, seat+1)
	changes := []Change{{PersonID: id, From: number, To: Away}}
	// The seat goes to someone waiting. A table left too small takes as
	// many as it needs if enough wait, which saves it from closing; if too
	// few wait, seating them would only move them twice.
	if len(t.People) >= MinTable {
		return append(changes, s.fromWaiting(number-1, met)...)
	}
	need := MinTable - len(t.People)
	waiting := 0
	for _, w := range s.Waiting {
		if slices.Contains(w.Person.Languages, t.Language) {
			waiting++
		}
	}
	if waiting >= need {
		for range need {
			changes = append(changes, s.fromWaiting(number-1, met)...)
		}
		return changes
	}
	left := t.People
	t.People = nil
	var langs []string
	for _, p := range left {
		if i := s.freeSeat(p, acquainted(p.ID, met), number-1); i >= 0 {
			s.Tables[i].People = append(s.Tables[i].People, p)
			changes = append(changes, Change{PersonID: p.ID, From: number, To: s.Tables[i].Number})
			continue
		}
		s.Waiting = slices.Insert(s.Waiting, 0, Waiter{Person: p, Reason: NoFreeSeat})
		changes = append(changes, Change{PersonID: p.ID, From: number, To: WaitingList})
		langs = append(langs, p.Languages...)
	}
	return append(changes, s.openTables(langs, met)...)
}

// find returns the number of the table where id sits and the seat, or
// WaitingList.
func (s *Seating) find(id string) (number, seat int) {
	for i, t := range s.Tables {
		for j, p := range t.People {
			if p.ID == id {
				return i + 1, j
			}
		}
	}
	return WaitingList, -1
}

func (s *Seating) waiting(id string) int {
	return slices.IndexFunc(s.Waiting, func(w Waiter) bool { return w.Person.ID == id })
}

func acquainted(id string, met Contacts) map[string]bool {
	seen := map[string]bool{}
	if met != nil {
		for o := range met.Met(id) {
			seen[o] = true
		}
	}
	return seen
}

// freeSeat returns the index of the table p should join (see Arrive), or -1.
// skip is a table p may not join (the one closing).
func (s *Seating) freeSeat(p Person, met map[string]bool, skip int) int {
	type tier struct {
		below   int
		noneMet bool
	}
	for _, tr := range []tier{{s.TableSize, true}, {MaxTable, true}, {MaxTable, false}} {
		for _, lang := range p.Languages {
			best, bestScore := -1, 0
			for i, t := range s.Tables {
				if i == skip || t.Language != lang || len(t.People) == 0 || len(t.People) >= tr.below {
					continue
				}
				known, same := 0, 0
				for _, q := range t.People {
					if met[q.ID] {
						known++
					}
					if p.StakeholderGroup != "" && q.StakeholderGroup == p.StakeholderGroup {
						same++
					}
					if p.Region != "" && q.Region == p.Region {
						same++
					}
				}
				if tr.noneMet && known > 0 {
					continue
				}
				if sc := known<<16 | same<<8 | len(t.People); best < 0 || sc < bestScore {
					best, bestScore = i, sc
				}
			}
			if best >= 0 {
				return best
			}
		}
	}
	return -1
}

// fromWaiting gives a free seat at table i to someone waiting for its
// language.
func (s *Seating) fromWaiting(i int, met Contacts) []Change {
	t := &s.Tables[i]
	pick := -1
	for w, waiter := range s.Waiting {
		if !slices.Contains(waiter.Person.Languages, t.Language) {
			continue
		}
		if pick < 0 {
			pick = w
		}
		known := acquainted(waiter.Person.ID, met)
		if !slices.ContainsFunc(t.People, func(q Person) bool { return known[q.ID] }) {
			pick = w
			break
		}
	}
	if pick < 0 {
		return nil
	}
	p := s.Waiting[pick].Person
	s.Waiting = slices.Delete(s.Waiting, pick, pick+1)
	t.People = append(t.People, p)
	return []Change{{PersonID: p.ID, From: WaitingList, To: t.Number}}
}

// openTables opens tables for the first of langs that MinTable or more
// people wait for, seating all who wait for it as a round would (apart from
// those they met, mixed), and repeats while some language has enough.
func (s *Seating) openTables(langs []string, met Contacts) []Change {
	var changes []Change
	for _, lang := range langs {
		var ids []string
		var group []Person
		for _, w := range s.Waiting {
			if slices.Contains(w.Person.Languages, lang) {
				p := w.Person
				ids = append(ids, p.ID)
				p.Languages = []string{lang}
				group = append(group, p)
			}
		}
		if len(group) < MinTable {
			continue
		}
		seated, err := Seat(group, met, Options{TableSize: s.TableSize, Seed: uint64(len(s.Tables))})
		if err != nil {
			continue // cannot happen: the table size and the IDs were checked
		}
		byID := map[string]Person{}
		s.Waiting = slices.DeleteFunc(s.Waiting, func(w Waiter) bool {
			if slices.Contains(ids, w.Person.ID) {
				byID[w.Person.ID] = w.Person
				return true
			}
			return false
		})
		for _, t := range seated.Tables {
			t.Number = len(s.Tables) + 1
			for j, p := range t.People {
				t.People[j] = byID[p.ID]
				changes = append(changes, Change{PersonID: p.ID, From: WaitingList, To: t.Number})
			}
			s.Tables = append(s.Tables, t)
		}
	}
	return changes
}
