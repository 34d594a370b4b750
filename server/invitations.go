package server

import (
	"context"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
)

// invitationHandlers serve invitations (docs/api.md, "Invitations"): the
// secretariat makes them, anyone reads one to accept it.
type invitationHandlers struct {
	accounts  *accounts.Service
	orgs      *booths.Service
	publicURL string // links are built on it
}

// invitationView gives the link only while it can still be used: one that
// is used or expired has nothing left to share.
func (h invitationHandlers) invitationView(st accounts.InvitationState) invitationView {
	v := invitationView{InvitationState: st}
	if st.Open() {
		v.URL = strings.TrimRight(h.publicURL, "/") + "/invite/" + st.ID
	}
	return v
}

func (h invitationHandlers) createInvitation(c echo.Context) error {
	var req accounts.InvitationRequest
	if err := bind(c, &req); err != nil {
		return err
	}
	ctx := c.Request().Context()
	if req.Role == accounts.RoleStaff && req.OrganisationID != "" {
		if _, err := h.orgs.Get(ctx, req.OrganisationID); err != nil {
			if apperr.CodeOf(err) == apperr.NotFound {
				return &apperr.Error{Code: apperr.ValidationFailed, Message: "some fields are not valid", Fields: map[string]string{"organisation_id": "no such organisation"}}
			}
			return err
		}
	}
	inv, err := h.accounts.CreateInvitation(ctx, me(c).ID, req)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, h.invitationView(accounts.InvitationState{Invitation: *inv}))
}

func (h invitationHandlers) listInvitations(c echo.Context) error {
	all, err := h.accounts.Invitations(c.Request().Context())
	if err != nil {
		return err
	}
	items := make([]invitationView, len(all))
	for i := range all {
		items[i] = h.invitationView(all[i])
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items})
}

// getInvitation lets the invite page show what a link grants before the
// person signs in. The ID is the secret, so knowing it is the permission.
func (h invitationHandlers) getInvitation(c echo.Context) error {
	st, err := h.accounts.Invitation(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	view := h.invitationView(*st)
	view.CreatedBy = ""
	return c.JSON(http.StatusOK, view)
}

func (h invitationHandlers) deleteInvitation(c echo.Context) error {
	if err := h.accounts.DeleteInvitation(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// invitationOrgExists refuses a staff invitation whose organisation was
// removed, or began to be, after the link was made. Accept checks the
// latter again, after it writes, for a removal that starts meanwhile.
func (h invitationHandlers) invitationOrgExists(ctx context.Context, st *accounts.InvitationState) error {
	if st.Role != accounts.RoleStaff {
		return nil
	}
	closed, err := h.accounts.OrganisationClosed(ctx, st.OrganisationID)
	if err != nil {
		return err
	}
	if closed {
		return apperr.New(apperr.Gone, "the organisation of this invitation has left the village")
	}
	if _, err := h.orgs.Get(ctx, st.OrganisationID); err != nil {
		if apperr.CodeOf(err) == apperr.NotFound {
			return apperr.New(apperr.Gone, "the organisation of this invitation has left the village")
		}
		return err
	}
	return nil
}

func (h invitationHandlers) acceptInvitation(c echo.Context) error {
	ctx := c.Request().Context()
	st, err := h.accounts.Invitation(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	if err := h.invitationOrgExists(ctx, st); err != nil {
		return err
	}
	p, err := h.accounts.Accept(ctx, me(c).ID, c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, newAccountView(p))
}
