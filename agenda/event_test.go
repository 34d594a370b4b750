package agenda_test

import (
	"context"
	"testing"
	"time"

	"github.com/igf-village/village/agenda"
)

// TestEventDays: IGF 2020's two phases are two stretches; a meeting lies
// within one, and may cross midnight UTC between two event days but not
// into a weekend.
func TestEventDays(t *testing.T) {
	ev, err := agenda.ParseEventDays("2020-11-02/2020-11-06, 2020-11-09/2020-11-17")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ev.Days()); n != 14 {
		t.Fatalf("%d days, want 14", n)
	}
	if n := len(ev.Stretches()); n != 2 {
		t.Fatalf("%d stretches, want 2", n)
	}
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	cases := []struct {
		start, end string
		want       bool
	}{
		{"2020-11-02T09:00:00Z", "2020-11-02T09:30:00Z", true},
		{"2020-11-03T23:45:00Z", "2020-11-04T00:15:00Z", true},
		{"2020-11-06T23:45:00Z", "2020-11-07T00:15:00Z", false},
		{"2020-11-07T10:00:00Z", "2020-11-07T10:30:00Z", false},
		{"2020-11-01T23:30:00Z", "2020-11-02T00:00:00Z", false},
		{"2020-11-17T23:30:00Z", "2020-11-18T00:00:00Z", true},
		{"2020-11-18T00:00:00Z", "2020-11-18T00:30:00Z", false},
	}
	for _, c := range cases {
		if got := ev.Contains(at(c.start), at(c.end)); got != c.want {
			t.Errorf("%s-%s: %v, want %v", c.start, c.end, got, c.want)
		}
	}
	if !ev.End().Equal(at("2020-11-18T00:00:00Z")) {
		t.Errorf("End %v", ev.End())
	}
	for _, bad := range []string{"", "2020-11-32", "2020-11-09/2020-11-02", "2020-11-02/later", "2020-01-01/2022-01-01"} {
		if _, err := agenda.ParseEventDays(bad); err == nil {
			t.Errorf("%q: accepted", bad)
		}
	}
	roll := agenda.RollingEventDays(at("2020-11-02T15:04:05Z"), 3)
	if d := roll.Days(); len(d) != 3 || !d[0].Equal(at("2020-11-02T00:00:00Z")) {
		t.Errorf("rolling days %v", d)
	}
}

// TestBusyAll merges every source by start and finds the first overlap.
func TestBusyAll(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2020, 11, 2, h, 0, 0, 0, time.UTC) }
	a := fixedBusy{{Start: at(10), End: at(11), What: "meeting"}}
	b := fixedBusy{{Start: at(8), End: at(9), What: "session"}}
	list, err := agenda.BusyAll{a, b}.Busy(t.Context(), "p", at(0), at(24))
	if err != nil || len(list) != 2 || list[0].What != "session" {
		t.Fatalf("%v %v", list, err)
	}
	if o := agenda.FirstOverlap(list, at(9), at(10)); o != nil {
		t.Errorf("9-10 overlaps %v", o)
	}
	if o := agenda.FirstOverlap(list, at(9), at(11)); o == nil || o.What != "meeting" {
		t.Errorf("9-11 overlaps %v", o)
	}
}

type fixedBusy []agenda.Interval

func (f fixedBusy) Busy(_ context.Context, _ string, _, _ time.Time) ([]agenda.Interval, error) {
	return f, nil
}
