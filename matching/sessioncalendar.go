package matching

import (
	"fmt"

	"github.com/igf-village/village/agenda"
)

// SessionTypeNames name the types in a calendar, which has no translation.
var SessionTypeNames = map[string]string{
	TypeBoF:      "Birds of a feather",
	TypeTownHall: "Town hall",
	TypeRegional: "Regional get-together",
}

// Event is session v as an entry of a calendar, for agenda.WriteICS. Its
// UID is the session's, so that importing it again after an edit updates
// the event; a cancelled (or refused) session's event says CANCELLED, a
// proposed one's TENTATIVE. host names the server in the UID; url is the
// address of the session's page.
func (v *SessionView) Event(host, url string) agenda.Event {
	status := agenda.Confirmed
	switch v.Status {
	case StatusCancelled, StatusRefused:
		status = agenda.Cancelled
	case StatusProposed:
		status = agenda.Tentative
	}
	return agenda.Event{
		UID: v.ID + "@" + host, Created: v.CreatedAt, Start: v.StartsAt, End: v.EndsAt,
		Summary: v.Title,
		Description: fmt.Sprintf("%s in the IGF Village, organised by %s. Language: %s.\n\n%s\n\nJoin it from its page a few minutes before the start: %s",
			SessionTypeNames[v.Type], agenda.Someone(v.Organiser.Name), v.Language, v.Description, url),
		Location: "IGF Village", URL: url, Status: status,
	}
}
