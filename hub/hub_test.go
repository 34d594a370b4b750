package hub_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store/memory"
)

// The hub on its own, with a token scheme of its own ("tok-<id>"), every
// room open, and the embedded store for history.
// A token "tok-<id>" lives an hour, "short-<id>" half a second.
type fakeAuth struct{}

func (fakeAuth) Authenticate(_ context.Context, token string) (protocol.Identity, error) {
	life := time.Hour
	id, ok := strings.CutPrefix(token, "tok-")
	if !ok {
		if id, ok = strings.CutPrefix(token, "short-"); !ok {
			return protocol.Identity{}, apperr.New(apperr.Unauthenticated, "bad token")
		}
		life = 500 * time.Millisecond
	}
	return protocol.Identity{ID: id, Name: "Person " + id, Role: "participant", ExpiresAt: time.Now().Add(life)}, nil
}

// anyRoom makes every room name a chat room that anyone may join.
var anyRoom = []protocol.RoomKind{{Prefix: "", Chat: true}}

func startHub(t *testing.T, cfg hub.Config, bus hub.Bus) (*hub.Hub, string) {
	t.Helper()
	return startHubOn(t, cfg, bus, func(st *memory.Store) protocol.History { return st })
}

// startHubWith is startHub with the history wrapped, when wrap is given.
func startHubWith(t *testing.T, cfg hub.Config, bus hub.Bus, wrap func(protocol.History) protocol.History) (*hub.Hub, string) {
	t.Helper()
	return startHubOn(t, cfg, bus, func(st *memory.Store) protocol.History {
		if wrap == nil {
			return st
		}
		return wrap(st)
	})
}

// startHubOn is startHub with the history that history makes of the
// embedded store.
func startHubOn(t *testing.T, cfg hub.Config, bus hub.Bus, history func(*memory.Store) protocol.History) (*hub.Hub, string) {
	t.Helper()
	return startHubDeps(t, cfg, hub.Deps{Kinds: anyRoom, Bus: bus}, history)
}

// startHubDeps starts a hub with d, given fakeAuth and the history that
// history makes of the embedded store (the store itself when nil).
func startHubDeps(t *testing.T, cfg hub.Config, d hub.Deps, history func(*memory.Store) protocol.History) (*hub.Hub, string) {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	d.Auth, d.History = fakeAuth{}, st
	if history != nil {
		d.History = history(st)
	}
	h, err := hub.New(cfg, d)
	if err != nil {
		t.Fatal(err)
	}
	up := websocket.Upgrader{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := up.Upgrade(w, r, nil)
		if err == nil {
			// Small kernel buffers, so that a client that stops reading
			// fills them after a few messages, not megabytes.
			_ = ws.NetConn().(*net.TCPConn).SetWriteBuffer(8 << 10)
			h.Serve(ws, nil)
		}
	}))
	t.Cleanup(func() {
		h.Close()
		srv.Close()
		st.Close()
	})
	return h, "ws" + strings.TrimPrefix(srv.URL, "http")
}

