package live

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// Client is one live connection to a node, kept across reconnections, and
// the views of the rooms it has joined. Its methods are safe for
// concurrent use.
type Client struct {
	opt    options
	events *eventQueue
	ids    atomic.Uint64

	mu           sync.Mutex
	url, token   string
	cn           *conn         // the usable connection; nil while lost
	ready        chan struct{} // closed while cn is set
	hello        protocol.Hello
	reconnecting bool
	closed       bool          // by Close
	quit         chan struct{} // closed by Close
	done         chan struct{} // closed when the client ends
	doneErr      error
	stats        Stats

	rmu     sync.Mutex // guards rooms, every view and skipped
	rooms   map[string]*roomView
	skipped uint64
}

// Stats are counters of a client's life.
type Stats struct {
	Reconnects    int    // connections made again
	SkippedSeqs   uint64 // chat seqs given up on: history did not have them
	DroppedEvents uint64 // events dropped because Events was read too slowly
}

// Dial connects to the live endpoint wsURL (ws://host/ws), authenticates
// with token and waits for the hello. A refused connection is a
// *CloseError with the server's code and reason (wrapping the *Error
// reply, if any), or an *Error when the upgrade itself was refused.
func Dial(ctx context.Context, wsURL, token string, opts ...Option) (*Client, error) {
	o := defaultOptions()
	for _, f := range opts {
		f(&o)
	}
	c := &Client{
		opt: o, events: newEventQueue(o.eventBuffer), url: wsURL, token: token,
		ready: make(chan struct{}), quit: make(chan struct{}), done: make(chan struct{}),
		rooms: map[string]*roomView{},
	}
	cn, hello, err := c.connect(ctx, wsURL, token)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	c.cn, c.hello = cn, hello
	close(c.ready)
	c.mu.Unlock()
	return c, nil
}

// connect dials, authenticates and starts the read goroutine.
func (c *Client) connect(ctx context.Context, wsURL, token string) (*conn, protocol.Hello, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultDialTimeout)
		defer cancel()
	}
	d := c.opt.dialer
	if d == nil {
		d = &websocket.Dialer{HandshakeTimeout: DefaultDialTimeout, Proxy: http.ProxyFromEnvironment}
	}
	hdr := http.Header{}
	if c.opt.origin != "" {
		hdr.Set("Origin", c.opt.origin)
	}
	if c.opt.headerAuth {
		hdr.Set("Authorization", "Bearer "+token)
	}
	ws, resp, err := d.DialContext(ctx, wsURL, hdr)
	if err != nil {
		if resp != nil {
			return nil, protocol.Hello{}, upgradeError(resp)
		}
		return nil, protocol.Hello{}, fmt.Errorf("live: dial %s: %w", wsURL, err)
	}
	ws.SetReadLimit(maxServerFrame)
	stop := context.AfterFunc(ctx, func() { _ = ws.Close() })
	defer stop()
	deadline, _ := ctx.Deadline()
	_ = ws.SetReadDeadline(deadline)

	hello, err := c.authenticate(ws, token)
	if err != nil {
		_ = ws.Close()
		if ctx.Err() != nil {
			return nil, protocol.Hello{}, fmt.Errorf("live: authenticate: %w", ctx.Err())
		}
		return nil, protocol.Hello{}, err
	}
	if !stop() {
		return nil, protocol.Hello{}, fmt.Errorf("live: authenticate: %w", ctx.Err())
	}
	cn := newConn(ws, c.opt.writeTimeout)
	ws.SetPingHandler(func(data string) error {
		_ = ws.SetReadDeadline(time.Now().Add(c.opt.readTimeout))
		err := ws.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(c.opt.writeTimeout))
		if errors.Is(err, websocket.ErrCloseSent) {
			return nil
		}
		return err
	})
	go c.readLoop(cn)
	return cn, hello, nil
}

