package agenda_test

import (
	"errors"
	"testing"
	"time"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
)

var now = time.Date(2020, 11, 2, 8, 0, 0, 0, time.UTC)

func ptr[T any](v T) *T { return &v }

// TestCheckStart: a start is on the grid, in the future, within a year;
// any offset is taken and given back in UTC; each refusal names the field.
func TestCheckStart(t *testing.T) {
	cases := []struct {
		name string
		in   *string
		want time.Time // zero: refused
	}{
		{"absent", nil, time.Time{}},
		{"not a time", ptr("tomorrow"), time.Time{}},
		{"no offset", ptr("2020-11-02T09:00:00"), time.Time{}},
		{"off the grid", ptr("2020-11-02T09:03:00Z"), time.Time{}},
		{"with seconds", ptr("2020-11-02T09:00:30Z"), time.Time{}},
		{"now", ptr("2020-11-02T08:00:00Z"), time.Time{}},
		{"past", ptr("2020-11-01T09:00:00Z"), time.Time{}},
		{"over a year ahead", ptr("2021-11-04T09:00:00Z"), time.Time{}},
		{"next step", ptr("2020-11-02T08:05:00Z"), now.Add(agenda.Step)},
		{"an offset", ptr("2020-11-02T10:00:00+01:00"), now.Add(time.Hour)},
		{"a year ahead", ptr("2021-11-02T08:00:00Z"), now.AddDate(1, 0, 0)},
	}
	for _, c := range cases {
		var f apperr.Fields
		got, ok := agenda.CheckStart(&f, c.in, now)
		switch {
		case c.want.IsZero() && (ok || f["starts_at"] == ""):
			t.Errorf("%s: taken as %v (%v), want refused on starts_at", c.name, got, f)
		case !c.want.IsZero() && (!ok || !got.Equal(c.want) || got.Location() != time.UTC || f.Err() != nil):
			t.Errorf("%s: %v %v (%v), want %v in UTC", c.name, got, ok, f, c.want)
		}
	}
}

// TestCheckMinutes: a length is a multiple of Step within the bounds.
func TestCheckMinutes(t *testing.T) {
	cases := []struct {
		in   *int
		want int // 0: refused
	}{{nil, 0}, {ptr(5), 0}, {ptr(12), 0}, {ptr(125), 0}, {ptr(-10), 0}, {ptr(10), 10}, {ptr(120), 120}, {ptr(45), 45}}
	for _, c := range cases {
		var f apperr.Fields
		got, ok := agenda.CheckMinutes(&f, c.in, 10, 120)
		if ok != (c.want != 0) || got != c.want || ok == (f["minutes"] != "") {
			t.Errorf("%v: %d %v (%v), want %d", c.in, got, ok, f, c.want)
		}
	}
	var f apperr.Fields
	agenda.CheckMinutes(&f, ptr(7), 10, 120)
	if err := f.Err(); !errors.Is(err, apperr.E(apperr.ValidationFailed)) {
		t.Errorf("refusal: %v, want validation_failed", err)
	}
}
