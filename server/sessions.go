package server

import (
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/moderation"
)

// The browser keeps its refresh token in an HttpOnly cookie that only the
// auth routes receive; other clients get it in the body. A browser asks for
// the cookie with this header, so the token never reaches page scripts.
const (
	refreshCookie = "village_refresh"
	cookiePath    = "/api/auth"
	sessionHeader = "Village-Session"
)

func wantsCookie(c echo.Context) bool {
	return strings.EqualFold(c.Request().Header.Get(sessionHeader), "cookie")
}

// refreshCookies set and clear the refresh cookie, which is Secure unless
// the configuration says people come over plain HTTP (InsecureCookies).
type refreshCookies struct{ secure bool }

func (rc refreshCookies) set(c echo.Context, value string, ttl time.Duration) {
	ck := &http.Cookie{
		Name: refreshCookie, Value: value, Path: cookiePath,
		HttpOnly: true, Secure: rc.secure, SameSite: http.SameSiteStrictMode,
		MaxAge: int(ttl / time.Second),
	}
	if value == "" {
		ck.MaxAge = -1
	}
	c.SetCookie(ck)
}

// clear tells the browser to drop the cookie.
func (rc refreshCookies) clear(c echo.Context) { rc.set(c, "", 0) }

// sessionHandlers sign people up, in and out, and refresh their sessions
// (docs/api.md, "Authentication").
type sessionHandlers struct {
	accounts    *accounts.Service
	tokens      *auth.Tokens
	mod         *moderation.Service // a banned person gets no session
	external    *auth.External      // nil when no identity provider is configured
	invitations invitationHandlers  // register checks a link as accepting one does
	cookies     refreshCookies
	byAddress   *keyedLimiter // sign-in attempts (and registrations) per address
	byAccount   *guessLimiter // failed log-ins per account
	now         func() time.Time
}

// startSession issues an access token and a new refresh token for p.
// Every sign-in (log-in, external) passes here: a banned person gets no
// session.
func (h sessionHandlers) startSession(c echo.Context, status int, p *accounts.Person) error {
	if err := h.mod.CheckNotBanned(c.Request().Context(), p.ID); err != nil {
		return err
	}
	sess, err := h.tokens.NewRefresh(c.Request().Context(), p.ID)
	if err != nil {
		return err
	}
	return h.sendSession(c, status, p, sess)
}

func (h sessionHandlers) sendSession(c echo.Context, status int, p *accounts.Person, sess auth.Session) error {
	access, exp, err := h.tokens.Access(p.ID, string(p.Role), sess.ID)
	if err != nil {
		return err
	}
	out := session{AccessToken: access, TokenType: "Bearer", ExpiresAt: exp, Account: newAccountView(p)}
	if wantsCookie(c) {
		h.cookies.set(c, sess.Refresh, h.tokens.RefreshTTL())
	} else {
		out.RefreshToken = sess.Refresh
	}
	return c.JSON(status, out)
}

// limitAddress spends one of the address's sign-in attempts.
func (h sessionHandlers) limitAddress(c echo.Context) error {
	if !h.byAddress.Allow(addressKey(c.RealIP()), h.now()) {
		return rateLimited(c, "too many sign-in attempts from your address; wait a minute")
	}
	return nil
}

// rateLimited tells the client when to try again: buckets refill within a
// minute.
func rateLimited(c echo.Context, msg string) error {
	c.Response().Header().Set("Retry-After", "60")
	return apperr.New(apperr.RateLimited, "%s", msg)
}

type loginRequest struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

type registerRequest struct {
	accounts.Registration
	Invitation string `json:"invitation"`
}

func (h sessionHandlers) register(c echo.Context) error {
	var req registerRequest
	if err := bind(c, &req); err != nil {
		return err
	}
	// Registering hashes a password, as signing in does: the same budget
	// per address keeps either from being used to load the server.
	if err := h.limitAddress(c); err != nil {
		return err
	}
	ctx := c.Request().Context()
	// Check the invitation before anything is stored, so that a bad link
	// changes nothing.
	if req.Invitation != "" {
		st, err := h.accounts.Invitation(ctx, req.Invitation)
		if err != nil && apperr.CodeOf(err) != apperr.NotFound {
			return err
		}
		if err != nil {
			return &apperr.Error{Code: apperr.ValidationFailed, Message: "this invitation link does not work", Fields: map[string]string{"invitation": "no such invitation"}}
		}
		if st.Used || st.Expired {
			return &apperr.Error{Code: apperr.ValidationFailed, Message: "this invitation link does not work", Fields: map[string]string{"invitation": "already used or expired"}}
		}
		if err := h.invitations.invitationOrgExists(ctx, st); err != nil {
			if apperr.CodeOf(err) != apperr.Gone {
				return err
			}
			return &apperr.Error{Code: apperr.ValidationFailed, Message: "this invitation link does not work", Fields: map[string]string{"invitation": "its organisation has left the village"}}
		}
	}
	p, err := h.accounts.Register(ctx, req.Registration)
	if err != nil {
		return err
	}
	if req.Invitation != "" {
		// Another person may have taken the link between the check and
		// now; the account then stays a participant's, as the response shows.
		if q, err := h.accounts.Accept(ctx, p.ID, req.Invitation); err == nil {
			p = q
		} else if apperr.CodeOf(err) == apperr.Internal {
			return err
		}
	}
	return h.startSession(c, http.StatusCreated, p)
}

