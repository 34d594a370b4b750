package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/store"
)

// contactHandlers serve the people a person met, and the village's
// figures of new contacts for the secretariat.
type contactHandlers struct {
	contacts *contacts.Service
	accounts *accounts.Service
	orgs     *booths.Service // booth titles, and staff members' organisations
}

// metView is one person the caller met.
type metView struct {
	Person cardView       `json:"person"`
	First  time.Time      `json:"first"`
	Last   time.Time      `json:"last"`
	Times  int            `json:"times"`
	Where  []occasionView `json:"where"`
}

// occasionView is one meeting, with its place's name when it is a booth.
type occasionView struct {
	Kind       string    `json:"kind"`
	Place      string    `json:"place"`
	PlaceTitle string    `json:"place_title,omitempty"`
	At         time.Time `json:"at"`
}

// mine: GET /api/me/contacts.
func (h contactHandlers) mine(c echo.Context) error {
	ctx := c.Request().Context()
	met, err := h.contacts.People(ctx, me(c).ID)
	if err != nil {
		return err
	}
	titles := map[string]string{}
	out := make([]metView, 0, len(met))
	for _, m := range met {
		p, err := h.accounts.Person(ctx, m.PersonID)
		if errors.Is(err, store.ErrNotFound) {
			continue // gone since; their contacts go with them
		}
		if err != nil {
			return err
		}
		org, err := organisationOf(ctx, h.orgs, p)
		if err != nil {
			return err
		}
		v := metView{Person: newCardView(p, org), First: m.First, Last: m.Last, Times: m.Times, Where: make([]occasionView, len(m.Where))}
		for i, w := range m.Where {
			v.Where[i] = occasionView{Kind: w.Kind, Place: w.Place, At: w.At, PlaceTitle: h.placeTitle(ctx, titles, w)}
		}
		out = append(out, v)
	}
	return c.JSON(http.StatusOK, map[string]any{"items": out})
}

// placeTitle names a booth, once per request; other places, and booths
// removed since, have none.
func (h contactHandlers) placeTitle(ctx context.Context, titles map[string]string, w contacts.Occasion) string {
	if w.Kind != contacts.KindKnock && w.Kind != contacts.KindSlot {
		return ""
	}
	t, ok := titles[w.Place]
	if !ok {
		if b, err := h.orgs.Booth(ctx, w.Place); err == nil {
			t = b.Title
		}
		titles[w.Place] = t
	}
	return t
}

// figures: GET /api/contacts/figures, the secretariat's.
func (h contactHandlers) figures(c echo.Context) error {
	f, err := h.contacts.Figures(c.Request().Context())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, f)
}

// contactLog is booths.Contacts over the contacts service: a record that
// fails is logged, and what brought the two together stands.
type contactLog struct {
	contacts *contacts.Service
	log      *slog.Logger
}

func (l contactLog) Record(ctx context.Context, kind, place, occasion string, people []string, at time.Time) {
	// Not the request's context alone: a client that hangs up just after
	// its knock is taken must not cost the record.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := l.contacts.Record(ctx, kind, place, occasion, people, at); err != nil {
		l.log.Warn("record a contact", "kind", kind, "place", place, "occasion", occasion, "err", err)
	}
}
