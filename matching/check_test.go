package matching

import (
	"slices"
	"testing"
)

// checkSeating fails t unless s keeps the rules every seating must keep,
// whoever made it (Seat, Arrive, Leave): everyone present once, at a table of
// MinTable to MaxTable in a language they chose, or waiting for a reason
// that holds; fewer than MinTable waiting for any language; nobody waiting
// who could take a free seat in one of their languages.
func checkSeating(t *testing.T, present []Person, s *Seating) {
	t.Helper()
	seen := map[string]bool{}
	tableIn := map[string]int{} // tables per language
	freeIn := map[string]bool{} // a table with a free seat per language
	for i, table := range s.Tables {
		if table.Number != i+1 {
			t.Errorf("table %d is numbered %d", i+1, table.Number)
		}
		if len(table.People) == 0 {
			continue
		}
		if n := len(table.People); n < MinTable || n > MaxTable {
			t.Errorf("table %d has %d people", table.Number, n)
		}
		tableIn[table.Language]++
		if len(table.People) < MaxTable {
			freeIn[table.Language] = true
		}
		for _, p := range table.People {
			if seen[p.ID] {
				t.Errorf("%s is seated twice", p.ID)
			}
			seen[p.ID] = true
			if !slices.Contains(p.Languages, table.Language) {
				t.Errorf("%s sits at a %s table but chose %v", p.ID, table.Language, p.Languages)
			}
		}
	}
	waitingFor := map[string]int{}
	for _, w := range s.Waiting {
		p := w.Person
		if seen[p.ID] {
			t.Errorf("%s is seated and waiting", p.ID)
		}
		seen[p.ID] = true
		if (len(p.Languages) == 0) != (w.Reason == NoLanguage) {
			t.Errorf("%s waits with reason %s but chose %v", p.ID, w.Reason, p.Languages)
		}
		for _, l := range p.Languages {
			waitingFor[l]++
			if w.Reason == TooFewSpeakers && tableIn[l] > 0 {
				t.Errorf("%s waits for too few speakers but %s has tables", p.ID, l)
			}
			if freeIn[l] {
				t.Errorf("%s waits (%s) but a %s table has a free seat", p.ID, w.Reason, l)
			}
		}
	}
	for l, n := range waitingFor {
		if n >= MinTable {
			t.Errorf("%d wait for %s: a table should have opened", n, l)
		}
	}
	if len(seen) != len(present) {
		t.Errorf("%d people in the seating, %d present", len(seen), len(present))
	}
	for _, p := range present {
		if !seen[p.ID] {
			t.Errorf("%s is present but neither seated nor waiting", p.ID)
		}
	}
}

// sizesByLanguage returns the table sizes of each language, larger first.
func sizesByLanguage(s *Seating) map[string][]int {
	out := map[string][]int{}
	for _, t := range s.Tables {
		if len(t.People) > 0 {
			out[t.Language] = append(out[t.Language], len(t.People))
		}
	}
	for _, sizes := range out {
		slices.Sort(sizes)
		slices.Reverse(sizes)
	}
	return out
}

// speakers builds n people who chose the languages, with IDs prefix1...
func speakers(prefix string, n int, langs ...string) []Person {
	out := make([]Person, n)
	for i := range out {
		out[i] = Person{ID: prefix + string(rune('a'+i/26)) + string(rune('a'+i%26)), Languages: langs}
	}
	return out
}
