package accounts

import (
	"net/mail"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/igf-village/village/apperr"
)

// Limits on what a profile may hold. They keep documents small and pages
// readable; the API documents each.
const (
	MaxEmail       = 254
	MinPassword    = 10
	MaxPassword    = 128
	MaxDisplayName = 80
	MaxLanguages   = 10
	MaxTags        = 10
	MaxTag         = 40
	MaxExpertise   = 500
)

// Profile is the part of a person that they edit themselves.
type Profile struct {
	DisplayName      string   `json:"display_name"`
	StakeholderGroup string   `json:"stakeholder_group"`
	Region           string   `json:"region"`
	Country          string   `json:"country"`
	Languages        []string `json:"languages"`
	TimeZone         string   `json:"time_zone"`
	Themes           []string `json:"themes"`
	Tags             []string `json:"tags"`
	Expertise        string   `json:"expertise"`
	Youth            bool     `json:"youth"`
	Parliamentarian  bool     `json:"parliamentarian"`
	DirectoryOptIn   bool     `json:"directory_opt_in"`
}

// normalize checks every field and returns the profile in stored form:
// trimmed, tags lower-cased, languages canonical, duplicates dropped.
func (p Profile) normalize(f *apperr.Fields) Profile {
	out := p
	out.DisplayName = strings.TrimSpace(p.DisplayName)
	switch n := utf8.RuneCountInString(out.DisplayName); {
	case n == 0:
		f.Add("display_name", "a display name is required")
	case n > MaxDisplayName:
		f.Add("display_name", "at most %d characters", MaxDisplayName)
	case hasControl(out.DisplayName):
		f.Add("display_name", "must not contain control characters")
	case HasFormatCharacter(out.DisplayName):
		f.Add("display_name", FormatCharacterMessage)
	}
	if !OneOf(StakeholderGroups, p.StakeholderGroup) {
		f.Add("stakeholder_group", "must be one of %s", strings.Join(StakeholderGroups, ", "))
	}
	if !OneOf(Regions, p.Region) {
		f.Add("region", "must be one of %s", strings.Join(Regions, ", "))
	}
	out.Country = strings.ToUpper(strings.TrimSpace(p.Country))
	if !validCountry(out.Country) {
		f.Add("country", "must be an ISO 3166-1 two-letter country code, such as KE or BR")
	}
	out.Languages = normalizeLanguages(p.Languages, f)
	out.TimeZone = strings.TrimSpace(p.TimeZone)
	if !validZone(out.TimeZone) {
		f.Add("time_zone", "must be an IANA time zone, such as Africa/Nairobi")
	}
	out.Themes = dedupe(p.Themes, func(s string) string { return s })
	for _, t := range out.Themes {
		if !OneOf(Themes, t) {
			f.Add("themes", "each must be one of %s", strings.Join(Themes, ", "))
		}
	}
	out.Tags = dedupe(p.Tags, func(s string) string { return strings.ToLower(strings.TrimSpace(s)) })
	if len(out.Tags) > MaxTags {
		f.Add("tags", "at most %d tags", MaxTags)
	}
	for _, t := range out.Tags {
		if t == "" || utf8.RuneCountInString(t) > MaxTag || hasControl(t) {
			f.Add("tags", "each tag must be 1 to %d characters", MaxTag)
		}
	}
	out.Expertise = strings.TrimSpace(p.Expertise)
	if utf8.RuneCountInString(out.Expertise) > MaxExpertise {
		f.Add("expertise", "at most %d characters", MaxExpertise)
	}
	if p.Parliamentarian && p.StakeholderGroup != "government" {
		f.Add("parliamentarian", "members of parliament register under the government stakeholder group")
	}
	return out
}

// validCountry accepts ISO 3166-1 alpha-2 codes of countries (not of
// continents or other groupings), in upper case.
func validCountry(s string) bool {
	r, err := language.ParseRegion(s)
	return err == nil && len(s) == 2 && r.IsCountry()
}

// validZone accepts IANA zone names. "Local" is refused: it means the
// server's zone, not the person's.
func validZone(s string) bool {
	if s == "" || s == "Local" {
		return false
	}
	_, err := time.LoadLocation(s)
	return err == nil
}

func normalizeLanguages(tags []string, f *apperr.Fields) []string {
	if len(tags) == 0 {
		f.Add("languages", "name at least one language you speak")
		return []string{}
	}
	if len(tags) > MaxLanguages {
		f.Add("languages", "at most %d languages", MaxLanguages)
	}
	out := make([]string, 0, len(tags))
	for _, s := range tags {
		t, ok := CanonicalLanguage(s)
		if !ok {
			f.Add("languages", "%q is not a BCP 47 language tag, such as fr or es-419", s)
			continue
		}
		out = append(out, t)
	}
	return dedupe(out, func(s string) string { return s })
}

// CanonicalLanguage returns the canonical form of the BCP 47 tag s, as
// profiles store it, and whether s is one. Booths use it too, so that a
// booth's languages and a person's compare alike.
func CanonicalLanguage(s string) (string, bool) {
	if strings.TrimSpace(s) == "" {
		return "", false
	}
	t, err := language.Parse(s)
	if err != nil {
		return "", false
	}
	return t.String(), true
}

// CheckLanguage returns the canonical form of in, a required field
// language as sent (a slot's, a session's), or "" with a field error.
func CheckLanguage(in *string, f *apperr.Fields) string {
	if in == nil || strings.TrimSpace(*in) == "" {
		f.Add("language", "a language is required, as a BCP 47 tag such as fr or es-419")
		return ""
	}
	tag, ok := CanonicalLanguage(*in)
	if !ok {
		f.Add("language", "%q is not a known BCP 47 language tag, such as fr or es-419", *in)
	}
	return tag
}

// NormalizeEmail returns the stored form of an e-mail address, or a field
// error.
func NormalizeEmail(s string, f *apperr.Fields) string {
	e := strings.ToLower(strings.TrimSpace(s))
	if len(e) > MaxEmail {
		f.Add("email", "at most %d characters", MaxEmail)
		return e
	}
	a, err := mail.ParseAddress(e)
	if err != nil || a.Address != e || !strings.Contains(e[strings.LastIndexByte(e, '@')+1:], ".") {
		f.Add("email", "must be an e-mail address, such as name@example.org")
	}
	return e
}

// checkPassword judges a password as it is, never a normalised form of
// it: two different byte strings must never be the same password.
func checkPassword(pw string, f *apperr.Fields) {
	switch n := utf8.RuneCountInString(pw); {
	case !utf8.ValidString(pw):
		f.Add("password", "must be valid UTF-8 text")
	case n < MinPassword:
		f.Add("password", "at least %d characters", MinPassword)
	case n > MaxPassword:
		f.Add("password", "at most %d characters", MaxPassword)
	}
}

func dedupe(in []string, norm func(string) string) []string {
	out := make([]string, 0, len(in))
	seen := make(map[string]bool, len(in))
	for _, s := range in {
		n := norm(s)
		if seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	return out
}

func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) {
			return true
		}
	}
	return false
}
