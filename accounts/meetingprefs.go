package accounts

import (
	"time"

	"github.com/igf-village/village/agenda"
)

// AskPolicy is who may ask a person for a 1:1 meeting.
type AskPolicy string

const (
	AskAnyone AskPolicy = "anyone" // the default
	AskMet    AskPolicy = "met"    // only people they have met (package contacts)
	AskNobody AskPolicy = "nobody"
)

// Valid reports whether a is one of the three policies.
func (a AskPolicy) Valid() bool { return a == AskAnyone || a == AskMet || a == AskNobody }

// MeetingRequests is who may ask p for a meeting: AskAnyone until they
// choose.
func (p *Person) MeetingRequests() AskPolicy {
	if p.AskPolicy == "" {
		return AskAnyone
	}
	return p.AskPolicy
}

// Hours are p's working hours (agenda.DefaultWorkingHours until they
// set theirs), in p's time zone.
func (p *Person) Hours() agenda.WorkingHours {
	w, err := agenda.ParseWorkingHours(p.WorkFrom, p.WorkTo)
	if err != nil {
		return agenda.DefaultWorkingHours
	}
	return w
}

// Location is p's time zone; UTC when it is not one this machine knows
// (it was checked when set, so only a stale zone database gets here).
func (p *Person) Location() *time.Location {
	loc, err := time.LoadLocation(p.TimeZone)
	if err != nil {
		return time.UTC
	}
	return loc
}
