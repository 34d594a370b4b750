package server

import (
	"math"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/matching"
)

// suggestionHandlers serve "who to meet": one's suggested people and
// booths, and one's wishes to meet people (a mutual wish is a match).
type suggestionHandlers struct {
	suggest *matching.Suggester
	wishes  *matching.Wishes
	orgs    *booths.Service // staff members' organisations
}

// routes registers the routes of who to meet: in signs in; every signed-in
// person has their own suggestions and wishes.
func (h suggestionHandlers) routes(e *echo.Echo, in echo.MiddlewareFunc) {
	e.GET("/api/me/suggestions", h.mine, in)
	e.GET("/api/me/wishes", h.listWishes, in)
	e.PUT("/api/me/wishes/:person_id", h.wish, in)
	e.DELETE("/api/me/wishes/:person_id", h.unwish, in)
}

// suggestedPersonView is one person suggested: the card and the parts of
// the profile the suggestion's reasons speak of. Only people in the
// directory are suggested, so their profile is theirs to show.
type suggestedPersonView struct {
	Person  suggestedCard               `json:"person"`
	Score   float64                     `json:"score"`
	Reasons []matching.SuggestionReason `json:"reasons"`
	Wished  bool                        `json:"wished"` // the reader would like to meet them
}

type suggestedCard struct {
	accounts.PersonRef
	PhotoURL         string           `json:"photo_url,omitempty"`
	Role             accounts.Role    `json:"role"`
	Organisation     *organisationRef `json:"organisation,omitempty"`
	StakeholderGroup string           `json:"stakeholder_group"`
	Region           string           `json:"region"`
	Country          string           `json:"country"`
	Languages        []string         `json:"languages"`
	Themes           []string         `json:"themes"`
	Tags             []string         `json:"tags"`
	TimeZone         string           `json:"time_zone"`
}

type suggestedBoothView struct {
	Booth   suggestedBoothCard          `json:"booth"`
	Score   float64                     `json:"score"`
	Reasons []matching.SuggestionReason `json:"reasons"`
}

type suggestedBoothCard struct {
	ID               string   `json:"id"`
	Title            string   `json:"title"`
	OrganisationID   string   `json:"organisation_id"`
	Kind             string   `json:"kind"`
	StakeholderGroup string   `json:"stakeholder_group"`
	Region           string   `json:"region"`
	Themes           []string `json:"themes"`
	Languages        []string `json:"languages"`
}

type suggestionsView struct {
	People     []suggestedPersonView `json:"people"`
	Booths     []suggestedBoothView  `json:"booths"`
	ComputedAt time.Time             `json:"computed_at"`
}

// mine: GET /api/me/suggestions.
func (h suggestionHandlers) mine(c echo.Context) error {
	ctx := c.Request().Context()
	p := me(c)
	s, err := h.suggest.For(ctx, p)
	if err != nil {
		return err
	}
	wished, err := h.wishes.Wished(ctx, p.ID)
	if err != nil {
		return err
	}
	out := suggestionsView{People: make([]suggestedPersonView, 0, len(s.People)),
		Booths: make([]suggestedBoothView, 0, len(s.Booths)), ComputedAt: s.ComputedAt}
	for _, sp := range s.People {
		q := sp.Person
		org, err := organisationOf(ctx, h.orgs, q)
		if err != nil {
			return err
		}
		out.People = append(out.People, suggestedPersonView{
			Person: suggestedCard{
				PersonRef: accounts.PersonRef{ID: q.ID, Name: q.DisplayName}, PhotoURL: photoURL(q), Role: q.Role,
				Organisation: org, StakeholderGroup: q.StakeholderGroup, Region: q.Region, Country: q.Country,
				Languages: nonNil(q.Languages), Themes: nonNil(q.Themes), Tags: nonNil(q.Tags), TimeZone: q.TimeZone,
			},
			Score: roundScore(sp.Score), Reasons: nonNil(sp.Reasons), Wished: wished[q.ID],
		})
	}
	for _, sb := range s.Booths {
		b := sb.Booth
		out.Booths = append(out.Booths, suggestedBoothView{
			Booth: suggestedBoothCard{ID: b.ID, Title: b.Title, OrganisationID: b.OrganisationID, Kind: b.Kind,
				StakeholderGroup: b.StakeholderGroup, Region: b.Region, Themes: nonNil(b.Themes), Languages: nonNil(b.Languages)},
			Score: roundScore(sb.Score), Reasons: nonNil(sb.Reasons),
		})
	}
	return c.JSON(http.StatusOK, out)
}

// roundScore keeps three decimals: more would be noise (and the
// tie-break).
func roundScore(s float64) float64 { return math.Round(s*1000) / 1000 }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// listWishes: GET /api/me/wishes.
func (h suggestionHandlers) listWishes(c echo.Context) error {
	list, err := h.wishes.Mine(c.Request().Context(), me(c))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"items": list})
}

// wish: PUT /api/me/wishes/{person_id}. Wishing again is harmless.
func (h suggestionHandlers) wish(c echo.Context) error {
	v, err := h.wishes.Add(c.Request().Context(), me(c), c.Param("person_id"))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, v)
}

// unwish: DELETE /api/me/wishes/{person_id}.
func (h suggestionHandlers) unwish(c echo.Context) error {
	if err := h.wishes.Remove(c.Request().Context(), me(c), c.Param("person_id")); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}
