package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/booths"
)

func (s *Store) CreateOrganisation(ctx context.Context, o *booths.Organisation) (err error) {
	defer s.finish("CreateOrganisation", time.Now(), &err)
	return s.organisations.insert(ctx, o)
}

func (s *Store) Organisation(ctx context.Context, id string) (_ *booths.Organisation, err error) {
	defer s.finish("Organisation", time.Now(), &err)
	return s.organisations.get(ctx, id)
}

// Organisations lists every organisation by folded name, then ID.
func (s *Store) Organisations(ctx context.Context) (_ []booths.Organisation, err error) {
	defer s.finish("Organisations", time.Now(), &err)
	sort := options.Find().SetSort(bson.D{{Key: "name_key", Value: 1}, {Key: "_id", Value: 1}})
	return s.organisations.find(ctx, bson.D{}, sort)
}

func (s *Store) UpdateOrganisation(ctx context.Context, o *booths.Organisation) (err error) {
	defer s.finish("UpdateOrganisation", time.Now(), &err)
	return s.organisations.replace(ctx, o.ID, o)
}

func (s *Store) DeleteOrganisation(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteOrganisation", time.Now(), &err)
	return s.organisations.remove(ctx, id)
}
