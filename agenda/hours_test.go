package agenda_test

import (
	"testing"
	"time"

	"github.com/igf-village/village/agenda"
)

// TestParseWorkingHours: "HH:MM" pairs on the grid, from before to; an
// empty pair is the default; each refusal says which end is wrong.
func TestParseWorkingHours(t *testing.T) {
	cases := []struct {
		from, to string
		want     agenda.WorkingHours
		err      string
	}{
		{"", "", agenda.DefaultWorkingHours, ""},
		{"09:00", "17:30", agenda.WorkingHours{From: 540, To: 1050}, ""},
		{"00:00", "24:00", agenda.WorkingHours{From: 0, To: 1440}, ""},
		{"9:00", "17:00", agenda.WorkingHours{}, "from: must be a time of day such as 08:00"},
		{"09:00", "25:00", agenda.WorkingHours{}, "to: must be a time of day from 00:00 to 24:00"},
		{"09:00", "24:05", agenda.WorkingHours{}, "to: must be a time of day from 00:00 to 24:00"},
		{"09:03", "17:00", agenda.WorkingHours{}, "from: must be on a 5-minute boundary"},
		{"17:00", "09:00", agenda.WorkingHours{}, "to: must be after from"},
		{"09:00", "09:00", agenda.WorkingHours{}, "to: must be after from"},
		{"09:00", "", agenda.WorkingHours{}, "to: must be a time of day such as 08:00"},
	}
	for _, c := range cases {
		got, err := agenda.ParseWorkingHours(c.from, c.to)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("%q-%q: err %v, want %q", c.from, c.to, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%q-%q: %+v, %v; want %+v", c.from, c.to, got, err, c.want)
		}
		if agenda.Clock(got.From) != map[bool]string{true: "08:00", false: c.from}[c.from == ""] {
			t.Errorf("Clock(%d) = %s", got.From, agenda.Clock(got.From))
		}
	}
}

// TestWorkingHoursContains reads the hours in the person's zone, on one
// local day, across a change of the clocks.
func TestWorkingHoursContains(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	bogota, _ := time.LoadLocation("America/Bogota")
	paris, _ := time.LoadLocation("Europe/Paris")
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	w := agenda.DefaultWorkingHours
	cases := []struct {
		name       string
		loc        *time.Location
		start, end string
		want       bool
	}{
		{"Tokyo 09:00-09:30", tokyo, "2020-11-10T00:00:00Z", "2020-11-10T00:30:00Z", true},
		{"Tokyo 08:00 sharp", tokyo, "2020-11-09T23:00:00Z", "2020-11-09T23:30:00Z", true},
		{"Tokyo 07:30", tokyo, "2020-11-09T22:30:00Z", "2020-11-09T23:00:00Z", false},
		{"Tokyo 19:30-20:00", tokyo, "2020-11-10T10:30:00Z", "2020-11-10T11:00:00Z", true},
		{"Tokyo 19:45-20:15", tokyo, "2020-11-10T10:45:00Z", "2020-11-10T11:15:00Z", false},
		{"Bogota 19:00 is Tokyo 09:00 next day", bogota, "2020-11-10T00:00:00Z", "2020-11-10T00:30:00Z", true},
		{"Bogota 03:00", bogota, "2020-11-10T08:00:00Z", "2020-11-10T08:30:00Z", false},
		{"Paris 08:00 summer time", paris, "2020-10-23T06:00:00Z", "2020-10-23T06:30:00Z", true},
		{"Paris 08:00 winter time", paris, "2020-11-02T07:00:00Z", "2020-11-02T07:30:00Z", true},
		{"Paris 07:00 winter time", paris, "2020-11-02T06:00:00Z", "2020-11-02T06:30:00Z", false},
		{"empty", tokyo, "2020-11-10T00:00:00Z", "2020-11-10T00:00:00Z", false},
	}
	for _, c := range cases {
		if got := w.Contains(c.loc, at(c.start), at(c.end)); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
