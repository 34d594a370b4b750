package accounts

import (
	"context"
	"errors"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Closing an organisation and accepting a staff invitation to it are made
// exclusive by a claim, not by a transaction (which FerretDB v1 runs without
// isolation). Closing claims the organisation's tombstone and then demotes
// its staff; accepting writes the membership and then reads the tombstone.
// Whichever order the four steps run in, no staff member survives: if the
// accept's read misses the tombstone, the claim came after the membership
// was written, so the demotion that follows the claim finds it; if the read
// sees the tombstone, the accept undoes itself. Any other write of a whole
// staff member (a profile edit) follows the same rule: see leaveIfClosed.

// ClosedKey is the store.Claims key of an organisation's tombstone.
// Organisation IDs are random and never reused, so it is never cleared.
// Booths read it too: a booth made while its organisation is being removed
// undoes itself, as an accepted staff invitation does.
func ClosedKey(orgID string) string { return "org-closed:" + orgID }

// CloseOrganisation ends orgID's staff: from now on nobody becomes its
// staff, and those who were are participants again. Call it before the
// organisation is removed. Closing twice is not an error, so that a removal
// that failed halfway can be retried.
func (s *Service) CloseOrganisation(ctx context.Context, orgID string) error {
	if orgID == "" {
		return apperr.New(apperr.ValidationFailed, "no organisation to close")
	}
	if err := s.store.Claim(ctx, ClosedKey(orgID), s.clock()); err != nil && !errors.Is(err, store.ErrDuplicate) {
		return err
	}
	return s.store.ClearOrganisation(ctx, orgID)
}

// OrganisationClosed reports whether CloseOrganisation has begun for orgID.
// Its staff room, its invitations and its staff rights end at that moment,
// before the organisation itself is gone.
func (s *Service) OrganisationClosed(ctx context.Context, orgID string) (bool, error) {
	return s.store.Claimed(ctx, ClosedKey(orgID))
}

func errOrganisationClosed() error {
	return apperr.New(apperr.Gone, "the organisation of this invitation has left the village")
}

// leaveIfClosed follows a write of the whole person p, which may have put
// back a staff role that the closing of p's organisation had just taken
// away (p was read before the demotion, written after it). The write is
// done, so reading the tombstone now settles it, as for an accept.
func (s *Service) leaveIfClosed(ctx context.Context, p *Person) error {
	if p.Role != RoleStaff {
		return nil
	}
	closed, err := s.OrganisationClosed(ctx, p.OrganisationID)
	if err != nil || !closed {
		return err
	}
	if err := s.store.ClearOrganisation(ctx, p.OrganisationID); err != nil {
		return err
	}
	p.Role, p.OrganisationID = RoleParticipant, ""
	return nil
}

// setRole writes p with role and organisation and reports whether the
// membership stands: for staff, only if the organisation's tombstone is
// not there once the write is done (see above).
func (s *Service) setRole(ctx context.Context, p *Person, role Role, orgID string) (bool, error) {
	p.Role, p.OrganisationID, p.UpdatedAt = role, orgID, s.clock()
	if err := s.store.UpdatePerson(ctx, p); err != nil {
		return false, err
	}
	if role != RoleStaff {
		return true, nil
	}
	closed, err := s.OrganisationClosed(ctx, orgID)
	return err == nil && !closed, err
}

// undoRole puts p back to the role it had before a membership that did
// not stand. Staff of another organisation go back to it unless that one
// is closing too: its demotion may have missed them while they were on
// their way out, so they become participants.
func (s *Service) undoRole(ctx context.Context, p *Person, role Role, orgID string) error {
	if role == RoleStaff {
		back, err := s.setRole(ctx, p, role, orgID)
		if back || errors.Is(err, store.ErrNotFound) {
			return err
		}
		role, orgID = RoleParticipant, ""
	}
	_, err := s.setRole(ctx, p, role, orgID)
	return err
}
