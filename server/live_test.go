package server_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/testkit"
)

func TestLiveAuthentication(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	c, acc := n.Client(t).Register(t, testkit.Registration(1))

	t.Run("first message", func(t *testing.T) {
		var hello protocol.Hello
		n.DialWS(t, nil).Request("auth", "", map[string]string{"token": c.Token}).Ok(&hello)
		if hello.User.ID != acc["id"] || hello.User.Name != acc["display_name"] || hello.Protocol != protocol.ProtocolVersion || hello.ExpiresAt.Before(time.Now()) {
			t.Fatalf("hello = %+v", hello)
		}
	})
	t.Run("header", func(t *testing.T) {
		w := n.DialWS(t, http.Header{"Authorization": {"Bearer " + c.Token}})
		var hello protocol.Hello
		env := w.Await(protocol.TypeHello, "")
		_ = json.Unmarshal(env.Payload, &hello)
		if hello.User.ID != acc["id"] {
			t.Fatalf("hello = %+v", hello)
		}
		w.Request("ping", "", struct{}{}).Ok()
	})
	t.Run("bad token in the header is refused before the upgrade", func(t *testing.T) {
		_, resp, err := websocket.DefaultDialer.Dial(n.WSURL(), http.Header{"Authorization": {"Bearer forged"}})
		if err == nil || resp == nil || resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("dial with a forged token: %v %v", err, resp)
		}
	})
	t.Run("token in the URL", func(t *testing.T) {
		for _, query := range []string{
			"?token=" + c.Token, "?access_token=" + c.Token,
			"?token=", "?access_token=", "?token", "?x=1&token=",
		} {
			_, resp, err := websocket.DefaultDialer.Dial(n.WSURL()+query, nil)
			if err == nil || resp == nil || resp.StatusCode != http.StatusBadRequest {
				t.Errorf("dial with %s: %v %v, want 400", query, err, resp)
			}
		}
	})
	t.Run("foreign origin", func(t *testing.T) {
		_, resp, err := websocket.DefaultDialer.Dial(n.WSURL(), http.Header{"Origin": {"https://evil.example"}})
		if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Fatalf("dial from another origin: %v %v", err, resp)
		}
		w := n.DialWS(t, http.Header{"Origin": {n.URL}}) // the public URL's origin: the listen address's by default
		w.Request("auth", "", map[string]string{"token": c.Token}).Ok()
	})
	t.Run("bad token", func(t *testing.T) {
		w := n.DialWS(t, nil)
		w.Request("auth", "", map[string]string{"token": "forged"}).Fails("unauthenticated")
		if code, _ := w.Closed(); code != protocol.CloseUnauthenticated {
			t.Fatalf("close code %d", code)
		}
	})
	t.Run("message before auth", func(t *testing.T) {
		w := n.DialWS(t, nil)
		w.Send(protocol.Envelope{Type: "join", ID: "1", Room: "lobby"})
		if code, reason := w.Closed(); code != protocol.CloseUnauthenticated || reason == "" {
			t.Fatalf("close %d %q", code, reason)
		}
	})
	t.Run("no auth in time", func(t *testing.T) {
		w := n.DialWS(t, nil)
		start := time.Now()
		if code, _ := w.Closed(); code != protocol.CloseUnauthenticated || time.Since(start) < protocol.AuthTimeout-time.Second {
			t.Fatalf("close %d after %v", code, time.Since(start))
		}
	})
}

func TestLiveBadFrames(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	c, _ := n.Client(t).Register(t, testkit.Registration(1))
	w := n.Live(t, c.Token)
	cases := []struct {
		name  string
		frame string
		code  string
	}{
		{"not JSON", `{"type": "join",`, "bad_request"},
		{"no type", `{"id": "x1"}`, "bad_request"},
		{"unknown type", `{"type": "teleport", "id": "x2"}`, "bad_request"},
		{"join without room", `{"type": "join", "id": "x3"}`, "bad_request"},
		{"unknown room", `{"type": "join", "id": "x4", "room": "nowhere"}`, "not_found"},
		{"send before join", `{"type": "send", "id": "x5", "room": "lobby", "payload": {"text": "hi"}}`, "forbidden"},
		{"payload of the wrong shape", `{"type": "direct", "id": "x6", "payload": {"to": 5}}`, "bad_request"},
		{"direct to nobody", `{"type": "direct", "id": "x7", "payload": {"to": "p-nobody", "kind": "hello"}}`, "not_found"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := w.Conn.WriteMessage(websocket.TextMessage, []byte(tc.frame)); err != nil {
				t.Fatal(err)
			}
			env := w.Await(protocol.TypeError, "")
			if env.Error == nil || string(env.Error.Code) != tc.code || env.Error.Message == "" {
				t.Fatalf("error %+v, want %s", env.Error, tc.code)
			}
		})
	}
	// Sending as someone else: the payload has no author field to forge.
	w.Request("join", "lobby", nil).Ok()
	w.Request("send", "lobby", map[string]any{"text": "hi", "from": map[string]string{"id": "p-other"}}).Fails("bad_request")
	w.Request("send", "lobby", map[string]any{"text": strings.Repeat("x", protocol.MaxText+1)}).Fails("validation_failed")
	w.Request("send", "lobby", map[string]any{"text": "   "}).Fails("validation_failed")
	// None of it was broadcast: the room's history is empty.
	var h protocol.HistoryResult
	w.Request("history", "lobby", map[string]any{"after": 0}).Ok(&h)
	if len(h.Messages) != 0 {
		t.Fatalf("refused messages reached the room: %+v", h.Messages)
	}
	// The connection still works.
	w.Request("ping", "", struct{}{}).Ok()

	// A frame over the limit closes with 1009.
	big := `{"type":"send","room":"lobby","payload":{"text":"` + strings.Repeat("x", protocol.MaxFrame) + `"}}`
	_ = w.Conn.WriteMessage(websocket.TextMessage, []byte(big))
	if code, _ := w.Closed(); code != websocket.CloseMessageTooBig {
		t.Fatalf("close code %d, want 1009", code)
	}
}

