package server

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/matching"
)

// timesHandlers serve "Suggest times": when the caller and another
// person could meet (matching.Times).
type timesHandlers struct {
	accounts *accounts.Service
	times    *matching.Times
}

// routes registers the route; in signs in.
func (h timesHandlers) routes(e *echo.Echo, in echo.MiddlewareFunc) {
	e.GET("/api/people/:id/times", h.suggest, in)
}

// hoursView is one side's working hours, in their zone, so that the
// browser shows each time in both ("Tue 14:00 for you, 09:00 for Amina").
type hoursView struct {
	ID       string `json:"id,omitempty"`
	Name     string `json:"name,omitempty"`
	TimeZone string `json:"time_zone"`
	WorkFrom string `json:"work_from"`
	WorkTo   string `json:"work_to"`
}

func newHoursView(p *accounts.Person) hoursView {
	w := p.Hours()
	return hoursView{TimeZone: p.Location().String(), WorkFrom: agenda.Clock(w.From), WorkTo: agenda.Clock(w.To)}
}

type timeView struct {
	StartsAt time.Time `json:"starts_at"`
	EndsAt   time.Time `json:"ends_at"`
}

type timesView struct {
	Minutes int        `json:"minutes"`
	You     hoursView  `json:"you"`
	Them    hoursView  `json:"them"`
	Times   []timeView `json:"times"`
}

// suggest is GET /api/people/:id/times?minutes=30&count=5.
func (h timesHandlers) suggest(c echo.Context) error {
	var f apperr.Fields
	minutes := intParam(c, "minutes", matching.DefaultSuggestMinutes, matching.MinSuggestMinutes, matching.MaxSuggestMinutes, &f)
	count := intParam(c, "count", matching.DefaultSuggestCount, 1, matching.MaxSuggestCount, &f)
	if err := f.Err(); err != nil {
		return err
	}
	ctx := c.Request().Context()
	you := me(c)
	them, err := h.accounts.Person(ctx, c.Param("id"))
	if err != nil {
		return err
	}
	list, err := h.times.For(ctx, you, them, minutes, count)
	if err != nil {
		return err
	}
	v := timesView{Minutes: minutes, You: newHoursView(you), Them: newHoursView(them), Times: make([]timeView, len(list))}
	v.Them.ID, v.Them.Name = them.ID, them.DisplayName
	for i, iv := range list {
		v.Times[i] = timeView{StartsAt: iv.Start.UTC(), EndsAt: iv.End.UTC()}
	}
	return c.JSON(http.StatusOK, v)
}
