package memory

import (
	"context"
	"time"
)

func (s *Store) Claim(ctx context.Context, key string, at time.Time) error {
	return s.update(ctx, "Claim", func() error { return s.claims.insert(claim{Key: key, At: at}) })
}

func (s *Store) Claimed(ctx context.Context, key string) (bool, error) {
	return view(ctx, s, "Claimed", func() (bool, error) { return s.claims.has(key), nil })
}
