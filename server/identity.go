package server

import (
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

const (
	personKey  = "village.person"
	sessionKey = "village.session"
)

// authenticate reads the bearer token, checks it and loads the person, so
// that handlers see the current role even if it changed since the token was
// signed (an accepted invitation, a removed organisation).
func (s *Server) authenticate(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Request().Header.Get(echo.HeaderAuthorization)
		token, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || strings.TrimSpace(token) == "" {
			return apperr.New(apperr.Unauthenticated, "sign in first: send Authorization: Bearer <access token>")
		}
		claims, err := s.tokens.Verify(strings.TrimSpace(token))
		if err != nil {
			return err
		}
		p, err := s.accounts.Person(c.Request().Context(), claims.Subject)
		if apperr.CodeOf(err) == apperr.NotFound {
			return apperr.New(apperr.Unauthenticated, "this account no longer exists")
		}
		if err != nil {
			return err
		}
		// Access tokens live minutes: a ban must count before they end.
		if err := s.mod.CheckNotBanned(c.Request().Context(), p.ID); err != nil {
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
