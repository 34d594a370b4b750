package mongo

import (
	"context"
	"strings"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store"
)

// personDoc is a person as stored: the record and the key the directory
// sorts on.
type personDoc struct {
	accounts.Person `bson:",inline"`
	NameKey         string `bson:"name_key"`
}

func newPersonDoc(p *accounts.Person) personDoc {
	return personDoc{Person: *p, NameKey: foldName(p.DisplayName)}
}

// foldName is the sort key of a display name or an organisation's name.
func foldName(name string) string { return strings.ToLower(name) }

func byID(id string) bson.D { return bson.D{{Key: "_id", Value: id}} }

// CreatePerson inserts p: ErrDuplicate if its ID or e-mail is taken.
func (s *Store) CreatePerson(ctx context.Context, p *accounts.Person) (err error) {
	defer s.finish("CreatePerson", time.Now(), &err)
	_, err = s.people.InsertOne(ctx, newPersonDoc(p))
	return err
}

func (s *Store) Person(ctx context.Context, id string) (p *accounts.Person, err error) {
	defer s.finish("Person", time.Now(), &err)
	return s.findPerson(ctx, byID(id))
}

func (s *Store) PersonByEmail(ctx context.Context, email string) (p *accounts.Person, err error) {
	defer s.finish("PersonByEmail", time.Now(), &err)
	return s.findPerson(ctx, bson.D{{Key: "email", Value: email}})
}

func (s *Store) findPerson(ctx context.Context, filter bson.D) (*accounts.Person, error) {
	var d personDoc
	if err := s.people.FindOne(ctx, filter).Decode(&d); err != nil {
		return nil, err
	}
	return &d.Person, nil
}

// UpdatePerson replaces the person with p's ID: ErrNotFound if there is
// none, ErrDuplicate (and no change) if p's e-mail is someone else's.
func (s *Store) UpdatePerson(ctx context.Context, p *accounts.Person) (err error) {
	defer s.finish("UpdatePerson", time.Now(), &err)
	res, err := s.people.ReplaceOne(ctx, byID(p.ID), newPersonDoc(p))
	if err != nil {
		return err
	}
	if res.MatchedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}

// DeletePerson removes the person's refresh tokens, then the person. If it
// fails halfway the person is still there and a retry finishes the job.
func (s *Store) DeletePerson(ctx context.Context, id string) (err error) {
	defer s.finish("DeletePerson", time.Now(), &err)
	if _, err := s.refreshTokens.DeleteMany(ctx, bson.D{{Key: "person_id", Value: id}}); err != nil {
		return err
	}
	res, err := s.people.DeleteOne(ctx, byID(id))
	if err != nil {
		return err
	}
	if res.DeletedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}

// ClearOrganisation turns the staff of orgID into participants. It decides
// nothing: every matching person gets the same change.
func (s *Store) ClearOrganisation(ctx context.Context, orgID string) (err error) {
	defer s.finish("ClearOrganisation", time.Now(), &err)
	_, err = s.people.UpdateMany(ctx,
		bson.D{
			{Key: "role", Value: accounts.RoleStaff},
			{Key: "organisation_id", Value: orgID},
		},
		bson.D{
			{Key: "$set", Value: bson.D{{Key: "role", Value: accounts.RoleParticipant}}},
			{Key: "$unset", Value: bson.D{{Key: "organisation_id", Value: ""}}},
		})
	return err
}
