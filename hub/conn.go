package hub

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"golang.org/x/time/rate"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

const closeGoingAway = websocket.CloseGoingAway

// frameKind orders what a full queue gives up first: presence can be
// rebuilt from a snapshot, chat and replies cannot.
type frameKind uint8

const (
	kindReply frameKind = iota
	kindChat
	kindPresence
	kindDirect
)

type frame struct {
	data []byte
	kind frameKind
}

// Conn is one WebSocket connection: one browser tab.
type Conn struct {
	h  *Hub
	ws *websocket.Conn

	// Set once by auth, before the connection is registered anywhere;
	// renewals only move the expiry.
	id      protocol.Identity
	authed  atomic.Bool
	expires atomic.Int64 // unix nanoseconds

	send    sendQueue
	limiter *rate.Limiter
	strikes int           // consecutive requests refused for rate or form
	sending *sendInFlight // the chat send in progress, off the reader (overload.go)

	roomsMu sync.Mutex
	rooms   map[string]*room
	// stale lists rooms whose presence deltas were dropped on a full
	// queue: the writer sends a fresh snapshot once the queue drains.
	stale map[string]struct{}

	// pingSlot: which sixteenth of the connections this one is pinged
	// with (pingLoop).
	pingSlot uint32

	closeOnce sync.Once
	closed    chan struct{}
	wrote     chan struct{} // the writer has finished, close frame sent
	code      int
	reason    string
}

// Serve runs a connection until it ends. It reads on the calling goroutine
// and writes on one of its own while it has something to write (drain).
// pre is the identity when the upgrade
// request carried a valid token already; otherwise the first message must
// be an auth.
func (h *Hub) Serve(ws *websocket.Conn, pre *protocol.Identity) {
	c := &Conn{
		h: h, ws: ws, send: newSendQueue(h.cfg.SendQueue),
		limiter: rate.NewLimiter(rate.Limit(h.cfg.Rate), h.cfg.Burst),
		rooms:   map[string]*room{}, stale: map[string]struct{}{}, closed: make(chan struct{}),
		wrote: make(chan struct{}), pingSlot: h.pingTurn.Add(1) % pingSlices,
	}
	h.all.Store(c, struct{}{})
	h.metrics.conns.Inc()
	defer func() {
		c.cleanup()
		h.all.Delete(c)
		h.metrics.conns.Dec()
	}()
	defer c.finish()
	if h.ctx.Err() != nil {
		c.closeWith(closeGoingAway, "the server is shutting down")
		return
	}
	if pre != nil {
		if !c.signIn(*pre) {
			return
		}
		_ = ws.SetReadDeadline(time.Now().Add(h.cfg.PongWait))
		c.reply("", protocol.TypeHello, c.hello())
	} else {
		_ = ws.SetReadDeadline(time.Now().Add(protocol.AuthTimeout))
	}
	// Only a signed-in peer earns more time: before auth the deadline is
	// fixed, or a client could hold a socket forever with pongs alone.
	ws.SetPongHandler(func(string) error {
		if !c.authed.Load() {
			return nil
		}
		return ws.SetReadDeadline(time.Now().Add(h.cfg.PongWait))
	})
	c.readLoop()
}

