package booths

import (
	"context"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

// MayEnterStaffRoom decides whether p may enter the live staff room of the
// organisation orgID: the organisation must exist, for everyone (the
// secretariat included: a room of no organisation is no room), and p must
// be its staff or the secretariat. p is the person as stored now, not as
// they were when they connected, so that an accepted invitation or a
// removed organisation counts at once.
func (s *Service) MayEnterStaffRoom(ctx context.Context, p *accounts.Person, orgID string) error {
	if _, err := s.Get(ctx, orgID); err != nil {
		if apperr.CodeOf(err) == apperr.NotFound {
			return apperr.New(apperr.NotFound, "no such room: the organisation does not exist")
		}
		return err
	}
	if p.Role == accounts.RoleSecretariat || (p.Role == accounts.RoleStaff && p.OrganisationID == orgID) {
		return nil
	}
	return apperr.New(apperr.Forbidden, "this staff room is for the organisation's staff")
}
