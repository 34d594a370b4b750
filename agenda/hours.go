package agenda

import (
	"fmt"
	"time"
)

// WorkingHours are the local hours of the day a person takes meetings in,
// in minutes from local midnight: From up to To, on every event day. To
// may be 24:00 (1440); From before To (hours across midnight are two
// people's problem, not one: nobody asked for them).
type WorkingHours struct {
	From, To int
}

// DefaultWorkingHours are a person's until they say otherwise: a long
// conference day, 08:00 to 20:00 local.
var DefaultWorkingHours = WorkingHours{From: 8 * 60, To: 20 * 60}

// ParseClock reads "HH:MM" (00:00 to 24:00, minutes on the Step grid)
// into minutes from midnight.
func ParseClock(s string) (int, error) {
	var h, m int
	if len(s) != 5 || s[2] != ':' {
		return 0, fmt.Errorf("must be a time of day such as 08:00")
	}
	if _, err := fmt.Sscanf(s, "%02d:%02d", &h, &m); err != nil {
		return 0, fmt.Errorf("must be a time of day such as 08:00")
	}
	min := h*60 + m
	switch {
	case h > 24 || m > 59 || min > 24*60:
		return 0, fmt.Errorf("must be a time of day from 00:00 to 24:00")
	case m%int(Step.Minutes()) != 0:
		return 0, fmt.Errorf("must be on a %d-minute boundary", int(Step.Minutes()))
	}
	return min, nil
}

// Clock writes minutes from midnight as "HH:MM".
func Clock(min int) string { return fmt.Sprintf("%02d:%02d", min/60, min%60) }

// ParseWorkingHours reads from and to as sent; an empty pair is the
// default. The error says which is wrong.
func ParseWorkingHours(from, to string) (WorkingHours, error) {
	if from == "" && to == "" {
		return DefaultWorkingHours, nil
	}
	f, err := ParseClock(from)
	if err != nil {
		return WorkingHours{}, fmt.Errorf("from: %w", err)
	}
	t, err := ParseClock(to)
	if err != nil {
		return WorkingHours{}, fmt.Errorf("to: %w", err)
	}
	if t-f < int(Step.Minutes()) {
		return WorkingHours{}, fmt.Errorf("to: must be after from")
	}
	return WorkingHours{From: f, To: t}, nil
}

// Hours is the length of the working day.
func (w WorkingHours) Hours() time.Duration { return time.Duration(w.To-w.From) * time.Minute }

// Contains reports whether [start, end) lies inside one working day of w
// in loc: it starts at or after From and ends by To, on the same local
// day (an end at midnight counts as the day it closes).
func (w WorkingHours) Contains(loc *time.Location, start, end time.Time) bool {
	if !start.Before(end) {
		return false
	}
	s := start.In(loc)
	day := time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, loc)
	open, closed := w.On(day)
	return !start.Before(open) && !end.After(closed)
}

// On is the working day of w that begins on the local date of day (read
// in day's location): when it opens and when it closes, as instants. A day
// on which the clocks change is as long as it is.
func (w WorkingHours) On(day time.Time) (open, closed time.Time) {
	loc := day.Location()
	y, m, d := day.Date()
	open = time.Date(y, m, d, w.From/60, w.From%60, 0, 0, loc)
	closed = time.Date(y, m, d, w.To/60, w.To%60, 0, 0, loc)
	return open.UTC(), closed.UTC()
}