// dial connects and authenticates as id.
func dial(t *testing.T, url, id string) *websocket.Conn {
	t.Helper()
	d := websocket.Dialer{NetDial: func(network, addr string) (net.Conn, error) {
		c, err := net.Dial(network, addr)
		if err == nil {
			_ = c.(*net.TCPConn).SetReadBuffer(4 << 10)
		}
		return c, err
	}}
	c, _, err := d.Dial(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	request(t, c, "auth", "", map[string]string{"token": "tok-" + id})
	return c
}

var reqN sync.Map

// queued holds, per connection, the envelopes of a batched frame not yet
// read.
var queued sync.Map

// readEnv returns the next envelope from c: the server batches several in
// one frame, one per line.
func readEnv(c *websocket.Conn) (protocol.Envelope, error) {
	var env protocol.Envelope
	q, _ := queued.Load(c)
	rest, _ := q.([][]byte)
	if len(rest) == 0 {
		_, data, err := c.ReadMessage()
		if err != nil {
			return env, err
		}
		rest = protocol.Frames(data)
	}
	queued.Store(c, rest[1:])
	return env, json.Unmarshal(rest[0], &env)
}

// request sends a request and waits for its reply, skipping events.
func request(t *testing.T, c *websocket.Conn, typ, room string, payload any) protocol.Envelope {
	t.Helper()
	n, _ := reqN.LoadOrStore(c, new(int))
	*n.(*int)++
	id := fmt.Sprint(*n.(*int))
	raw, _ := json.Marshal(payload)
	if err := c.WriteJSON(protocol.Envelope{Type: typ, ID: id, Room: room, Payload: raw}); err != nil {
		t.Fatal(err)
	}
	for {
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		env, err := readEnv(c)
		if err != nil {
			t.Fatalf("awaiting the reply to %s: %v", typ, err)
		}
		if env.ID == id {
			if env.Type != protocol.TypeReply {
				t.Fatalf("%s: %+v", typ, env.Error)
			}
			return env
		}
	}
}

// TestSlowConsumer: a client that stops reading is closed with a reason
// when its queue overflows, and never delays the others.
func TestSlowConsumer(t *testing.T) {
	// The slow client's writer sits in a write to its full socket until
	// the test reads; a write that times out first ends the connection
	// without the close frame. 400 sends take 3 s on a quiet machine and
	// over 10 (the default WriteWait) on a loaded one.
	_, url := startHub(t, hub.Config{SendQueue: 32, Rate: 100000, Burst: 100000, WriteWait: time.Minute}, nil)
	slow := dial(t, url, "slow")
	request(t, slow, "join", "hall", nil)
	reader := dial(t, url, "reader")
	request(t, reader, "join", "hall", nil)
	sender := dial(t, url, "sender")
	request(t, sender, "join", "hall", nil)

	// The reader reads everything in its own goroutine.
	got := make(chan uint64, 10000)
	// request left a 10-s read deadline; the reader waits as long as
	// the test does (a storm of dials under load can take longer).
	_ = reader.SetReadDeadline(time.Time{})
	go func() {
		for {
			env, err := readEnv(reader)
			if err != nil {
				return
			}
			if env.Type == protocol.TypeMessage {
				got <- env.Seq
			}
		}
	}()
	text := strings.Repeat("x", protocol.MaxText)
	const total = 400 // far more than the slow client's buffers and queue hold
	for i := range total {
		request(t, sender, "send", "hall", map[string]string{"text": text})
		select {
		case <-got:
		case <-time.After(5 * time.Second):
			t.Fatalf("the reader stalled at message %d: the slow client held it back", i)
		}
	}
	// The slow client was closed with the slow-consumer code.
	_ = slow.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		_, _, err := slow.ReadMessage()
		if err == nil {
			continue
		}
		ce, ok := err.(*websocket.CloseError)
		if !ok || ce.Code != protocol.CloseSlowConsumer || ce.Text == "" {
			t.Fatalf("slow client ended with %v, want close %d", err, protocol.CloseSlowConsumer)
		}
		return
	}
}

// TestPresenceBatching: a join storm reaches each member as a few batched
// deltas, not one message per arrival: in a large room, and in a small one
// that is busy (the storm starts while it is small).
func TestPresenceBatching(t *testing.T) {
	for _, tc := range []struct {
		name      string
		largeRoom int
	}{{"large room", 50}, {"busy small room", 100000}} {
		t.Run(tc.name, func(t *testing.T) { presenceStorm(t, tc.largeRoom) })
	}
}

