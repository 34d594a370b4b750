package booths

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

// Limits on a booth's fields.
const (
	MaxTitle            = 120
	MaxBoothDescription = 5000
	MaxLinks            = 20
	MaxLinkTitle        = 120
	MaxBoothLanguages   = 10
	// MaxHours is enough for four openings on each of fifteen event days.
	MaxHours = 60
	// MaxAnnouncement is a line, as a pinned note should be.
	MaxAnnouncement = 280
)

// BoothInput is what the secretariat or the booth's staff send. A nil
// field keeps its value.
type BoothInput struct {
	Title            *string   `json:"title"`
	Kind             *string   `json:"kind"`
	StakeholderGroup *string   `json:"stakeholder_group"`
	Region           *string   `json:"region"`
	Description      *string   `json:"description"`
	Themes           *[]string `json:"themes"`
	Languages        *[]string `json:"languages"`
	Links            *[]Link   `json:"links"`
	TimeZone         *string   `json:"time_zone"`
	Hours            *[]Hours  `json:"hours"`
	Announcement     *string   `json:"announcement"`
}

// BoothCreate is a new booth: its organisation, and any field of
// BoothInput. Title, kind, stakeholder group and region default to the
// organisation's, the time zone to UTC.
type BoothCreate struct {
	OrganisationID string `json:"organisation_id"`
	BoothInput
}

// classifies reports whether in names a field that only the secretariat
// sets: the Secretariat classifies exhibitors, staff tell their story.
func (in BoothInput) classifies() bool {
	return in.Kind != nil || in.StakeholderGroup != nil || in.Region != nil
}

func (in BoothInput) apply(b *Booth) {
	str := func(dst *string, v *string) {
		if v != nil {
			*dst = strings.TrimSpace(*v)
		}
	}
	str(&b.Title, in.Title)
	str(&b.Kind, in.Kind)
	str(&b.StakeholderGroup, in.StakeholderGroup)
	str(&b.Region, in.Region)
	str(&b.TimeZone, in.TimeZone)
	str(&b.Announcement, in.Announcement)
	if in.Description != nil {
		// Markdown from a browser's textarea may end its lines in \r\n.
		b.Description = strings.TrimSpace(strings.ReplaceAll(*in.Description, "\r\n", "\n"))
	}
	if in.Themes != nil {
		b.Themes = slices.Clone(*in.Themes)
	}
	if in.Languages != nil {
		b.Languages = slices.Clone(*in.Languages)
	}
	if in.Links != nil {
		b.Links = slices.Clone(*in.Links)
	}
	if in.Hours != nil {
		b.Hours = slices.Clone(*in.Hours)
	}
}

