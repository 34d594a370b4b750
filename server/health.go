package server

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
)

// healthz answers while the process serves HTTP: for restarts.
func (s *Server) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

// readyz answers 200 only while the store answers: for load balancers.
func (s *Server) readyz(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ping(ctx); err != nil {
		return apperr.Wrap(err, apperr.Unavailable, "the store is not reachable")
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "ready"})
}

// meta lists the closed vocabularies, so that clients need not copy them.
func (s *Server) meta(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]any{
		"stakeholder_groups": accounts.StakeholderGroups,
		"regions":            accounts.Regions,
		"themes":             accounts.Themes,
		"organisation_kinds": booths.Kinds,
		"roles":              []accounts.Role{accounts.RoleParticipant, accounts.RoleStaff, accounts.RoleSecretariat},
		"identity_provider":  s.external != nil,
		"demo":               s.cfg.Demo,
	})
}