func presenceStorm(t *testing.T, largeRoom int) {
	_, url := startHub(t, hub.Config{LargeRoom: largeRoom, PresenceLarge: 500 * time.Millisecond, MaxConnsPerUser: 1}, nil)
	watcher := dial(t, url, "watcher")
	request(t, watcher, "join", "plaza", nil)
	deltas := make(chan protocol.PresenceDelta, 1000)
	// request left a 10-s read deadline, and 300 dials on a loaded CI
	// machine can take longer: the watcher reads until the test ends.
	_ = watcher.SetReadDeadline(time.Time{})
	go func() {
		for {
			env, err := readEnv(watcher)
			if err != nil {
				return
			}
			if env.Type == protocol.TypePresenceDelta {
				var d protocol.PresenceDelta
				_ = json.Unmarshal(env.Payload, &d)
				deltas <- d
			}
		}
	}()
	const joiners = 300
	start := time.Now()
	for i := range joiners {
		c := dial(t, url, fmt.Sprint("p", i))
		request(t, c, "join", "plaza", nil)
	}
	messages := 0
	for count := 0; count != joiners+1; {
		select {
		case d := <-deltas:
			messages++
			count = d.Count
		case <-time.After(10 * time.Second):
			t.Fatalf("the watcher never saw %d members", joiners+1)
		}
	}
	// Without batching the watcher would get 300 messages. Allow one delta
	// per 500 ms of the storm, and a margin.
	if limit := 3 + int(time.Since(start)/(500*time.Millisecond)) + 10; messages > limit {
		t.Fatalf("%d presence messages for %d arrivals, want at most %d", messages, joiners, limit)
	}
}

// TestNodeDeathDropsMembers: two hubs on one LocalBus; when one stops
// talking (its bus link cut), the other drops its members after the node
// timeout.
func TestNodeDeathDropsMembers(t *testing.T) {
	shared := hub.NewLocalBus()
	t.Cleanup(func() { shared.Close() })
	cut := &cuttableBus{Bus: shared}
	cfg := hub.Config{Heartbeat: 200 * time.Millisecond, NodeTimeout: time.Second}
	_, urlA := startHub(t, cfg, cut)
	_, urlB := startHub(t, cfg, shared)
	a := dial(t, urlA, "on-a")
	request(t, a, "join", "room", nil)
	b := dial(t, urlB, "on-b")
	request(t, b, "join", "room", nil)

	var pr protocol.Presence
	for deadline := time.Now().Add(5 * time.Second); pr.Count != 2; {
		if time.Now().After(deadline) {
			t.Fatalf("presence never merged: %+v", pr)
		}
		env := request(t, b, "presence", "room", nil)
		_ = json.Unmarshal(env.Payload, &pr)
		time.Sleep(20 * time.Millisecond)
	}
	cut.cut()
	start := time.Now()
	for {
		_ = b.SetReadDeadline(time.Now().Add(5 * time.Second))
		env, err := readEnv(b)
		if err != nil {
			t.Fatalf("no departure after %v: %v", time.Since(start), err)
		}
		var d protocol.PresenceDelta
		if env.Type == protocol.TypePresenceDelta && json.Unmarshal(env.Payload, &d) == nil && len(d.Left) == 1 && d.Left[0] == "on-a" {
			if d.Count != 1 {
				t.Fatalf("delta %+v", d)
			}
			return
		}
	}
}

// cuttableBus drops everything once cut, as a crashed node would.
type cuttableBus struct {
	hub.Bus
	mu  sync.Mutex
	off bool
}

func (c *cuttableBus) cut() { c.mu.Lock(); c.off = true; c.mu.Unlock() }

func (c *cuttableBus) Publish(ctx context.Context, subject string, data []byte) error {
	c.mu.Lock()
	off := c.off
	c.mu.Unlock()
	if off {
		return nil
	}
	return c.Bus.Publish(ctx, subject, data)
}

// TestTokenExpiry: a connection whose token expires is closed with 4002,
// unless the client renews it with another auth in time; a renewal cannot
// change who the connection is.
func TestTokenExpiry(t *testing.T) {
	_, url := startHub(t, hub.Config{PingInterval: 100 * time.Millisecond}, nil)
	open := func(id string) *websocket.Conn {
		c, _, err := websocket.DefaultDialer.Dial(url, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		request(t, c, "auth", "", map[string]string{"token": "short-" + id})
		return c
	}
	lapsing, renewing := open("lapsing"), open("renewing")
	raw, _ := json.Marshal(map[string]string{"token": "tok-someone-else"})
	_ = renewing.WriteJSON(protocol.Envelope{Type: "auth", ID: "x", Payload: raw})
	_ = renewing.SetReadDeadline(time.Now().Add(5 * time.Second))
	env, err := readEnv(renewing)
	if err != nil || env.Error == nil || env.Error.Code != apperr.Forbidden {
		t.Fatalf("renewing as someone else: %+v %v", env, err)
	}
	request(t, renewing, "auth", "", map[string]string{"token": "tok-renewing"})

	_ = lapsing.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		_, _, err := lapsing.ReadMessage()
		if err == nil {
			continue
		}
		if ce, ok := err.(*websocket.CloseError); !ok || ce.Code != protocol.CloseTokenExpired {
			t.Fatalf("lapsed connection ended with %v, want close %d", err, protocol.CloseTokenExpired)
		}
		break
	}
	time.Sleep(600 * time.Millisecond) // past the first token's life
	request(t, renewing, "ping", "", struct{}{})
}

