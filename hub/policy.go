package hub

import (
	"context"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// Authenticator turns an access token into an identity. Errors carry
// apperr codes (unauthenticated).
type Authenticator interface {
	Authenticate(ctx context.Context, token string) (protocol.Identity, error)
}

// DirectRule decides whether who may send a direct message of kind to the
// person with ID to. Errors carry apperr codes (forbidden, not_found,
// validation_failed).
type DirectRule func(ctx context.Context, who protocol.Identity, to, kind string) error

// anyoneElse is the DirectRule when none is given.
func anyoneElse(_ context.Context, who protocol.Identity, to, _ string) error {
	if to == who.ID {
		return apperr.New(apperr.ValidationFailed, "a direct message goes to someone else")
	}
	return nil
}
