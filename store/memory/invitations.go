package memory

import (
	"context"
	"strings"

	"github.com/igf-village/village/accounts"
)

func (s *Store) CreateInvitation(ctx context.Context, inv *accounts.Invitation) error {
	return s.update(ctx, "CreateInvitation", func() error { return s.invitations.insert(*inv) })
}

func (s *Store) Invitation(ctx context.Context, id string) (*accounts.Invitation, error) {
	return view(ctx, s, "Invitation", func() (*accounts.Invitation, error) { return s.invitations.get(id) })
}

// Invitations breaks ties in CreatedAt by ascending ID so that the order is
// total and the same on every backend.
func (s *Store) Invitations(ctx context.Context) ([]accounts.Invitation, error) {
	return view(ctx, s, "Invitations", func() ([]accounts.Invitation, error) {
		return s.invitations.sorted(func(a, b accounts.Invitation) int {
			if c := b.CreatedAt.Compare(a.CreatedAt); c != 0 {
				return c
			}
			return strings.Compare(a.ID, b.ID)
		}), nil
	})
}

// DeleteInvitation keeps the redemption, if any: it is the record that the
// link was used, and dropping it would let the same ID be claimed again were
// it ever reissued.
func (s *Store) DeleteInvitation(ctx context.Context, id string) error {
	return s.update(ctx, "DeleteInvitation", func() error { return s.invitations.remove(id) })
}

// Redeem only claims the key; whether the invitation exists or has expired
// is for accounts to check before, as the MongoDB backend cannot tie the
// two documents together without a transaction.
func (s *Store) Redeem(ctx context.Context, r *accounts.Redemption) error {
	return s.update(ctx, "Redeem", func() error { return s.redemptions.insert(*r) })
}

func (s *Store) Redemption(ctx context.Context, invitationID string) (*accounts.Redemption, error) {
	return view(ctx, s, "Redemption", func() (*accounts.Redemption, error) { return s.redemptions.get(invitationID) })
}