// Check validates b and puts it in stored form: lists never nil,
// duplicates dropped, languages canonical, links trimmed, hours sorted. It
// returns a validation_failed error naming each field at fault.
func Check(b *Booth) error {
	var f apperr.Fields
	checkName(&f, "title", b.Title, MaxTitle)
	if !accounts.OneOf(Kinds, b.Kind) {
		f.Add("kind", "must be one of %s", strings.Join(Kinds, ", "))
	}
	if !accounts.OneOf(accounts.StakeholderGroups, b.StakeholderGroup) {
		f.Add("stakeholder_group", "must be one of %s", strings.Join(accounts.StakeholderGroups, ", "))
	}
	if !accounts.OneOf(accounts.Regions, b.Region) {
		f.Add("region", "must be one of %s", strings.Join(accounts.Regions, ", "))
	}
	switch d := b.Description; {
	case utf8.RuneCountInString(d) > MaxBoothDescription:
		f.Add("description", "at most %d characters", MaxBoothDescription)
	case strings.IndexFunc(d, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) >= 0:
		f.Add("description", "must not contain control characters other than line breaks and tabs")
	case accounts.HasFormatCharacter(d):
		f.Add("description", accounts.FormatCharacterMessage)
	}
	switch a := b.Announcement; {
	case utf8.RuneCountInString(a) > MaxAnnouncement:
		f.Add("announcement", "at most %d characters", MaxAnnouncement)
	case strings.IndexFunc(a, unicode.IsControl) >= 0:
		f.Add("announcement", "must be one line, without control characters")
	case accounts.HasFormatCharacter(a):
		f.Add("announcement", accounts.FormatCharacterMessage)
	}
	b.Themes = dedupe(b.Themes)
	for _, t := range b.Themes {
		if !accounts.OneOf(accounts.Themes, t) {
			f.Add("themes", "%q is not a theme: each must be one of %s", t, strings.Join(accounts.Themes, ", "))
			break
		}
	}
	langs := make([]string, 0, len(b.Languages))
	for _, s := range b.Languages {
		tag, ok := accounts.CanonicalLanguage(s)
		if !ok {
			f.Add("languages", "%q is not a BCP 47 language tag, such as fr or es-419", s)
			break
		}
		langs = append(langs, tag)
	}
	b.Languages = dedupe(langs)
	if len(b.Languages) > MaxBoothLanguages {
		f.Add("languages", "at most %d languages", MaxBoothLanguages)
	}
	if b.Links == nil {
		b.Links = []Link{}
	}
	if len(b.Links) > MaxLinks {
		f.Add("links", "at most %d links", MaxLinks)
	}
	for i := range b.Links {
		l := &b.Links[i]
		l.Title, l.URL = strings.TrimSpace(l.Title), strings.TrimSpace(l.URL)
		var lf apperr.Fields
		checkName(&lf, "title", l.Title, MaxLinkTitle)
		if msg := lf["title"]; msg != "" {
			f.Add("links", "link %d: its title: %s", i+1, msg)
			break
		}
		if !httpsURL(l.URL) {
			f.Add("links", "link %d: its url must be an https address of at most %d characters, with no user name or password", i+1, MaxURL)
			break
		}
	}
	loc, zoneOK := zone(b.TimeZone)
	if !zoneOK {
		f.Add("time_zone", "must be an IANA time zone, such as Africa/Nairobi")
	}
	if b.Hours == nil {
		b.Hours = []Hours{}
	}
	if msg := checkHours(b.Hours, loc, zoneOK); msg != "" {
		f.Add("hours", "%s", msg)
	}
	return f.Err()
}

// checkName checks a short text that people read in lists: required, at
// most max characters, no control or format characters (which would let
// one title pass for another).
func checkName(f *apperr.Fields, field, v string, max int) {
	switch n := utf8.RuneCountInString(v); {
	case n == 0:
		f.Add(field, "is required")
	case n > max:
		f.Add(field, "at most %d characters", max)
	case strings.IndexFunc(v, unicode.IsControl) >= 0:
		f.Add(field, "must not contain control characters")
	case accounts.HasFormatCharacter(v):
		f.Add(field, accounts.FormatCharacterMessage)
	}
}

// httpsURL accepts an absolute https address with a host and no user
// information: a material opens in a visitor's browser, so nothing that
// runs there (javascript:, data:), nothing in clear (http:), and no
// https://trusted.example@elsewhere.example look-alikes.
func httpsURL(v string) bool {
	u, err := url.Parse(v)
	return err == nil && len(v) <= MaxURL && u.Scheme == "https" && u.Host != "" && u.User == nil &&
		strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }) < 0
}

