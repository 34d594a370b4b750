package agenda

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// EventDays are when the conference runs: a set of whole days, in UTC. Every
// meeting a person asks for, and every time Village suggests, lies within
// one stretch of consecutive event days (a meeting may run past midnight
// UTC into the next event day, not into a day off).
type EventDays struct {
	days []time.Time // UTC midnights, ascending, unique
}

// NewEventDays is the event of these days (any time of each; read in UTC).
func NewEventDays(days ...time.Time) EventDays {
	seen := map[time.Time]bool{}
	var out []time.Time
	for _, d := range days {
		d = d.UTC().Truncate(24 * time.Hour)
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Before(out[j]) })
	return EventDays{days: out}
}

// RollingEventDays is the event of the n days from now's UTC date: for a
// village whose operator named no days (the demo), every day is an event
// day.
func RollingEventDays(now time.Time, n int) EventDays {
	days := make([]time.Time, n)
	for i := range days {
		days[i] = now.UTC().AddDate(0, 0, i)
	}
	return NewEventDays(days...)
}

// ParseEventDays reads a comma-separated list of dates and date ranges,
// such as "2020-11-02/2020-11-06,2020-11-09/2020-11-17".
func ParseEventDays(s string) (EventDays, error) {
	var days []time.Time
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		from, to, isRange := strings.Cut(part, "/")
		a, err := time.Parse(time.DateOnly, from)
		if err != nil {
			return EventDays{}, fmt.Errorf("%q is not a date such as 2020-11-02", from)
		}
		b := a
		if isRange {
			if b, err = time.Parse(time.DateOnly, to); err != nil {
				return EventDays{}, fmt.Errorf("%q is not a date such as 2020-11-17", to)
			}
		}
		if b.Before(a) || b.Sub(a) > 366*24*time.Hour {
			return EventDays{}, fmt.Errorf("%q: the range must run forwards, for at most a year", part)
		}
		for d := a; !d.After(b); d = d.AddDate(0, 0, 1) {
			days = append(days, d)
		}
	}
	if len(days) == 0 {
		return EventDays{}, fmt.Errorf("names no day")
	}
	return NewEventDays(days...), nil
}

// Days are the event's days, UTC midnights, ascending.
func (e EventDays) Days() []time.Time { return e.days }

// Empty reports whether the event has no days.
func (e EventDays) Empty() bool { return len(e.days) == 0 }

// Stretches are the event's runs of consecutive days, as intervals.
func (e EventDays) Stretches() []Interval {
	var out []Interval
	for _, d := range e.days {
		end := d.Add(24 * time.Hour)
		if n := len(out); n > 0 && out[n-1].End.Equal(d) {
			out[n-1].End = end
			continue
		}
		out = append(out, Interval{Start: d, End: end, What: "event"})
	}
	return out
}

// Contains reports whether [start, end) lies within one stretch of the
// event's days.
func (e EventDays) Contains(start, end time.Time) bool {
	for _, s := range e.Stretches() {
		if !start.Before(s.Start) && !end.After(s.End) {
			return start.Before(end)
		}
	}
	return false
}

// End is the end of the event's last day; zero for an empty event.
func (e EventDays) End() time.Time {
	if len(e.days) == 0 {
		return time.Time{}
	}
	return e.days[len(e.days)-1].Add(24 * time.Hour)
}
