package booths

import (
	"context"
	"time"
)

// Organisation is one exhibitor of the village.
type Organisation struct {
	ID               string    `json:"id" bson:"_id"`
	Name             string    `json:"name" bson:"name"`
	Kind             string    `json:"kind" bson:"kind"` // of Kinds
	StakeholderGroup string    `json:"stakeholder_group" bson:"stakeholder_group"`
	Region           string    `json:"region" bson:"region"`
	Website          string    `json:"website,omitempty" bson:"website,omitempty"`
	LogoURL          string    `json:"logo_url,omitempty" bson:"logo_url,omitempty"`
	Description      string    `json:"description,omitempty" bson:"description,omitempty"`
	CreatedAt        time.Time `json:"created_at" bson:"created_at"`
	UpdatedAt        time.Time `json:"updated_at" bson:"updated_at"`
}

// Store is what booths needs from storage. Errors wrap store.ErrNotFound and
// store.ErrDuplicate.
type Store interface {
	CreateOrganisation(ctx context.Context, o *Organisation) error
	Organisation(ctx context.Context, id string) (*Organisation, error)
	// Organisations lists all organisations sorted by name then ID.
	Organisations(ctx context.Context) ([]Organisation, error)
	// UpdateOrganisation replaces the stored organisation with o's ID.
	UpdateOrganisation(ctx context.Context, o *Organisation) error
	DeleteOrganisation(ctx context.Context, id string) error
	BoothStore
	KnockStore
}
