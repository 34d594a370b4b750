package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

var _ booths.LeadStore = (*Store)(nil)

// leadOrder is booths.CompareLeads: newest consent first, then by ID.
var leadOrder = bson.D{{Key: "consented_at", Value: -1}, {Key: "_id", Value: 1}}

func (s *Store) CreateLead(ctx context.Context, l *booths.Lead) (err error) {
	defer s.finish("CreateLead", time.Now(), &err)
	return s.leads.insert(ctx, l)
}

func (s *Store) BoothLeads(ctx context.Context, boothID string, offset, limit int) (_ []booths.Lead, total int, err error) {
	defer s.finish("BoothLeads", time.Now(), &err)
	filter := bson.D{{Key: "booth_id", Value: boothID}}
	n, err := s.leads.CountDocuments(ctx, filter)
	if err != nil {
		return nil, 0, err
	}
	opts := options.Find().SetSort(leadOrder).SetSkip(int64(offset))
	if limit > 0 {
		opts.SetLimit(int64(limit))
	}
	list, err := s.leads.find(ctx, filter, opts)
	return list, int(n), err
}

func (s *Store) PersonLeads(ctx context.Context, personID string) (_ []booths.Lead, err error) {
	defer s.finish("PersonLeads", time.Now(), &err)
	return s.leads.find(ctx, bson.D{{Key: "person_id", Value: personID}}, options.Find().SetSort(leadOrder))
}

// DeleteLead names the person beside the _id, so that a booth ID made up
// to look like another key cannot reach someone else's lead.
func (s *Store) DeleteLead(ctx context.Context, boothID, personID string) (err error) {
	defer s.finish("DeleteLead", time.Now(), &err)
	res, err := s.leads.DeleteOne(ctx, bson.D{
		{Key: "_id", Value: booths.LeadID(boothID, personID)},
		{Key: "person_id", Value: personID},
	})
	if err != nil {
		return err
	}
	if res.DeletedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}
