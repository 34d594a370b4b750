package memory

import (
	"context"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/auth"
)

func (s *Store) CreateRefreshToken(ctx context.Context, t *auth.RefreshToken) (err error) {
	defer s.observe("CreateRefreshToken", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, taken := s.refreshTokens[t.Hash]; taken {
		return duplicate("refresh token")
	}
	rec := *t
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketRefreshTokens, rec.Hash, rec) }); err != nil {
		return err
	}
	s.refreshTokens[rec.Hash] = rec
	return nil
}

func (s *Store) RefreshToken(ctx context.Context, hash string) (_ *auth.RefreshToken, err error) {
	defer s.observe("RefreshToken", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	t, ok := s.refreshTokens[hash]
	if !ok {
		return nil, notFound("refresh token")
	}
	return &t, nil
}

// SpendRefreshToken does not require the token to exist: the spent mark is
// a claim on the hash alone, which is all a unique index can promise, and
// auth looks the token up before spending it.
func (s *Store) SpendRefreshToken(ctx context.Context, hash string, at time.Time) (err error) {
	defer s.observe("SpendRefreshToken", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, taken := s.spent[hash]; taken {
		return duplicate("spent refresh token")
	}
	rec := spentMark{Hash: hash, At: at}
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketSpentTokens, hash, rec) }); err != nil {
		return err
	}
	s.spent[hash] = rec
	return nil
}

func (s *Store) RefreshTokenSpent(ctx context.Context, hash string) (_ bool, err error) {
	defer s.observe("RefreshTokenSpent", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return false, err
	}
	_, ok := s.spent[hash]
	return ok, nil
}

// RevokeFamily keeps the spent marks: they are what reveals a replayed
// token, and a revoked chain is exactly when replays are expected. A family
// with no tokens is not an error, since revoking twice must be harmless.
func (s *Store) RevokeFamily(ctx context.Context, family string) (err error) {
	defer s.observe("RevokeFamily", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	var hashes []string
	for hash, t := range s.refreshTokens {
		if t.Family == family {
			hashes = append(hashes, hash)
		}
	}
	if len(hashes) == 0 {
		return nil
	}
	err = s.write(func(tx *bolt.Tx) error {
		for _, hash := range hashes {
			if err := del(tx, bucketRefreshTokens, hash); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, hash := range hashes {
		delete(s.refreshTokens, hash)
	}
	return nil
}
