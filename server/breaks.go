package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/matching"
)

// breakHandlers serve coffee breaks: the secretariat schedules them,
// everyone signed in lists them, signs up and finds their table. The
// seating itself runs on the node's scheduler (matching.Breaks.Run).
type breakHandlers struct {
	breaks *matching.Breaks
}

// routes registers the breaks' routes: in signs in, sec lets the
// secretariat only.
func (h breakHandlers) routes(e *echo.Echo, in, sec echo.MiddlewareFunc) {
	e.GET("/api/breaks", h.list, in)
	e.GET("/api/breaks/:id", h.get, in)
	e.POST("/api/breaks/:id/signup", h.signUp, in)
	e.DELETE("/api/breaks/:id/signup", h.withdraw, in)
	e.GET("/api/breaks/:id/table", h.mine, in)
	e.POST("/api/breaks", h.schedule, in, sec)
	e.PATCH("/api/breaks/:id", h.edit, in, sec)
	e.DELETE("/api/breaks/:id", h.cancel, in, sec)
	e.GET("/api/breaks/:id/rounds/:n", h.round, in, sec)
}

// breakList is GET /api/breaks: every break not over (with past=true, all),
// by start. An event has a handful of breaks a day: no paging.
type breakList struct {
	Items []matching.BreakView `json:"items"`
}

func (h breakHandlers) list(c echo.Context) error {
	past := false
	switch v := c.QueryParam("past"); v {
	case "", "false":
	case "true":
		past = true
	default:
		return apperr.Fields{"past": "must be true or false"}.Err()
	}
	items, err := h.breaks.List(c.Request().Context(), me(c), past)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, breakList{Items: items})
}

func (h breakHandlers) get(c echo.Context) error {
	v, err := h.breaks.Get(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h breakHandlers) schedule(c echo.Context) error {
	var in matching.BreakInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.breaks.Schedule(c.Request().Context(), me(c), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, v)
}

func (h breakHandlers) edit(c echo.Context) error {
	var in matching.BreakInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.breaks.Edit(c.Request().Context(), me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h breakHandlers) cancel(c echo.Context) error {
	if err := h.breaks.Cancel(c.Request().Context(), me(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h breakHandlers) signUp(c echo.Context) error {
	var in matching.SignUpInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.breaks.Join(c.Request().Context(), me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, v)
}

func (h breakHandlers) withdraw(c echo.Context) error {
	if err := h.breaks.Withdraw(c.Request().Context(), me(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// mine is where the caller is in the round now, for a page that reloads.
func (h breakHandlers) mine(c echo.Context) error {
	v, err := h.breaks.Mine(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

// round is a round's whole seating, for the secretariat's console.
func (h breakHandlers) round(c echo.Context) error {
	n, err := strconv.Atoi(c.Param("n"))
	if err != nil || n < 1 {
		return apperr.New(apperr.NotFound, "no such round: rounds are numbered from 1")
	}
	r, err := h.breaks.Round(c.Request().Context(), me(c), c.Param("id"), n)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, r)
}

// BreakTick is how often a node looks for break rounds to seat and for
// late arrivals and leavers at the rounds it seats.
const BreakTick = time.Second
