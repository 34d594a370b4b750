package accounts

import (
	"context"
	"time"

	"github.com/igf-village/village/store"
)

// Store is what accounts needs from storage. Implementations return errors
// that wrap store.ErrNotFound and store.ErrDuplicate, and are safe for
// concurrent use.
type Store interface {
	// CreatePerson inserts p. ErrDuplicate if p.ID or p.Email is taken.
	CreatePerson(ctx context.Context, p *Person) error
	Person(ctx context.Context, id string) (*Person, error)
	PersonByEmail(ctx context.Context, email string) (*Person, error)
	// UpdatePerson replaces the stored person with p's ID. ErrNotFound if
	// there is none, ErrDuplicate if p.Email belongs to someone else.
	UpdatePerson(ctx context.Context, p *Person) error
	// DeletePerson removes the person and everything stored for them
	// (refresh tokens, photos, the leads they left at booths, their contacts,
	// their sign-ups to coffee breaks, and wishes to meet from or to them
	// included).
	// ErrNotFound if there is none.
	DeletePerson(ctx context.Context, id string) error
	// SearchPeople returns the opted-in people matching q, sorted by display
	// name then ID, and how many match in all.
	SearchPeople(ctx context.Context, q DirectoryQuery) ([]Person, int, error)
	// ClearOrganisation turns every staff member of org back into a
	// participant, once the organisation's tombstone is claimed.
	ClearOrganisation(ctx context.Context, orgID string) error
	// Claims hold the tombstones of closed organisations, which make
	// closing one and accepting a staff invitation to it exclusive.
	store.Claims

	CreateInvitation(ctx context.Context, inv *Invitation) error
	Invitation(ctx context.Context, id string) (*Invitation, error)
	// Invitations lists invitations, newest first.
	Invitations(ctx context.Context) ([]Invitation, error)
	DeleteInvitation(ctx context.Context, id string) error
	// Redeem claims an invitation. ErrDuplicate if it was already claimed.
	Redeem(ctx context.Context, r *Redemption) error
	// Redemption returns the claim on an invitation, ErrNotFound if unused.
	Redemption(ctx context.Context, invitationID string) (*Redemption, error)

	// CreatePhoto inserts ph. ErrDuplicate if its ID is taken.
	CreatePhoto(ctx context.Context, ph *Photo) error
	// Photo returns the photo with id, its bytes included. ErrNotFound if
	// there is none.
	Photo(ctx context.Context, id string) (*Photo, error)
	// DeletePhoto removes the photo with id. ErrNotFound if there is none.
	DeletePhoto(ctx context.Context, id string) error

	// Blocks between people (blocks.go). DeletePerson removes the blocks
	// the person made and those made of them.
	BlockStore
}

// Clock lets tests control time.
type Clock func() time.Time
