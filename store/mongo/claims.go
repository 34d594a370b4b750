package mongo

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/mongo"
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

// Claimed looks the key up by _id, the one filter FerretDB v1 pushes down.
func (s *Store) Claimed(ctx context.Context, key string) (_ bool, err error) {
	defer s.finish("Claimed", time.Now(), &err)
	_, err = s.claims.get(ctx, key)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return false, nil
	}
	return err == nil, err
}
