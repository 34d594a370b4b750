package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/accounts"
)

func (s *Store) CreateInvitation(ctx context.Context, inv *accounts.Invitation) (err error) {
	defer s.finish("CreateInvitation", time.Now(), &err)
	return s.invitations.insert(ctx, inv)
}

func (s *Store) Invitation(ctx context.Context, id string) (_ *accounts.Invitation, err error) {
	defer s.finish("Invitation", time.Now(), &err)
	return s.invitations.get(ctx, id)
}

// Invitations lists invitations newest first; equal times by ascending ID.
func (s *Store) Invitations(ctx context.Context) (_ []accounts.Invitation, err error) {
	defer s.finish("Invitations", time.Now(), &err)
	sort := options.Find().SetSort(bson.D{{Key: "created_at", Value: -1}, {Key: "_id", Value: 1}})
	return s.invitations.find(ctx, bson.D{}, sort)
}

func (s *Store) DeleteInvitation(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteInvitation", time.Now(), &err)
	return s.invitations.remove(ctx, id)
}

// Redeem claims the invitation by inserting the redemption, whose _id is
// the invitation's: of racing redeemers one insert wins, the others get
// ErrDuplicate.
func (s *Store) Redeem(ctx context.Context, r *accounts.Redemption) (err error) {
	defer s.finish("Redeem", time.Now(), &err)
	return s.redemptions.insert(ctx, r)
}

func (s *Store) Redemption(ctx context.Context, invitationID string) (_ *accounts.Redemption, err error) {
	defer s.finish("Redemption", time.Now(), &err)
	return s.redemptions.get(ctx, invitationID)
}
