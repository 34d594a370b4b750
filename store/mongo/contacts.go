package mongo

import (
	"context"
	"errors"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/contacts"
)

var _ contacts.Store = (*Store)(nil)

// AddContacts inserts cs unordered: a contact whose _id is taken is
// refused by the server on its own and the others go in, so recording an
// occasion again, or racing another node recording it, is harmless.
func (s *Store) AddContacts(ctx context.Context, cs []contacts.Contact) (err error) {
	defer s.finish("AddContacts", time.Now(), &err)
	if len(cs) == 0 {
		return nil
	}
	docs := make([]any, len(cs))
	for i := range cs {
		docs[i] = &cs[i]
	}
	_, err = s.contacts.InsertMany(ctx, docs, options.InsertMany().SetOrdered(false))
	if err == nil {
		return nil
	}
	var bw mongo.BulkWriteException
	if errors.As(err, &bw) && bw.WriteConcernError == nil && len(bw.WriteErrors) > 0 {
		for _, we := range bw.WriteErrors {
			if we.Code != 11000 && !isDuplicate(we) {
				return err
			}
		}
		return nil
	}
	if isDuplicate(err) {
		return nil
	}
	return err
}

func (s *Store) PersonContacts(ctx context.Context, personID string) (_ []contacts.Contact, err error) {
	defer s.finish("PersonContacts", time.Now(), &err)
	list, err := s.contacts.find(ctx, bson.D{{Key: "$or", Value: bson.A{
		bson.D{{Key: "a", Value: personID}}, bson.D{{Key: "b", Value: personID}},
	}}})
	if err != nil {
		return nil, err
	}
	contacts.SortNewest(list)
	return list, nil
}

func (s *Store) EachContact(ctx context.Context, fn func(contacts.Contact) error) (err error) {
	defer s.finish("EachContact", time.Now(), &err)
	cur, err := s.contacts.Find(ctx, bson.D{})
	if err != nil {
		return err
	}
	defer cur.Close(ctx)
	for cur.Next(ctx) {
		var c contacts.Contact
		if err := cur.Decode(&c); err != nil {
			return err
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return cur.Err()
}
