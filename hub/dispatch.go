package hub

import (
	"context"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// requestTimeout bounds the server's time on one request.
const requestTimeout = 10 * time.Second

// dispatch answers one request of a signed-in connection. Every request
// gets exactly one reply: a result or an error.
func (c *Conn) dispatch(env protocol.Envelope) {
	ctx, cancel := context.WithTimeout(c.h.ctx, requestTimeout)
	defer cancel()
	var (
		result any
		err    error
	)
	switch env.Type {
	case protocol.TypeAuth:
		err = c.renew(env)
		result = c.hello()
	case protocol.TypeJoin:
		result, err = c.join(ctx, env)
	case protocol.TypeLeave:
		err = c.leave(env)
		result = struct{}{}
	case protocol.TypeSend:
		result, err = c.admitChat(ctx, env)
	case protocol.TypeHistory:
		result, err = c.historyPage(ctx, env)
	case protocol.TypePresence:
		var r *room
		if r, err = c.joined(env.Room); err == nil {
			if err = noPayload(env); err == nil {
				result = r.snapshot()
			}
		}
	case protocol.TypeDirect:
		err = c.direct(ctx, env)
		result = struct{}{}
	case protocol.TypePing:
		err = noPayload(env)
		result = map[string]time.Time{"server_time": time.Now().UTC()}
	case protocol.TypeDelete:
		err = c.deleteMessage(ctx, env)
		result = struct{}{}
	default:
		result, err = c.domainRequest(ctx, env)
	}
	c.answer(env.ID, result, err)
}

// answer replies to request id with result, or err when it is set.
func (c *Conn) answer(id string, result any, err error) {
	if err != nil {
		c.h.metrics.refused.WithLabelValues(string(apperr.CodeOf(err))).Inc()
		c.replyError(id, err)
		return
	}
	c.reply(id, protocol.TypeReply, result)
}

func checkRoomName(room string) error {
	if room == "" || len(room) > protocol.MaxRoom || !utf8.ValidString(room) || strings.ContainsAny(room, " \t\r\n") {
		return apperr.New(apperr.BadRequest, "a room name is 1 to %d bytes without spaces", protocol.MaxRoom)
	}
	return nil
}

// joined returns a room the connection is in.
func (c *Conn) joined(name string) (*room, error) {
	if err := checkRoomName(name); err != nil {
		return nil, err
	}
	c.roomsMu.Lock()
	defer c.roomsMu.Unlock()
	r := c.rooms[name]
	if r == nil {
		return nil, errNotInRoom
	}
	return r, nil
}

// join asks the policy, enters the room, and returns what the connection
// missed since the seq it names, and who is here.
func (c *Conn) join(ctx context.Context, env protocol.Envelope) (protocol.JoinResult, error) {
	if err := checkRoomName(env.Room); err != nil {
		return protocol.JoinResult{}, err
	}
	var p joinPayload
	if hasPayload(env) {
		if err := decodePayload(env, &p); err != nil {
			return protocol.JoinResult{}, err
		}
	}
	kind, key, err := c.h.kinds.find(env.Room)
	if err != nil {
		return protocol.JoinResult{}, err
	}
	if kind.Join != nil {
		if err := kind.Join(ctx, c.id, key); err != nil {
			return protocol.JoinResult{}, err
		}
	}
	// The state is read before the connection is in, so that a change
	// made meanwhile comes after it as an event, never before it.
	var state []byte
	if kind.State != nil {
		v, err := kind.State(ctx, c.id, key)
		if err != nil {
			return protocol.JoinResult{}, err
		}
		if state, err = json.Marshal(v); err != nil {
			return protocol.JoinResult{}, err
		}
	}
	var (
		r    *room
		snap protocol.Presence
	)
	for {
		r = c.h.room(env.Room, true)
		var ok bool
		if snap, ok = r.add(c); ok {
			break
		}
	}
	c.roomsMu.Lock()
	c.rooms[env.Room] = r
	c.roomsMu.Unlock()

	// Messages sent from here on reach the connection live; the history
	// brings what came before. A message may come both ways: the client
	// drops a seq it has.
	res := protocol.JoinResult{Presence: snap, State: state, Messages: []protocol.Message{}}
	if !kind.Chat {
		return res, nil
	}
	last, err := c.h.history.LastSeq(ctx, env.Room)
	if err != nil {
		return protocol.JoinResult{}, err
	}
	res.Seq = last
	after := p.Since
	if after == 0 || after > last {
		after = max(last, protocol.MaxHistoryPage/4) - protocol.MaxHistoryPage/4
	}
	res.Messages, err = c.h.history.MessagesAfter(ctx, env.Room, after, protocol.MaxHistoryPage)
	if err != nil {
		return protocol.JoinResult{}, err
	}
	if res.Messages == nil {
		res.Messages = []protocol.Message{}
	}
	res.Reload = p.Since != 0 && last > p.Since && last-p.Since > protocol.MaxHistoryPage
	return res, nil
}

func (c *Conn) leave(env protocol.Envelope) error {
	r, err := c.joined(env.Room)
	if err != nil {
		return err
	}
	if err := noPayload(env); err != nil {
		return err
	}
	c.roomsMu.Lock()
	delete(c.rooms, env.Room)
	delete(c.stale, env.Room)
	c.roomsMu.Unlock()
	r.remove(c)
	return nil
}

// chat checks a send and numbers its message; the committer then stores
// and delivers it, and r.await waits for that.
func (c *Conn) chat(ctx context.Context, env protocol.Envelope) (*room, *outgoing, error) {
	r, err := c.joined(env.Room)
	if err != nil {
		return nil, nil, err
	}
	if !r.chats() {
		return nil, nil, errNoChat
	}
	var p sendPayload
	if err := decodePayload(env, &p, "text"); err != nil {
		return nil, nil, err
	}
	var clientID string
	if p.ClientID != nil {
		if clientID = *p.ClientID; !validClientID(clientID) {
			return nil, nil, apperr.New(apperr.BadRequest, "client_id is 1 to %d bytes of ASCII letters, digits and - _ . :", protocol.MaxID)
		}
	}
	text := strings.TrimSpace(p.Text)
	if n := utf8.RuneCountInString(text); n == 0 || n > protocol.MaxText || !utf8.ValidString(text) {
		return nil, nil, apperr.New(apperr.ValidationFailed, "a message is 1 to %d characters", protocol.MaxText)
	}
	if r.kind.Send != nil {
		if err := r.kind.Send(ctx, c.id, r.key); err != nil {
			return nil, nil, err
		}
	}
	o, err := r.number(ctx, c.id.Member(), text, clientID)
	if err != nil {
		return nil, nil, err
	}
	return r, o, nil
}

// validClientID keeps client IDs to what a UUID, a counter or a timestamp
// is written with: they go out to every member with the message.
func validClientID(id string) bool {
	if id == "" || len(id) > protocol.MaxID {
		return false
	}
	for _, b := range []byte(id) {
		ok := 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || strings.IndexByte("-_.:", b) >= 0
		if !ok {
			return false
		}
	}
	return true
}

func (c *Conn) historyPage(ctx context.Context, env protocol.Envelope) (protocol.HistoryResult, error) {
	r, err := c.joined(env.Room)
	if err != nil {
		return protocol.HistoryResult{}, err
	}
	if !r.chats() {
		return protocol.HistoryResult{}, errNoChat
	}
	var p historyPayload
	if err := decodePayload(env, &p, "after"); err != nil {
		return protocol.HistoryResult{}, err
	}
	if p.Limit <= 0 || p.Limit > protocol.MaxHistoryPage {
		p.Limit = protocol.MaxHistoryPage
	}
	msgs, err := c.h.history.MessagesAfter(ctx, env.Room, p.After, p.Limit+1)
	if err != nil {
		return protocol.HistoryResult{}, err
	}
	res := protocol.HistoryResult{Messages: msgs, More: len(msgs) > p.Limit}
	if res.More {
		res.Messages = msgs[:p.Limit]
	}
	if res.Messages == nil {
		res.Messages = []protocol.Message{}
	}
	return res, nil
}

// direct sends a message to every tab of a person, on every node.
func (c *Conn) direct(ctx context.Context, env protocol.Envelope) error {
	var p directPayload
	if err := decodePayload(env, &p, "to", "kind"); err != nil {
		return err
	}
	switch {
	case p.To == "" || len(p.To) > protocol.MaxRoom:
		return apperr.New(apperr.ValidationFailed, "to names the person's ID")
	case p.Kind == "" || len(p.Kind) > 32:
		return apperr.New(apperr.ValidationFailed, "kind is 1 to 32 bytes")
	case len(p.Body) > protocol.MaxDirectBody:
		return apperr.New(apperr.ValidationFailed, "the body is larger than %d bytes", protocol.MaxDirectBody)
	}
	if err := c.h.direct(ctx, c.id, p.To, p.Kind); err != nil {
		return err
	}
	body := p.Body
	if len(body) == 0 {
		body = []byte("null")
	}
	frame := encodeEvent(protocol.TypeDirectIn, "", 0, protocol.Direct{From: c.id.Member(), Kind: p.Kind, Body: body, At: time.Now().UTC()})
	c.h.deliverDirect(p.To, frame)
	c.h.publishDirect(ctx, p.To, frame)
	return nil
}

var errNoChat = apperr.New(apperr.NotFound, "this room has no chat")

// domainRequest answers a request of a type that a domain package
// registered.
func (c *Conn) domainRequest(ctx context.Context, env protocol.Envelope) (any, error) {
	req := c.h.requests[env.Type]
	if req == nil {
		return nil, apperr.New(apperr.BadRequest, "unknown message type %q", env.Type)
	}
	room := ""
	if req.InRoom {
		if _, err := c.joined(env.Room); err != nil {
			return nil, err
		}
		room = env.Room
	}
	res, err := req.Handle(ctx, c.id, room, env.Payload)
	if err == nil && res == nil {
		res = struct{}{}
	}
	return res, err
}