// TestAuthDeadline: nothing but a successful auth extends the life of a
// connection that has not authenticated. Whatever else it sends, pongs
// (which extend a signed-in connection's deadline), pings or frames that
// are not the protocol, it is closed with 4001 when the auth deadline
// passes.
func TestAuthDeadline(t *testing.T) {
	_, url := startHub(t, hub.Config{}, nil)
	control := func(kind int) func(*websocket.Conn) error {
		return func(c *websocket.Conn) error {
			return c.WriteControl(kind, []byte("alive"), time.Now().Add(time.Second))
		}
	}
	cases := []struct {
		name string
		send func(*websocket.Conn) error // every 100 ms until the close
	}{
		{"silent", nil},
		{"pongs", control(websocket.PongMessage)},
		{"pings", control(websocket.PingMessage)},
		{"pongs and pings", func(c *websocket.Conn) error {
			if err := control(websocket.PongMessage)(c); err != nil {
				return err
			}
			return control(websocket.PingMessage)(c)
		}},
		{"frames that are not the protocol", func(c *websocket.Conn) error {
			return c.WriteMessage(websocket.TextMessage, []byte(`{"id":"x"}`))
		}},
	}
	// Every case runs at once, so that the test takes one deadline, not
	// one per case.
	type ending struct {
		took time.Duration
		err  error
	}
	endings := make([]chan ending, len(cases))
	start := time.Now()
	for i, tc := range cases {
		c, _, err := websocket.DefaultDialer.Dial(url, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		stop := make(chan struct{})
		if tc.send != nil {
			go func() {
				tick := time.NewTicker(100 * time.Millisecond)
				defer tick.Stop()
				for {
					select {
					case <-stop:
						return
					case <-tick.C:
						if tc.send(c) != nil {
							return
						}
					}
				}
			}()
		}
		endings[i] = make(chan ending, 1)
		go func() {
			defer close(stop)
			_ = c.SetReadDeadline(start.Add(protocol.AuthTimeout + 5*time.Second))
			for {
				if _, _, err := c.ReadMessage(); err != nil {
					endings[i] <- ending{time.Since(start), err}
					return
				}
				// an error reply to a bad frame
			}
		}()
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := <-endings[i]
			ce, ok := e.err.(*websocket.CloseError)
			if !ok || ce.Code != protocol.CloseUnauthenticated || ce.Text == "" {
				t.Fatalf("ended after %v with %v, want close %d", e.took, e.err, protocol.CloseUnauthenticated)
			}
			if e.took < protocol.AuthTimeout-500*time.Millisecond || e.took > protocol.AuthTimeout+2*time.Second {
				t.Fatalf("closed after %v, want about %v", e.took, protocol.AuthTimeout)
			}
		})
	}
}

// TestFrameLimits: a frame over 32 KiB closes the connection with 1009
// and a binary frame with 1003, each with a reason; a text frame of
// exactly 32 KiB is served.
func TestFrameLimits(t *testing.T) {
	_, url := startHub(t, hub.Config{}, nil)
	padded := func(n int) []byte {
		b := []byte(`{"type":"ping","id":"p"}`)
		return append(b, strings.Repeat(" ", n-len(b))...)
	}
	for _, tc := range []struct {
		name      string
		kind      int
		data      []byte
		wantClose int // 0: served
	}{
		{"exactly 32 KiB", websocket.TextMessage, padded(protocol.MaxFrame), 0},
		{"one byte over", websocket.TextMessage, padded(protocol.MaxFrame + 1), websocket.CloseMessageTooBig},
		{"a megabyte", websocket.TextMessage, padded(1 << 20), websocket.CloseMessageTooBig},
		{"binary", websocket.BinaryMessage, []byte(`{"type":"ping","id":"p"}`), websocket.CloseUnsupportedData},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := dial(t, url, "sender")
			if err := c.WriteMessage(tc.kind, tc.data); err != nil {
				t.Fatal(err)
			}
			_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
			env, err := readEnv(c)
			if tc.wantClose == 0 {
				if err != nil || env.Type != protocol.TypeReply || env.ID != "p" {
					t.Fatalf("got %+v %v, want the reply to the ping", env, err)
				}
				return
			}
			ce, ok := err.(*websocket.CloseError)
			if !ok || ce.Code != tc.wantClose || ce.Text == "" {
				t.Fatalf("got %+v %v, want close %d with a reason", env, err, tc.wantClose)
			}
		})
	}
}

