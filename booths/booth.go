package booths

import (
	"context"
	"strings"
	"time"
)

// Booth is an organisation's exhibition space in the village: one per
// organisation. Its ID is derived from the organisation's (BoothID), so
// that "one booth per organisation" is the claim of a unique key.
type Booth struct {
	ID               string `json:"id" bson:"_id"`
	OrganisationID   string `json:"organisation_id" bson:"organisation_id"`
	Title            string `json:"title" bson:"title"`
	Kind             string `json:"kind" bson:"kind"` // of Kinds
	StakeholderGroup string `json:"stakeholder_group" bson:"stakeholder_group"`
	Region           string `json:"region" bson:"region"`
	// Description is Markdown source, stored as sent (trimmed, line ends
	// made \n). Rendering it safely is the client's job.
	Description string   `json:"description" bson:"description"`
	Themes      []string `json:"themes" bson:"themes"`
	Languages   []string `json:"languages" bson:"languages"` // BCP 47, canonical
	Links       []Link   `json:"links" bson:"links"`
	// TimeZone is the IANA zone the opening hours are written in.
	TimeZone string  `json:"time_zone" bson:"time_zone"`
	Hours    []Hours `json:"hours" bson:"hours"` // sorted, never overlapping
	Open     bool    `json:"open" bson:"open"`
	// Announcement is the line staff pin at the top of the booth's room
	// ("Our director is here until 15:00 UTC"), "" for none.
	Announcement string    `json:"announcement" bson:"announcement,omitempty"`
	CreatedAt    time.Time `json:"created_at" bson:"created_at"`
	UpdatedAt    time.Time `json:"updated_at" bson:"updated_at"`
}

// Link is a link or material a booth shows: a title and an https address.
type Link struct {
	Title string `json:"title" bson:"title"`
	URL   string `json:"url" bson:"url"`
}

// Hours is one opening of a booth on one day, in the booth's time zone:
// the day and the wall-clock times staff chose ("9 to 12, Nairobi time").
// They are kept so, not as UTC instants, because that is what staff mean:
// should the zone's rules change before the event (governments move
// daylight saving time at a few weeks' notice), the opening stays at 9
// local time, and the UTC instants, derived when read (Span), follow.
type Hours struct {
	Date   string `json:"date" bson:"date"`     // YYYY-MM-DD
	Opens  string `json:"opens" bson:"opens"`   // HH:MM, 00:00 to 23:59
	Closes string `json:"closes" bson:"closes"` // HH:MM after Opens, up to 24:00
}

// BoothID is the ID of organisation orgID's booth.
func BoothID(orgID string) string { return "booth-" + strings.TrimPrefix(orgID, "org-") }

// BoothStore is what booths need from storage, beside the organisations'
// Store. Errors wrap store.ErrNotFound and store.ErrDuplicate.
type BoothStore interface {
	// CreateBooth inserts b: ErrDuplicate if its ID (its organisation's
	// booth) is taken.
	CreateBooth(ctx context.Context, b *Booth) error
	Booth(ctx context.Context, id string) (*Booth, error)
	// Booths lists every booth sorted by case-folded title, then ID.
	Booths(ctx context.Context) ([]Booth, error)
	// UpdateBooth replaces the stored booth with b's ID: ErrNotFound if
	// there is none (a booth removed meanwhile is not brought back).
	UpdateBooth(ctx context.Context, b *Booth) error
	// DeleteBooth removes the booth and the leads left at it: ErrNotFound
	// if there is no booth.
	DeleteBooth(ctx context.Context, id string) error
	// Claimed reads an organisation's tombstone (accounts.ClosedKey).
	Claimed(ctx context.Context, key string) (bool, error)
}

// Figures are a booth's live figures.
type Figures struct {
	VisitorsNow int `json:"visitors_now"`
	StaffOnline int `json:"staff_online"`
}

// Notifier pushes events into live rooms and to people: the hub
// satisfies it.
type Notifier interface {
	ToRoom(room, typ string, payload any)
	ToPerson(person, typ string, payload any)
}
