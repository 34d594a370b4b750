package server

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/gorilla/websocket"
	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/hub"
)

// Rooms the server offers until the village's own (booths, breaks) arrive:
// the lobby, open to everyone signed in, and each organisation's staff room.
const (
	RoomLobby       = "lobby"
	staffRoomPrefix = "staff:"
	loadRoomPrefix  = "load:"
)

// StaffRoom is the name of an organisation's staff room.
func StaffRoom(orgID string) string { return staffRoomPrefix + orgID }

// liveAuth lets the hub check access tokens as the REST API does, and
// names people as their profile does.
type liveAuth struct{ s *Server }

func (a liveAuth) Authenticate(ctx context.Context, token string) (hub.Identity, error) {
	claims, err := a.s.tokens.Verify(strings.TrimSpace(token))
	if err != nil {
		return hub.Identity{}, err
	}
	p, err := a.s.accounts.Person(ctx, claims.Subject)
	if apperr.CodeOf(err) == apperr.NotFound {
		return hub.Identity{}, apperr.New(apperr.Unauthenticated, "this account no longer exists")
	}
	if err != nil {
		return hub.Identity{}, err
	}
	if err := a.s.mod.CheckNotBanned(ctx, p.ID); err != nil {
		return hub.Identity{}, err
	}
	return hub.Identity{ID: p.ID, Name: p.DisplayName, Role: string(p.Role), Photo: photoURL(p), ExpiresAt: claims.ExpiresAt.Time}, nil
}

// livePolicy says who may enter which room and whom one may message. It
// maps room names to the rules of the domain packages that own the rooms.
type livePolicy struct{ s *Server }

func (l livePolicy) Join(ctx context.Context, who hub.Identity, room string) error {
	switch {
	case room == RoomLobby:
		return nil
	case l.s.cfg.LoadRooms && strings.HasPrefix(room, loadRoomPrefix):
		return nil
	case strings.HasPrefix(room, staffRoomPrefix):
		// The role as it is now, not as it was at connect time: an
		// accepted invitation or a removed organisation counts at once.
		org := strings.TrimPrefix(room, staffRoomPrefix)
		// A closing organisation has no staff room, for anyone: its staff
		// may not all be demoted yet.
		closed, err := l.s.accounts.OrganisationClosed(ctx, org)
		if err != nil {
			return err
		}
		if closed {
			return apperr.New(apperr.NotFound, "no such room: its organisation has left the village")
		}
		p, err := l.s.accounts.Person(ctx, who.ID)
		if err != nil {
			return err
		}
		return l.s.orgs.MayEnterStaffRoom(ctx, p, org)
	}
	return apperr.New(apperr.NotFound, "no such room")
}

func (l livePolicy) Direct(ctx context.Context, who hub.Identity, to, kind string) error {
	if to == who.ID {
		return apperr.New(apperr.ValidationFailed, "a direct message goes to someone else")
	}
	if _, err := l.s.accounts.Person(ctx, to); err != nil {
		return err
	}
	return nil
}

// upgrader makes WebSockets with small buffers (write buffers pooled):
// memory per connection is what limits how many one node holds.
func (s *Server) upgrader() *websocket.Upgrader {
	return &websocket.Upgrader{
		ReadBufferSize:  1024,
		WriteBufferSize: 1024,
		WriteBufferPool: &sync.Pool{},
		CheckOrigin:     s.checkOrigin,
		Error: func(w http.ResponseWriter, _ *http.Request, status int, reason error) {
			code := apperr.BadRequest
			if status == http.StatusForbidden {
				code = apperr.Forbidden
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			_ = json.NewEncoder(w).Encode(errorBody{Error: errorDetail{Code: code, Message: "WebSocket upgrade refused: " + reason.Error()}})
		},
	}
}

// checkOrigin accepts clients without an Origin (not browsers), the same
// origin, and the configured ones. Anything else could be another site's
// page riding on a person's session.
func (s *Server) checkOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	for _, o := range s.allowedOrigins {
		if strings.EqualFold(o, origin) {
			return true
		}
	}
	return false
}

// websocket upgrades /ws. A token in the Authorization header (non-browser
// clients) is checked before the upgrade; browsers send it in the first
// message, since their WebSocket API cannot set headers, and a token never
// goes in the URL, where logs would keep it.
func (s *Server) websocket(c echo.Context) error {
	var pre *hub.Identity
	if h := c.Request().Header.Get(echo.HeaderAuthorization); h != "" {
		token, ok := strings.CutPrefix(h, "Bearer ")
		if !ok {
			return apperr.New(apperr.Unauthenticated, "send Authorization: Bearer <access token>")
		}
		id, err := liveAuth{s}.Authenticate(c.Request().Context(), token)
		if err != nil {
			return err
		}
		pre = &id
	}
	// Present at all, even empty: a client that puts the token in the URL
	// is refused before it leaks one, not only once it does.
	if q := c.Request().URL.Query(); q.Has("token") || q.Has("access_token") {
		return apperr.New(apperr.BadRequest, "never put a token in the URL: send it in the first message")
	}
	ws, err := s.upgrader().Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return nil // the upgrader has answered
	}
	// Serve on a fresh goroutine and let the handler return: the hijacked
	// socket lives on, while net/http's buffers, the request and Echo's
	// context are freed, and the reader's stack starts small instead of
	// under the middleware. About 9 KiB less per connection.
	go s.hub.Serve(ws, pre)
	return nil
}
