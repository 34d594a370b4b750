package matching

import (
	"fmt"
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// SessionCalendar is what a session's iCalendar file says beside the
// session itself.
type SessionCalendar struct {
	// Host names the server in the event's UID (RFC 5545 suggests a
	// domain on the right of an @).
	Host string
	// URL is the address of the session's page.
	URL string
	Now time.Time
}

// SessionTypeNames name the types in a calendar, which has no translation.
var SessionTypeNames = map[string]string{
	TypeBoF:      "Birds of a feather",
	TypeTownHall: "Town hall",
	TypeRegional: "Regional get-together",
}

// WriteSessionICS writes v as an iCalendar (RFC 5545) object of one
// VEVENT, in UTC, lines folded at 75 octets and ended with CRLF, as
// booths' calendars are. Its UID is the session's, so that importing it
// again after an edit updates the event; a cancelled session's event says
// CANCELLED.
func WriteSessionICS(w io.Writer, v *SessionView, c SessionCalendar) error {
	cal := ics.NewCalendarFor("IGF Village")
	cal.SetMethod(ics.MethodPublish)
	cal.SetCalscale("GREGORIAN")
	e := cal.AddEvent(v.ID + "@" + c.Host)
	e.SetDtStampTime(c.Now.UTC())
	e.SetCreatedTime(v.CreatedAt.UTC())
	e.SetStartAt(v.StartsAt.UTC())
	e.SetEndAt(v.EndsAt.UTC())
	e.SetSummary(clean(v.Title))
	desc := fmt.Sprintf("%s in the IGF Village, organised by %s. Language: %s.\n\n%s\n\nJoin it from its page a few minutes before the start: %s",
		SessionTypeNames[v.Type], orSomeone(v.Organiser.Name), v.Language, v.Description, c.URL)
	e.SetDescription(clean(desc))
	e.SetLocation("IGF Village")
	e.SetURL(c.URL)
	status := ics.ObjectStatusConfirmed
	switch v.Status {
	case StatusCancelled, StatusRefused:
		status = ics.ObjectStatusCancelled
	case StatusProposed:
		status = ics.ObjectStatusTentative
	}
	e.SetStatus(status)
	e.SetProperty(ics.ComponentPropertyTransp, "OPAQUE")
	return cal.SerializeTo(w, ics.WithNewLineWindows)
}

// clean drops carriage returns: the library escapes line feeds, and a CR
// left in a value would end its line early.
func clean(s string) string { return strings.ReplaceAll(s, "\r", "") }

func orSomeone(name string) string {
	if name == "" {
		return "(a former participant)"
	}
	return name
}
