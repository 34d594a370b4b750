package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

func (s *Store) AddKnock(ctx context.Context, k *booths.Knock) (err error) {
	defer s.finish("AddKnock", time.Now(), &err)
	return s.knocks.insert(ctx, k)
}

func (s *Store) Knock(ctx context.Context, key string) (_ *booths.Knock, err error) {
	defer s.finish("Knock", time.Now(), &err)
	return s.knocks.get(ctx, key)
}

func (s *Store) Knocks(ctx context.Context, boothID string) (_ []booths.Knock, err error) {
	defer s.finish("Knocks", time.Now(), &err)
	return s.knocks.find(ctx, bson.D{{Key: "booth_id", Value: boothID}})
}

func (s *Store) KnocksBy(ctx context.Context, visitorID string) (_ []booths.Knock, err error) {
	defer s.finish("KnocksBy", time.Now(), &err)
	return s.knocks.find(ctx, bson.D{{Key: "visitor.id", Value: visitorID}})
}

// DeleteKnock deletes by the key and the knock's ID together: it decides
// nothing (the KnockEnd's insert did), it only spares a newer knock of the
// same visitor at the same booth.
func (s *Store) DeleteKnock(ctx context.Context, key, id string) (err error) {
	defer s.finish("DeleteKnock", time.Now(), &err)
	res, err := s.knocks.DeleteOne(ctx, bson.D{{Key: "_id", Value: key}, {Key: "knock_id", Value: id}})
	if err != nil {
		return err
	}
	if res.DeletedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}

func (s *Store) EndKnock(ctx context.Context, e *booths.KnockEnd) (err error) {
	defer s.finish("EndKnock", time.Now(), &err)
	return s.knockEnds.insert(ctx, e)
}

func (s *Store) KnockEnd(ctx context.Context, id string) (_ *booths.KnockEnd, err error) {
	defer s.finish("KnockEnd", time.Now(), &err)
	return s.knockEnds.get(ctx, id)
}

func (s *Store) LastKnockEnd(ctx context.Context, boothID, visitorID string) (_ *booths.KnockEnd, err error) {
	defer s.finish("LastKnockEnd", time.Now(), &err)
	latest := options.FindOne().SetSort(bson.D{{Key: "at", Value: -1}, {Key: "_id", Value: -1}})
	return s.knockEnds.findOne(ctx, bson.D{{Key: "booth_id", Value: boothID}, {Key: "visitor_id", Value: visitorID}}, latest)
}
