package agenda

import (
	"context"
	"sort"
	"time"
)

// Interval is a stretch of one person's time taken by one entry of their
// agenda: a booking at a booth, a session, a coffee break, a meeting.
// What names the kind of entry, for a person who asks why a time is not
// free ("booking", "session", "break", "meeting").
type Interval struct {
	Start time.Time `json:"starts_at"`
	End   time.Time `json:"ends_at"`
	What  string    `json:"what"`
}

// Overlaps reports whether i and [start, end) share any instant.
func (i Interval) Overlaps(start, end time.Time) bool {
	return i.Start.Before(end) && start.Before(i.End)
}

// Busy is where a person's commitments are kept: each package that keeps
// entries of an agenda answers for its own, and a person's whole agenda
// is the union of them all (see BusyAll).
type Busy interface {
	// Busy lists personID's commitments that overlap [from, to), in any
	// order.
	Busy(ctx context.Context, personID string, from, to time.Time) ([]Interval, error)
}

// BusyAll is the union of several sources of commitments.
type BusyAll []Busy

// Busy lists personID's commitments from every source, by start.
func (all BusyAll) Busy(ctx context.Context, personID string, from, to time.Time) ([]Interval, error) {
	var out []Interval
	for _, b := range all {
		list, err := b.Busy(ctx, personID, from, to)
		if err != nil {
			return nil, err
		}
		out = append(out, list...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out, nil
}

// FirstOverlap is the first of list that overlaps [start, end), or nil.
func FirstOverlap(list []Interval, start, end time.Time) *Interval {
	for i := range list {
		if list[i].Overlaps(start, end) {
			return &list[i]
		}
	}
	return nil
}
