package server

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/matching"
)

// peopleHandlers serve a person's own account, the directory and the
// others' profiles.
type peopleHandlers struct {
	accounts *accounts.Service
	orgs     *booths.Service // a staff member's organisation; deleteMe leaves queues
	slots    *booths.Slots   // deleteMe gives back the slots they booked
	hub      *hub.Hub        // deleteMe closes their connections
	cookies  refreshCookies  // deleteMe ends the browser's session
	log      *slog.Logger
	// deleteMe gives up their places in sessions and cancels theirs; nil
	// in servers built without sessions.
	sessions *matching.Sessions
	// meetings: deleteMe cancels theirs; nil in servers built without.
	meetings *matching.Meetings
}

func (h peopleHandlers) getMe(c echo.Context) error {
	return c.JSON(http.StatusOK, newAccountView(me(c)))
}

func (h peopleHandlers) updateMe(c echo.Context) error {
	var u accounts.Update
	if err := bind(c, &u); err != nil {
		return err
	}
	p, err := h.accounts.UpdatePerson(c.Request().Context(), me(c).ID, mySession(c), u)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, newAccountView(p))
}

func (h peopleHandlers) deleteMe(c echo.Context) error {
	// The slots they booked go back to others first: once the account is
	// gone, nobody would come to those meetings.
	if err := h.slots.CancelBookingsOf(c.Request().Context(), me(c).ID); err != nil {
		return err
	}
	// Likewise their places in participants' sessions, and the sessions
	// they organise (those signed up are told).
	if h.sessions != nil {
		if err := h.sessions.LeaveAll(c.Request().Context(), me(c)); err != nil {
			return err
		}
	}
	// And their 1:1 meetings, pending or to come (the others are told).
	if h.meetings != nil {
		if err := h.meetings.CancelAllOf(c.Request().Context(), me(c)); err != nil {
			return err
		}
	}
	if err := h.accounts.Delete(c.Request().Context(), me(c).ID); err != nil {
		return err
	}
	// Out of every booth's queue too. The account is gone already: a
	// failure here is the store's, and the staff may still decline.
	if err := h.orgs.WithdrawAll(c.Request().Context(), me(c).ID); err != nil {
		h.log.Warn("withdraw a deleted account's knocks", "err", err)
	}
	h.hub.Disconnect(me(c).ID, "this account no longer exists")
	h.cookies.clear(c)
	return c.NoContent(http.StatusNoContent)
}

// directory searches the people who opted in. Query parameters: q, theme,
// interest, stakeholder_group, region, language, youth, offset, limit.
func (h peopleHandlers) directory(c echo.Context) error {
	var f apperr.Fields
	q := accounts.DirectoryQuery{
		Text: c.QueryParam("q"), Theme: c.QueryParam("theme"), Tag: c.QueryParam("interest"),
		StakeholderGroup: c.QueryParam("stakeholder_group"), Region: c.QueryParam("region"),
		Language: c.QueryParam("language"),
	}
	q.Youth = boolParam(c, "youth", &f)
	q.Offset, q.Limit = pageParams(c, &f)
	if err := f.Err(); err != nil {
		return err
	}
	people, total, err := h.accounts.Directory(c.Request().Context(), q)
	if err != nil {
		return err
	}
	items := make([]personView, len(people))
	for i := range people {
		items[i] = newPersonView(&people[i])
	}
	return c.JSON(http.StatusOK, page[personView]{Items: items, Total: total, Offset: q.Offset, Limit: q.Limit})
}

// getPerson shows whoever the caller asks for: the whole profile where
// accounts.SeesProfile says so, a card otherwise (so that anyone seen
// online has a page), not_found only when there is no such person.
func (h peopleHandlers) getPerson(c echo.Context) error {
	ctx := c.Request().Context()
	p, whole, err := h.accounts.PersonSeenBy(ctx, me(c), c.Param("id"))
	if err != nil {
		return err
	}
	org, err := organisationOf(ctx, h.orgs, p)
	if err != nil {
		return err
	}
	if whole {
		return c.JSON(http.StatusOK, profileView{personView: newPersonView(p), Organisation: org, Listed: true})
	}
	return c.JSON(http.StatusOK, newCardView(p, org))
}

// organisationOf names a staff member's organisation; nil for others, and
// for staff of an organisation that is being removed.
func organisationOf(ctx context.Context, orgs *booths.Service, p *accounts.Person) (*organisationRef, error) {
	if p.Role != accounts.RoleStaff || p.OrganisationID == "" {
		return nil, nil
	}
	o, err := orgs.Get(ctx, p.OrganisationID)
	if apperr.CodeOf(err) == apperr.NotFound {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &organisationRef{ID: o.ID, Name: o.Name}, nil
}
