package auth

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

var errBadRefresh = apperr.New(apperr.Unauthenticated, "the session has ended; sign in again")

// hashRefresh is the stored key of a refresh secret. A plain SHA-256 is
// enough: the secret is 32 random bytes, not a guessable password.
func hashRefresh(secret string) string {
	h := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(h[:])
}

// NewRefresh starts a new session for a person and returns its secret.
func (t *Tokens) NewRefresh(ctx context.Context, personID string) (string, error) {
	return t.issueRefresh(ctx, personID, randomString(12))
}

func (t *Tokens) issueRefresh(ctx context.Context, personID, family string) (string, error) {
	secret := randomString(32)
	now := t.now().UTC().Truncate(time.Millisecond)
	err := t.store.CreateRefreshToken(ctx, &RefreshToken{
		Hash: hashRefresh(secret), PersonID: personID, Family: family,
		CreatedAt: now, ExpiresAt: now.Add(t.cfg.RefreshTTL),
	})
	return secret, err
}

// Rotate spends a refresh secret and returns the person and a new secret of
// the same family. Spending inserts a mark keyed by the token's hash, so of
// racing rotations exactly one wins. A secret presented after it was spent
// means it leaked or was replayed: the whole family is revoked.
func (t *Tokens) Rotate(ctx context.Context, secret string) (personID, next string, err error) {
	rt, err := t.live(ctx, secret)
	if err != nil {
		return "", "", err
	}
	err = t.store.SpendRefreshToken(ctx, rt.Hash, t.now().UTC())
	if errors.Is(err, store.ErrDuplicate) {
		if rerr := t.store.RevokeFamily(ctx, rt.Family); rerr != nil {
			return "", "", rerr
		}
		return "", "", errBadRefresh
	}
	if err != nil {
		return "", "", err
	}
	next, err = t.issueRefresh(ctx, rt.PersonID, rt.Family)
	return rt.PersonID, next, err
}

// Revoke ends the session that secret belongs to (sign-out). An unknown or
// already ended session is not an error: sign-out is idempotent.
func (t *Tokens) Revoke(ctx context.Context, secret string) error {
	rt, err := t.store.RefreshToken(ctx, hashRefresh(secret))
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	return t.store.RevokeFamily(ctx, rt.Family)
}

func (t *Tokens) live(ctx context.Context, secret string) (*RefreshToken, error) {
	if secret == "" || len(secret) > 128 {
		return nil, errBadRefresh
	}
	rt, err := t.store.RefreshToken(ctx, hashRefresh(secret))
	if errors.Is(err, store.ErrNotFound) {
		return nil, errBadRefresh
	}
	if err != nil {
		return nil, err
	}
	if !t.now().Before(rt.ExpiresAt) {
		return nil, errBadRefresh
	}
	return rt, nil
}
