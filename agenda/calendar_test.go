package agenda_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/igf-village/village/agenda"
)

// TestWriteICS: text is escaped and folded as RFC 5545 says, times are
// UTC, a feed has a name and a refresh interval, each event its status,
// and the file parses back to what was written.
func TestWriteICS(t *testing.T) {
	paris := time.FixedZone("CET", 3600)
	events := []agenda.Event{{
		UID: "booking-r1@village.example", Created: now.Add(-time.Hour), Start: now.In(paris), End: now.Add(30 * time.Minute),
		Summary:     "Café, Übersee; «Dialogue» — 多言語 \\ booth",
		Description: strings.Repeat("Ñandú Ölçer ", 12) + "\r\nsecond line",
		Location:    "IGF Village", URL: "https://village.example/booths/booth-a", Status: agenda.Confirmed,
	}, {
		UID: "ses-1@village.example", Start: now.Add(time.Hour), End: now.Add(2 * time.Hour),
		Summary: "Called off", Status: agenda.Cancelled,
	}}
	for _, c := range []struct {
		name string
		cal  agenda.Calendar
		want []string
		not  []string
	}{
		{"a feed", agenda.Calendar{Name: "Mine", Now: now}, []string{
			`SUMMARY:Café\, Übersee\; «Dialogue» — 多言語 \\ booth`, `\nsecond line`, "DTSTART:20201102T080000Z",
			"DTEND:20201102T083000Z", "UID:booking-r1@village.example", "URL:https://village.example/booths/booth-a",
			"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n", "\r\nX-WR-CALNAME:Mine\r\n", "\r\nSTATUS:CONFIRMED\r\n",
			"\r\nSTATUS:CANCELLED\r\n", "\r\nTRANSP:OPAQUE\r\n", "\r\nDTSTAMP:20201102T080000Z\r\n",
		}, nil},
		{"a single file", agenda.Calendar{Now: now}, []string{"UID:ses-1@village.example"}, []string{"X-WR-CALNAME", "REFRESH-INTERVAL"}},
	} {
		var buf bytes.Buffer
		if err := agenda.WriteICS(&buf, c.cal, events); err != nil {
			t.Fatal(err)
		}
		raw := buf.Bytes()
		for i, line := range bytes.Split(bytes.TrimSuffix(raw, []byte("\r\n")), []byte("\r\n")) {
			if len(line) > 75 {
				t.Errorf("%s: line %d: %d octets", c.name, i+1, len(line))
			}
			if bytes.ContainsRune(line, '\r') || bytes.ContainsRune(line, '\n') {
				t.Errorf("%s: line %d holds a bare line end: %q", c.name, i+1, line)
			}
		}
		unfolded := string(bytes.ReplaceAll(raw, []byte("\r\n "), nil))
		for _, want := range c.want {
			if !strings.Contains(unfolded, want) {
				t.Errorf("%s: lacks %q:\n%s", c.name, want, raw)
			}
		}
		for _, not := range c.not {
			if strings.Contains(unfolded, not) {
				t.Errorf("%s: has %q", c.name, not)
			}
		}
		cal, err := ics.ParseCalendar(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		evs := cal.Events()
		if len(evs) != 2 {
			t.Fatalf("%s: %d events", c.name, len(evs))
		}
		if sum := evs[0].GetProperty(ics.ComponentPropertySummary); sum == nil || ics.FromText(sum.Value) != events[0].Summary {
			t.Errorf("%s: SUMMARY reads back as %v", c.name, sum)
		}
		desc := evs[0].GetProperty(ics.ComponentPropertyDescription)
		if want := strings.ReplaceAll(events[0].Description, "\r", ""); desc == nil || ics.FromText(desc.Value) != want {
			t.Errorf("%s: DESCRIPTION reads back as %v", c.name, desc)
		}
	}
}

func TestSomeone(t *testing.T) {
	if agenda.Someone("Amina") != "Amina" || agenda.Someone("") != "(a former participant)" {
		t.Error("Someone")
	}
}
