package memory

import (
	"context"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/accounts"
)

func (s *Store) CreateInvitation(ctx context.Context, inv *accounts.Invitation) (err error) {
	defer s.observe("CreateInvitation", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, taken := s.invitations[inv.ID]; taken {
		return duplicate("invitation ID")
	}
	rec := *inv
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketInvitations, rec.ID, rec) }); err != nil {
		return err
	}
	s.invitations[rec.ID] = rec
	return nil
}

func (s *Store) Invitation(ctx context.Context, id string) (_ *accounts.Invitation, err error) {
	defer s.observe("Invitation", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	inv, ok := s.invitations[id]
	if !ok {
		return nil, notFound("invitation")
	}
	return &inv, nil
}

// Invitations breaks ties in CreatedAt by ascending ID so that the order is
// total and the same on every backend.
func (s *Store) Invitations(ctx context.Context) (_ []accounts.Invitation, err error) {
	defer s.observe("Invitations", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	out := make([]accounts.Invitation, 0, len(s.invitations))
	for _, inv := range s.invitations {
		out = append(out, inv)
	}
	slices.SortFunc(out, func(a, b accounts.Invitation) int {
		if c := b.CreatedAt.Compare(a.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

// DeleteInvitation keeps the redemption, if any: it is the record that the
// link was used, and dropping it would let the same ID be claimed again were
// it ever reissued.
func (s *Store) DeleteInvitation(ctx context.Context, id string) (err error) {
	defer s.observe("DeleteInvitation", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, ok := s.invitations[id]; !ok {
		return notFound("invitation")
	}
	if err := s.write(func(tx *bolt.Tx) error { return del(tx, bucketInvitations, id) }); err != nil {
		return err
	}
	delete(s.invitations, id)
	return nil
}

// Redeem only claims the key; whether the invitation exists or has expired
// is for accounts to check before, as the MongoDB backend cannot tie the
// two documents together without a transaction.
func (s *Store) Redeem(ctx context.Context, r *accounts.Redemption) (err error) {
	defer s.observe("Redeem", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, taken := s.redemptions[r.InvitationID]; taken {
		return duplicate("redemption")
	}
	rec := *r
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketRedemptions, rec.InvitationID, rec) }); err != nil {
		return err
	}
	s.redemptions[rec.InvitationID] = rec
	return nil
}

func (s *Store) Redemption(ctx context.Context, invitationID string) (_ *accounts.Redemption, err error) {
	defer s.observe("Redemption", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	r, ok := s.redemptions[invitationID]
	if !ok {
		return nil, notFound("redemption")
	}
	return &r, nil
}
