package server

import (
	"context"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/matching"
)

// healthHandlers answer the probes of whatever runs and balances the
// nodes.
type healthHandlers struct {
	store interface{ Ping(context.Context) error }
}

// healthz answers while the process serves HTTP: for restarts.
func (h healthHandlers) healthz(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]string{"status": "ok"})
}

// readyz answers 200 only while the store answers: for load balancers.
func (h healthHandlers) readyz(c echo.Context) error {
	ctx, cancel := context.WithTimeout(c.Request().Context(), 2*time.Second)
	defer cancel()
	if err := h.store.Ping(ctx); err != nil {
		return apperr.Wrap(err, apperr.Unavailable, "the store is not reachable")
	}
	return c.JSON(http.StatusOK, map[string]string{"status": "ready"})
}

// metaHandler tells clients the closed vocabularies, so that they need not
// copy them, and the little of the node's configuration that they show.
type metaHandler struct {
	identityProvider bool // an external identity provider is configured
	demo             bool // this is the demo village
	// sessions: whether proposals wait for the secretariat (the app shows
	// its queue only then) and the largest capacity a proposal may ask.
	sessionApproval    bool
	sessionMaxCapacity int
	// The event's days, as of now: meetings and suggested times lie
	// within them.
	eventDays func(now time.Time) agenda.EventDays
	now       func() time.Time
}

// meta: GET /api/meta.
func (h metaHandler) meta(c echo.Context) error {
	return c.JSON(http.StatusOK, map[string]any{
		"stakeholder_groups":   accounts.StakeholderGroups,
		"regions":              accounts.Regions,
		"themes":               accounts.Themes,
		"organisation_kinds":   booths.Kinds,
		"roles":                []accounts.Role{accounts.RoleParticipant, accounts.RoleStaff, accounts.RoleSecretariat},
		"identity_provider":    h.identityProvider,
		"demo":                 h.demo,
		"session_types":        matching.SessionTypes,
		"session_approval":     h.sessionApproval,
		"session_max_capacity": h.sessionMaxCapacity,
		"event_days":           dates(h.eventDays(h.now()).Days()),
	})
}

// dates writes UTC midnights as dates ("2020-11-02").
func dates(days []time.Time) []string {
	out := make([]string, len(days))
	for i, d := range days {
		out[i] = d.Format(time.DateOnly)
	}
	return out
}
