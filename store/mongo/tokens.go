package mongo

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"

	"github.com/igf-village/village/auth"
)

// spentMark records that a refresh token was used. Its _id is the token's
// hash, so inserting it is what spends the token.
type spentMark struct {
	Hash string    `bson:"_id"`
	At   time.Time `bson:"at"`
}

func (s *Store) CreateRefreshToken(ctx context.Context, t *auth.RefreshToken) (err error) {
	defer s.finish("CreateRefreshToken", time.Now(), &err)
	return s.refreshTokens.insert(ctx, t)
}

func (s *Store) RefreshToken(ctx context.Context, hash string) (_ *auth.RefreshToken, err error) {
	defer s.finish("RefreshToken", time.Now(), &err)
	return s.refreshTokens.get(ctx, hash)
}

// SpendRefreshToken inserts the spent mark: of racing spends one wins, the
// others (and any later spend) get ErrDuplicate.
func (s *Store) SpendRefreshToken(ctx context.Context, hash string, at time.Time) (err error) {
	defer s.finish("SpendRefreshToken", time.Now(), &err)
	return s.refreshSpent.insert(ctx, &spentMark{Hash: hash, At: at})
}

func (s *Store) RefreshTokenSpent(ctx context.Context, hash string) (spent bool, err error) {
	defer s.finish("RefreshTokenSpent", time.Now(), &err)
	err = s.refreshSpent.FindOne(ctx, byID(hash)).Err()
	if errors.Is(err, mongo.ErrNoDocuments) {
		return false, nil
	}
	return err == nil, err
}

// RevokeFamily deletes every token of family; none is not an error.
func (s *Store) RevokeFamily(ctx context.Context, family string) (err error) {
	defer s.finish("RevokeFamily", time.Now(), &err)
	_, err = s.refreshTokens.DeleteMany(ctx, bson.D{{Key: "family", Value: family}})
	return err
}