// authenticate sends the auth message (unless the token went in the
// header) and reads until the hello.
func (c *Client) authenticate(ws *websocket.Conn, token string) (protocol.Hello, error) {
	const authID = "auth"
	if !c.opt.headerAuth {
		p, _ := json.Marshal(map[string]string{"token": token})
		b, _ := json.Marshal(protocol.Envelope{Type: protocol.TypeAuth, ID: authID, Payload: p})
		_ = ws.SetWriteDeadline(time.Now().Add(c.opt.writeTimeout))
		if err := ws.WriteMessage(websocket.TextMessage, b); err != nil {
			return protocol.Hello{}, fmt.Errorf("live: send auth: %w", err)
		}
	}
	var refused *Error
	for {
		_, data, err := ws.ReadMessage()
		if err != nil {
			ce := closeErrorOf(err)
			if refused != nil {
				ce.Err = refused
			}
			return protocol.Hello{}, ce
		}
		// Nothing else is sent before the hello, so it is the frame's
		// first (and only) envelope.
		var env protocol.Envelope
		if json.Unmarshal(protocol.Frames(data)[0], &env) != nil {
			continue
		}
		switch {
		case env.Type == protocol.TypeHello && c.opt.headerAuth,
			env.Type == protocol.TypeReply && env.ID == authID && !c.opt.headerAuth:
			var h protocol.Hello
			if err := json.Unmarshal(env.Payload, &h); err != nil {
				return protocol.Hello{}, fmt.Errorf("live: a hello that does not decode: %w", err)
			}
			return h, nil
		case env.Type == protocol.TypeError && env.Error != nil:
			// The close that follows says the rest; do not wait long for it.
			refused = &Error{Code: env.Error.Code, Message: env.Error.Message}
			_ = ws.SetReadDeadline(time.Now().Add(2 * time.Second))
		}
	}
}

// upgradeError reads the error body of a refused upgrade.
func upgradeError(resp *http.Response) error {
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var body struct {
		Error *protocol.ErrorBody `json:"error"`
	}
	if json.Unmarshal(raw, &body) == nil && body.Error != nil && body.Error.Code != "" {
		return &Error{Code: body.Error.Code, Message: body.Error.Message}
	}
	return &Error{Code: apperr.Code(fmt.Sprintf("http_%d", resp.StatusCode)), Message: "the upgrade was refused: " + resp.Status}
}

// readLoop reads every frame as it comes, so that the server never waits
// for this client, and hands each to handle.
func (c *Client) readLoop(cn *conn) {
	defer close(cn.readDone)
	for {
		_ = cn.ws.SetReadDeadline(time.Now().Add(c.opt.readTimeout))
		_, data, err := cn.ws.ReadMessage()
		if err != nil {
			c.lost(cn, closeErrorOf(err))
			return
		}
		for _, env := range protocol.Frames(data) {
			if c.opt.frameHook != nil && !c.opt.frameHook(env) {
				continue
			}
			c.handle(cn, env)
		}
	}
}

func (c *Client) handle(cn *conn, data []byte) {
	var env protocol.Envelope
	if err := json.Unmarshal(data, &env); err != nil {
		return
	}
	switch env.Type {
	case protocol.TypeReply, protocol.TypeError:
		if env.ID != "" && cn.resolve(env) {
			return
		}
		if env.Type == protocol.TypeError && env.Error != nil {
			c.events.push(Event{Type: protocol.TypeError, Err: &Error{Code: env.Error.Code, Message: env.Error.Message}, Raw: env.Payload})
		}
	case protocol.TypeMessage:
		var m protocol.Message
		if json.Unmarshal(env.Payload, &m) == nil {
			if m.Room == "" {
				m.Room = env.Room
			}
			c.receiveMessage(env.Room, m)
		}
	case protocol.TypePresenceDelta:
		var d protocol.PresenceDelta
		if json.Unmarshal(env.Payload, &d) == nil {
			c.receivePresence(Event{Type: env.Type, Room: env.Room, Delta: &d, Raw: env.Payload})
		}
	case protocol.TypePresence:
		var p protocol.Presence
		if json.Unmarshal(env.Payload, &p) == nil {
			c.receivePresence(Event{Type: env.Type, Room: env.Room, Presence: &p, Raw: env.Payload})
		}
	case protocol.TypeDirectIn:
		var d protocol.Direct
		if json.Unmarshal(env.Payload, &d) == nil {
			c.events.push(Event{Type: env.Type, Direct: &d, Raw: env.Payload})
		}
	case protocol.TypeHello:
		var h protocol.Hello
		if json.Unmarshal(env.Payload, &h) == nil {
			c.mu.Lock()
			c.hello = h
			c.mu.Unlock()
			c.events.push(Event{Type: env.Type, Hello: &h, Raw: env.Payload})
		}
	default:
		c.events.push(Event{Type: env.Type, Room: env.Room, Seq: env.Seq, Raw: env.Payload})
	}
}

