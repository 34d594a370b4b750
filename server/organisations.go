package server

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
)

// organisationHandlers serve the organisations (docs/api.md); the rules
// are booths.Service's, and accounts ends a removed organisation's staff.
type organisationHandlers struct {
	orgs     *booths.Service
	accounts *accounts.Service
}

func (h organisationHandlers) listOrganisations(c echo.Context) error {
	orgs, err := h.orgs.List(c.Request().Context())
	if err != nil {
		return err
	}
	if orgs == nil {
		orgs = []booths.Organisation{}
	}
	return c.JSON(http.StatusOK, map[string]any{"items": orgs})
}

func (h organisationHandlers) getOrganisation(c echo.Context) error {
	o, err := h.orgs.Get(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, o)
}

func (h organisationHandlers) createOrganisation(c echo.Context) error {
	var in booths.OrganisationInput
	if err := bind(c, &in); err != nil {
		return err
	}
	o, err := h.orgs.Create(c.Request().Context(), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, o)
}

// updateOrganisation: who may is booths' rule, asked before the body is
// read.
func (h organisationHandlers) updateOrganisation(c echo.Context) error {
	if err := booths.MayEditOrganisation(me(c), c.Param("id")); err != nil {
		return err
	}
	var in booths.OrganisationInput
	if err := bind(c, &in); err != nil {
		return err
	}
	o, err := h.orgs.Update(c.Request().Context(), me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, o)
}

// deleteOrganisation removes it; its staff become participants.
func (h organisationHandlers) deleteOrganisation(c echo.Context) error {
	ctx := c.Request().Context()
	id := c.Param("id")
	if _, err := h.orgs.Get(ctx, id); err != nil {
		return err
	}
	// Closed first, which also ends its staff: should the removal fail,
	// nobody is left pointing at an organisation that is gone, no one can
	// join it meanwhile, and a retry finishes the job.
	if err := h.accounts.CloseOrganisation(ctx, id); err != nil {
		return err
	}
	if err := h.orgs.Delete(ctx, id); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
