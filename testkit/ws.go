package testkit

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/protocol"
)

// WS is a raw WebSocket to a node, for tests of the protocol's edges (bad
// frames, timeouts, close codes). client/live is the real client.
type WS struct {
	Conn *websocket.Conn
	t    testing.TB
	n    int
	// queued holds the envelopes of a batched frame not yet returned.
	queued [][]byte
}

// DialWS opens /ws with the given headers, without authenticating.
func (n *Node) DialWS(t testing.TB, header http.Header) *WS {
	t.Helper()
	c, resp, err := websocket.DefaultDialer.Dial(n.WSURL(), header)
	if err != nil {
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		t.Fatalf("dial %s: %v (HTTP %d)", n.WSURL(), err, status)
	}
	t.Cleanup(func() { c.Close() })
	return &WS{Conn: c, t: t}
}

// Live opens /ws and authenticates with token in the first message.
func (n *Node) Live(t testing.TB, token string) *WS {
	t.Helper()
	w := n.DialWS(t, nil)
	w.Request("auth", "", map[string]string{"token": token}).Ok()
	return w
}

// Send writes one envelope.
func (w *WS) Send(env protocol.Envelope) {
	w.t.Helper()
	if err := w.Conn.WriteJSON(env); err != nil {
		w.t.Fatalf("write: %v", err)
	}
}

// Reply is the answer to one request.
type Reply struct {
	protocol.Envelope
	t testing.TB
}

// Request sends a request with a fresh id and returns its reply, skipping
// the events that come meanwhile.
func (w *WS) Request(typ, room string, payload any) Reply {
	w.t.Helper()
	w.n++
	id := "r" + string(rune('0'+w.n%10)) + time.Now().Format("150405.000000")
	env := protocol.Envelope{Type: typ, ID: id, Room: room}
	if payload != nil {
		raw, _ := json.Marshal(payload)
		env.Payload = raw
	}
	w.Send(env)
	for {
		got := w.Next()
		if got.ID == id {
			return Reply{got, w.t}
		}
	}
}

// Ok fails unless the reply is a result; it decodes the payload into dst
// when dst is given.
func (r Reply) Ok(dst ...any) Reply {
	r.t.Helper()
	if r.Type != protocol.TypeReply {
		r.t.Fatalf("%s: %+v, want a result", r.ID, r.Error)
	}
	if len(dst) > 0 {
		if err := json.Unmarshal(r.Payload, dst[0]); err != nil {
			r.t.Fatalf("decode %s: %v", r.Payload, err)
		}
	}
	return r
}

// Fails fails unless the reply is an error with code.
func (r Reply) Fails(code string) Reply {
	r.t.Helper()
	if r.Type != protocol.TypeError || r.Error == nil || string(r.Error.Code) != code || r.Error.Message == "" {
		r.t.Fatalf("reply %+v (payload %s), want error %s", r.Envelope, r.Payload, code)
	}
	return r
}

// Next returns the next envelope, failing after 10 seconds.
func (w *WS) Next() protocol.Envelope {
	w.t.Helper()
	env, err := w.TryNext(10 * time.Second)
	if err != nil {
		w.t.Fatalf("read: %v", err)
	}
	return env
}

// TryNext returns the next envelope or the read error (a close, say).
func (w *WS) TryNext(wait time.Duration) (protocol.Envelope, error) {
	if len(w.queued) == 0 {
		_ = w.Conn.SetReadDeadline(time.Now().Add(wait))
		_, data, err := w.Conn.ReadMessage()
		if err != nil {
			return protocol.Envelope{}, err
		}
		w.queued = protocol.Frames(data)
	}
	var env protocol.Envelope
	err := json.Unmarshal(w.queued[0], &env)
	w.queued = w.queued[1:]
	return env, err
}

// Await returns the next envelope of type typ (in room, when given),
// skipping others.
func (w *WS) Await(typ, room string) protocol.Envelope {
	w.t.Helper()
	for {
		env := w.Next()
		if env.Type == typ && (room == "" || env.Room == room) {
			return env
		}
	}
}

// Closed reads until the server closes and returns the close code and
// reason, failing if it does not close within 10 seconds.
func (w *WS) Closed() (int, string) {
	w.t.Helper()
	_ = w.Conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		_, _, err := w.Conn.ReadMessage()
		if err == nil {
			continue
		}
		var ce *websocket.CloseError
		if ok := asCloseError(err, &ce); ok {
			return ce.Code, ce.Text
		}
		w.t.Fatalf("the connection ended without a close frame: %v", err)
	}
}

func asCloseError(err error, ce **websocket.CloseError) bool {
	c, ok := err.(*websocket.CloseError)
	if ok {
		*ce = c
	}
	return ok
}
