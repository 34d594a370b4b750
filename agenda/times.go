package agenda

import (
	"time"

	"github.com/igf-village/village/apperr"
)

// The grid of an agenda.
const (
	// Step is the grid entries start on and are cut in: every start is a
	// multiple of it, and so is every length. The holds that keep a
	// person's times apart are one per step.
	Step = 5 * time.Minute
	// MaxAhead bounds how far ahead an entry may be set: an event is
	// planned months ahead, not years, and a year keeps typos out.
	MaxAhead = 366 * 24 * time.Hour
)

// CheckStart reads a start as sent (RFC 3339, any offset) into field
// starts_at of f: it must be on the grid, after now and within MaxAhead.
// ok is false, and f says why, when it is not; t is in UTC.
func CheckStart(f *apperr.Fields, in *string, now time.Time) (t time.Time, ok bool) {
	var err error
	if in != nil {
		t, err = time.Parse(time.RFC3339, *in)
	}
	switch {
	case in == nil:
		f.Add("starts_at", "a start is required, in UTC, such as 2020-11-02T09:00:00Z")
	case err != nil:
		f.Add("starts_at", "must be an RFC 3339 time, such as 2020-11-02T09:00:00Z")
	case !t.Equal(t.Truncate(Step)):
		f.Add("starts_at", "must be on a %d-minute boundary, with no seconds", int(Step.Minutes()))
	case !t.After(now):
		f.Add("starts_at", "must be in the future")
	case t.After(now.Add(MaxAhead)):
		f.Add("starts_at", "must be within a year from now")
	default:
		return t.UTC(), true
	}
	return time.Time{}, false
}

// CheckMinutes reads a length in minutes as sent into field minutes of f:
// a multiple of Step from least to most. ok is false, and f says why, when
// it is not.
func CheckMinutes(f *apperr.Fields, in *int, least, most int) (minutes int, ok bool) {
	step := int(Step.Minutes())
	switch {
	case in == nil:
		f.Add("minutes", "a length in minutes is required")
	case *in < least || *in > most || *in%step != 0:
		f.Add("minutes", "must be a multiple of %d from %d to %d", step, least, most)
	default:
		return *in, true
	}
	return 0, false
}
