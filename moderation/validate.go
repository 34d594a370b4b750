package moderation

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

// Limits on what an action carries.
const (
	MaxReason  = 500
	MinMinutes = 1
	MaxMinutes = 24 * 60 // a day: longer than that is a ban's business
)

// checkReason trims and checks a reason: required unless optional, at most
// MaxReason characters, line breaks and tabs allowed but no other control
// character nor invisible formatting (which would let one reason pass for
// another in the log).
func checkReason(f *apperr.Fields, v string, optional bool) string {
	v = strings.TrimSpace(v)
	switch n := utf8.RuneCountInString(v); {
	case !utf8.ValidString(v):
		f.Add("reason", "must be valid UTF-8 text")
	case n == 0 && !optional:
		f.Add("reason", "say why: a reason of 1 to %d characters is required", MaxReason)
	case n > MaxReason:
		f.Add("reason", "at most %d characters", MaxReason)
	case strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) >= 0:
		f.Add("reason", "must not contain control characters other than line breaks and tabs")
	case accounts.HasFormatCharacter(v):
		f.Add("reason", accounts.FormatCharacterMessage)
	}
	return v
}

// checkUntil parses an optional end of a ban: RFC 3339, after now.
func checkUntil(f *apperr.Fields, v string, now time.Time) *time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		f.Add("until", "must be a time in RFC 3339 form, such as 2020-11-10T18:00:00Z")
		return nil
	}
	t = t.UTC().Truncate(time.Millisecond)
	if !t.After(now) {
		f.Add("until", "must be in the future")
		return nil
	}
	return &t
}

func checkPersonID(f *apperr.Fields, v string) {
	if strings.TrimSpace(v) == "" {
		f.Add("person_id", "is required")
	}
}