func (c *Conn) readLoop() {
	defer c.awaitSend()
	for {
		data, err := c.readFrame()
		if err != nil {
			switch {
			case errors.Is(err, errFrameTooBig):
				c.closeWith(websocket.CloseMessageTooBig, "a frame was larger than 32 KiB")
			case errors.Is(err, errBinaryFrame):
				c.closeWith(websocket.CloseUnsupportedData, "frames are JSON text; binary frames are not the protocol")
			case !c.authed.Load():
				c.closeWith(protocol.CloseUnauthenticated, "authenticate within 5 seconds")
			default:
				c.closeWith(websocket.CloseNormalClosure, "")
			}
			return
		}
		c.h.metrics.in.Inc()
		if c.authed.Load() {
			// Any frame shows the peer is alive, not only a pong: a busy
			// server may read a pong late, behind requests.
			_ = c.ws.SetReadDeadline(time.Now().Add(c.h.cfg.PongWait))
		}
		if !c.limiter.Allow() {
			c.h.metrics.refused.WithLabelValues("rate").Inc()
			if c.strike() {
				c.closeWith(protocol.CloseRateLimited, "too many messages: slow down")
				return
			}
			// A flooder whose refusals pile up unread is sent no more of
			// them: its strikes close it, with the rate's code, before its
			// own refusals could overflow its queue (4008).
			if !c.queueBusy() {
				e := apperr.New(apperr.RateLimited, "too many messages; slow down")
				e.RetryAfter = c.refill()
				c.replyError(peekID(data), e)
			}
			continue
		}
		env, err := ParseFrame(data)
		if err != nil {
			c.h.metrics.refused.WithLabelValues("malformed").Inc()
			if c.strike() {
				c.closeWith(protocol.CloseProtocol, "too many frames that are not the protocol")
				return
			}
			c.replyError(peekID(data), err)
			continue
		}
		if !c.authed.Load() {
			if env.Type != protocol.TypeAuth {
				c.closeWith(protocol.CloseUnauthenticated, "the first message must be auth")
				return
			}
			if !c.authenticate(env) {
				return
			}
			continue
		}
		c.strikes = 0
		if c.sendBehind(env) {
			continue
		}
		c.dispatch(env)
		select {
		case <-c.closed:
			return
		default:
		}
	}
}

var (
	errFrameTooBig = errors.New("hub: frame over MaxFrame")
	errBinaryFrame = errors.New("hub: binary frame")
)

// readFrame reads one client frame. It enforces MaxFrame itself rather
// than through the WebSocket library, whose own close for an oversized
// frame carries no reason; the rest of such a frame is drained (and
// dropped) by finish.
func (c *Conn) readFrame() ([]byte, error) {
	typ, r, err := c.ws.NextReader()
	if err != nil {
		return nil, err
	}
	if typ != websocket.TextMessage {
		return nil, errBinaryFrame
	}
	data, err := io.ReadAll(io.LimitReader(r, protocol.MaxFrame+1))
	if err != nil {
		return nil, err
	}
	if len(data) > protocol.MaxFrame {
		return nil, errFrameTooBig
	}
	return data, nil
}

// refill is how long the rate limiter takes to give back one token: when
// the next request may come, for the retry hint.
func (c *Conn) refill() time.Duration {
	return max(time.Millisecond, time.Duration(float64(time.Second)/c.h.cfg.Rate)).Round(time.Millisecond)
}

// strike counts a refused request; true when the client has had enough
// warnings and is to be closed.
func (c *Conn) strike() bool {
	c.strikes++
	return c.strikes > 2*c.h.cfg.Burst
}

// authenticate handles the first auth message.
func (c *Conn) authenticate(env protocol.Envelope) bool {
	id, err := c.checkToken(env)
	if err != nil {
		c.replyError(env.ID, err)
		c.closeWith(protocol.CloseUnauthenticated, "the token was not accepted")
		return false
	}
	if !c.signIn(id) {
		return false
	}
	_ = c.ws.SetReadDeadline(time.Now().Add(c.h.cfg.PongWait))
	c.reply(env.ID, protocol.TypeReply, c.hello())
	return true
}

func (c *Conn) checkToken(env protocol.Envelope) (protocol.Identity, error) {
	var p authPayload
	if err := decodePayload(env, &p, "token"); err != nil {
		return protocol.Identity{}, err
	}
	ctx, cancel := context.WithTimeout(c.h.ctx, 5*time.Second)
	defer cancel()
	return c.h.auth.Authenticate(ctx, p.Token)
}

// signIn registers the connection under its person; false (and closed)
// when the person has too many connections.
func (c *Conn) signIn(id protocol.Identity) bool {
	c.id = id
	c.expires.Store(id.ExpiresAt.UnixNano())
	if !c.h.addUserConn(c) {
		c.closeWith(protocol.CloseTooManyConns, "too many connections for this person")
		return false
	}
	c.authed.Store(true)
	return true
}

