package server

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/moderation"
)

// moderationHandlers serve bans, booth mutes and the moderation log. A
// booth's chat is moderated under the booth's ID as the room name.
type moderationHandlers struct {
	mod    *moderation.Service
	booths interface {
		Booth(ctx context.Context, id string) (*booths.View, error)
	}
}

// routes registers the moderation routes; who may call each is in
// routes.go's groups: in signs in, sec lets the secretariat only, staff
// staff and the secretariat (whether staff of this booth: the handler).
func (h moderationHandlers) routes(e *echo.Echo, in, sec, staff echo.MiddlewareFunc) {
	e.POST("/api/bans", h.ban, in, sec)
	e.GET("/api/bans", h.listBans, in, sec)
	e.DELETE("/api/bans/:person_id", h.unban, in, sec)
	e.GET("/api/moderation/log", h.log, in, sec)
	e.POST("/api/booths/:id/mutes", h.mute, in, staff)
	e.GET("/api/booths/:id/mutes", h.listMutes, in, staff)
	e.DELETE("/api/booths/:id/mutes/:person_id", h.unmute, in, staff)
}

func (h moderationHandlers) ban(c echo.Context) error {
	var in moderation.BanInput
	if err := bind(c, &in); err != nil {
		return err
	}
	b, err := h.mod.Ban(c.Request().Context(), me(c), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, b)
}

func (h moderationHandlers) listBans(c echo.Context) error {
	var f apperr.Fields
	offset, limit := pageParams(c, &f)
	if err := f.Err(); err != nil {
		return err
	}
	items, total, err := h.mod.Bans(c.Request().Context(), offset, limit)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, page[moderation.Ban]{Items: items, Total: total, Offset: offset, Limit: limit})
}

// unban: the reason, optional, comes as a query parameter, since a DELETE
// has no body.
func (h moderationHandlers) unban(c echo.Context) error {
	if err := h.mod.Unban(c.Request().Context(), me(c), c.Param("person_id"), c.QueryParam("reason")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// log: query parameters person_id, room (a booth's ID for its chat),
// offset, limit.
func (h moderationHandlers) log(c echo.Context) error {
	var f apperr.Fields
	q := moderation.LogQuery{PersonID: c.QueryParam("person_id"), Room: c.QueryParam("room")}
	q.Offset, q.Limit = pageParams(c, &f)
	if err := f.Err(); err != nil {
		return err
	}
	items, total, err := h.mod.Log(c.Request().Context(), me(c), q)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, page[moderation.Entry]{Items: items, Total: total, Offset: q.Offset, Limit: q.Limit})
}

// mayModerateBooth is asked before a body is read, so that staff of
// another organisation learn nothing of what their request would have
// done; and the booth must exist, for the secretariat too.
func (h moderationHandlers) mayModerateBooth(c echo.Context) (string, error) {
	ctx, id := c.Request().Context(), c.Param("id")
	if _, err := h.booths.Booth(ctx, id); err != nil {
		return "", err
	}
	return id, h.mod.MayModerate(ctx, me(c), id)
}

func (h moderationHandlers) mute(c echo.Context) error {
	room, err := h.mayModerateBooth(c)
	if err != nil {
		return err
	}
	var in moderation.MuteInput
	if err := bind(c, &in); err != nil {
		return err
	}
	m, err := h.mod.Mute(c.Request().Context(), me(c), room, in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, m)
}

func (h moderationHandlers) listMutes(c echo.Context) error {
	room, err := h.mayModerateBooth(c)
	if err != nil {
		return err
	}
	items, err := h.mod.Mutes(c.Request().Context(), me(c), room)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": items})
}

func (h moderationHandlers) unmute(c echo.Context) error {
	room, err := h.mayModerateBooth(c)
	if err != nil {
		return err
	}
	if err := h.mod.Unmute(c.Request().Context(), me(c), room, c.Param("person_id"), c.QueryParam("reason")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// boothStaff lets staff moderate their own organisation's booth: the
// rule is booths' (who may edit a booth), and a room that is no booth is
// not_found.
func boothStaff(orgs *booths.Service) moderation.RoomStaff {
	return func(ctx context.Context, p *accounts.Person, room string) error {
		return orgs.MayEditBooth(ctx, p, room)
	}
}

// liveKick closes a banned person's connections on every node through the
// hub, which New makes after the moderation service.
type liveKick struct{ s *Server }

func (k liveKick) Disconnect(personID string) {
	k.s.hub.Disconnect(personID, "the secretariat has banned this account from the village")
}
