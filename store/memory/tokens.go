package memory

import (
	"context"
	"time"

	"github.com/igf-village/village/auth"
)

func (s *Store) CreateRefreshToken(ctx context.Context, t *auth.RefreshToken) error {
	return s.update(ctx, "CreateRefreshToken", func() error { return s.refreshTokens.insert(*t) })
}

func (s *Store) RefreshToken(ctx context.Context, hash string) (*auth.RefreshToken, error) {
	return view(ctx, s, "RefreshToken", func() (*auth.RefreshToken, error) { return s.refreshTokens.get(hash) })
}

// SpendRefreshToken does not require the token to exist: the spent mark is
// a claim on the hash alone, which is all a unique index can promise, and
// auth looks the token up before spending it.
func (s *Store) SpendRefreshToken(ctx context.Context, hash string, at time.Time) error {
	return s.update(ctx, "SpendRefreshToken", func() error { return s.spent.insert(spentMark{Hash: hash, At: at}) })
}

func (s *Store) RefreshTokenSpentAt(ctx context.Context, hash string) (time.Time, error) {
	return view(ctx, s, "RefreshTokenSpentAt", func() (time.Time, error) {
		m, err := s.spent.get(hash)
		if err != nil {
			return time.Time{}, err
		}
		return m.At, nil
	})
}

// RevokeFamily keeps the spent marks: they are what reveals a replayed
// token, and a revoked chain is exactly when replays are expected. A family
// with no tokens is not an error, since revoking twice must be harmless.
func (s *Store) RevokeFamily(ctx context.Context, family string) error {
	return s.update(ctx, "RevokeFamily", func() error {
		return s.refreshTokens.removeWhere(func(t auth.RefreshToken) bool { return t.Family == family })
	})
}

func (s *Store) RevokeOtherFamilies(ctx context.Context, personID, keep string) error {
	return s.update(ctx, "RevokeOtherFamilies", func() error {
		return s.refreshTokens.removeWhere(func(t auth.RefreshToken) bool { return t.PersonID == personID && t.Family != keep })
	})
}
