package memory

import (
	"context"
	"time"

	bolt "go.etcd.io/bbolt"
)

func (s *Store) Claim(ctx context.Context, key string, at time.Time) (err error) {
	defer s.observe("Claim", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, taken := s.claims[key]; taken {
		return duplicate("claim")
	}
	rec := claim{Key: key, At: at}
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketClaims, key, rec) }); err != nil {
		return err
	}
	s.claims[key] = rec
	return nil
}
