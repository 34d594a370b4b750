package accounts

import "time"

// Role is what a person may do in the village.
type Role string

const (
	RoleParticipant Role = "participant"
	RoleStaff       Role = "staff" // staff of one organisation: Person.OrganisationID
	RoleSecretariat Role = "secretariat"
)

// Valid reports whether r is one of the three roles.
func (r Role) Valid() bool {
	return r == RoleParticipant || r == RoleStaff || r == RoleSecretariat
}

// Person is one account. Email is stored lower-cased and is unique.
// PasswordHash is empty for people who only sign in through the event's
// identity provider.
type Person struct {
	ID               string   `json:"id" bson:"_id"`
	Email            string   `json:"email" bson:"email"`
	PasswordHash     string   `json:"password_hash,omitempty" bson:"password_hash,omitempty"`
	DisplayName      string   `json:"display_name" bson:"display_name"`
	StakeholderGroup string   `json:"stakeholder_group" bson:"stakeholder_group"`
	Region           string   `json:"region" bson:"region"`
	Country          string   `json:"country" bson:"country"`     // ISO 3166-1 alpha-2, upper case
	Languages        []string `json:"languages" bson:"languages"` // BCP 47 tags, canonical form
	TimeZone         string   `json:"time_zone" bson:"time_zone"` // IANA name
	Themes           []string `json:"themes" bson:"themes"`       // of Themes
	Tags             []string `json:"tags" bson:"tags"`           // free interests, lower case
	Expertise        string   `json:"expertise" bson:"expertise"`
	Youth            bool     `json:"youth" bson:"youth"`
	Parliamentarian  bool     `json:"parliamentarian" bson:"parliamentarian"`
	DirectoryOptIn   bool     `json:"directory_opt_in" bson:"directory_opt_in"`
	Role             Role     `json:"role" bson:"role"`
	OrganisationID   string   `json:"organisation_id,omitempty" bson:"organisation_id,omitempty"`
	PhotoID          string   `json:"photo_id,omitempty" bson:"photo_id,omitempty"` // of their Photo; empty when none
	// Meetings (meetingprefs.go): working hours "HH:MM" local, both empty
	// for agenda.DefaultWorkingHours; who may ask them; empty is anyone.
	WorkFrom  string    `json:"work_from,omitempty" bson:"work_from,omitempty"`
	WorkTo    string    `json:"work_to,omitempty" bson:"work_to,omitempty"`
	AskPolicy AskPolicy `json:"meeting_requests,omitempty" bson:"meeting_requests,omitempty"`
	CreatedAt time.Time `json:"created_at" bson:"created_at"`
	UpdatedAt time.Time `json:"updated_at" bson:"updated_at"`
}

// Invitation grants a role to whoever accepts it first. Its ID is the secret
// part of the invite link.
type Invitation struct {
	ID             string    `json:"id" bson:"_id"`
	Role           Role      `json:"role" bson:"role"` // staff or secretariat
	OrganisationID string    `json:"organisation_id,omitempty" bson:"organisation_id,omitempty"`
	Note           string    `json:"note,omitempty" bson:"note,omitempty"`
	CreatedBy      string    `json:"created_by" bson:"created_by"`
	CreatedAt      time.Time `json:"created_at" bson:"created_at"`
	ExpiresAt      time.Time `json:"expires_at" bson:"expires_at"`
}

// Redemption records that an invitation was used. Its ID is the
// invitation's, so inserting it is what claims the invitation: of racing
// accepts exactly one insert succeeds.
type Redemption struct {
	InvitationID string    `json:"invitation_id" bson:"_id"`
	PersonID     string    `json:"person_id" bson:"person_id"`
	At           time.Time `json:"at" bson:"at"`
}

// DirectoryQuery filters the participant directory. Empty fields do not
// filter. Only people who opted in are ever returned.
type DirectoryQuery struct {
	Text             string // matched, case-insensitively, against display name and expertise
	Theme            string
	Tag              string
	StakeholderGroup string
	Region           string
	Language         string // a BCP 47 tag; matches its base language ("fr" finds "fr-CA")
	Youth            *bool
	Offset, Limit    int
}
