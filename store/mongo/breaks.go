package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/matching"
)

var _ matching.BreakStore = (*Store)(nil)

func (s *Store) CreateBreak(ctx context.Context, b *matching.Break) (err error) {
	defer s.finish("CreateBreak", time.Now(), &err)
	return s.breaks.insert(ctx, b)
}

func (s *Store) Break(ctx context.Context, id string) (_ *matching.Break, err error) {
	defer s.finish("Break", time.Now(), &err)
	return s.breaks.get(ctx, id)
}

func (s *Store) Breaks(ctx context.Context) (_ []matching.Break, err error) {
	defer s.finish("Breaks", time.Now(), &err)
	return s.breaks.find(ctx, bson.D{}, startOrder)
}

// ReplaceBreak writes the whole break: an edit decides nothing that an
// invariant rests on.
func (s *Store) ReplaceBreak(ctx context.Context, b *matching.Break) (err error) {
	defer s.finish("ReplaceBreak", time.Now(), &err)
	return s.breaks.replace(ctx, b.ID, b)
}

func (s *Store) DeleteBreak(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteBreak", time.Now(), &err)
	return s.breaks.remove(ctx, id)
}

func (s *Store) CreateSignUp(ctx context.Context, su *matching.SignUp) (err error) {
	defer s.finish("CreateSignUp", time.Now(), &err)
	return s.signUps.insert(ctx, su)
}

func (s *Store) SignUp(ctx context.Context, breakID, personID string) (_ *matching.SignUp, err error) {
	defer s.finish("SignUp", time.Now(), &err)
	return s.signUps.get(ctx, matching.SignUpID(breakID, personID))
}

var arrivalOrder = options.Find().SetSort(bson.D{{Key: "at", Value: 1}, {Key: "person_id", Value: 1}})

func (s *Store) SignUpsOfBreak(ctx context.Context, breakID string) (_ []matching.SignUp, err error) {
	defer s.finish("SignUpsOfBreak", time.Now(), &err)
	return s.signUps.find(ctx, bson.D{{Key: "break_id", Value: breakID}}, arrivalOrder)
}

func (s *Store) SignUpsOfPerson(ctx context.Context, personID string) (_ []matching.SignUp, err error) {
	defer s.finish("SignUpsOfPerson", time.Now(), &err)
	return s.signUps.find(ctx, bson.D{{Key: "person_id", Value: personID}},
		options.Find().SetSort(bson.D{{Key: "at", Value: 1}, {Key: "break_id", Value: 1}}))
}

func (s *Store) DeleteSignUp(ctx context.Context, breakID, personID string) (err error) {
	defer s.finish("DeleteSignUp", time.Now(), &err)
	return s.signUps.remove(ctx, matching.SignUpID(breakID, personID))
}

func (s *Store) DeleteSignUpsOfBreak(ctx context.Context, breakID string) (err error) {
	defer s.finish("DeleteSignUpsOfBreak", time.Now(), &err)
	_, err = s.signUps.DeleteMany(ctx, bson.D{{Key: "break_id", Value: breakID}})
	return err
}

func (s *Store) CreateRound(ctx context.Context, r *matching.Round) (err error) {
	defer s.finish("CreateRound", time.Now(), &err)
	return s.rounds.insert(ctx, r)
}

func (s *Store) Round(ctx context.Context, breakID string, n int) (_ *matching.Round, err error) {
	defer s.finish("Round", time.Now(), &err)
	return s.rounds.get(ctx, matching.RoundID(breakID, n))
}

// ReplaceRound writes the whole round, blind: only the node that seated
// the round writes it.
func (s *Store) ReplaceRound(ctx context.Context, r *matching.Round) (err error) {
	defer s.finish("ReplaceRound", time.Now(), &err)
	return s.rounds.replace(ctx, r.ID, r)
}
