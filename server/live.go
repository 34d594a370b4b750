package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/gorilla/websocket"
	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/moderation"
	"github.com/igf-village/village/protocol"
)

// The rooms the server itself offers: the lobby, open to everyone signed
// in, and, when configured for the load tool, its rooms. The village's own
// rooms come from the domain packages (booths.RoomKinds).
const (
	RoomLobby      = "lobby"
	loadRoomPrefix = "load:"
)

// liveAuth lets the hub check access tokens as the REST API does, and
// names people as their profile does.
type liveAuth struct{ tokens authenticator }

func (a liveAuth) Authenticate(ctx context.Context, token string) (protocol.Identity, error) {
	p, claims, err := a.tokens.check(ctx, token)
	if err != nil {
		return protocol.Identity{}, err
	}
	id := identityOf(p)
	id.ExpiresAt = claims.ExpiresAt.Time
	return id, nil
}

// identityOf is p as the live side and the domain's live rules know them;
// REST handlers that share those rules (knocks) pass it too.
func identityOf(p *accounts.Person) protocol.Identity {
	id := protocol.Identity{ID: p.ID, Name: p.DisplayName, Role: string(p.Role), Photo: photoURL(p)}
	if p.Role == accounts.RoleStaff {
		id.Organisation = p.OrganisationID
	}
	return id
}

// roomKinds are every room there is: the server's own and the domain's.
func (s *Server) roomKinds() []protocol.RoomKind {
	kinds := []protocol.RoomKind{{Prefix: RoomLobby, Exact: true, Chat: true}}
	if s.cfg.LoadRooms {
		kinds = append(kinds, protocol.RoomKind{Prefix: loadRoomPrefix, Chat: true})
	}
	rules := booths.RoomRules{People: s.accounts, Mutes: s.mod, Log: moderationLog{accounts: s.accounts, mod: s.mod, log: s.log}}
	kinds = append(kinds, s.orgs.RoomKinds(rules)...)
	kinds = append(kinds, s.breaks.RoomKinds()...)
	kinds = append(kinds, s.slots.RoomKind())
	// Participants' sessions.
	kinds = append(kinds, s.sessions.RoomKind())
	// 1:1 meetings between participants.
	kinds = append(kinds, s.meetings.RoomKind())
	return kinds
}

// requests are the message types the domain answers.
func (s *Server) requests() []protocol.Request {
	return s.orgs.Requests()
}

// directRule: a direct message goes to someone else who exists, and
// neither of whom blocked the other. The refusal does not say which of
// the two blocked: the blocked person is not told.
func (s *Server) directRule(ctx context.Context, who protocol.Identity, to, _ string) error {
	if to == who.ID {
		return apperr.New(apperr.ValidationFailed, "a direct message goes to someone else")
	}
	if _, err := s.accounts.Person(ctx, to); err != nil {
		return err
	}
	blocked, err := s.accounts.Blocked(ctx, who.ID, to)
	if err != nil {
		return err
	}
	if blocked {
		return apperr.New(apperr.Blocked, "you cannot send this person direct messages")
	}
	return nil
}

// liveSide is the hub as the domain services see it: the services are
// made before the hub, which takes their room kinds, so they reach it
// through the server.
type liveSide struct{ s *Server }

func (l liveSide) Present(room string, each func(protocol.Member)) { l.s.hub.Present(room, each) }
func (l liveSide) ToRoom(room, typ string, payload any)            { l.s.hub.ToRoom(room, typ, payload) }
func (l liveSide) ToPerson(person, typ string, payload any)        { l.s.hub.ToPerson(person, typ, payload) }

// liveHandlers serve /ws, the way onto the hub.
type liveHandlers struct {
	hub      *hub.Hub
	auth     liveAuth // for a token in the Authorization header
	origins  []string // browser origins accepted besides the request's own host
	upgrader *websocket.Upgrader
}

func newLiveHandlers(h *hub.Hub, auth liveAuth, origins []string) *liveHandlers {
	l := &liveHandlers{hub: h, auth: auth, origins: origins}
	l.upgrader = l.newUpgrader()
	return l
}

// newUpgrader makes WebSockets with small buffers, the write buffers
// pooled: memory per connection is what limits how many one node holds.
// One upgrader, one pool for every connection: a connection holds a write
// buffer only while it writes.
func (h *liveHandlers) newUpgrader() *websocket.Upgrader {
	return &websocket.Upgrader{
		ReadBufferSize:  1024,
		WriteBufferSize: 1024,
		WriteBufferPool: &sync.Pool{},
		CheckOrigin:     h.checkOrigin,
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
func (h *liveHandlers) checkOrigin(r *http.Request) bool {
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
	for _, o := range h.origins {
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
func (h *liveHandlers) websocket(c echo.Context) error {
	var pre *protocol.Identity
	if hdr := c.Request().Header.Get(echo.HeaderAuthorization); hdr != "" {
		token, ok := strings.CutPrefix(hdr, "Bearer ")
		if !ok {
			return apperr.New(apperr.Unauthenticated, "send Authorization: Bearer <access token>")
		}
		id, err := h.auth.Authenticate(c.Request().Context(), token)
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
	ws, err := h.upgrader.Upgrade(c.Response(), c.Request(), nil)
	if err != nil {
		return nil // the upgrader has answered
	}
	// Serve on a fresh goroutine and let the handler return: the hijacked
	// socket lives on, while net/http's buffers, the request and Echo's
	// context are freed, and the reader's stack starts small instead of
	// under the middleware. About 9 KiB less per connection.
	go h.hub.Serve(ws, pre)
	return nil
}

// moderationLog writes the booth rooms' deletions to the moderation log,
// which names the moderator as the person they are now.
type moderationLog struct {
	accounts *accounts.Service
	mod      *moderation.Service
	log      *slog.Logger
}

// MessageDeleted logs a deletion. The message is gone already; a log
// write that fails is logged, not turned into the request's error.
func (m moderationLog) MessageDeleted(ctx context.Context, by protocol.Identity, boothID string, msg protocol.Message, reason string) {
	err := func() error {
		p, err := m.accounts.Person(ctx, by.ID)
		if err != nil {
			return err
		}
		return m.mod.LogMessageDeleted(ctx, p, moderation.DeletedMessage{
			Room: boothID, Seq: msg.Seq, AuthorID: msg.From.ID, Reason: reason,
		})
	}()
	if err != nil {
		m.log.Error("moderation log: a deleted message was not logged", "booth", boothID, "seq", msg.Seq, "err", err)
	}
}