func (c *Conn) hello() protocol.Hello {
	return protocol.Hello{Protocol: protocol.ProtocolVersion, Node: c.h.cfg.Node, User: c.id.Member(),
		ServerTime: time.Now().UTC(), ExpiresAt: time.Unix(0, c.expires.Load()).UTC()}
}

// renew accepts a fresh token for the same person.
func (c *Conn) renew(env protocol.Envelope) error {
	id, err := c.checkToken(env)
	if err != nil {
		return err
	}
	if id.ID != c.id.ID {
		return apperr.New(apperr.Forbidden, "a connection cannot change who it belongs to")
	}
	c.expires.Store(id.ExpiresAt.UnixNano())
	return nil
}

// queueBusy says the send queue is three-quarters full: what can be given
// up (presence, rate refusals) is, before the queue overflows and closes
// the connection.
func (c *Conn) queueBusy() bool { return c.send.len() >= c.send.limit*3/4 }

// enqueue offers a frame to the connection without ever blocking. When the
// queue is three-quarters full presence is dropped (and rebuilt later from
// a snapshot); when it is full the client is not reading and is closed.
func (c *Conn) enqueue(data []byte, kind frameKind, room string) {
	if kind == kindPresence && c.queueBusy() {
		c.h.metrics.dropped.Inc()
		c.roomsMu.Lock()
		c.stale[room] = struct{}{}
		c.roomsMu.Unlock()
		return
	}
	ok, start := c.send.push(frame{data, kind})
	if !ok {
		// Counted once: frames keep coming until the reader leaves the rooms.
		if c.closeWith(protocol.CloseSlowConsumer, "the send queue overflowed: the client is not reading") {
			c.h.metrics.overflows.Inc()
		}
		return
	}
	if start {
		go c.drain()
	}
}

// closeWith ends the connection with a close code and reason, once; true
// if this call did. The writer sends the close frame.
func (c *Conn) closeWith(code int, reason string) (closed bool) {
	c.closeOnce.Do(func() {
		c.code, c.reason = code, reason
		c.h.metrics.closes.WithLabelValues(closeLabel(code)).Inc()
		close(c.closed)
		closed = true
		// A writer that runs says goodbye when it sees closed; else one
		// starts to.
		if c.send.claim() {
			go c.drain()
		}
	})
	return closed
}

// finish ends the close handshake: once the writer has sent the close
// frame, it reads (and drops) what the peer still sends until the peer's
// own close or a second has passed. Closing the socket with unread data
// would reset it and lose the close frame, and its reason, on the way.
func (c *Conn) finish() {
	c.closeWith(websocket.CloseNormalClosure, "")
	<-c.wrote
	for {
		if _, _, err := c.ws.NextReader(); err != nil {
			break
		}
	}
	c.ws.Close()
}

// drain is the connection's writer. It runs only while frames wait (the
// push that finds no writer starts it, sendQueue): an idle connection,
// most of them, has no goroutine but its reader. That halves the stacks a
// node of 10,000 connections keeps and the garbage collector scans in
// every cycle (docs/benchmarks.md). Once the connection is closing, the
// writer of the moment flushes what is queued, sends the close frame and
// stays the last: no writer starts after it.
func (c *Conn) drain() {
	for {
		select {
		case <-c.closed:
			c.writeClose()
			// Unblock the reader: the peer has a second to answer the close.
			_ = c.ws.NetConn().SetReadDeadline(time.Now().Add(time.Second))
			close(c.wrote)
			return
		default:
		}
		f, ok := c.send.pop()
		if !ok {
			c.resendStale()
			if !c.send.idle() {
				continue // frames came meanwhile
			}
			// A close that found this writer running left its goodbye to
			// it: take the turn back to say it, unless a new writer has.
			select {
			case <-c.closed:
				if c.send.claim() {
					continue
				}
			default:
			}
			return
		}
		if err := c.writeBatch(f); err != nil {
			c.closeWith(websocket.CloseAbnormalClosure, "")
		}
	}
}

