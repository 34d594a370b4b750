package agenda

import (
	"slices"
	"time"
)

// Suggesting times for two people to meet ("Suggest times"). The answer is
// a short list a person picks from, so it is spread out rather than
// exhaustive:
//
//   - every time starts on the quarter hour (SuggestGrid): in every zone
//     a person lives in, UTC quarter hours are local quarter hours (all
//     offsets in use, Asia/Kolkata's +05:30 and Asia/Kathmandu's +05:45
//     among them, are multiples of 15 minutes), so "10:00 for you in
//     Kolkata, 10:15 for Priya in Kathmandu" reads as times one would
//     propose by hand;
//   - within a free stretch the earliest whole or half hour is chosen when
//     the meeting fits there, the earliest quarter hour otherwise: people
//     take "14:00" more readily than "13:45";
//   - the first time starts SuggestLead after now at least, so that the
//     other person can read the request before it starts;
//   - at most SuggestPerDay times on one day of the asker (A), and
//     SuggestSpacing at least between two starts: ten 15-minute steps of
//     one free morning are one choice, not ten, while a morning and an
//     afternoon are two. A day is the asker's local date, since the list
//     is shown to them;
//   - earliest first: the next free times are the ones a person wants,
//     and a later day still comes when the first ones are taken.

// Bounds of suggested times.
const (
	SuggestGrid      = 15 * time.Minute
	SuggestLead      = 15 * time.Minute
	SuggestPerDay    = 2
	SuggestSpacing   = 3 * time.Hour
	suggestPreferred = 30 * time.Minute
)

// Party is one of two people a time is sought for: their working hours in
// their own zone.
type Party struct {
	Hours WorkingHours
	Loc   *time.Location
}

func (p Party) loc() *time.Location {
	if p.Loc == nil {
		return time.UTC
	}
	return p.Loc
}

// Contains reports whether [start, end) lies inside one working day of p.
func (p Party) Contains(start, end time.Time) bool {
	return p.Hours.Contains(p.loc(), start, end)
}

// InBothHours reports whether [start, end) lies inside the working hours
// of both a and b, each in their own zone: what a meeting between them
// must do unless both accept a time outside.
func InBothHours(a, b Party, start, end time.Time) bool {
	return a.Contains(start, end) && b.Contains(start, end)
}

// SuggestQuery is what Suggest needs: the two people (A is the one who
// asks), the union of both people's commitments (any order, overlapping
// or not), the event's days, now, the meeting's length and how many times
// are wanted.
type SuggestQuery struct {
	A, B   Party
	Busy   []Interval
	Event  EventDays
	Now    time.Time
	Length time.Duration
	Count  int
}

// Suggest lists up to q.Count times of q.Length, earliest first, that lie
// inside both people's working hours in their own zones, within one
// stretch of the event's days, at least SuggestLead after now and within
// MaxAhead, and overlap none of q.Busy; spread out as the package says
// (SuggestPerDay, SuggestSpacing). Two people whose hours never meet on
// an event day get an empty list. Each interval's What is "free".
func Suggest(q SuggestQuery) []Interval {
	if q.Count <= 0 || q.Length <= 0 || q.Event.Empty() {
		return nil
	}
	from := ceil(q.Now.Add(SuggestLead), SuggestGrid)
	to := q.Now.Add(MaxAhead)
	if end := q.Event.End(); end.Before(to) {
		to = end
	}
	if !from.Before(to) {
		return nil
	}
	open := intersect(clip(q.Event.Stretches(), from, to), intersect(q.A.days(from, to), q.B.days(from, to)))
	gaps := subtract(open, mergeBusy(q.Busy))

	aLoc := q.A.loc()
	var out []Interval
	perDay := 0
	var lastDay time.Time
	var next time.Time // no start before it: SuggestSpacing after the last
	for _, g := range gaps {
		s := ceil(later(g.Start, next), SuggestGrid)
		for len(out) < q.Count && !s.Add(q.Length).After(g.End) {
			day := localDate(s, aLoc)
			if day.Equal(lastDay) && perDay >= SuggestPerDay {
				// The asker's day is full: on to the next.
				y, m, d := day.Date()
				s = ceil(time.Date(y, m, d+1, 0, 0, 0, 0, aLoc), SuggestGrid)
				continue
			}
			pick := s
			if h := ceil(s, suggestPreferred); !h.Add(q.Length).After(g.End) && localDate(h, aLoc).Equal(day) {
				pick = h
			}
			if !day.Equal(lastDay) {
				lastDay, perDay = day, 0
			}
			perDay++
			out = append(out, Interval{Start: pick.UTC(), End: pick.Add(q.Length).UTC(), What: "free"})
			next = pick.Add(SuggestSpacing)
			s = ceil(next, SuggestGrid)
		}
		if len(out) == q.Count {
			break
		}
	}
	return out
}

