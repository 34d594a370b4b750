package live

import (
	"context"
	cryptorand "crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// Request sends one request and waits for its one reply. payload (nil for
// none) is encoded as the envelope's payload; the reply's payload is
// decoded into result (nil to ignore it). An error reply is an *Error with
// its code. While the client reconnects, Request waits for it (or ctx).
func (c *Client) Request(ctx context.Context, typ, room string, payload, result any) error {
	cn, err := c.conn(ctx)
	if err != nil {
		return err
	}
	return c.requestOn(ctx, cn, typ, room, payload, result, nil)
}

// conn returns the connection in use, waiting while the client reconnects.
func (c *Client) conn(ctx context.Context) (*conn, error) {
	for {
		c.mu.Lock()
		switch {
		case c.closed:
			c.mu.Unlock()
			return nil, ErrClosed
		case c.cn != nil:
			cn := c.cn
			c.mu.Unlock()
			return cn, nil
		case !c.reconnecting:
			err := c.doneErr
			c.mu.Unlock()
			if err == nil {
				err = ErrNotConnected
			}
			return nil, err
		}
		ready, quit := c.ready, c.quit
		c.mu.Unlock()
		select {
		case <-ready:
		case <-quit:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// requestOn sends a request on cn. onReply, when set, runs on the read
// goroutine with the reply (result or error) before anything else is read.
func (c *Client) requestOn(ctx context.Context, cn *conn, typ, room string, payload, result any, onReply func(protocol.Envelope)) error {
	env := protocol.Envelope{Type: typ, Room: room, ID: "r" + strconv.FormatUint(c.ids.Add(1), 36)}
	if payload != nil {
		p, err := json.Marshal(payload)
		if err != nil {
			return fmt.Errorf("live: encode %s payload: %w", typ, err)
		}
		env.Payload = p
	}
	call := &call{reply: make(chan protocol.Envelope, 1), onReply: onReply}
	if !cn.add(env.ID, call) {
		return cn.closeErr()
	}
	defer cn.remove(env.ID)
	if err := cn.write(env); err != nil {
		if ce := cn.closeErr(); ce != nil {
			return ce
		}
		return fmt.Errorf("live: send %s: %w", typ, err)
	}
	var reply protocol.Envelope
	select {
	case reply = <-call.reply:
	case <-cn.dead:
		select {
		case reply = <-call.reply:
		default:
			return cn.closeErr()
		}
	case <-ctx.Done():
		return ctx.Err()
	}
	if reply.Type == protocol.TypeError {
		if reply.Error == nil {
			return &Error{Code: "internal", Message: "an error reply without an error"}
		}
		return &Error{Code: reply.Error.Code, Message: reply.Error.Message,
			RetryAfter: time.Duration(reply.Error.RetryAfterMS) * time.Millisecond}
	}
	if result != nil && len(reply.Payload) > 0 {
		if err := json.Unmarshal(reply.Payload, result); err != nil {
			return fmt.Errorf("live: decode the reply to %s: %w", typ, err)
		}
	}
	return nil
}

// Join enters room. since is the last seq already seen (0: start with the
// most recent messages); the view takes the catch-up messages and the
// presence snapshot, and keeps the room from then on.
func (c *Client) Join(ctx context.Context, room string, since uint64) (protocol.JoinResult, error) {
	cn, err := c.conn(ctx)
	if err != nil {
		return protocol.JoinResult{}, err
	}
	return c.joinOn(ctx, cn, room, since)
}

// Leave leaves room and forgets its view.
func (c *Client) Leave(ctx context.Context, room string) error {
	err := c.Request(ctx, protocol.TypeLeave, room, nil, nil)
	if err == nil || CodeOf(err) != "" {
		c.dropView(room)
	}
	return err
}

// MaxSendTries bounds how often Send sends one message.
const MaxSendTries = 6

// Send chats in room (joined first) and returns the message's seq. The
// message itself comes back as an event, like everyone else's.
//
// Send names the message with a client ID of its own, so that sending it
// again is safe: the server stores a client ID once and answers a resend
// with the first copy's seq. So when the server refuses the send as
// rate_limited (it is busy), Send waits the retry_after_ms it asked for,
// with jitter, and sends again; and when the connection is lost before
// the reply and the client reconnects by itself (WithReconnect), Send
// sends again once reconnected. Either way the message lands at most once.
// It gives up when ctx ends, after MaxSendTries, or on any other error.
func (c *Client) Send(ctx context.Context, room, text string) (uint64, error) {
	return c.SendID(ctx, room, newClientID(), text)
}

// SendID is Send under a client ID of the caller's (1–64 bytes of ASCII
// letters, digits, -, _, . and :, unique among the person's messages to
// the room), for a caller whose unsent messages outlive a Client: a send
// that failed with one Client, or before a restart of the caller's own,
// is sent again under the same ID and lands once, with the seq of the
// first copy if that was stored after all.
func (c *Client) SendID(ctx context.Context, room, clientID, text string) (uint64, error) {
	payload := map[string]string{"text": text, "client_id": clientID}
	var res struct {
		Seq uint64 `json:"seq"`
	}
	var err error
	for try := 1; ; try++ {
		if err = c.Request(ctx, protocol.TypeSend, room, payload, &res); err == nil || try == MaxSendTries {
			return res.Seq, err
		}
		var wait time.Duration
		var refused *Error
		var lost *CloseError
		switch {
		case errors.As(err, &refused) && refused.Code == apperr.RateLimited:
			wait = refused.RetryAfter + rand.N(refused.RetryAfter/2+time.Millisecond)
		case errors.As(err, &lost) && c.opt.reconnect:
			// The next Request waits for the reconnection.
		default:
			return 0, err
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return 0, err
		}
	}
}

// newClientID names a message for its sender: 16 random bytes, hex.
func newClientID() string {
	b := make([]byte, 16)
	_, _ = cryptorand.Read(b)
	return hex.EncodeToString(b)
}

// History returns up to limit messages of room after the seq after, oldest
// first (limit 0: the server's page, protocol.MaxHistoryPage).
func (c *Client) History(ctx context.Context, room string, after uint64, limit int) (protocol.HistoryResult, error) {
	var res protocol.HistoryResult
	p := map[string]any{"after": after}
	if limit > 0 {
		p["limit"] = limit
	}
	err := c.Request(ctx, protocol.TypeHistory, room, p, &res)
	return res, err
}

// Presence asks for a fresh presence snapshot of room; the view takes it.
func (c *Client) Presence(ctx context.Context, room string) (protocol.Presence, error) {
	cn, err := c.conn(ctx)
	if err != nil {
		return protocol.Presence{}, err
	}
	var res protocol.Presence
	err = c.requestOn(ctx, cn, protocol.TypePresence, room, nil, &res, func(env protocol.Envelope) {
		var p protocol.Presence
		if env.Type == protocol.TypeReply && json.Unmarshal(env.Payload, &p) == nil {
			c.applySnapshot(room, p)
		}
	})
	return res, err
}

// Direct sends body (encoded as JSON) to every tab of the person to, under
// kind.
func (c *Client) Direct(ctx context.Context, to, kind string, body any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("live: encode direct body: %w", err)
	}
	return c.Request(ctx, protocol.TypeDirect, "", map[string]any{"to": to, "kind": kind, "body": json.RawMessage(b)}, nil)
}

// Ping measures a round trip to the server.
func (c *Client) Ping(ctx context.Context) (time.Duration, error) {
	start := time.Now()
	if err := c.Request(ctx, protocol.TypePing, "", struct{}{}, nil); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}

// Renew hands the server a fresh access token for the same person before
// the current one expires; reconnections use it too.
func (c *Client) Renew(ctx context.Context, token string) (protocol.Hello, error) {
	var h protocol.Hello
	if err := c.Request(ctx, protocol.TypeAuth, "", map[string]string{"token": token}, &h); err != nil {
		return protocol.Hello{}, err
	}
	c.mu.Lock()
	c.token, c.hello = token, h
	c.mu.Unlock()
	return h, nil
}
