package contacts

import (
	"context"
	"slices"
	"strings"
	"time"
)

// Figures count the village's contacts for the secretariat. A new contact
// is a pair of people who met for the first time; it counts on the day
// (UTC) and for the kind of place of that first meeting, however often
// they met again.
type Figures struct {
	// Contacts is every occasion recorded; Pairs the distinct pairs of
	// people among them, which is the number of new contacts made.
	Contacts int `json:"contacts"`
	Pairs    int `json:"pairs"`
	// People is how many people met someone.
	People int `json:"people"`
	// ByKind is the new contacts by kind of place of the first meeting,
	// with every kind present (0 when none).
	ByKind map[string]int `json:"by_kind"`
	// Days are the new contacts by UTC day of the first meeting, oldest
	// first, only days with some.
	Days []Day `json:"days"`
}

// Day is one day's new contacts.
type Day struct {
	Date   string         `json:"date"` // YYYY-MM-DD, UTC
	Pairs  int            `json:"pairs"`
	ByKind map[string]int `json:"by_kind"`
}

// Figures counts every contact recorded.
func (s *Service) Figures(ctx context.Context) (*Figures, error) {
	first := map[[2]string]Contact{}
	total := 0
	err := s.store.EachContact(ctx, func(c Contact) error {
		total++
		k := [2]string{c.A, c.B}
		if f, ok := first[k]; !ok || c.At.Before(f.At) || (c.At.Equal(f.At) && c.ID < f.ID) {
			first[k] = c
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	f := &Figures{Contacts: total, Pairs: len(first), ByKind: zeroKinds(), Days: []Day{}}
	people := map[string]bool{}
	days := map[string]*Day{}
	for k, c := range first {
		people[k[0]], people[k[1]] = true, true
		f.ByKind[c.Kind]++
		date := c.At.UTC().Format(time.DateOnly)
		d := days[date]
		if d == nil {
			d = &Day{Date: date, ByKind: zeroKinds()}
			days[date] = d
		}
		d.Pairs++
		d.ByKind[c.Kind]++
	}
	f.People = len(people)
	for _, d := range days {
		f.Days = append(f.Days, *d)
	}
	slices.SortFunc(f.Days, func(a, b Day) int { return strings.Compare(a.Date, b.Date) })
	return f, nil
}

func zeroKinds() map[string]int {
	m := make(map[string]int, len(Kinds))
	for _, k := range Kinds {
		m[k] = 0
	}
	return m
}
