package server

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/matching"
)

// blockHandlers serve the people a person blocked: no meeting requests
// either way, no direct messages, no private rooms, never suggested to
// each other (the rules are where each of those is decided).
type blockHandlers struct {
	accounts *accounts.Service
	// meetings: a block ends the requests and meetings between the two;
	// nil in servers built without.
	meetings *matching.Meetings
}

// routes: every signed-in person, for their own blocks.
func (h blockHandlers) routes(e *echo.Echo, in echo.MiddlewareFunc) {
	e.GET("/api/me/blocks", h.list, in)
	e.PUT("/api/me/blocks/:person_id", h.block, in)
	e.DELETE("/api/me/blocks/:person_id", h.unblock, in)
}

func (h blockHandlers) list(c echo.Context) error {
	items, err := h.accounts.ListBlocks(c.Request().Context(), me(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items})
}

// block is a PUT: the block is a state one sets, so doing it again is
// answered 200 with the block as it stands, the first time 201.
func (h blockHandlers) block(c echo.Context) error {
	v, created, err := h.accounts.Block(c.Request().Context(), me(c), c.Param("person_id"))
	if err != nil {
		return err
	}
	if h.meetings != nil {
		// The block stands whatever this says; a request left pending
		// is refused at its next answer anyway (blocked).
		if err := h.meetings.CancelBetween(c.Request().Context(), me(c), v.Person.ID); err != nil {
			return err
		}
	}
	if created {
		return c.JSON(http.StatusCreated, v)
	}
	return c.JSON(http.StatusOK, v)
}

func (h blockHandlers) unblock(c echo.Context) error {
	if err := h.accounts.Unblock(c.Request().Context(), me(c), c.Param("person_id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
