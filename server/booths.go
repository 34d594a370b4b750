package server

import (
	"context"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
)

// noLiveFigures is the booths' Presence until the hub reports presence to
// the domain (issue 11, point 2): every booth has nobody there, so
// visitors_now and staff_online are 0. docs/api.md says so.
type noLiveFigures struct{}

func (noLiveFigures) BoothFigures(context.Context, []string) map[string]booths.Figures { return nil }

// listBooths: query parameters q, theme, language, region, kind,
// stakeholder_group, open_now, offset, limit.
func (s *Server) listBooths(c echo.Context) error {
	var f apperr.Fields
	q := booths.BoothQuery{
		Text: c.QueryParam("q"), Theme: c.QueryParam("theme"), Language: c.QueryParam("language"),
		Region: c.QueryParam("region"), Kind: c.QueryParam("kind"), StakeholderGroup: c.QueryParam("stakeholder_group"),
	}
	switch v := c.QueryParam("open_now"); v {
	case "":
	case "true", "false":
		b := v == "true"
		q.OpenNow = &b
	default:
		f.Add("open_now", "must be true or false")
	}
	q.Offset = intParam(c, "offset", 0, 0, 1<<30, &f)
	q.Limit = intParam(c, "limit", defaultPageSize, 1, maxPageSize, &f)
	if err := f.Err(); err != nil {
		return err
	}
	items, total, err := s.orgs.Booths(c.Request().Context(), q)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, page[booths.Summary]{Items: items, Total: total, Offset: q.Offset, Limit: q.Limit})
}

func (s *Server) getBooth(c echo.Context) error {
	b, err := s.orgs.Booth(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, viewOf(b))
}

func (s *Server) createBooth(c echo.Context) error {
	var in booths.BoothCreate
	if err := bind(c, &in); err != nil {
		return err
	}
	b, err := s.orgs.CreateBooth(c.Request().Context(), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, viewOf(b))
}

// updateBooth: who may is booths' rule, asked before the body is read.
func (s *Server) updateBooth(c echo.Context) error {
	ctx := c.Request().Context()
	if err := s.orgs.MayEditBooth(ctx, me(c), c.Param("id")); err != nil {
		return err
	}
	var in booths.BoothInput
	if err := bind(c, &in); err != nil {
		return err
	}
	b, err := s.orgs.UpdateBooth(ctx, me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, viewOf(b))
}

func (s *Server) openBooth(c echo.Context) error  { return s.setBoothOpen(c, true) }
func (s *Server) closeBooth(c echo.Context) error { return s.setBoothOpen(c, false) }

func (s *Server) setBoothOpen(c echo.Context, open bool) error {
	b, err := s.orgs.SetOpen(c.Request().Context(), c.Param("id"), open)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, viewOf(b))
}

func (s *Server) deleteBooth(c echo.Context) error {
	if err := s.orgs.DeleteBooth(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
