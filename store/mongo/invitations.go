package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store"
)

func (s *Store) CreateInvitation(ctx context.Context, inv *accounts.Invitation) (err error) {
	defer s.finish("CreateInvitation", time.Now(), &err)
	_, err = s.invitations.InsertOne(ctx, inv)
	return err
}

func (s *Store) Invitation(ctx context.Context, id string) (inv *accounts.Invitation, err error) {
	defer s.finish("Invitation", time.Now(), &err)
	inv = new(accounts.Invitation)
	if err := s.invitations.FindOne(ctx, byID(id)).Decode(inv); err != nil {
		return nil, err
	}
	return inv, nil
}

// Invitations lists invitations newest first; equal times by ascending ID.
func (s *Store) Invitations(ctx context.Context) (list []accounts.Invitation, err error) {
	defer s.finish("Invitations", time.Now(), &err)
	sort := options.Find().SetSort(bson.D{{Key: "created_at", Value: -1}, {Key: "_id", Value: 1}})
	cur, err := s.invitations.Find(ctx, bson.D{}, sort)
	if err != nil {
		return nil, err
	}
	list = []accounts.Invitation{}
	if err := cur.All(ctx, &list); err != nil {
		return nil, err
	}
	return list, nil
}

func (s *Store) DeleteInvitation(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteInvitation", time.Now(), &err)
	return deleteOne(ctx, s.invitations, id)
}

// Redeem claims the invitation by inserting the redemption, whose _id is
// the invitation's: of racing redeemers one insert wins, the others get
// ErrDuplicate.
func (s *Store) Redeem(ctx context.Context, r *accounts.Redemption) (err error) {
	defer s.finish("Redeem", time.Now(), &err)
	_, err = s.redemptions.InsertOne(ctx, r)
	return err
}

func (s *Store) Redemption(ctx context.Context, invitationID string) (r *accounts.Redemption, err error) {
	defer s.finish("Redemption", time.Now(), &err)
	r = new(accounts.Redemption)
	if err := s.redemptions.FindOne(ctx, byID(invitationID)).Decode(r); err != nil {
		return nil, err
	}
	return r, nil
}

// deleteOne deletes the document with _id id: ErrNotFound if there is none.
func deleteOne(ctx context.Context, col *mongo.Collection, id string) error {
	res, err := col.DeleteOne(ctx, byID(id))
	if err != nil {
		return err
	}
	if res.DeletedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}
