package agenda

import (
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// Status is an event's STATUS (RFC 5545, 3.8.1.11).
type Status string

// Statuses of an event.
const (
	Confirmed Status = "CONFIRMED"
	Tentative Status = "TENTATIVE"
	Cancelled Status = "CANCELLED"
)

// Event is an entry of an agenda as a calendar program shows it. Its text
// is plain: WriteICS escapes and folds it.
type Event struct {
	// UID stays with the entry across edits, so that a calendar program
	// updates the event rather than adding another; it names the server
	// on the right of an @, as RFC 5545 suggests.
	UID         string
	Created     time.Time
	Start, End  time.Time
	Summary     string
	Description string
	Location    string
	URL         string
	Status      Status
}

// Calendar is what an iCalendar file says beside its events.
type Calendar struct {
	// Name is a feed's name; "" for a single event's file.
	Name string
	// Now stamps every event (DTSTAMP).
	Now time.Time
}

// WriteICS writes events as one iCalendar object: a VEVENT each, times in
// UTC, lines folded at 75 octets and ended with CRLF, every event busy
// time (TRANSP:OPAQUE).
func WriteICS(w io.Writer, c Calendar, events []Event) error {
	cal := ics.NewCalendarFor("IGF Village")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	if c.Name != "" {
		cal.SetName(c.Name)
		cal.SetXWRCalName(c.Name)
		// Calendar programs are asked to fetch a feed again every hour
		// (RFC 7986; X-PUBLISHED-TTL for Outlook). The library adds
		// VALUE=DURATION itself.
		cal.SetRefreshInterval("PT1H")
		cal.SetXPublishedTTL("PT1H")
	}
	for i := range events {
		v := &events[i]
		e := cal.AddEvent(v.UID)
		e.SetDtStampTime(c.Now.UTC())
		e.SetCreatedTime(v.Created.UTC())
		e.SetStartAt(v.Start.UTC())
		e.SetEndAt(v.End.UTC())
		e.SetSummary(clean(v.Summary))
		e.SetDescription(clean(v.Description))
		e.SetLocation(clean(v.Location))
		e.SetURL(v.URL)
		e.SetStatus(ics.ObjectStatus(v.Status))
		e.SetProperty(ics.ComponentPropertyTransp, "OPAQUE")
	}
	return cal.SerializeTo(w, ics.WithNewLineWindows)
}

// clean drops carriage returns: the library escapes line feeds, and a CR
// left in a value would end its line early.
func clean(s string) string { return strings.ReplaceAll(s, "\r", "") }

// Someone is a person's display name in an event's text, or words for a
// person whose account is gone (whose name is "").
func Someone(name string) string {
	if name == "" {
		return "(a former participant)"
	}
	return name
}