// exchange writes one raw frame, then a ping, and returns what came back
// before the ping's reply: the answers to the frame.
func exchange(t *testing.T, c *websocket.Conn, frame string) []protocol.Envelope {
	t.Helper()
	if err := c.WriteMessage(websocket.TextMessage, []byte(frame)); err != nil {
		t.Fatal(err)
	}
	if err := c.WriteMessage(websocket.TextMessage, []byte(`{"type":"ping","id":"probe"}`)); err != nil {
		t.Fatal(err)
	}
	var got []protocol.Envelope
	for {
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		env, err := readEnv(c)
		if err != nil {
			t.Fatalf("awaiting the probe's reply: %v", err)
		}
		if env.ID == "probe" {
			return got
		}
		if env.Type == protocol.TypeReply || env.Type == protocol.TypeError {
			got = append(got, env)
		}
	}
}

// TestFrameRefusals: a frame that is not one valid envelope gets one
// bad_request error that says what is wrong, with the id that could be
// read, and nothing else.
func TestFrameRefusals(t *testing.T) {
	_, url := startHub(t, hub.Config{}, nil)
	c := dial(t, url, "framer")
	for _, tc := range []struct {
		name, frame string
		id          string // of the one answer
		say         string // in its message; "" for a reply
	}{
		{"two envelopes, one a line", "{\"type\":\"ping\",\"id\":\"a\"}\n{\"type\":\"ping\",\"id\":\"b\"}", "a", "one envelope"},
		{"two envelopes on one line", `{"type":"ping","id":"a"}{"type":"ping","id":"b"}`, "a", "one envelope"},
		{"something after the envelope", `{"type":"ping","id":"a"} ]`, "a", "nothing after it"},
		{"not JSON", `{"type":"ping","id":`, "", "a JSON object with a type"},
		{"no type", `{"id":"n"}`, "n", "a JSON object with a type"},
		{"an array", `[{"type":"ping","id":"l"}]`, "", "a JSON object with a type"},
		{"id over 64 bytes", `{"type":"ping","id":"` + strings.Repeat("i", protocol.MaxID+1) + `"}`, "", "longer than 64 bytes"},
		{"seq from the client", `{"type":"ping","id":"s","seq":4}`, "s", "server's fields"},
		{"whitespace around one envelope", " {\"type\":\"ping\",\"id\":\"w\"}\n", "w", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := exchange(t, c, tc.frame)
			if len(got) != 1 || got[0].ID != tc.id {
				t.Fatalf("answers %+v, want one with id %q", got, tc.id)
			}
			if tc.say == "" {
				if got[0].Type != protocol.TypeReply {
					t.Fatalf("answer %+v, want a reply", got[0].Error)
				}
				return
			}
			if e := got[0].Error; e == nil || e.Code != apperr.BadRequest || !strings.Contains(e.Message, tc.say) {
				t.Fatalf("answer %+v, want bad_request saying %q", e, tc.say)
			}
		})
	}
}

