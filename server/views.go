package server

import (
	"time"

	"github.com/igf-village/village/accounts"
)

// What people see of people. Two views, so that a person's e-mail can only
// leave the server in the view of their own account.

// accountView is one's own account.
type accountView struct {
	ID             string        `json:"id"`
	Email          string        `json:"email"`
	Role           accounts.Role `json:"role"`
	OrganisationID string        `json:"organisation_id,omitempty"`
	HasPassword    bool          `json:"has_password"`
	PhotoURL       string        `json:"photo_url,omitempty"`
	accounts.Profile
	accounts.MeetingSettings
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

func newAccountView(p *accounts.Person) accountView {
	return accountView{
		ID: p.ID, Email: p.Email, Role: p.Role, OrganisationID: p.OrganisationID,
		HasPassword: p.PasswordHash != "", PhotoURL: photoURL(p), Profile: nonNilProfile(p.Profile()),
		MeetingSettings: p.MeetingSettings(), CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt,
	}
}

// personView is what other signed-in people see: never the e-mail.
type personView struct {
	ID               string        `json:"id"`
	DisplayName      string        `json:"display_name"`
	Role             accounts.Role `json:"role"`
	OrganisationID   string        `json:"organisation_id,omitempty"`
	PhotoURL         string        `json:"photo_url,omitempty"`
	StakeholderGroup string        `json:"stakeholder_group"`
	Region           string        `json:"region"`
	Country          string        `json:"country"`
	Languages        []string      `json:"languages"`
	TimeZone         string        `json:"time_zone"`
	Themes           []string      `json:"themes"`
	Tags             []string      `json:"tags"`
	Expertise        string        `json:"expertise"`
	Youth            bool          `json:"youth"`
	Parliamentarian  bool          `json:"parliamentarian"`
}

func newPersonView(p *accounts.Person) personView {
	pr := nonNilProfile(p.Profile())
	return personView{
		ID: p.ID, DisplayName: pr.DisplayName, Role: p.Role, OrganisationID: p.OrganisationID,
		PhotoURL: photoURL(p), StakeholderGroup: pr.StakeholderGroup, Region: pr.Region, Country: pr.Country,
		Languages: pr.Languages, TimeZone: pr.TimeZone, Themes: pr.Themes, Tags: pr.Tags,
		Expertise: pr.Expertise, Youth: pr.Youth, Parliamentarian: pr.Parliamentarian,
	}
}

// organisationRef names an organisation beside the person who works there.
type organisationRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// profileView is GET /api/people/{id} for those who see the whole
// profile (accounts.SeesProfile).
type profileView struct {
	personView
	Organisation *organisationRef `json:"organisation,omitempty"`
	Listed       bool             `json:"listed"` // always true: the whole profile
}

// cardView is GET /api/people/{id} for everyone else: who the person is
// and how they look, nothing of what they chose to keep out of the
// directory.
type cardView struct {
	ID             string           `json:"id"`
	DisplayName    string           `json:"display_name"`
	Role           accounts.Role    `json:"role"`
	OrganisationID string           `json:"organisation_id,omitempty"`
	Organisation   *organisationRef `json:"organisation,omitempty"`
	PhotoURL       string           `json:"photo_url,omitempty"`
	Listed         bool             `json:"listed"` // always false: a card
}

func newCardView(p *accounts.Person, org *organisationRef) cardView {
	return cardView{ID: p.ID, DisplayName: p.DisplayName, Role: p.Role, OrganisationID: p.OrganisationID,
		Organisation: org, PhotoURL: photoURL(p)}
}

// nonNilProfile makes empty lists render as [] rather than null.
func nonNilProfile(p accounts.Profile) accounts.Profile {
	for _, l := range []*[]string{&p.Languages, &p.Themes, &p.Tags} {
		if *l == nil {
			*l = []string{}
		}
	}
	return p
}

// session is what signing in, registering and refreshing return.
type session struct {
	AccessToken  string      `json:"access_token"`
	TokenType    string      `json:"token_type"`
	ExpiresAt    time.Time   `json:"expires_at"`
	RefreshToken string      `json:"refresh_token,omitempty"`
	Account      accountView `json:"account"`
}

// page is a slice of a longer list.
type page[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

// invitationView adds the link to an invitation that is still open.
type invitationView struct {
	accounts.InvitationState
	URL string `json:"url,omitempty"`
}
