package server

import (
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/apperr"
)

// Paging of every list.
const (
	defaultPageSize = 20
	maxPageSize     = 100
)

// pageParams reads offset and limit, the paging of every list.
func pageParams(c echo.Context, f *apperr.Fields) (offset, limit int) {
	offset = intParam(c, "offset", 0, 0, 1<<30, f)
	limit = intParam(c, "limit", defaultPageSize, 1, maxPageSize, f)
	return offset, limit
}

func intParam(c echo.Context, name string, def, lo, hi int, f *apperr.Fields) int {
	v := c.QueryParam(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		f.Add(name, "must be a whole number from %d to %d", lo, hi)
		return def
	}
	return n
}

// boolParam reads an optional true/false query parameter: nil when absent.
// Exactly these spellings: strconv.ParseBool would also take 1, t, TRUE
// and others, which clients would come to rely on.
func boolParam(c echo.Context, name string, f *apperr.Fields) *bool {
	switch v := c.QueryParam(name); v {
	case "":
		return nil
	case "true", "false":
		b := v == "true"
		return &b
	default:
		f.Add(name, "must be true or false")
		return nil
	}
}
