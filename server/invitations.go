package server

import (
	"context"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

func (s *Server) invitationView(st accounts.InvitationState) invitationView {
	return invitationView{InvitationState: st, URL: strings.TrimRight(s.cfg.PublicURL, "/") + "/invite/" + st.ID}
}

func (s *Server) createInvitation(c echo.Context) error {
	var req accounts.InvitationRequest
	if err := bind(c, &req); err != nil {
		return err
	}
	ctx := c.Request().Context()
	if req.Role == accounts.RoleStaff && req.OrganisationID != "" {
		if _, err := s.orgs.Get(ctx, req.OrganisationID); err != nil {
			if apperr.CodeOf(err) == apperr.NotFound {
				return &apperr.Error{Code: apperr.ValidationFailed, Message: "some fields are not valid", Fields: map[string]string{"organisation_id": "no such organisation"}}
			}
			return err
		}
	}
	inv, err := s.accounts.CreateInvitation(ctx, me(c).ID, req)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, s.invitationView(accounts.InvitationState{Invitation: *inv}))
}

func (s *Server) listInvitations(c echo.Context) error {
	all, err := s.accounts.Invitations(c.Request().Context())
	if err != nil {
		return err
	}
	items := make([]invitationView, len(all))
	for i := range all {
		items[i] = s.invitationView(all[i])
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items})
}

// getInvitation lets the invite page show what a link grants before the
// person signs in. The ID is the secret, so knowing it is the permission.
func (s *Server) getInvitation(c echo.Context) error {
	st, err := s.accounts.Invitation(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	view := s.invitationView(*st)
	view.CreatedBy = ""
	return c.JSON(http.StatusOK, view)
}

func (s *Server) deleteInvitation(c echo.Context) error {
	if err := s.accounts.DeleteInvitation(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// invitationOrgExists refuses a staff invitation whose organisation was
// removed, or began to be, after the link was made. Accept checks the
// latter again, after it writes, for a removal that starts meanwhile.
func (s *Server) invitationOrgExists(ctx context.Context, st *accounts.InvitationState) error {
	if st.Role != accounts.RoleStaff {
		return nil
	}
	closed, err := s.accounts.OrganisationClosed(ctx, st.OrganisationID)
	if err != nil {
		return err
	}
	if closed {
		return apperr.New(apperr.Gone, "the organisation of this invitation has left the village")
	}
	if _, err := s.orgs.Get(ctx, st.OrganisationID); err != nil {
		if apperr.CodeOf(err) == apperr.NotFound {
			return apperr.New(apperr.Gone, "the organisation of this invitation has left the village")
		}
		return err
	}
	return nil
}

func (s *Server) acceptInvitation(c echo.Context) error {
	ctx := c.Request().Context()
	st, err := s.accounts.Invitation(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	if err := s.invitationOrgExists(ctx, st); err != nil {
		return err
	}
	p, err := s.accounts.Accept(ctx, me(c).ID, c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, newAccountView(p))
}
