package server

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
)

// leadHandlers serve the leads of booths (docs/api.md, "Leads"): a
// visitor's contact details, left at a booth with their consent. routes.go
// registers them.
type leadHandlers struct {
	leads *booths.Leads
	now   func() time.Time
}

// preview shows the caller what leaving their details would share.
func (h leadHandlers) preview(c echo.Context) error {
	p, err := h.leads.Preview(c.Request().Context(), me(c), c.Param("id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, p)
}

// leave: whether the caller may leave details here at all is asked before
// the body is read, as for editing a booth.
func (h leadHandlers) leave(c echo.Context) error {
	ctx := c.Request().Context()
	if err := h.leads.MayLeave(ctx, me(c), c.Param("id")); err != nil {
		return err
	}
	var in booths.LeadInput
	if err := bind(c, &in); err != nil {
		return err
	}
	l, err := h.leads.Leave(ctx, me(c), c.Param("id"), in)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, l)
}

// mine lists the leads the caller left: a few, so not paged.
func (h leadHandlers) mine(c echo.Context) error {
	list, err := h.leads.Mine(c.Request().Context(), me(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": list})
}

func (h leadHandlers) withdraw(c echo.Context) error {
	if err := h.leads.Withdraw(c.Request().Context(), me(c), c.Param("booth_id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// list: query parameters offset and limit.
func (h leadHandlers) list(c echo.Context) error {
	var f apperr.Fields
	offset, limit := pageParams(c, &f)
	if err := f.Err(); err != nil {
		return err
	}
	items, total, err := h.leads.OfBooth(c.Request().Context(), me(c), c.Param("id"), offset, limit)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, page[booths.LeadView]{Items: items, Total: total, Offset: offset, Limit: limit})
}

// export sends every lead of the booth as a CSV file (booths/leadcsv.go
// says how it is made safe for spreadsheets).
func (h leadHandlers) export(c echo.Context) error {
	id := c.Param("id")
	items, _, err := h.leads.OfBooth(c.Request().Context(), me(c), id, 0, 0)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := booths.WriteLeadsCSV(&buf, items); err != nil {
		return err
	}
	name := fmt.Sprintf("leads-%s-%s.csv", fileSafe(id), h.now().UTC().Format("20060102"))
	c.Response().Header().Set(echo.HeaderContentDisposition, mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	return c.Blob(http.StatusOK, "text/csv; charset=utf-8", buf.Bytes())
}

// fileSafe keeps the letters, digits, - and _ of an ASCII name: what every
// file system and browser takes as it is.
func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s)
}