// TestPayloadRules: every request type refuses payload fields it does not
// take, a required field left out is bad_request and names the field, and
// a value that is there but wrong is judged by the request.
func TestPayloadRules(t *testing.T) {
	_, url := startHub(t, hub.Config{}, nil)
	for i, tc := range []struct {
		name, typ, payload string // payload "": left out
		code               apperr.Code
		say                string // in the error's message
	}{
		{"auth without token", "auth", `{}`, apperr.BadRequest, "required field token"},
		{"auth with a null token", "auth", `{"token":null}`, apperr.BadRequest, "required field token"},
		{"auth with an empty token", "auth", `{"token":""}`, apperr.Unauthenticated, ""},
		{"send without payload", "send", ``, apperr.BadRequest, "needs a payload"},
		{"send with a null payload", "send", `null`, apperr.BadRequest, "needs a payload"},
		{"send without text", "send", `{}`, apperr.BadRequest, "required field text"},
		{"send with empty text", "send", `{"text":""}`, apperr.ValidationFailed, ""},
		{"send with a from", "send", `{"text":"hi","from":"p-other"}`, apperr.BadRequest, `unknown field "from"`},
		{"send with text a number", "send", `{"text":5}`, apperr.BadRequest, "field text has the wrong type"},
		{"send with an empty client_id", "send", `{"text":"hi","client_id":""}`, apperr.BadRequest, "client_id is 1 to 64 bytes"},
		{"send with a long client_id", "send", `{"text":"hi","client_id":"` + strings.Repeat("c", protocol.MaxID+1) + `"}`, apperr.BadRequest, "client_id is 1 to 64 bytes"},
		{"send with a space in client_id", "send", `{"text":"hi","client_id":"a b"}`, apperr.BadRequest, "client_id is 1 to 64 bytes"},
		{"send with non-ASCII client_id", "send", `{"text":"hi","client_id":"café"}`, apperr.BadRequest, "client_id is 1 to 64 bytes"},
		{"send with client_id a number", "send", `{"text":"hi","client_id":7}`, apperr.BadRequest, "field client_id has the wrong type"},
		{"send with a null client_id", "send", `{"text":"hi","client_id":null}`, "", ""},
		{"send with a UUID client_id", "send", `{"text":"hi","client_id":"0b6f6c2e-6d4e-4c8a-9d27-3f0e8f1a2b3c"}`, "", ""},
		{"history without after", "history", `{"limit":5}`, apperr.BadRequest, "required field after"},
		{"direct without to", "direct", `{"kind":"wave"}`, apperr.BadRequest, "required field to"},
		{"direct without kind", "direct", `{"to":"p-1"}`, apperr.BadRequest, "required field kind"},
		{"direct with an empty to", "direct", `{"to":"","kind":"wave"}`, apperr.ValidationFailed, ""},
		{"join with an unknown field", "join", `{"since":1,"until":2}`, apperr.BadRequest, `unknown field "until"`},
		{"leave with an unknown field", "leave", `{"silently":true}`, apperr.BadRequest, `unknown field "silently"`},
		{"leave with a list", "leave", `[]`, apperr.BadRequest, "not a JSON object"},
		{"presence with an unknown field", "presence", `{"all":true}`, apperr.BadRequest, `unknown field "all"`},
		{"ping with an unknown field", "ping", `{"at":1}`, apperr.BadRequest, `unknown field "at"`},
		{"leave with {}", "leave", `{}`, "", ""},
		{"presence with null", "presence", `null`, "", ""},
		{"ping without payload", "ping", ``, "", ""},
		{"history with after", "history", `{"after":0}`, "", ""},
		{"direct without body", "direct", `{"to":"p-1","kind":"wave"}`, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := dial(t, url, fmt.Sprint("payloads-", i))
			request(t, c, "join", "hall", nil)
			frame := `{"type":"` + tc.typ + `","id":"q","room":"hall"`
			if tc.payload != "" {
				frame += `,"payload":` + tc.payload
			}
			got := exchange(t, c, frame+"}")
			if len(got) != 1 {
				t.Fatalf("answers %+v, want one", got)
			}
			e := got[0].Error
			if tc.code == "" {
				if e != nil {
					t.Fatalf("error %+v, want a reply", e)
				}
				return
			}
			if e == nil || e.Code != tc.code || !strings.Contains(e.Message, tc.say) || strings.Contains(e.Message, "unknown unknown") {
				t.Fatalf("error %+v, want %s saying %q", e, tc.code, tc.say)
			}
		})
	}
}
