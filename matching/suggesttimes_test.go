package matching_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/matching"
)

// busyOf is each person's commitments, whatever the window.
type busyOf map[string][]agenda.Interval

func (b busyOf) Busy(_ context.Context, id string, _, _ time.Time) ([]agenda.Interval, error) {
	return b[id], nil
}

// TestTimesFor: both people's commitments are avoided, each in their own
// zone's hours; bad lengths, counts and oneself are refused naming the
// field.
func TestTimesFor(t *testing.T) {
	now := time.Date(2020, 11, 2, 7, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return time.Date(2020, 11, 2, h, m, 0, 0, time.UTC) }
	busy := busyOf{
		"a": {{Start: at(8, 0), End: at(9, 0), What: "booking"}},
		"b": {{Start: at(9, 0), End: at(10, 30), What: "session"}},
	}
	times := matching.NewTimes(busy, func(now time.Time) agenda.EventDays { return agenda.RollingEventDays(now, 3) }, func() time.Time { return now })
	a := &accounts.Person{ID: "a", TimeZone: "Europe/London"}
	b := &accounts.Person{ID: "b", TimeZone: "UTC", WorkFrom: "08:00", WorkTo: "12:00"}
	got, err := times.For(t.Context(), a, b, 30, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !got[0].Start.Equal(at(10, 30)) || !got[1].Start.Equal(at(24+8, 0)) {
		t.Errorf("times %v, want 10:30 today and 08:00 tomorrow", got)
	}
	tokyo := &accounts.Person{ID: "t", TimeZone: "Asia/Tokyo"}
	bogota := &accounts.Person{ID: "o", TimeZone: "America/Bogota"}
	if got, err := times.For(t.Context(), tokyo, bogota, 60, 1); err != nil || len(got) != 1 || !got[0].Start.Equal(at(23, 0)) {
		t.Errorf("Tokyo and Bogota: %v %v, want 23:00 UTC", got, err)
	}
	for _, c := range []struct {
		minutes, count int
		a, b           *accounts.Person
		field          string
	}{
		{10, 5, a, b, "minutes"}, {125, 5, a, b, "minutes"}, {32, 5, a, b, "minutes"},
		{30, 0, a, b, "count"}, {30, 11, a, b, "count"}, {30, 5, a, a, "id"},
	} {
		_, err := times.For(t.Context(), c.a, c.b, c.minutes, c.count)
		var e *apperr.Error
		if !errors.As(err, &e) || e.Code != apperr.ValidationFailed || e.Fields[c.field] == "" {
			t.Errorf("%d minutes, %d times, %s and %s: %v, want validation_failed on %s", c.minutes, c.count, c.a.ID, c.b.ID, err, c.field)
		}
	}
}
