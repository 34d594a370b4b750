package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"

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

func (s *Store) RefreshTokenSpentAt(ctx context.Context, hash string) (_ time.Time, err error) {
	defer s.finish("RefreshTokenSpentAt", time.Now(), &err)
	m, err := s.refreshSpent.get(ctx, hash)
	if err != nil {
		return time.Time{}, err
	}
	return m.At, nil
}

// RevokeFamily deletes every token of family; none is not an error.
func (s *Store) RevokeFamily(ctx context.Context, family string) (err error) {
	defer s.finish("RevokeFamily", time.Now(), &err)
	_, err = s.refreshTokens.DeleteMany(ctx, bson.D{{Key: "family", Value: family}})
	return err
}

// RevokeOtherFamilies deletes every token of personID outside family keep;
// none is not an error.
func (s *Store) RevokeOtherFamilies(ctx context.Context, personID, keep string) (err error) {
	defer s.finish("RevokeOtherFamilies", time.Now(), &err)
	_, err = s.refreshTokens.DeleteMany(ctx, bson.D{
		{Key: "person_id", Value: personID},
		{Key: "family", Value: bson.D{{Key: "$ne", Value: keep}}},
	})
	return err
}
