package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

// organisationDoc is an organisation as stored, with the key the list
// sorts on.
type organisationDoc struct {
	booths.Organisation `bson:",inline"`
	NameKey             string `bson:"name_key"`
}

func newOrganisationDoc(o *booths.Organisation) organisationDoc {
	return organisationDoc{Organisation: *o, NameKey: foldName(o.Name)}
}

func (s *Store) CreateOrganisation(ctx context.Context, o *booths.Organisation) (err error) {
	defer s.finish("CreateOrganisation", time.Now(), &err)
	_, err = s.organisations.InsertOne(ctx, newOrganisationDoc(o))
	return err
}

func (s *Store) Organisation(ctx context.Context, id string) (o *booths.Organisation, err error) {
	defer s.finish("Organisation", time.Now(), &err)
	var d organisationDoc
	if err := s.organisations.FindOne(ctx, byID(id)).Decode(&d); err != nil {
		return nil, err
	}
	return &d.Organisation, nil
}

// Organisations lists every organisation by folded name, then ID.
func (s *Store) Organisations(ctx context.Context) (list []booths.Organisation, err error) {
	defer s.finish("Organisations", time.Now(), &err)
	sort := options.Find().SetSort(bson.D{{Key: "name_key", Value: 1}, {Key: "_id", Value: 1}})
	cur, err := s.organisations.Find(ctx, bson.D{}, sort)
	if err != nil {
		return nil, err
	}
	var docs []organisationDoc
	if err := cur.All(ctx, &docs); err != nil {
		return nil, err
	}
	list = make([]booths.Organisation, len(docs))
	for i := range docs {
		list[i] = docs[i].Organisation
	}
	return list, nil
}

func (s *Store) UpdateOrganisation(ctx context.Context, o *booths.Organisation) (err error) {
	defer s.finish("UpdateOrganisation", time.Now(), &err)
	res, err := s.organisations.ReplaceOne(ctx, byID(o.ID), newOrganisationDoc(o))
	if err != nil {
		return err
	}
	if res.MatchedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}

func (s *Store) DeleteOrganisation(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteOrganisation", time.Now(), &err)
	return deleteOne(ctx, s.organisations, id)
}
