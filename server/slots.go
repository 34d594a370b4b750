package server

import (
	"crypto/hmac"
	"crypto/sha256"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/matching"
)

// slotHandlers serve 1:1 slots at booths, bookings and calendars.
type slotHandlers struct {
	slots     *booths.Slots
	sessions  *matching.Sessions // the feed holds one's sessions too
	meetings  *matching.Meetings // and one's meetings
	now       func() time.Time
	publicURL string // without a trailing slash
}

// feedKey derives the key that signs calendar feed addresses from the
// server's secret, so that it is as secret and as shared between nodes as
// that, and a token key is never used for anything else.
func feedKey(secret []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("village calendar feed addresses"))
	return m.Sum(nil)
}

const feedPath = "/api/calendar/"

// schedulePage is a page of a schedule, with the viewer's time zone: the
// times are UTC, and the client shows them in that zone.
type schedulePage[T any] struct {
	page[T]
	TimeZone string `json:"time_zone"`
}

// pageQuery reads offset, limit and past.
func pageQuery(c echo.Context) (offset, limit int, past bool, err error) {
	var f apperr.Fields
	switch v := c.QueryParam("past"); v {
	case "", "false":
	case "true":
		past = true
	default:
		f.Add("past", "must be true or false")
	}
	offset, limit = pageParams(c, &f)
	return offset, limit, past, f.Err()
}

func (h slotHandlers) listSlots(c echo.Context) error {
	offset, limit, past, err := pageQuery(c)
	if err != nil {
		return err
	}
	items, total, err := h.slots.BoothSlots(c.Request().Context(), me(c), c.Param("id"),
		booths.SlotQuery{Past: past, Offset: offset, Limit: limit})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, schedulePage[booths.SlotView]{
		page: page[booths.SlotView]{Items: items, Total: total, Offset: offset, Limit: limit}, TimeZone: me(c).TimeZone,
	})
}

// publish: who may is asked before the body is read, as for a booth.
func (h slotHandlers) publish(c echo.Context) error {
	ctx := c.Request().Context()
	if err := h.slots.MayEditSlots(ctx, me(c), c.Param("id")); err != nil {
		return err
	}
	var in booths.SlotInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.slots.Publish(ctx, me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, v)
}

func (h slotHandlers) withdraw(c echo.Context) error {
	if err := h.slots.Withdraw(c.Request().Context(), me(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

func (h slotHandlers) book(c echo.Context) error {
	var in booths.BookInput
	if err := bind(c, &in); err != nil {
		return err
	}
	v, err := h.slots.Book(c.Request().Context(), me(c), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, v)
}

func (h slotHandlers) schedule(c echo.Context) error {
	offset, limit, past, err := pageQuery(c)
	if err != nil {
		return err
	}
	items, total, err := h.slots.Schedule(c.Request().Context(), me(c),
		booths.BookingQuery{Past: past, Offset: offset, Limit: limit})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, schedulePage[booths.BookingView]{
		page: page[booths.BookingView]{Items: items, Total: total, Offset: offset, Limit: limit}, TimeZone: me(c).TimeZone,
	})
}

func (h slotHandlers) getBooking(c echo.Context) error {
	v, err := h.slots.Booking(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

func (h slotHandlers) cancel(c echo.Context) error {
	if err := h.slots.Cancel(c.Request().Context(), me(c), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// bookingICS is one booking as an .ics file, to import once.
func (h slotHandlers) bookingICS(c echo.Context) error {
	v, err := h.slots.Booking(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return writeCalendar(c, agenda.Calendar{Now: h.now()}, h.events([]booths.BookingView{*v}), "village-"+v.ID+".ics")
}

// feedName is the name calendar programs give a person's feed.
const feedName = "IGF Village: my meetings and sessions"

// feed is a person's calendar feed: their 1:1 bookings, their sessions
// (those they organise or hold a confirmed place in) and their 1:1
// meetings (confirmed, or cancelled since), by start. The
// address is the credential (calendar programs send no token), like a
// photo's.
func (h slotHandlers) feed(c echo.Context) error {
	token, ok := strings.CutSuffix(c.Param("file"), ".ics")
	if !ok {
		return apperr.New(apperr.NotFound, "no such calendar feed")
	}
	ctx := c.Request().Context()
	p, bookings, err := h.slots.Feed(ctx, token)
	if err != nil {
		return err
	}
	sessions, err := h.sessions.Agenda(ctx, p)
	if err != nil {
		return err
	}
	events := h.events(bookings)
	host := calendarHost(h.publicURL)
	for i := range sessions {
		events = append(events, sessions[i].Event(host, sessionURL(h.publicURL, sessions[i].ID)))
	}
	meetings, err := h.meetings.Agenda(ctx, p)
	if err != nil {
		return err
	}
	for i := range meetings {
		events = append(events, meetings[i].Event(host, meetingURL(h.publicURL, meetings[i].ID)))
	}
	slices.SortStableFunc(events, func(a, b agenda.Event) int { return a.Start.Compare(b.Start) })
	return writeCalendar(c, agenda.Calendar{Name: feedName, Now: h.now()}, events, "village.ics")
}

// events are the bookings as calendar events.
func (h slotHandlers) events(list []booths.BookingView) []agenda.Event {
	host := calendarHost(h.publicURL)
	out := make([]agenda.Event, len(list))
	for i := range list {
		out[i] = list[i].Event(host, h.boothURL(list[i].BoothID))
	}
	return out
}

func (h slotHandlers) boothURL(boothID string) string {
	return h.publicURL + "/booths/" + url.PathEscape(boothID)
}

// calendarLink is the address of a person's feed.
type calendarLink struct {
	URL string `json:"url"`
}

func (h slotHandlers) feedURL(token string) calendarLink {
	return calendarLink{URL: h.publicURL + feedPath + token + ".ics"}
}

func (h slotHandlers) getFeedURL(c echo.Context) error {
	token, err := h.slots.FeedToken(c.Request().Context(), me(c))
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, h.feedURL(token))
}

func (h slotHandlers) rotateFeed(c echo.Context) error {
	token, err := h.slots.RotateFeed(c.Request().Context(), me(c))
	if err != nil {
		return err
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	return c.JSON(http.StatusOK, h.feedURL(token))
}
