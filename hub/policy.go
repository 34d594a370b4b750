package hub

import (
	"context"

	"github.com/igf-village/village/protocol"
)

// Authenticator turns an access token into an identity. Errors carry
// apperr codes (unauthenticated).
type Authenticator interface {
	Authenticate(ctx context.Context, token string) (protocol.Identity, error)
}

// Policy is the domain's say over rooms and direct messages. The hub asks
// it and knows nothing of what the rooms are. Errors carry apperr codes
// (forbidden, not_found, validation_failed).
type Policy interface {
	// Join decides whether who may enter room.
	Join(ctx context.Context, who protocol.Identity, room string) error
	// Direct decides whether who may send a direct message of kind to the
	// person with ID to.
	Direct(ctx context.Context, who protocol.Identity, to, kind string) error
}
