package auth

import (
	"context"
	"time"
)

// RefreshToken is the stored form of a refresh token: only the SHA-256 of the
// secret is kept. Every rotation keeps the Family, so reuse of a spent token
// can revoke the whole chain.
type RefreshToken struct {
	Hash      string    `json:"hash" bson:"_id"`
	PersonID  string    `json:"person_id" bson:"person_id"`
	Family    string    `json:"family" bson:"family"`
	CreatedAt time.Time `json:"created_at" bson:"created_at"`
	ExpiresAt time.Time `json:"expires_at" bson:"expires_at"`
}

// Store is what auth needs from storage. Errors wrap store.ErrNotFound and
// store.ErrDuplicate.
type Store interface {
	CreateRefreshToken(ctx context.Context, t *RefreshToken) error
	RefreshToken(ctx context.Context, hash string) (*RefreshToken, error)
	// SpendRefreshToken claims the token by inserting a spent mark keyed by
	// its hash. Of racing spends exactly one succeeds; the others, and any
	// later spend, get ErrDuplicate.
	SpendRefreshToken(ctx context.Context, hash string, at time.Time) error
	// RefreshTokenSpentAt returns when the token was spent (the at of the
	// spend that won); ErrNotFound if it was not.
	RefreshTokenSpentAt(ctx context.Context, hash string) (time.Time, error)
	// RevokeFamily deletes every token of a family (sign-out everywhere
	// that chain reached, or reuse detected).
	RevokeFamily(ctx context.Context, family string) error
	// RevokeOtherFamilies deletes every token of personID whose family is
	// not keep (a password change ending the person's other sessions); an
	// empty keep keeps none.
	RevokeOtherFamilies(ctx context.Context, personID, keep string) error
}
