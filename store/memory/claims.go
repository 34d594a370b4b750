package memory

import (
	"context"
	"time"
)

func (s *Store) Claim(ctx context.Context, key string, at time.Time) error {
	return s.update(ctx, "Claim", func() error { return s.claims.insert(claim{Key: key, At: at}) })
}
