package accounts

import (
	"strings"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
)

// MeetingSettings is a person's side of 1:1 meetings as they edit it and
// as their account shows it: working hours in their own time zone
// ("HH:MM", the default until they choose) and who may ask them.
type MeetingSettings struct {
	WorkFrom        string    `json:"work_from"`
	WorkTo          string    `json:"work_to"`
	MeetingRequests AskPolicy `json:"meeting_requests"`
}

// MeetingSettings is p's settings, defaults filled in.
func (p *Person) MeetingSettings() MeetingSettings {
	h := p.Hours()
	return MeetingSettings{WorkFrom: agenda.Clock(h.From), WorkTo: agenda.Clock(h.To), MeetingRequests: p.MeetingRequests()}
}

// applyMeetingSettings checks the meeting settings in u and, when f stays
// empty, the caller sets them on p. The two ends of the working day come
// together: one alone could make a day that ends before it starts, and a
// half-applied change is the kind a person does not notice. Both empty
// go back to the default.
func applyMeetingSettings(p *Person, u Update, f *apperr.Fields) (from, to string, ask AskPolicy) {
	from, to, ask = p.WorkFrom, p.WorkTo, p.AskPolicy
	switch {
	case u.WorkFrom != nil && u.WorkTo == nil:
		f.Add("work_to", "send work_from and work_to together")
	case u.WorkFrom == nil && u.WorkTo != nil:
		f.Add("work_from", "send work_from and work_to together")
	case u.WorkFrom != nil:
		from, to = strings.TrimSpace(*u.WorkFrom), strings.TrimSpace(*u.WorkTo)
		w, err := agenda.ParseWorkingHours(from, to)
		switch {
		case err != nil:
			field, msg, _ := strings.Cut(err.Error(), ": ")
			f.Add("work_"+field, "%s", strings.ReplaceAll(msg, "after from", "after work_from"))
		case from == "" && to == "":
			// The default: stored as nothing, so that a later change of
			// the default reaches them.
		default:
			from, to = agenda.Clock(w.From), agenda.Clock(w.To)
		}
	}
	if u.MeetingRequests != nil {
		ask = AskPolicy(*u.MeetingRequests)
		if !ask.Valid() {
			f.Add("meeting_requests", "must be one of %s, %s, %s", AskAnyone, AskMet, AskNobody)
		}
	}
	return from, to, ask
}