func TestLiveFlooding(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	c, _ := n.Client(t).Register(t, testkit.Registration(1))
	flooder := n.Live(t, c.Token)
	other, _ := n.Client(t).Register(t, testkit.Registration(2))
	calm := n.Live(t, other.Token)
	// The flooder writes while it reads its replies: one that stopped
	// reading would be the slow-consumer case (4008), which a loaded
	// machine reached first here, the node's reader running ahead of its
	// writer until the replies filled the send queue.
	go func() {
		for i := range 500 {
			if err := flooder.Conn.WriteJSON(protocol.Envelope{Type: "ping", ID: "f" + string(rune('a'+i%26))}); err != nil {
				return // the server has closed it
			}
		}
	}()
	limited := false
	for {
		env, err := flooder.TryNext(10 * time.Second)
		if ce, ok := err.(*websocket.CloseError); ok {
			if ce.Code != protocol.CloseRateLimited || !limited {
				t.Fatalf("close %d (rate_limited replies seen: %v)", ce.Code, limited)
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if env.Error != nil && env.Error.Code == "rate_limited" {
			limited = true
		}
	}
	// Everyone else is served as before.
	calm.Request("ping", "", struct{}{}).Ok()
}

func TestLiveConnectionLimit(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	c, _ := n.Client(t).Register(t, testkit.Registration(1))
	for range hub.DefaultMaxConnsPerUser {
		n.Live(t, c.Token)
	}
	w := n.DialWS(t, nil)
	w.Send(protocol.Envelope{Type: "auth", ID: "1", Payload: json.RawMessage(`{"token":"` + c.Token + `"}`)})
	if code, _ := w.Closed(); code != protocol.CloseTooManyConns {
		t.Fatalf("close code %d, want %d", code, protocol.CloseTooManyConns)
	}
}

// TestLiveRooms: who may enter which room, chat with history for late
// joiners, presence as people come and go, and direct messages to every
// tab of a person.
func TestLiveRooms(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		org := sec.Do(http.MethodPost, "/api/organisations", orgBody("BPF Cybersecurity")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		staff := newStaff(t, n, sec, org)
		p, pAcc := n.Client(t).Register(t, testkit.Registration(1))
		q, qAcc := n.Client(t).Register(t, testkit.Registration(2))

		// Policy: a staff room is for its organisation's staff and the
		// secretariat, and exists only while the organisation does.
		other := sec.Do(http.MethodPost, "/api/organisations", orgBody("DC on Net Neutrality")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		gone := sec.Do(http.MethodPost, "/api/organisations", orgBody("Gone Coalition")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		sec.Do(http.MethodDelete, "/api/organisations/"+gone, nil).Want(t, http.StatusNoContent)
		for _, tc := range []struct {
			name  string
			token string
			room  string
			fails string // "": joins
		}{
			{"staff, own organisation", staff.Token, "staff:" + org, ""},
			{"secretariat", sec.Token, "staff:" + org, ""},
			{"participant", p.Token, "staff:" + org, "forbidden"},
			{"staff, another organisation", staff.Token, "staff:" + other, "forbidden"},
			{"secretariat, no such organisation", sec.Token, "staff:org-nowhere", "not_found"},
			{"secretariat, a deleted organisation", sec.Token, "staff:" + gone, "not_found"},
			{"staff, no such organisation", staff.Token, "staff:org-nowhere", "not_found"},
			{"no such room", sec.Token, "boardroom", "not_found"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r := n.Live(t, tc.token).Request("join", tc.room, nil)
				if tc.fails == "" {
					r.Ok()
				} else {
					r.Fails(tc.fails)
				}
			})
		}

		// Chat and presence in the lobby.
		a := n.Live(t, p.Token)
		var ja protocol.JoinResult
		a.Request("join", "lobby", nil).Ok(&ja)
		if ja.Presence.Count != 1 || ja.Seq != 0 {
			t.Fatalf("first join: %+v", ja)
		}
		a.Request("join", "lobby", nil).Ok(&ja) // joining twice is joining once
		if ja.Presence.Count != 1 {
			t.Fatalf("second join: %+v", ja)
		}
		var sent map[string]uint64
		a.Request("send", "lobby", map[string]string{"text": "Hello from Dakar"}).Ok(&sent)
		a.Request("send", "lobby", map[string]string{"text": "Anyone for coffee?"}).Ok()

		b := n.Live(t, q.Token)
		var jb protocol.JoinResult
		b.Request("join", "lobby", nil).Ok(&jb)
		if jb.Seq != 2 || len(jb.Messages) != 2 || jb.Messages[0].Text != "Hello from Dakar" || jb.Messages[0].From.ID != pAcc["id"] || jb.Presence.Count != 2 {
			t.Fatalf("late joiner: %+v", jb)
		}
		// Deltas are idempotent: the first may only repeat what a's own
		// snapshot said; q's arrival follows.
		var d protocol.PresenceDelta
		for !slices.ContainsFunc(d.Joined, func(m protocol.Member) bool { return m.ID == qAcc["id"] }) {
			_ = json.Unmarshal(a.Await(protocol.TypePresenceDelta, "lobby").Payload, &d)
		}
		if d.Count != 2 {
			t.Fatalf("delta = %+v", d)
		}
		b.Request("send", "lobby", map[string]string{"text": "Me!"}).Ok()
		var m protocol.Message
		env := a.Await(protocol.TypeMessage, "lobby")
		_ = json.Unmarshal(env.Payload, &m)
		if env.Seq != 3 || m.Seq != 3 || m.Text != "Me!" || m.From.ID != qAcc["id"] {
			t.Fatalf("message = %+v", env)
		}
		b.Request("leave", "lobby", nil).Ok()
		_ = json.Unmarshal(a.Await(protocol.TypePresenceDelta, "lobby").Payload, &d)
		if d.Count != 1 || len(d.Left) != 1 || d.Left[0] != qAcc["id"] {
			t.Fatalf("delta after leaving = %+v", d)
		}

		// Resume: a client back after missing messages asks since its last.
		a.Request("send", "lobby", map[string]string{"text": "four"}).Ok()
		b.Request("join", "lobby", map[string]uint64{"since": 2}).Ok(&jb)
		if len(jb.Messages) != 2 || jb.Messages[0].Seq != 3 || jb.Messages[1].Text != "four" || jb.Reload {
			t.Fatalf("resume: %+v", jb)
		}

		// Direct messages reach every tab of the person.
		tab1, tab2 := n.Live(t, q.Token), n.Live(t, q.Token)
		a.Request("direct", "", map[string]any{"to": qAcc["id"], "kind": "meeting.invite", "body": map[string]string{"at": "2020-11-10T14:00:00Z"}}).Ok()
		for _, tab := range []*testkit.WS{tab1, tab2} {
			var dm protocol.Direct
			_ = json.Unmarshal(tab.Await(protocol.TypeDirectIn, "").Payload, &dm)
			if dm.From.ID != pAcc["id"] || dm.Kind != "meeting.invite" || !strings.Contains(string(dm.Body), "2020-11-10") {
				t.Fatalf("direct = %+v", dm)
			}
		}
	})
}

// TestLiveAccountDeleted: deleting an account closes its live connections
// at once, on this node and the others.
func TestLiveAccountDeleted(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	c, _ := n.Client(t).Register(t, testkit.Registration(1))
	w := n.Live(t, c.Token)
	w.Request("join", "lobby", nil).Ok()
	c.Do(http.MethodDelete, "/api/me", nil).Want(t, http.StatusNoContent)
	if code, _ := w.Closed(); code != protocol.CloseAccountGone {
		t.Fatalf("close code %d, want %d", code, protocol.CloseAccountGone)
	}
	// The hub's metrics are on the node's /metrics.
	other, _ := n.Client(t).Register(t, testkit.Registration(2))
	o := n.Live(t, other.Token)
	o.Request("join", "lobby", nil).Ok()
	o.Request("send", "lobby", map[string]string{"text": "still here"}).Ok()
	metrics := string(n.Client(t).Do(http.MethodGet, "/metrics", nil).Want(t, http.StatusOK).Body)
	for _, want := range []string{
		"village_ws_connections 1",
		"village_ws_rooms 1",
		`village_ws_closes_total{reason="account_gone"} 1`,
		"village_ws_messages_out_total ",
		"village_ws_fanout_seconds_count 1",
		"village_ws_messages_in_total",
		"village_ws_send_limit 4096", // sends quick: the bound at its top
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	// A node without NATS is alone: it publishes nothing on its bus.
	if strings.Contains(metrics, `village_bus_messages_out_total{subject="village.room"}`) {
		t.Error("a single node published its chat on its bus")
	}
}
