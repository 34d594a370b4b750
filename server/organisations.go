package server

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
)

func (s *Server) listOrganisations(c echo.Context) error {
	orgs, err := s.orgs.List(c.Request().Context())
	if err != nil {
		return err
	}
	if orgs == nil {
		orgs = []booths.Organisation{}
	}
	return c.JSON(http.StatusOK, map[string]any{"items": orgs})
}

func (s *Server) getOrganisation(c echo.Context) error {
	o, err := s.orgs.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, o)
}

func (s *Server) createOrganisation(c echo.Context) error {
	var in booths.OrganisationInput
	if err := bind(c, &in); err != nil {
		return err
	}
	o, err := s.orgs.Create(c.Request().Context(), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, o)
}

// updateOrganisation: the secretariat edits any organisation, staff only
// their own.
func (s *Server) updateOrganisation(c echo.Context) error {
	p := me(c)
	if p.Role == accounts.RoleStaff && p.OrganisationID != c.Param("id") {
		return apperr.New(apperr.Forbidden, "staff may edit only their own organisation")
	}
	var in booths.OrganisationInput
	if err := bind(c, &in); err != nil {
		return err
	}
	// The Secretariat classifies exhibitors; staff tell their own story.
	if p.Role == accounts.RoleStaff && (in.Name != nil || in.Kind != nil || in.StakeholderGroup != nil || in.Region != nil) {
		return apperr.New(apperr.Forbidden, "staff may change the website, logo and description; the Secretariat sets the name, kind, stakeholder group and region")
	}
	o, err := s.orgs.Update(c.Request().Context(), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, o)
}

// deleteOrganisation removes it; its staff become participants.
func (s *Server) deleteOrganisation(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.Param("id")
	if _, err := s.orgs.Get(ctx, id); err != nil {
		return err
	}
	// Closed first, which also ends its staff: should the removal fail,
	// nobody is left pointing at an organisation that is gone, no one can
	// join it meanwhile, and a retry finishes the job.
	if err := s.accounts.CloseOrganisation(ctx, id); err != nil {
		return err
	}
	if err := s.orgs.Delete(ctx, id); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
