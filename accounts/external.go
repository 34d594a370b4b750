package accounts

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Identity is what the event's registration site says about a person in a
// token it signed. Only Issuer, Subject and Email are required; the rest
// fills the profile on first sign-in where it is valid.
type Identity struct {
	Issuer, Subject, Email, Name string
	StakeholderGroup, Region     string
	Country, ZoneInfo, Locale    string
}

// externalID derives the account ID from the issuer and subject, so the
// first sign-in's insert claims it: two racing first sign-ins make one
// account.
func externalID(iss, sub string) string {
	h := sha256.Sum256([]byte(iss + "\x00" + sub))
	return "x-" + hex.EncodeToString(h[:12])
}

// SignInExternal returns the account for id, creating it on first sign-in.
// An account already registered with the same e-mail is the same person:
// the registration site is the event's authority on who owns an address.
func (s *Service) SignInExternal(ctx context.Context, id Identity) (*Person, error) {
	var f apperr.Fields
	email := NormalizeEmail(id.Email, &f)
	if id.Subject == "" {
		f.Add("sub", "the token names no subject")
	}
	if err := f.Err(); err != nil {
		return nil, apperr.New(apperr.Unauthenticated, "the registration site's token lacks a valid subject or e-mail")
	}
	pid := externalID(id.Issuer, id.Subject)
	if p, err := s.store.Person(ctx, pid); err == nil {
		return p, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	if p, err := s.store.PersonByEmail(ctx, email); err == nil {
		return p, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	now := s.clock()
	p := &Person{ID: pid, Email: email, Role: RoleParticipant, CreatedAt: now, UpdatedAt: now}
	p.setProfile(profileFromClaims(id, email))
	err := s.store.CreatePerson(ctx, p)
	if errors.Is(err, store.ErrDuplicate) {
		// A racing first sign-in of the same person won; use its account.
		if q, err := s.store.Person(ctx, pid); err == nil {
			return q, nil
		}
		return s.store.PersonByEmail(ctx, email)
	}
	return p, err
}

// profileFromClaims keeps each claim that is valid and leaves the rest
// empty for the person to complete.
func profileFromClaims(id Identity, email string) Profile {
	p := Profile{Languages: []string{}, Themes: []string{}, Tags: []string{}}
	p.DisplayName = strings.TrimSpace(id.Name)
	if p.DisplayName == "" || utf8.RuneCountInString(p.DisplayName) > MaxDisplayName || hasControl(p.DisplayName) ||
		HasFormatCharacter(p.DisplayName) {
		p.DisplayName = email[:strings.IndexByte(email, '@')]
	}
	if OneOf(StakeholderGroups, id.StakeholderGroup) {
		p.StakeholderGroup = id.StakeholderGroup
	}
	if OneOf(Regions, id.Region) {
		p.Region = id.Region
	}
	if c := strings.ToUpper(id.Country); validCountry(c) {
		p.Country = c
	}
	if validZone(id.ZoneInfo) {
		p.TimeZone = id.ZoneInfo
	}
	// OpenID Connect writes locales as BCP 47, but some providers use
	// underscores (en_US).
	if id.Locale != "" {
		if tag, err := language.Parse(strings.ReplaceAll(id.Locale, "_", "-")); err == nil {
			p.Languages = []string{tag.String()}
		}
	}
	return p
}
