package server

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/booths"
)

// knockHandlers are the REST side of knocks; the live side (knock.ask,
// knock.take, ...) reaches the same rules through the hub.
type knockHandlers struct{ booths *booths.Service }

type knockBody struct {
	Text string `json:"text"`
}

type takeBody struct {
	Visitor string `json:"visitor"`
}

type declineBody struct {
	Message string `json:"message"`
}

// ask: POST /api/booths/{id}/knocks.
func (h knockHandlers) ask(c echo.Context) error {
	var in knockBody
	if err := bind(c, &in); err != nil {
		return err
	}
	pos, err := h.booths.Ask(c.Request().Context(), identityOf(me(c)), c.Param("id"), in.Text)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, pos)
}

// queue: GET /api/booths/{id}/knocks.
func (h knockHandlers) queue(c echo.Context) error {
	q, err := h.booths.Queue(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, q)
}

// take: POST /api/booths/{id}/knocks/take.
func (h knockHandlers) take(c echo.Context) error {
	var in takeBody
	if err := bind(c, &in); err != nil {
		return err
	}
	res, err := h.booths.Take(c.Request().Context(), identityOf(me(c)), c.Param("id"), in.Visitor)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, res)
}

// decline: POST /api/booths/{id}/knocks/{visitor}/decline.
func (h knockHandlers) decline(c echo.Context) error {
	var in declineBody
	if err := bind(c, &in); err != nil {
		return err
	}
	if err := h.booths.Decline(c.Request().Context(), identityOf(me(c)), c.Param("id"), c.Param("visitor"), in.Message); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// withdraw: DELETE /api/booths/{id}/knocks/mine.
func (h knockHandlers) withdraw(c echo.Context) error {
	if err := h.booths.Withdraw(c.Request().Context(), identityOf(me(c)), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// mine: GET /api/me/knocks.
func (h knockHandlers) mine(c echo.Context) error {
	list, err := h.booths.MyKnocks(c.Request().Context(), me(c).ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": list})
}