// pingSlices: the hub pings a sixteenth of its connections at a time, so
// that 10,000 pings do not go out in one instant.
const pingSlices = 16

// pingLoop pings every connection once a PingInterval (the peer answers
// with a pong, which extends its read deadline) and closes those whose
// token has expired. Each ping is written on a goroutine of its own that
// ends with the write: WriteControl, which the WebSocket library lets run
// beside the writer, may wait up to WriteWait behind a writer stuck on a
// full socket.
func (h *Hub) pingLoop(ctx context.Context) {
	t := time.NewTicker(h.cfg.PingInterval / pingSlices)
	defer t.Stop()
	for turn := uint32(0); ; turn = (turn + 1) % pingSlices {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		h.all.Range(func(k, _ any) bool {
			if c := k.(*Conn); c.pingSlot == turn {
				go c.ping()
			}
			return true
		})
	}
}

func (c *Conn) ping() {
	select {
	case <-c.closed:
		return
	default:
	}
	if c.authed.Load() && time.Now().UnixNano() > c.expires.Load() {
		c.closeWith(protocol.CloseTokenExpired, "the access token expired; reconnect with a fresh one")
		return
	}
	if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(c.h.cfg.WriteWait)); err != nil {
		c.closeWith(websocket.CloseAbnormalClosure, "")
	}
}

// Batching: what is queued behind the first frame goes out in the same
// WebSocket message, one envelope a line. Under load this turns a write
// system call per envelope into one per batch, on the server and on the
// client.
const (
	maxBatch      = 64
	maxBatchBytes = 64 << 10
)

var newline = []byte{'\n'}

func (c *Conn) writeBatch(first frame) error {
	_ = c.ws.SetWriteDeadline(time.Now().Add(c.h.cfg.WriteWait))
	w, err := c.ws.NextWriter(websocket.TextMessage)
	if err != nil {
		return err
	}
	if _, err := w.Write(first.data); err != nil {
		return err
	}
	size := len(first.data)
	for n := 1; n < maxBatch && size < maxBatchBytes; n++ {
		f, ok := c.send.pop()
		if !ok {
			break
		}
		size += len(f.data) + 1
		if _, err := w.Write(newline); err != nil {
			return err
		}
		if _, err := w.Write(f.data); err != nil {
			return err
		}
	}
	return w.Close()
}

func (c *Conn) write(data []byte) error {
	_ = c.ws.SetWriteDeadline(time.Now().Add(c.h.cfg.WriteWait))
	return c.ws.WriteMessage(websocket.TextMessage, data)
}

// writeClose flushes what is queued (replies explain errors) and says
// goodbye with the code and reason.
func (c *Conn) writeClose() {
	for c.code != protocol.CloseSlowConsumer {
		f, ok := c.send.pop()
		if !ok || c.write(f.data) != nil {
			break
		}
	}
	msg := websocket.FormatCloseMessage(c.code, c.reason)
	if c.code == websocket.CloseAbnormalClosure {
		return // the peer is gone; nothing to say
	}
	_ = c.ws.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
}

// resendStale sends fresh presence snapshots for rooms whose deltas were
// dropped.
func (c *Conn) resendStale() {
	c.roomsMu.Lock()
	if len(c.stale) == 0 {
		c.roomsMu.Unlock()
		return
	}
	rooms := make([]*room, 0, len(c.stale))
	for name := range c.stale {
		if r := c.rooms[name]; r != nil {
			rooms = append(rooms, r)
		}
	}
	c.stale = map[string]struct{}{}
	c.roomsMu.Unlock()
	for _, r := range rooms {
		r.resnapshot(c)
	}
}

// cleanup leaves every room and unregisters the connection.
func (c *Conn) cleanup() {
	c.closeWith(websocket.CloseNormalClosure, "")
	c.roomsMu.Lock()
	rooms := c.rooms
	c.rooms = map[string]*room{}
	c.roomsMu.Unlock()
	for _, r := range rooms {
		r.remove(c)
	}
	if c.authed.Load() {
		c.h.removeUserConn(c)
	}
}

