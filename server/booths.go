package server

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
)

// boothHandlers serve the booths (docs/api.md, "Booths"); the rules are
// booths.Service's.
type boothHandlers struct{ orgs *booths.Service }

// listBooths: query parameters q, theme, language, region, kind,
// stakeholder_group, open_now, staffed_now, offset, limit.
func (h boothHandlers) listBooths(c echo.Context) error {
	var f apperr.Fields
	q := booths.BoothQuery{
		Text: c.QueryParam("q"), Theme: c.QueryParam("theme"), Language: c.QueryParam("language"),
		Region: c.QueryParam("region"), Kind: c.QueryParam("kind"), StakeholderGroup: c.QueryParam("stakeholder_group"),
	}
	q.OpenNow = boolParam(c, "open_now", &f)
	q.StaffedNow = boolParam(c, "staffed_now", &f)
	q.Offset, q.Limit = pageParams(c, &f)
	if err := f.Err(); err != nil {
		return err
	}
	items, total, err := h.orgs.Booths(c.Request().Context(), q)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, page[booths.Summary]{Items: items, Total: total, Offset: q.Offset, Limit: q.Limit})
}

func (h boothHandlers) getBooth(c echo.Context) error {
	b, err := h.orgs.Booth(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, viewOf(b))
}

func (h boothHandlers) createBooth(c echo.Context) error {
	var in booths.BoothCreate
	if err := bind(c, &in); err != nil {
		return err
	}
	b, err := h.orgs.CreateBooth(c.Request().Context(), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, viewOf(b))
}

// updateBooth: who may is booths' rule, asked before the body is read.
func (h boothHandlers) updateBooth(c echo.Context) error {
	ctx := c.Request().Context()
	if err := h.orgs.MayEditBooth(ctx, me(c), c.Param("id")); err != nil {
		return err
	}
	var in booths.BoothInput
	if err := bind(c, &in); err != nil {
		return err
	}
	b, err := h.orgs.UpdateBooth(ctx, me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, viewOf(b))
}

func (h boothHandlers) openBooth(c echo.Context) error  { return h.setBoothOpen(c, true) }
func (h boothHandlers) closeBooth(c echo.Context) error { return h.setBoothOpen(c, false) }

func (h boothHandlers) setBoothOpen(c echo.Context, open bool) error {
	b, err := h.orgs.SetOpen(c.Request().Context(), c.Param("id"), open)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, viewOf(b))
}

func (h boothHandlers) deleteBooth(c echo.Context) error {
	if err := h.orgs.DeleteBooth(c.Request().Context(), c.Param("id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