func (h sessionHandlers) login(c echo.Context) error {
	var req loginRequest
	if err := bind(c, &req); err != nil {
		return err
	}
	if err := h.limitAddress(c); err != nil {
		return err
	}
	attempt, limit := h.byAccount.Begin(strings.ToLower(strings.TrimSpace(req.Email)), addressKey(c.RealIP()), h.now())
	switch limit {
	case guessFromAddress:
		return rateLimited(c, "too many failed sign-ins at this account from your address; wait a minute")
	case guessAtAccount:
		return rateLimited(c, "too many failed sign-ins at this account; wait a minute")
	}
	p, err := h.accounts.Authenticate(c.Request().Context(), req.Email, req.Password)
	// Only a wrong e-mail or password is a guess; a fault of ours is not.
	if apperr.CodeOf(err) != apperr.Unauthenticated {
		attempt.Refund(h.now())
	}
	if err != nil {
		return err
	}
	return h.startSession(c, http.StatusOK, p)
}

type refreshRequest struct {
	RefreshToken string `json:"refresh_token"`
}

var errNoSession = apperr.New(apperr.Unauthenticated, "no session: send the refresh token or its cookie")

// refreshSecret takes the token from the cookie, else from the body. A
// browser whose cookie has expired sends neither: that is a lost session,
// not a malformed request.
func refreshSecret(c echo.Context) (string, error) {
	if ck, err := c.Cookie(refreshCookie); err == nil && ck.Value != "" {
		return ck.Value, nil
	}
	if c.Request().ContentLength == 0 {
		return "", errNoSession
	}
	var req refreshRequest
	if err := bind(c, &req); err != nil {
		return "", err
	}
	if req.RefreshToken == "" {
		return "", errNoSession
	}
	return req.RefreshToken, nil
}

func (h sessionHandlers) refresh(c echo.Context) error {
	secret, err := refreshSecret(c)
	if err != nil {
		return err
	}
	ctx := c.Request().Context()
	sess, err := h.tokens.Rotate(ctx, secret)
	if err != nil {
		if wantsCookie(c) {
			h.cookies.clear(c)
		}
		return err
	}
	p, err := h.accounts.Person(ctx, sess.PersonID)
	if err != nil {
		return apperr.New(apperr.Unauthenticated, "this account no longer exists")
	}
	// The ban ended the person's sessions; a refresh that raced it may
	// have rotated one past that. End them again, so that none outlives
	// the ban to be used once it is lifted.
	if err := h.mod.CheckNotBanned(ctx, p.ID); err != nil {
		if apperr.CodeOf(err) == apperr.Banned {
			if rerr := h.tokens.EndOtherSessions(ctx, p.ID, ""); rerr != nil {
				return rerr
			}
		}
		return err
	}
	return h.sendSession(c, http.StatusOK, p, sess)
}

func (h sessionHandlers) logout(c echo.Context) error {
	secret, err := refreshSecret(c)
	if err != nil {
		return err
	}
	if err := h.tokens.Revoke(c.Request().Context(), secret); err != nil {
		return err
	}
	h.cookies.clear(c)
	return c.NoContent(http.StatusNoContent)
}

type externalRequest struct {
	Token string `json:"token"`
}

// signInExternal exchanges a token of the event's registration site for a
// Village session, creating the account on first sign-in.
func (h sessionHandlers) signInExternal(c echo.Context) error {
	if h.external == nil {
		return apperr.New(apperr.NotFound, "no identity provider is configured on this server")
	}
	var req externalRequest
	if err := bind(c, &req); err != nil {
		return err
	}
	if err := h.limitAddress(c); err != nil {
		return err
	}
	claims, err := h.external.Verify(req.Token)
	if err != nil {
		return err
	}
	p, err := h.accounts.SignInExternal(c.Request().Context(), accounts.Identity{
		Issuer: claims.Issuer, Subject: claims.Subject, Email: claims.Email, Name: claims.Name,
		StakeholderGroup: claims.StakeholderGroup, Region: claims.Region,
		Country: claims.Country, ZoneInfo: claims.ZoneInfo, Locale: claims.Locale,
	})
	if err != nil {
		return err
	}
	return h.startSession(c, http.StatusOK, p)
}
