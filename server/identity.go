package server

import (
	"context"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/moderation"
)

const (
	personKey  = "village.person"
	sessionKey = "village.session"
)

// authenticator checks access tokens against the person as they are now,
// for the REST API (authenticate) and the live side (liveAuth) alike.
type authenticator struct {
	tokens   *auth.Tokens
	accounts *accounts.Service
	mod      *moderation.Service
}

// check verifies an access token and loads the person it names, so that
// callers see the current role even if it changed since the token was
// signed (an accepted invitation, a removed organisation).
func (a authenticator) check(ctx context.Context, token string) (*accounts.Person, *auth.Claims, error) {
	claims, err := a.tokens.Verify(strings.TrimSpace(token))
	if err != nil {
		return nil, nil, err
	}
	p, err := a.accounts.Person(ctx, claims.Subject)
	if apperr.CodeOf(err) == apperr.NotFound {
		return nil, nil, apperr.New(apperr.Unauthenticated, "this account no longer exists")
	}
	if err != nil {
		return nil, nil, err
	}
	// Access tokens live minutes: a ban must count before they end.
	if err := a.mod.CheckNotBanned(ctx, p.ID); err != nil {
		return nil, nil, err
	}
	return p, claims, nil
}

// authenticate is the middleware of the routes that need a signed-in
// person: it reads the bearer token and puts the person in the context.
func (a authenticator) authenticate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Request().Header.Get(echo.HeaderAuthorization)
		token, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || strings.TrimSpace(token) == "" {
			return apperr.New(apperr.Unauthenticated, "sign in first: send Authorization: Bearer <access token>")
		}
		p, claims, err := a.check(c.Request().Context(), token)
		if err != nil {
			return err
		}
		c.Set(personKey, p)
		c.Set(sessionKey, claims.Session)
		return next(c)
	}
}

// me returns the signed-in person; routes behind authenticate always have one.
func me(c echo.Context) *accounts.Person {
	p, _ := c.Get(personKey).(*accounts.Person)
	return p
}

// mySession is the sign-in session the access token was issued for; empty
// for a token that names none.
func mySession(c echo.Context) string {
	s, _ := c.Get(sessionKey).(string)
	return s
}

// allow lets only the given roles through.
func allow(roles ...accounts.Role) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			p := me(c)
			for _, r := range roles {
				if p != nil && p.Role == r {
					return next(c)
				}
			}
			return apperr.New(apperr.Forbidden, "your role may not do this")
		}
	}
}
