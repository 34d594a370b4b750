package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/booths"
)

func (s *Store) CreateBooth(ctx context.Context, b *booths.Booth) (err error) {
	defer s.finish("CreateBooth", time.Now(), &err)
	return s.booths.insert(ctx, b)
}

func (s *Store) Booth(ctx context.Context, id string) (_ *booths.Booth, err error) {
	defer s.finish("Booth", time.Now(), &err)
	return s.booths.get(ctx, id)
}

// Booths lists every booth by folded title, then ID.
func (s *Store) Booths(ctx context.Context) (_ []booths.Booth, err error) {
	defer s.finish("Booths", time.Now(), &err)
	sort := options.Find().SetSort(bson.D{{Key: "name_key", Value: 1}, {Key: "_id", Value: 1}})
	return s.booths.find(ctx, bson.D{}, sort)
}

func (s *Store) UpdateBooth(ctx context.Context, b *booths.Booth) (err error) {
	defer s.finish("UpdateBooth", time.Now(), &err)
	return s.booths.replace(ctx, b.ID, b)
}

// DeleteBooth removes the leads left at the booth, then the booth: a
// removal that fails half-way leaves the booth, and a retry finishes it.
// (A new booth of the same organisation has the same ID, and must not
// inherit them.)
func (s *Store) DeleteBooth(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteBooth", time.Now(), &err)
	if _, err := s.leads.DeleteMany(ctx, bson.D{{Key: "booth_id", Value: id}}); err != nil {
		return err
	}
	return s.booths.remove(ctx, id)
}