// checkHours validates the openings in loc and sorts them; it returns the
// first problem, naming the opening by its place in the list as sent.
func checkHours(hours []Hours, loc *time.Location, zoneOK bool) string {
	if len(hours) > MaxHours {
		return fmt.Sprintf("at most %d openings", MaxHours)
	}
	for i := range hours {
		h := &hours[i]
		h.Date, h.Opens, h.Closes = strings.TrimSpace(h.Date), strings.TrimSpace(h.Opens), strings.TrimSpace(h.Closes)
		day, err := time.Parse(time.DateOnly, h.Date)
		if err != nil || day.Year() < 2000 || day.Year() > 2100 {
			return fmt.Sprintf("opening %d: date must be a day such as 2020-11-02", i+1)
		}
		o, ok := clock(h.Opens, false)
		if !ok {
			return fmt.Sprintf("opening %d: opens must be a time of day from 00:00 to 23:59, such as 09:30", i+1)
		}
		c, ok := clock(h.Closes, true)
		if !ok {
			return fmt.Sprintf("opening %d: closes must be a time of day from 00:01 to 24:00, such as 17:00", i+1)
		}
		if c <= o {
			return fmt.Sprintf("opening %d: closes must be after opens, on the same day (split a night across two days)", i+1)
		}
		if !zoneOK {
			continue // reported on time_zone
		}
		for _, m := range []int{o, c} {
			if !exists(day, m, loc) {
				return fmt.Sprintf("opening %d: %s on %s does not exist in %s (the clocks change then)", i+1, hhmm(m), h.Date, loc)
			}
		}
	}
	slices.SortFunc(hours, func(a, b Hours) int {
		return strings.Compare(a.Date+a.Opens+a.Closes, b.Date+b.Opens+b.Closes)
	})
	for i := 1; i < len(hours); i++ {
		a, b := hours[i-1], hours[i]
		if a.Date == b.Date && b.Opens < a.Closes {
			return fmt.Sprintf("the openings of %s overlap (%s–%s and %s–%s)", a.Date, a.Opens, a.Closes, b.Opens, b.Closes)
		}
	}
	return ""
}

// clock parses HH:MM into minutes after midnight; 24:00 only when end.
// By hand rather than with fmt.Sscanf: listing the village reads every
// opening of every booth, and Sscanf was most of its cost.
func clock(s string, end bool) (int, bool) {
	if len(s) != 5 || s[2] != ':' || !isDigits(s[:2]) || !isDigits(s[3:]) {
		return 0, false
	}
	h := int(s[0]-'0')*10 + int(s[1]-'0')
	m := int(s[3]-'0')*10 + int(s[4]-'0')
	switch {
	case end && h == 24 && m == 0:
		return 24 * 60, true
	case h > 23 || m > 59:
		return 0, false
	case end && h == 0 && m == 0:
		return 0, false // a closing at midnight is 24:00
	}
	return h*60 + m, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func hhmm(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

// at is minute m (up to 24:00) of day in loc.
func at(day time.Time, m int, loc *time.Location) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), 0, m, 0, 0, loc)
}

// exists reports whether the wall-clock time m of day happens in loc: a
// time skipped when the clocks go forward does not. Time.Date normalises
// it to another time, which gives it away.
func exists(day time.Time, m int, loc *time.Location) bool {
	t := at(day, m, loc)
	want := time.Date(day.Year(), day.Month(), day.Day(), 0, m, 0, 0, time.UTC)
	return t.Year() == want.Year() && t.YearDay() == want.YearDay() && t.Hour() == want.Hour() && t.Minute() == want.Minute()
}

// Span is the opening h, in the zone loc, as UTC instants.
func (h Hours) Span(loc *time.Location) (start, end time.Time) {
	day, _ := time.Parse(time.DateOnly, h.Date)
	o, _ := clock(h.Opens, false)
	c, _ := clock(h.Closes, true)
	return at(day, o, loc).UTC(), at(day, c, loc).UTC()
}

// zones caches loaded time zones: time.LoadLocation reads and parses the
// zone's file on every call, and a listing needs every booth's zone.
var zones sync.Map // name → *time.Location

// zone loads an IANA zone. "Local" is refused: it is the server's zone,
// nobody's booth's. So is "", which LoadLocation takes for UTC.
func zone(name string) (*time.Location, bool) {
	if name == "" || name == "Local" {
		return time.UTC, false
	}
	if l, ok := zones.Load(name); ok {
		return l.(*time.Location), true
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return time.UTC, false
	}
	zones.Store(name, l)
	return l, true
}

func dedupe(in []string) []string {
	out := make([]string, 0, len(in))
	for _, s := range in {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
