package matching

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
)

// SessionInput is what an organiser sends to propose a session (every
// field but description and themes required) or to edit one (only the
// fields that change; type never does).
type SessionInput struct {
	Type        *string `json:"type"`
	Title       *string `json:"title"`
	Description *string `json:"description"`
	Language    *string `json:"language"`
	// StartsAt is RFC 3339; any offset is taken, and stored as UTC.
	StartsAt *string   `json:"starts_at"`
	Minutes  *int      `json:"minutes"`
	Capacity *int      `json:"capacity"`
	Themes   *[]string `json:"themes"`
}

// MaxSessionThemes bounds a session's themes: there are only so many.
var MaxSessionThemes = len(accounts.Themes)

// check validates in and writes it into se. creating: every required field
// must be there; otherwise absent fields keep se's values.
func (s *Sessions) check(in SessionInput, se *Session, creating bool, now time.Time) error {
	var f apperr.Fields
	if creating {
		switch {
		case in.Type == nil || *in.Type == "":
			f.Add("type", "a type is required: one of %s", strings.Join(SessionTypes, ", "))
		case !accounts.OneOf(SessionTypes, *in.Type):
			f.Add("type", "%q is not a session type: one of %s", *in.Type, strings.Join(SessionTypes, ", "))
		default:
			se.Type = *in.Type
		}
	}
	if in.Title != nil || creating {
		title := ""
		if in.Title != nil {
			title = strings.TrimSpace(*in.Title)
		}
		checkText(&f, "title", title, MaxSessionTitle, true)
		if strings.ContainsAny(title, "\n\t") {
			f.Add("title", "must be one line")
		}
		se.Title = title
	}
	if in.Description != nil {
		d := cleanText(*in.Description)
		checkText(&f, "description", d, MaxSessionDesc, false)
		se.Description = d
	}
	if in.Language != nil || creating {
		se.Language = accounts.CheckLanguage(in.Language, &f)
	}
	if in.Themes != nil {
		themes := []string{}
		for _, t := range *in.Themes {
			if !accounts.OneOf(accounts.Themes, t) {
				f.Add("themes", "%q is not a theme: each must be one of %s", t, strings.Join(accounts.Themes, ", "))
				break
			}
			if !slices.Contains(themes, t) {
				themes = append(themes, t)
			}
		}
		se.Themes = themes
	}
	if se.Themes == nil {
		se.Themes = []string{}
	}
	minutes := int(se.EndsAt.Sub(se.StartsAt).Minutes())
	if in.Minutes != nil || creating {
		if m, ok := agenda.CheckMinutes(&f, in.Minutes, MinSessionMinutes, MaxSessionMinutes); ok {
			minutes = m
		}
	}
	if in.StartsAt != nil || creating {
		if start, ok := agenda.CheckStart(&f, in.StartsAt, now); ok {
			se.StartsAt = start
		}
	}
	se.EndsAt = se.StartsAt.Add(time.Duration(minutes) * time.Minute)
	if in.Capacity != nil || creating {
		switch {
		case in.Capacity == nil:
			f.Add("capacity", "a capacity is required, from 1 to %d", s.cfg.MaxCapacity)
		case *in.Capacity < 1 || *in.Capacity > s.cfg.MaxCapacity:
			f.Add("capacity", "must be from 1 to %d", s.cfg.MaxCapacity)
		case !creating && *in.Capacity < se.Capacity:
			// Those confirmed were promised a place.
			f.Add("capacity", "may grow but not shrink: it is %d", se.Capacity)
		default:
			se.Capacity = *in.Capacity
		}
	}
	return f.Err()
}

// cleanText is free text as stored: Windows line ends made plain, and no
// space around it.
func cleanText(s string) string { return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")) }

// checkText checks free text: its length in characters, no control
// characters but line breaks and tabs, no invisible format characters.
func checkText(f *apperr.Fields, field, v string, max int, required bool) {
	switch n := utf8.RuneCountInString(v); {
	case n == 0 && required:
		f.Add(field, "is required")
	case n > max:
		f.Add(field, "at most %d characters", max)
	case strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) >= 0:
		f.Add(field, "must not contain control characters other than line breaks and tabs")
	case accounts.HasFormatCharacter(v):
		f.Add(field, accounts.FormatCharacterMessage)
	}
}