// days are p's working days that meet [from, to), as intervals in order.
func (p Party) days(from, to time.Time) []Interval {
	loc := p.loc()
	// From the local date before from's: a working day may open on
	// the previous local date and still be running at from.
	d := localDate(from, loc).AddDate(0, 0, -1)
	var out []Interval
	for ; d.Before(to); d = d.AddDate(0, 0, 1) {
		open, closed := p.Hours.On(d)
		if closed.After(from) && open.Before(to) && open.Before(closed) {
			out = append(out, Interval{Start: open, End: closed})
		}
	}
	return out
}

// localDate is the midnight that begins t's date in loc (or the first
// instant of that date, where the clocks skip midnight).
func localDate(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// ceil rounds t up to a multiple of d (a divisor of a day): to d's grid
// in UTC.
func ceil(t time.Time, d time.Duration) time.Time {
	r := t.Truncate(d)
	if r.Before(t) {
		r = r.Add(d)
	}
	return r
}

func later(a, b time.Time) time.Time {
	if a.Before(b) {
		return b
	}
	return a
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// clip cuts each of list (in order, apart) to [from, to).
func clip(list []Interval, from, to time.Time) []Interval {
	return intersect(list, []Interval{{Start: from, End: to}})
}

// intersect is the instants in both a and b, each a list of intervals in
// order and apart.
func intersect(a, b []Interval) []Interval {
	var out []Interval
	for i, j := 0, 0; i < len(a) && j < len(b); {
		s, e := later(a[i].Start, b[j].Start), earlier(a[i].End, b[j].End)
		if s.Before(e) {
			out = append(out, Interval{Start: s, End: e})
		}
		if a[i].End.Before(b[j].End) {
			i++
		} else {
			j++
		}
	}
	return out
}

// mergeBusy sorts a copy of busy and merges the intervals that overlap or
// touch.
func mergeBusy(busy []Interval) []Interval {
	list := slices.Clone(busy)
	slices.SortFunc(list, func(a, b Interval) int { return a.Start.Compare(b.Start) })
	var out []Interval
	for _, iv := range list {
		if !iv.Start.Before(iv.End) {
			continue
		}
		if n := len(out); n > 0 && !iv.Start.After(out[n-1].End) {
			out[n-1].End = later(out[n-1].End, iv.End)
			continue
		}
		out = append(out, Interval{Start: iv.Start, End: iv.End})
	}
	return out
}

// subtract is open (in order, apart) less busy (in order, apart).
func subtract(open, busy []Interval) []Interval {
	var out []Interval
	j := 0
	for _, o := range open {
		s := o.Start
		for j < len(busy) && !busy[j].End.After(s) {
			j++
		}
		for k := j; k < len(busy) && busy[k].Start.Before(o.End); k++ {
			if busy[k].Start.After(s) {
				out = append(out, Interval{Start: s, End: busy[k].Start})
			}
			s = later(s, busy[k].End)
		}
		if s.Before(o.End) {
			out = append(out, Interval{Start: s, End: o.End})
		}
	}
	return out
}
