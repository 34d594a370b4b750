package mongo

import (
	"context"
	"time"
)

// claim is a one-off fact; its _id is the key that only one caller gets.
type claim struct {
	Key string    `bson:"_id"`
	At  time.Time `bson:"at"`
}

// Claim inserts key: ErrDuplicate if another caller claimed it first.
func (s *Store) Claim(ctx context.Context, key string, at time.Time) (err error) {
	defer s.finish("Claim", time.Now(), &err)
	return s.claims.insert(ctx, &claim{Key: key, At: at})
}
