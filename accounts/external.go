package accounts

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"

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

// profileFromClaims keeps each claim that passes validation and leaves the
// rest empty for the person to complete.
func profileFromClaims(id Identity, email string) Profile {
	keep := func(field string, apply func(*Profile)) func(Profile) Profile {
		return func(p Profile) Profile {
			q := p
			apply(&q)
			var f apperr.Fields
			q.normalize(&f)
			if _, bad := f[field]; bad {
				return p
			}
			return q
		}
	}
	name := strings.TrimSpace(id.Name)
	if name == "" {
		name = email[:strings.IndexByte(email, '@')]
	}
	p := Profile{Languages: []string{}, Themes: []string{}, Tags: []string{}}
	steps := []func(Profile) Profile{
		keep("display_name", func(p *Profile) { p.DisplayName = name }),
		keep("stakeholder_group", func(p *Profile) { p.StakeholderGroup = id.StakeholderGroup }),
		keep("region", func(p *Profile) { p.Region = id.Region }),
		keep("country", func(p *Profile) { p.Country = id.Country }),
		keep("time_zone", func(p *Profile) { p.TimeZone = id.ZoneInfo }),
		keep("languages", func(p *Profile) { p.Languages = []string{strings.ReplaceAll(id.Locale, "_", "-")} }),
	}
	for _, step := range steps {
		p = step(p)
	}
	var f apperr.Fields
	norm := p.normalize(&f)
	if _, bad := f["languages"]; !bad {
		p.Languages = norm.Languages
	}
	p.Country = norm.Country
	p.DisplayName = norm.DisplayName
	return p
}
