package booths

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Limits on an organisation's fields.
const (
	MaxName        = 120
	MaxURL         = 500
	MaxDescription = 2000
)

// Service applies the rules for organisations and their booths.
type Service struct {
	store    Store
	now      func() time.Time
	presence Presence // nil: nobody is anywhere
	notifier Notifier // nil: nobody is told live
	people   People   // nil: callers are as their identity says
	contacts Contacts // nil: who met whom is not recorded
	blocks   Blocks   // nil: nobody is blocked
}

// NewService returns a Service over st; now may be nil for time.Now.
func NewService(st Store, now func() time.Time, opts ...Option) *Service {
	if now == nil {
		now = time.Now
	}
	s := &Service{store: st, now: now}
	for _, o := range opts {
		o(s)
	}
	return s
}

// MayEditOrganisation decides whether p may edit organisation id: the
// secretariat edits any, staff only their own. It needs no store, so the
// server asks it before reading the body.
func MayEditOrganisation(p *accounts.Person, id string) error {
	switch {
	case p.Role == accounts.RoleSecretariat:
		return nil
	case p.Role == accounts.RoleStaff && p.OrganisationID != "" && p.OrganisationID == id:
		return nil
	case p.Role == accounts.RoleStaff:
		return apperr.New(apperr.Forbidden, "staff may edit only their own organisation")
	}
	return apperr.New(apperr.Forbidden, "your role may not do this")
}

// OrganisationInput is what the secretariat (or the organisation's staff,
// when editing) sends.
type OrganisationInput struct {
	Name             *string `json:"name"`
	Kind             *string `json:"kind"`
	StakeholderGroup *string `json:"stakeholder_group"`
	Region           *string `json:"region"`
	Website          *string `json:"website"`
	LogoURL          *string `json:"logo_url"`
	Description      *string `json:"description"`
}

func (in OrganisationInput) apply(o *Organisation) error {
	put := func(dst *string, v *string) {
		if v != nil {
			*dst = strings.TrimSpace(*v)
		}
	}
	put(&o.Name, in.Name)
	put(&o.Kind, in.Kind)
	put(&o.StakeholderGroup, in.StakeholderGroup)
	put(&o.Region, in.Region)
	put(&o.Website, in.Website)
	put(&o.LogoURL, in.LogoURL)
	put(&o.Description, in.Description)

	var f apperr.Fields
	switch n := utf8.RuneCountInString(o.Name); {
	case n == 0:
		f.Add("name", "a name is required")
	case n > MaxName:
		f.Add("name", "at most %d characters", MaxName)
	case strings.IndexFunc(o.Name, unicode.IsControl) >= 0:
		f.Add("name", "must not contain control characters")
	case accounts.HasFormatCharacter(o.Name):
		f.Add("name", accounts.FormatCharacterMessage)
	}
	if !accounts.OneOf(Kinds, o.Kind) {
		f.Add("kind", "must be one of %s", strings.Join(Kinds, ", "))
	}
	if !accounts.OneOf(accounts.StakeholderGroups, o.StakeholderGroup) {
		f.Add("stakeholder_group", "must be one of %s", strings.Join(accounts.StakeholderGroups, ", "))
	}
	if !accounts.OneOf(accounts.Regions, o.Region) {
		f.Add("region", "must be one of %s", strings.Join(accounts.Regions, ", "))
	}
	checkURL(&f, "website", o.Website)
	checkURL(&f, "logo_url", o.LogoURL)
	if utf8.RuneCountInString(o.Description) > MaxDescription {
		f.Add("description", "at most %d characters", MaxDescription)
	}
	return f.Err()
}

// checkURL accepts an empty value or an absolute http(s) address: anything
// else (javascript:, data:) could run in a visitor's browser.
func checkURL(f *apperr.Fields, field, v string) {
	if v == "" {
		return
	}
	u, err := url.Parse(v)
	if len(v) > MaxURL || err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		f.Add(field, "must be an http or https address of at most %d characters", MaxURL)
	}
}

// Create adds an organisation to the village.
func (s *Service) Create(ctx context.Context, in OrganisationInput) (*Organisation, error) {
	now := s.now().UTC().Truncate(time.Millisecond)
	o := &Organisation{ID: newOrgID(), CreatedAt: now, UpdatedAt: now}
	if err := in.apply(o); err != nil {
		return nil, err
	}
	if err := s.store.CreateOrganisation(ctx, o); err != nil {
		return nil, err
	}
	return o, nil
}

func newOrgID() string {
	b := make([]byte, 9)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return "org-" + base64.RawURLEncoding.EncodeToString(b)
}

// Get returns one organisation.
func (s *Service) Get(ctx context.Context, id string) (*Organisation, error) {
	o, err := s.store.Organisation(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "no such organisation")
	}
	return o, err
}

// List returns every organisation by name.
func (s *Service) List(ctx context.Context) ([]Organisation, error) {
	return s.store.Organisations(ctx)
}

// Update changes the fields given in in.
func (s *Service) Update(ctx context.Context, p *accounts.Person, id string, in OrganisationInput) (*Organisation, error) {
	if err := MayEditOrganisation(p, id); err != nil {
		return nil, err
	}
	// The Secretariat classifies exhibitors; staff tell their own story.
	if p.Role != accounts.RoleSecretariat && (in.Name != nil || in.Kind != nil || in.StakeholderGroup != nil || in.Region != nil) {
		return nil, apperr.New(apperr.Forbidden, "staff may change the website, logo and description; the Secretariat sets the name, kind, stakeholder group and region")
	}
	o, err := s.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := in.apply(o); err != nil {
		return nil, err
	}
	o.UpdatedAt = s.now().UTC().Truncate(time.Millisecond)
	if err := s.store.UpdateOrganisation(ctx, o); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, apperr.New(apperr.NotFound, "no such organisation")
		}
		return nil, err
	}
	return o, nil
}

// Delete removes an organisation and its booth. Its staff become
// participants: the caller clears them through accounts, which owns
// people, and does so first, since that claims the organisation's
// tombstone, after which no booth is made for it (see CreateBooth). The
// booth goes before the organisation, so that a removal that fails
// half-way leaves no booth of nobody, and a retry finishes it.
func (s *Service) Delete(ctx context.Context, id string) error {
	if err := s.store.DeleteBooth(ctx, BoothID(id)); err != nil && !errors.Is(err, store.ErrNotFound) {
		return err
	}
	err := s.store.DeleteOrganisation(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "no such organisation")
	}
	return err
}
