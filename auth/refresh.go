package auth

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
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

// successorKey is the key successors are derived with: the signing secret
// under a label of its own, so that no successor is ever an HMAC the
// access tokens' signature could also be.
func successorKey(secret []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("village refresh token successor"))
	return m.Sum(nil)
}

// successor is the secret that rotating secret yields. It is derived, not
// drawn, so that every node, and every presentation of secret within the
// grace window, hands out the same one without the store ever holding a
// secret: only its hash is stored, as for every refresh token. Without the
// signing secret nobody can compute it.
func (t *Tokens) successor(secret string) string {
	m := hmac.New(sha256.New, t.successorKey)
	m.Write([]byte(secret))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// Session is a sign-in session as its refresh token stands: whose it is,
// its ID (the refresh token family) and the secret to refresh it with.
type Session struct {
	PersonID string
	ID       string
	Refresh  string
}

// NewRefresh starts a new session for a person.
func (t *Tokens) NewRefresh(ctx context.Context, personID string) (Session, error) {
	s := Session{PersonID: personID, ID: randomString(12), Refresh: randomString(32)}
	return s, t.store.CreateRefreshToken(ctx, t.newRecord(s.Refresh, personID, s.ID))
}

func (t *Tokens) newRecord(secret, personID, family string) *RefreshToken {
	now := t.now().UTC().Truncate(time.Millisecond)
	return &RefreshToken{
		Hash: hashRefresh(secret), PersonID: personID, Family: family,
		CreatedAt: now, ExpiresAt: now.Add(t.cfg.RefreshTTL),
	}
}

// Rotate spends a refresh secret and returns its session with the next
// secret.
//
// Spending inserts a mark keyed by the token's hash, so of racing
// rotations exactly one spends it. A spent secret presented again within
// the grace window (a retry whose first answer was lost, or another tab
// refreshing at the same moment) gets the same successor again; presented
// later, it means the token leaked or was replayed, and the whole family
// is revoked.
func (t *Tokens) Rotate(ctx context.Context, secret string) (Session, error) {
	rt, err := t.live(ctx, secret)
	if err != nil {
		return Session{}, err
	}
	next := t.successor(secret)
	spentAt, err := t.store.RefreshTokenSpentAt(ctx, rt.Hash)
	if err == nil {
		if err := t.again(ctx, rt, next, spentAt); err != nil {
			return Session{}, err
		}
		return Session{PersonID: rt.PersonID, ID: rt.Family, Refresh: next}, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return Session{}, err
	}
	// The successor is stored before the spend, so that a rotation losing
	// the race to spend finds it there. Racing rotations derive the same
	// one: the losers' inserts are duplicates, and harmless.
	if err := t.store.CreateRefreshToken(ctx, t.newRecord(next, rt.PersonID, rt.Family)); err != nil && !errors.Is(err, store.ErrDuplicate) {
		return Session{}, err
	}
	err = t.store.SpendRefreshToken(ctx, rt.Hash, t.now().UTC().Truncate(time.Millisecond))
	if errors.Is(err, store.ErrDuplicate) {
		if spentAt, err = t.store.RefreshTokenSpentAt(ctx, rt.Hash); err != nil {
			return Session{}, err
		}
		if err := t.again(ctx, rt, next, spentAt); err != nil {
			return Session{}, err
		}
		return Session{PersonID: rt.PersonID, ID: rt.Family, Refresh: next}, nil
	}
	if err != nil {
		return Session{}, err
	}
	// A revocation (sign-out, reuse detected, password changed) that ran
	// between reading the token and storing its successor would have
	// missed the successor. It deleted the token, though: if the token is
	// gone now, finish the revocation rather than outlive it.
	if _, err := t.store.RefreshToken(ctx, rt.Hash); errors.Is(err, store.ErrNotFound) {
		if err := t.store.RevokeFamily(ctx, rt.Family); err != nil {
			return Session{}, err
		}
		return Session{}, errBadRefresh
	} else if err != nil {
		return Session{}, err
	}
	return Session{PersonID: rt.PersonID, ID: rt.Family, Refresh: next}, nil
}

// again decides a presentation of a token that was already spent at
// spentAt: within the grace window it succeeds if the family still lives
// (its successor is there), after it the family is revoked.
func (t *Tokens) again(ctx context.Context, rt *RefreshToken, next string, spentAt time.Time) error {
	// Spent times are stored to the millisecond; compare like with like.
	if t.now().Truncate(time.Millisecond).Sub(spentAt) > t.cfg.RefreshGrace {
		if err := t.store.RevokeFamily(ctx, rt.Family); err != nil {
			return err
		}
		return errBadRefresh
	}
	// Never re-create the successor here: if the family was revoked since,
	// it must stay so.
	_, err := t.live(ctx, next)
	return err
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

// EndOtherSessions ends every session of personID but keep (all of them
// when keep is empty), as a password change does. A rotation racing it
// notices and ends its session too (see Rotate).
func (t *Tokens) EndOtherSessions(ctx context.Context, personID, keep string) error {
	return t.store.RevokeOtherFamilies(ctx, personID, keep)
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
