package hub

import (
	"context"
	"time"
)

// Identity is who a connection belongs to, as the server's Authenticator
// found them.
type Identity struct {
	ID        string
	Name      string
	Role      string
	Photo     string    // the photo's URL, "" when none
	ExpiresAt time.Time // of the token; the connection closes then unless renewed
}

func (i Identity) member() Member {
	return Member{ID: i.ID, Name: i.Name, Role: i.Role, Photo: i.Photo}
}

// Authenticator turns an access token into an identity. Errors carry
// apperr codes (unauthenticated).
type Authenticator interface {
	Authenticate(ctx context.Context, token string) (Identity, error)
}

// Policy is the domain's say over rooms and direct messages. The hub asks
// it and knows nothing of what the rooms are. Errors carry apperr codes
// (forbidden, not_found, validation_failed).
type Policy interface {
	// Join decides whether who may enter room.
	Join(ctx context.Context, who Identity, room string) error
	// Direct decides whether who may send a direct message of kind to the
	// person with ID to.
	Direct(ctx context.Context, who Identity, to, kind string) error
}
