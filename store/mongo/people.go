package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/igf-village/village/accounts"
)

// CreatePerson inserts p: ErrDuplicate if its ID or e-mail is taken.
func (s *Store) CreatePerson(ctx context.Context, p *accounts.Person) (err error) {
	defer s.finish("CreatePerson", time.Now(), &err)
	return s.people.insert(ctx, p)
}

func (s *Store) Person(ctx context.Context, id string) (_ *accounts.Person, err error) {
	defer s.finish("Person", time.Now(), &err)
	return s.people.get(ctx, id)
}

func (s *Store) PersonByEmail(ctx context.Context, email string) (_ *accounts.Person, err error) {
	defer s.finish("PersonByEmail", time.Now(), &err)
	return s.people.findOne(ctx, bson.D{{Key: "email", Value: email}})
}

// UpdatePerson replaces the person with p's ID: ErrNotFound if there is
// none, ErrDuplicate (and no change) if p's e-mail is someone else's.
func (s *Store) UpdatePerson(ctx context.Context, p *accounts.Person) (err error) {
	defer s.finish("UpdatePerson", time.Now(), &err)
	return s.people.replace(ctx, p.ID, p)
}

// DeletePerson removes the person's refresh tokens, photos, the leads
// they left, their contacts, their sign-ups to breaks and the blocks they
// made or were the object of, their wishes to meet and those of others to
// meet them, then the person. If it fails halfway the
// person is still there and a retry finishes the job.
func (s *Store) DeletePerson(ctx context.Context, id string) (err error) {
	defer s.finish("DeletePerson", time.Now(), &err)
	mine := bson.D{{Key: "person_id", Value: id}}
	if _, err := s.refreshTokens.DeleteMany(ctx, mine); err != nil {
		return err
	}
	if _, err := s.photos.DeleteMany(ctx, mine); err != nil {
		return err
	}
	if _, err := s.leads.DeleteMany(ctx, mine); err != nil {
		return err
	}
	if _, err := s.contacts.DeleteMany(ctx, bson.D{{Key: "$or", Value: bson.A{
		bson.D{{Key: "a", Value: id}}, bson.D{{Key: "b", Value: id}},
	}}}); err != nil {
		return err
	}
	if _, err := s.signUps.DeleteMany(ctx, mine); err != nil {
		return err
	}
	if err := s.deleteBlocksOf(ctx, id); err != nil {
		return err
	}
	if _, err := s.wishes.DeleteMany(ctx, bson.D{{Key: "$or", Value: bson.A{
		bson.D{{Key: "from", Value: id}}, bson.D{{Key: "to", Value: id}},
	}}}); err != nil {
		return err
	}
	return s.people.remove(ctx, id)
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