// reply sends a result (or an event such as hello) to this connection.
func (c *Conn) reply(id, typ string, payload any) {
	p, err := json.Marshal(payload)
	if err != nil {
		panic(err)
	}
	b, _ := json.Marshal(protocol.Envelope{Type: typ, ID: id, Payload: p})
	c.enqueue(b, kindReply, "")
}

func (c *Conn) replyError(id string, err error) {
	e := apperr.CodeOf(err)
	msg := "something went wrong on our side; try again"
	var ae *apperr.Error
	if errors.As(err, &ae) {
		msg = ae.Message
	} else {
		c.h.log.Error("live request failed", "err", err)
	}
	body := &protocol.ErrorBody{Code: e, Message: msg}
	if ae != nil && ae.RetryAfter > 0 {
		body.RetryAfterMS = ae.RetryAfter.Milliseconds()
	}
	b, _ := json.Marshal(protocol.Envelope{Type: protocol.TypeError, ID: id, Error: body})
	c.enqueue(b, kindReply, "")
}

// ParseFrame decodes one client frame. Every failure is a bad_request
// error that says what is wrong.
func ParseFrame(data []byte) (protocol.Envelope, error) {
	var env protocol.Envelope
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&env); err != nil || env.Type == "" {
		return protocol.Envelope{}, apperr.New(apperr.BadRequest, "a frame must be a JSON object with a type")
	}
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		if rest[0] == '{' {
			return protocol.Envelope{}, apperr.New(apperr.BadRequest, "a frame holds one envelope; this one holds more: send each request in a frame of its own")
		}
		return protocol.Envelope{}, apperr.New(apperr.BadRequest, "a frame must be a JSON object with a type, and nothing after it")
	}
	if len(env.ID) > protocol.MaxID {
		return protocol.Envelope{}, apperr.New(apperr.BadRequest, "the id is longer than %d bytes", protocol.MaxID)
	}
	if env.Error != nil || env.Seq != 0 {
		return protocol.Envelope{}, apperr.New(apperr.BadRequest, "error and seq are the server's fields")
	}
	return env, nil
}

// peekID finds the id of a frame that is not read in full, so that even a
// refused request gets its reply. Of a frame holding several envelopes it
// is the first one's.
func peekID(data []byte) string {
	var e struct {
		ID string `json:"id"`
	}
	if json.NewDecoder(bytes.NewReader(data)).Decode(&e) != nil || len(e.ID) > protocol.MaxID {
		return ""
	}
	return e.ID
}

// hasPayload tells a payload left out (or null) from one that was sent.
func hasPayload(env protocol.Envelope) bool { return protocol.HasPayload(env.Payload) }

// decodePayload is protocol.DecodePayload of env's payload.
func decodePayload(env protocol.Envelope, dst any, required ...string) error {
	return protocol.DecodePayload(env.Type, env.Payload, dst, required...)
}

// noPayload checks a request that takes no payload.
func noPayload(env protocol.Envelope) error { return protocol.NoPayload(env.Type, env.Payload) }

func closeLabel(code int) string {
	switch code {
	case protocol.CloseUnauthenticated:
		return "unauthenticated"
	case protocol.CloseTokenExpired:
		return "token_expired"
	case protocol.CloseSlowConsumer:
		return "slow_consumer"
	case protocol.CloseTooManyConns:
		return "too_many_connections"
	case protocol.CloseRateLimited:
		return "rate_limited"
	case protocol.CloseProtocol:
		return "protocol"
	case protocol.CloseAccountGone:
		return "account_gone"
	case websocket.CloseMessageTooBig:
		return "too_big"
	case websocket.CloseUnsupportedData:
		return "binary"
	case closeGoingAway:
		return "shutdown"
	case websocket.CloseNormalClosure:
		return "normal"
	}
	return "lost"
}