// lost handles the end of a connection: the client reconnects, or ends.
func (c *Client) lost(cn *conn, err *CloseError) {
	cn.fail(err)
	_ = cn.ws.Close()
	c.mu.Lock()
	if c.closed || c.cn != cn {
		// Closed on purpose, or not the connection in use (one being set
		// up by a reconnection, which sees the failure itself).
		c.mu.Unlock()
		return
	}
	c.cn = nil
	c.ready = make(chan struct{})
	if c.opt.reconnect && !c.permanent(err) {
		c.reconnecting = true
		c.mu.Unlock()
		go c.reconnectLoop()
		return
	}
	c.finishLocked(err)
	c.mu.Unlock()
}

// finishLocked ends the client with err (c.mu held).
func (c *Client) finishLocked(err error) {
	c.reconnecting = false
	select {
	case <-c.done:
	default:
		c.doneErr = err
		close(c.done)
	}
}

// Close says goodbye (1000) and ends the client for good. Requests under
// way fail; the Events channel is closed.
func (c *Client) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	close(c.quit)
	cn := c.cn
	c.cn = nil
	c.finishLocked(ErrClosed)
	c.mu.Unlock()
	if cn != nil {
		cn.fail(&CloseError{Code: websocket.CloseNormalClosure, Reason: "closed by the client", Err: ErrClosed})
		cn.close(websocket.CloseNormalClosure, "")
	}
	c.events.end(true)
	return nil
}

// Closed is closed when the client has ended: by Close, or when its
// connection was lost and no reconnection is tried (or they gave up).
// After a Reconnect, ask again: a revived client has a new channel.
func (c *Client) Closed() <-chan struct{} {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.done
}

// CloseError says why the client ended: a *CloseError with the server's
// close code and reason, ErrClosed after Close, or the error of the last
// reconnection attempt. Nil while the client runs.
func (c *Client) CloseError() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	select {
	case <-c.done:
		return c.doneErr
	default:
		return nil
	}
}

// Events returns the channel of server events (and the client's own,
// Event*). Events wait in the client, up to WithEventBuffer, for a caller
// who reads slowly; none are kept until Events is first called. Close
// closes the channel.
func (c *Client) Events() <-chan Event { return c.events.start() }

// Hello is the server's latest greeting: who this client is, and when the
// token expires.
func (c *Client) Hello() protocol.Hello {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hello
}

// Connected reports whether a connection is in use now.
func (c *Client) Connected() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cn != nil
}

// Stats returns the client's counters.
func (c *Client) Stats() Stats {
	c.mu.Lock()
	s := c.stats
	c.mu.Unlock()
	c.rmu.Lock()
	s.SkippedSeqs = c.skipped
	c.rmu.Unlock()
	s.DroppedEvents = c.events.droppedCount()
	return s
}

// URL returns the live endpoint of the node whose HTTP base URL is base:
// http://host:port becomes ws://host:port/ws (https, wss).
func URL(base string) string {
	base = strings.TrimRight(base, "/")
	switch {
	case strings.HasPrefix(base, "https://"):
		return "wss://" + strings.TrimPrefix(base, "https://") + "/ws"
	case strings.HasPrefix(base, "http://"):
		return "ws://" + strings.TrimPrefix(base, "http://") + "/ws"
	}
	return base + "/ws"
}
