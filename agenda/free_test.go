package agenda_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/agenda"
)

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func rfc(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func event(t testing.TB, s string) agenda.EventDays {
	t.Helper()
	ev, err := agenda.ParseEventDays(s)
	if err != nil {
		t.Fatal(err)
	}
	return ev
}

// TestSuggest: the next free times, on the quarter hour (whole or half
// hours when they fit), two a day at most, three hours apart, in both
// people's hours in their own zones, within the event, across changes of
// the clocks and zones with 30- and 45-minute offsets.
func TestSuggest(t *testing.T) {
	utc := agenda.Party{Hours: agenda.DefaultWorkingHours, Loc: time.UTC}
	party := func(name string) agenda.Party {
		return agenda.Party{Hours: agenda.DefaultWorkingHours, Loc: zone(t, name)}
	}
	nineToFive := func(name string) agenda.Party {
		return agenda.Party{Hours: agenda.WorkingHours{From: 9 * 60, To: 17 * 60}, Loc: zone(t, name)}
	}
	allDay := agenda.Party{Hours: agenda.WorkingHours{From: 0, To: 24 * 60}, Loc: time.UTC}
	week := "2020-11-02/2020-11-06"
	busy := func(pairs ...string) []agenda.Interval {
		var out []agenda.Interval
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, agenda.Interval{Start: rfc(pairs[i]), End: rfc(pairs[i+1]), What: "booking"})
		}
		return out
	}
	cases := []struct {
		name    string
		a, b    agenda.Party
		busy    []agenda.Interval
		event   string
		now     string
		minutes int
		count   int
		want    []string // starts, UTC
	}{
		{"two a day, three hours apart, earliest first", utc, utc, nil, week, "2020-11-02T07:00:00Z", 30, 5,
			[]string{"2020-11-02T08:00:00Z", "2020-11-02T11:00:00Z", "2020-11-03T08:00:00Z", "2020-11-03T11:00:00Z", "2020-11-04T08:00:00Z"}},
		{"a lead of 15 minutes, then the half hour", utc, utc, nil, week, "2020-11-02T07:50:00Z", 30, 1,
			[]string{"2020-11-02T08:30:00Z"}},
		{"the quarter hour when the half hour does not fit", utc, utc,
			busy("2020-11-02T08:00:00Z", "2020-11-02T09:10:00Z", "2020-11-02T10:00:00Z", "2020-11-02T20:00:00Z"),
			week, "2020-11-02T07:00:00Z", 45, 2, []string{"2020-11-02T09:15:00Z", "2020-11-03T08:00:00Z"}},
		{"the half hour when it fits", utc, utc, busy("2020-11-02T08:00:00Z", "2020-11-02T09:10:00Z"),
			week, "2020-11-02T07:00:00Z", 30, 1, []string{"2020-11-02T09:30:00Z"}},
		{"commitments of either side, overlapping, unordered", utc, utc,
			busy("2020-11-02T09:00:00Z", "2020-11-02T20:00:00Z", "2020-11-02T08:00:00Z", "2020-11-02T08:45:00Z", "2020-11-02T08:30:00Z", "2020-11-02T09:30:00Z"),
			week, "2020-11-02T07:00:00Z", 15, 1, []string{"2020-11-03T08:00:00Z"}},
		{"a 15-minute gap fits a 15-minute meeting only", utc, utc,
			busy("2020-11-02T08:00:00Z", "2020-11-02T08:45:00Z", "2020-11-02T09:00:00Z", "2020-11-02T20:00:00Z"),
			week, "2020-11-02T07:00:00Z", 15, 1, []string{"2020-11-02T08:45:00Z"}},
		// Tokyo 08:00-10:00 is Bogota 18:00-20:00 of the day before.
		{"Tokyo asks Bogota", party("Asia/Tokyo"), party("America/Bogota"), nil, week, "2020-11-02T07:00:00Z", 30, 3,
			[]string{"2020-11-02T23:00:00Z", "2020-11-03T23:00:00Z", "2020-11-04T23:00:00Z"}},
		{"Bogota asks Tokyo, past a day's commitments", party("America/Bogota"), party("Asia/Tokyo"),
			busy("2020-11-02T23:00:00Z", "2020-11-03T00:30:00Z"), week, "2020-11-02T07:00:00Z", 30, 2,
			[]string{"2020-11-03T00:30:00Z", "2020-11-03T23:00:00Z"}},
		// Kathmandu is UTC+05:45: 08:00 UTC is 13:45 there.
		{"Kathmandu and London", party("Asia/Kathmandu"), party("Europe/London"), nil, week, "2020-11-02T00:00:00Z", 60, 2,
			[]string{"2020-11-02T08:00:00Z", "2020-11-02T11:00:00Z"}},
		// Kolkata is UTC+05:30: 02:30 UTC is 08:00 there.
		{"Kolkata and UTC around the clock", party("Asia/Kolkata"), allDay, nil, week, "2020-11-02T00:00:00Z", 30, 3,
			[]string{"2020-11-02T02:30:00Z", "2020-11-02T05:30:00Z", "2020-11-03T02:30:00Z"}},
		// Paris leaves summer time on 25 October 2020: 08:00 there is
		// 06:00 UTC before, 07:00 UTC on and after.
		{"across a change of the clocks", party("Europe/Paris"), allDay, nil, "2020-10-24/2020-10-26", "2020-10-23T12:00:00Z", 30, 6,
			[]string{"2020-10-24T06:00:00Z", "2020-10-24T09:00:00Z", "2020-10-25T07:00:00Z", "2020-10-25T10:00:00Z", "2020-10-26T07:00:00Z", "2020-10-26T10:00:00Z"}},
		{"hours that never meet", nineToFive("Pacific/Auckland"), nineToFive("Europe/London"), nil, week, "2020-11-02T00:00:00Z", 30, 5, nil},
		{"not past the event's last day", party("Asia/Tokyo"), party("America/Bogota"), nil, "2020-11-06", "2020-11-06T23:20:00Z", 30, 5, nil},
		{"across midnight UTC between two event days", party("Asia/Tokyo"), party("America/Bogota"),
			busy("2020-11-02T23:00:00Z", "2020-11-02T23:45:00Z", "2020-11-03T00:45:00Z", "2020-11-03T01:00:00Z"), week, "2020-11-02T07:00:00Z", 60, 1,
			[]string{"2020-11-02T23:45:00Z"}},
		{"not across midnight into a day off", party("Asia/Tokyo"), party("America/Bogota"),
			busy("2020-11-06T23:00:00Z", "2020-11-06T23:45:00Z"), "2020-11-06,2020-11-09", "2020-11-06T07:00:00Z", 60, 1,
			[]string{"2020-11-09T00:00:00Z"}}, // Tokyo 09:00, Bogota 19:00 of the 8th
		{"the event is over", utc, utc, nil, week, "2020-11-07T00:00:00Z", 30, 5, nil},
		{"no count", utc, utc, nil, week, "2020-11-02T00:00:00Z", 30, 0, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := agenda.Suggest(agenda.SuggestQuery{
				A: c.a, B: c.b, Busy: c.busy, Event: event(t, c.event), Now: rfc(c.now),
				Length: time.Duration(c.minutes) * time.Minute, Count: c.count,
			})
			var starts []string
			for _, iv := range got {
				starts = append(starts, iv.Start.Format(time.RFC3339))
				if iv.End.Sub(iv.Start) != time.Duration(c.minutes)*time.Minute || iv.Start.Location() != time.UTC || iv.What != "free" {
					t.Errorf("%+v", iv)
				}
			}
			if !slices.Equal(starts, c.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(starts, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

// TestInBothHours: each side's hours in their own zone.
func TestInBothHours(t *testing.T) {
	tokyo := agenda.Party{Hours: agenda.DefaultWorkingHours, Loc: zone(t, "Asia/Tokyo")}
	bogota := agenda.Party{Hours: agenda.DefaultWorkingHours, Loc: zone(t, "America/Bogota")}
	cases := []struct {
		start, end string
		want       bool
	}{
		{"2020-11-02T23:00:00Z", "2020-11-03T01:00:00Z", true},  // Tokyo 08-10, Bogota 18-20
		{"2020-11-02T22:45:00Z", "2020-11-02T23:15:00Z", false}, // Tokyo 07:45
		{"2020-11-03T00:45:00Z", "2020-11-03T01:15:00Z", false}, // Bogota 20:15
		{"2020-11-03T03:00:00Z", "2020-11-03T03:30:00Z", false}, // Bogota 22:00
		{"2020-11-03T00:00:00Z", "2020-11-03T00:00:00Z", false}, // empty
	}
	for _, c := range cases {
		if got := agenda.InBothHours(tokyo, bogota, rfc(c.start), rfc(c.end)); got != c.want {
			t.Errorf("%s-%s: %v, want %v", c.start, c.end, got, c.want)
		}
	}
}

var zones = []string{
	"UTC", "Asia/Tokyo", "America/Bogota", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Auckland",
	"Europe/London", "Europe/Paris", "America/New_York", "Australia/Adelaide", "Pacific/Chatham",
	"America/St_Johns", "Africa/Nairobi", "America/Sao_Paulo", "Pacific/Kiritimati", "Pacific/Pago_Pago",
}

// randomQuery draws two people in any zones and hours, 50 commitments
// each, an event of a few stretches around a change of the clocks.
func randomQuery(t testing.TB, r *rand.Rand) agenda.SuggestQuery {
	party := func() agenda.Party {
		from := r.IntN(20*12) * 5
		to := from + 15 + r.IntN((24*60-from-15)/5+1)*5
		return agenda.Party{Hours: agenda.WorkingHours{From: from, To: min(to, 24*60)}, Loc: zone(t, zones[r.IntN(len(zones))])}
	}
	base := time.Date(2020, 10, 20+r.IntN(10), 0, 0, 0, 0, time.UTC)
	var days []time.Time
	for i := 0; i < 20; i++ {
		if r.IntN(4) > 0 {
			days = append(days, base.AddDate(0, 0, i))
		}
	}
	now := base.Add(time.Duration(r.IntN(3*24*60)) * time.Minute).Add(time.Duration(r.IntN(60)) * time.Second)
	var busy []agenda.Interval
	for i := 0; i < 100; i++ {
		s := now.Truncate(agenda.Step).Add(time.Duration(r.IntN(20*24*12)) * agenda.Step)
		busy = append(busy, agenda.Interval{Start: s, End: s.Add(time.Duration(1+r.IntN(24)) * agenda.Step)})
	}
	return agenda.SuggestQuery{
		A: party(), B: party(), Busy: busy, Event: agenda.NewEventDays(days...), Now: now,
		Length: time.Duration(3+r.IntN(22)) * agenda.Step, Count: 1 + r.IntN(10),
	}
}

// TestSuggestProperties: over random pairs, every time suggested is free,
// in both people's hours, within the event, after the lead, spread as
// promised; and every such time before the last one suggested (or at all,
// when fewer than asked were found) was left out only for the spread.
func TestSuggestProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 2020))
	found := 0
	for n := 0; n < 400; n++ {
		q := randomQuery(t, r)
		got := agenda.Suggest(q)
		found += len(got)
		earliest := q.Now.Add(agenda.SuggestLead)
		valid := func(s time.Time) bool {
			e := s.Add(q.Length)
			return !s.Before(earliest) && agenda.InBothHours(q.A, q.B, s, e) && q.Event.Contains(s, e) &&
				agenda.FirstOverlap(q.Busy, s, e) == nil
		}
		aDay := func(s time.Time) string { return s.In(q.A.Loc).Format(time.DateOnly) }
		perDay := map[string]int{}
		if len(got) > q.Count {
			t.Fatalf("case %d: %d times, asked for %d", n, len(got), q.Count)
		}
		for i, iv := range got {
			if !valid(iv.Start) || iv.End.Sub(iv.Start) != q.Length || !iv.Start.Equal(iv.Start.Truncate(agenda.SuggestGrid)) {
				t.Fatalf("case %d: %v-%v is not a valid time for %+v", n, iv.Start, iv.End, q)
			}
			if i > 0 && iv.Start.Sub(got[i-1].Start) < agenda.SuggestSpacing {
				t.Fatalf("case %d: %v too close after %v", n, iv.Start, got[i-1].Start)
			}
			if perDay[aDay(iv.Start)]++; perDay[aDay(iv.Start)] > agenda.SuggestPerDay {
				t.Fatalf("case %d: over %d on %s", n, agenda.SuggestPerDay, aDay(iv.Start))
			}
		}
		until := q.Event.End()
		if len(got) == q.Count {
			until = got[len(got)-1].Start
		}
		for s := earliest.Truncate(agenda.SuggestGrid); s.Before(until); s = s.Add(agenda.SuggestGrid) {
			if !valid(s) {
				continue
			}
			spread := perDay[aDay(s)] >= agenda.SuggestPerDay
			for _, iv := range got {
				if d := s.Sub(iv.Start).Abs(); d < agenda.SuggestSpacing {
					spread = true
				}
			}
			if !spread {
				t.Fatalf("case %d: %v was free and left out; got %v for %+v", n, s, got, q)
			}
		}
	}
	if found < 400 {
		t.Errorf("only %d times over 400 pairs: the random pairs are not testing much", found)
	}
}

// BenchmarkSuggest: two people with 50 commitments each over a two-week
// event; the issue asks for under 1 ms. "never" is a pair whose hours
// never meet, so that every day of the event is read.
func BenchmarkSuggest(b *testing.B) {
	now := rfc("2020-11-02T06:07:00Z")
	ev := event(b, "2020-11-02/2020-11-06,2020-11-09/2020-11-17")
	r := rand.New(rand.NewPCG(1, 2))
	var busy []agenda.Interval
	for i := 0; i < 100; i++ {
		// Crowded into the first days, where the search starts.
		s := now.Truncate(agenda.Step).Add(time.Duration(r.IntN(4*24*12)) * agenda.Step)
		busy = append(busy, agenda.Interval{Start: s, End: s.Add(time.Duration(3+r.IntN(10)) * agenda.Step)})
	}
	nine := agenda.WorkingHours{From: 9 * 60, To: 17 * 60}
	for _, c := range []struct {
		name string
		a, b agenda.Party
	}{
		{"tokyo-bogota", agenda.Party{Hours: agenda.DefaultWorkingHours, Loc: zone(b, "Asia/Tokyo")}, agenda.Party{Hours: agenda.DefaultWorkingHours, Loc: zone(b, "America/Bogota")}},
		{"paris-nairobi", agenda.Party{Hours: agenda.DefaultWorkingHours, Loc: zone(b, "Europe/Paris")}, agenda.Party{Hours: agenda.DefaultWorkingHours, Loc: zone(b, "Africa/Nairobi")}},
		{"never", agenda.Party{Hours: nine, Loc: zone(b, "Pacific/Auckland")}, agenda.Party{Hours: nine, Loc: zone(b, "Europe/London")}},
	} {
		b.Run(c.name, func(b *testing.B) {
			q := agenda.SuggestQuery{A: c.a, B: c.b, Busy: busy, Event: ev, Now: now, Length: 30 * time.Minute, Count: 10}
			for b.Loop() {
				agenda.Suggest(q)
			}
		})
	}
}
