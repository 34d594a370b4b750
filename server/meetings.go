package server

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
)

// meetingHandlers serve 1:1 meeting requests between participants:
// /api/meetings. Every signed-in person asks and answers; who may see and
// answer a request (its two, in turn) is checked in matching.
type meetingHandlers struct {
	meetings  *matching.Meetings
	now       func() time.Time
	publicURL string // without a trailing slash
}

// routes registers the meetings' routes, for everyone signed in.
func (h meetingHandlers) routes(e *echo.Echo, in echo.MiddlewareFunc) {
	e.GET("/api/meetings", h.list, in)
	e.POST("/api/meetings", h.ask, in)
	e.GET("/api/meetings/:id", h.get, in)
	e.POST("/api/meetings/:id/accept", h.accept, in)
	e.POST("/api/meetings/:id/decline", h.decline, in)
	e.POST("/api/meetings/:id/propose", h.propose, in)
	e.POST("/api/meetings/:id/cancel", h.cancel, in)
	e.GET("/api/meetings/:id/event.ics", h.ics, in)
}

func (h meetingHandlers) list(c echo.Context) error {
	var f apperr.Fields
	q := matching.MeetingQuery{Box: c.QueryParam("box")}
	if q.Box == "" {
		q.Box = matching.BoxInbox
	}
	q.Offset, q.Limit = pageParams(c, &f)
	if err := f.Err(); err != nil {
		return err
	}
	items, total, err := h.meetings.List(c.Request().Context(), me(c), q)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, schedulePage[matching.MeetingView]{
		page: page[matching.MeetingView]{Items: items, Total: total, Offset: q.Offset, Limit: q.Limit}, TimeZone: me(c).TimeZone,
	})
}

func (h meetingHandlers) ask(c echo.Context) error {
	var in matching.MeetingInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.meetings.Ask(c.Request().Context(), me(c), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, v)
}

func (h meetingHandlers) get(c echo.Context) error {
	v, err := h.meetings.Get(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h meetingHandlers) accept(c echo.Context) error {
	var in matching.AcceptInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.meetings.Accept(c.Request().Context(), me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h meetingHandlers) decline(c echo.Context) error {
	var in matching.CloseInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.meetings.Decline(c.Request().Context(), me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h meetingHandlers) propose(c echo.Context) error {
	var in matching.ProposeInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.meetings.Propose(c.Request().Context(), me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h meetingHandlers) cancel(c echo.Context) error {
	var in matching.CloseInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.meetings.Cancel(c.Request().Context(), me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

// ics is one confirmed meeting as an .ics file, to import once.
func (h meetingHandlers) ics(c echo.Context) error {
	v, err := h.meetings.ICS(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	ev := v.Event(calendarHost(h.publicURL), meetingURL(h.publicURL, v.ID))
	return writeCalendar(c, agenda.Calendar{Now: h.now()}, []agenda.Event{ev}, "village-"+v.ID+".ics")
}

// meetingURL is the address of meeting id's page.
func meetingURL(publicURL, id string) string { return publicURL + "/meetings/" + url.PathEscape(id) }

// acquaintances answers whether two people met from the contacts record,
// for people who take meeting requests only from those they met.
type acquaintances struct{ contacts *contacts.Service }

func (a acquaintances) HaveMet(ctx context.Context, x, y string) (bool, error) {
	met, err := a.contacts.People(ctx, x)
	if err != nil {
		return false, err
	}
	for _, m := range met {
		if m.PersonID == y {
			return true, nil
		}
	}
	return false, nil
}
