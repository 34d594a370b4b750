package server

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/matching"
)

// gatheringHandlers serve the sessions participants organise (birds of a
// feather, town halls, regional get-togethers): /api/sessions. They are
// not sign-in sessions (sessions.go).
type gatheringHandlers struct {
	sessions  *matching.Sessions
	now       func() time.Time
	publicURL string // without a trailing slash
}

// routes registers the sessions' routes: every signed-in person lists,
// proposes and signs up; who may edit, cancel, message and see the
// attendees depends on the session (its organiser or the secretariat) and
// is checked in matching; approving and refusing is the secretariat's.
func (h gatheringHandlers) routes(e *echo.Echo, in, sec echo.MiddlewareFunc) {
	e.GET("/api/sessions", h.list, in)
	e.POST("/api/sessions", h.propose, in)
	e.GET("/api/sessions/:id", h.get, in)
	e.PATCH("/api/sessions/:id", h.edit, in)
	e.DELETE("/api/sessions/:id", h.cancel, in)
	e.GET("/api/sessions/:id/event.ics", h.ics, in)
	e.POST("/api/sessions/:id/signup", h.signUp, in)
	e.DELETE("/api/sessions/:id/signup", h.withdraw, in)
	e.GET("/api/sessions/:id/attendees", h.attendees, in)
	e.POST("/api/sessions/:id/messages", h.message, in)
	e.POST("/api/sessions/:id/approve", h.approve, in, sec)
	e.POST("/api/sessions/:id/refuse", h.refuse, in, sec)
}

// sessionView is a session as its routes answer: the domain's view and
// its description rendered to safe HTML, as a booth's is (markdown.go).
type sessionView struct {
	*matching.SessionView
	DescriptionHTML string `json:"description_html"`
}

func sessionViewOf(v *matching.SessionView) sessionView {
	return sessionView{SessionView: v, DescriptionHTML: renderMarkdown(v.Description)}
}

func (h gatheringHandlers) list(c echo.Context) error {
	var f apperr.Fields
	q := matching.SessionQuery{
		Type: c.QueryParam("type"), Language: c.QueryParam("language"), Theme: c.QueryParam("theme"),
		Day: c.QueryParam("day"), Status: c.QueryParam("status"),
	}
	if b := boolParam(c, "mine", &f); b != nil {
		q.Mine = *b
	}
	if b := boolParam(c, "past", &f); b != nil {
		q.Past = *b
	}
	q.Offset, q.Limit = pageParams(c, &f)
	if err := f.Err(); err != nil {
		return err
	}
	items, total, err := h.sessions.List(c.Request().Context(), me(c), q)
	if err != nil {
		return err
	}
	out := make([]sessionView, len(items))
	for i := range items {
		out[i] = sessionViewOf(&items[i])
	}
	return c.JSON(http.StatusOK, schedulePage[sessionView]{
		page: page[sessionView]{Items: out, Total: total, Offset: q.Offset, Limit: q.Limit}, TimeZone: me(c).TimeZone,
	})
}

func (h gatheringHandlers) propose(c echo.Context) error {
	var in matching.SessionInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.sessions.Propose(c.Request().Context(), me(c), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, sessionViewOf(v))
}

func (h gatheringHandlers) get(c echo.Context) error {
	v, err := h.sessions.Get(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, sessionViewOf(v))
}

// edit: who may is asked before the body is read, as for a booth.
func (h gatheringHandlers) edit(c echo.Context) error {
	ctx := c.Request().Context()
	if err := h.sessions.MayEdit(ctx, me(c), c.Param("id")); err != nil {
		return err
	}
	var in matching.SessionInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.sessions.Edit(ctx, me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, sessionViewOf(v))
}

func (h gatheringHandlers) cancel(c echo.Context) error {
	if err := h.sessions.Cancel(c.Request().Context(), me(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h gatheringHandlers) approve(c echo.Context) error {
	v, err := h.sessions.Decide(c.Request().Context(), me(c), c.Param("id"), matching.Decision{Approve: true})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, sessionViewOf(v))
}

// refuseInput is the secretariat's refusal of a proposed session.
type refuseInput struct {
	Reason *string `json:"reason"`
}

func (h gatheringHandlers) refuse(c echo.Context) error {
	var in refuseInput
	if err := bind(c, &in); err != nil {
		return err
	}
	if in.Reason == nil {
		return apperr.Fields{"reason": "a reason is required: the organiser reads it"}.Err()
	}
	v, err := h.sessions.Decide(c.Request().Context(), me(c), c.Param("id"), matching.Decision{Reason: *in.Reason})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, sessionViewOf(v))
}

func (h gatheringHandlers) signUp(c echo.Context) error {
	v, err := h.sessions.SignUp(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, sessionViewOf(v))
}

func (h gatheringHandlers) withdraw(c echo.Context) error {
	if err := h.sessions.Withdraw(c.Request().Context(), me(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h gatheringHandlers) attendees(c echo.Context) error {
	list, err := h.sessions.Attendees(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": list})
}

// messageInput is the organiser's message to the attendees.
type messageInput struct {
	Text *string `json:"text"`
}

// message: who may is asked before the body is read.
func (h gatheringHandlers) message(c echo.Context) error {
	ctx := c.Request().Context()
	if err := h.sessions.MayEdit(ctx, me(c), c.Param("id")); err != nil {
		return err
	}
	var in messageInput
	if err := bind(c, &in); err != nil {
		return err
	}
	text := ""
	if in.Text != nil {
		text = *in.Text
	}
	v, err := h.sessions.Message(ctx, me(c), c.Param("id"), text)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, v)
}

// ics is the session as an .ics file, to import once.
func (h gatheringHandlers) ics(c echo.Context) error {
	v, err := h.sessions.Get(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	ev := v.Event(calendarHost(h.publicURL), sessionURL(h.publicURL, v.ID))
	return writeCalendar(c, agenda.Calendar{Now: h.now()}, []agenda.Event{ev}, "village-"+v.ID+".ics")
}
