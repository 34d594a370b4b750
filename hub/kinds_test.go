package hub_test

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/protocol"
)

// ask sends a request and returns its one reply, a result or an error,
// skipping events.
func ask(t *testing.T, c *websocket.Conn, typ, room string, payload any) protocol.Envelope {
	t.Helper()
	raw, _ := json.Marshal(payload)
	id := "ask-" + typ + "-" + room
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
			return env
		}
	}
}

// wantCode checks that a reply is an error of code.
func wantCode(t *testing.T, env protocol.Envelope, code apperr.Code, what string) {
	t.Helper()
	if env.Type != protocol.TypeError || env.Error == nil || env.Error.Code != code {
		t.Fatalf("%s: got %s %+v, want error %s", what, env.Type, env.Error, code)
	}
}

// awaitEvent reads c until an event of typ comes, and returns it.
func awaitEvent(t *testing.T, c *websocket.Conn, typ string) protocol.Envelope {
	t.Helper()
	for {
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		env, err := readEnv(c)
		if err != nil {
			t.Fatalf("awaiting a %s event: %v", typ, err)
		}
		if env.Type == typ {
			return env
		}
	}
}

// village is a small set of room kinds like the domain's: "booth:" rooms
// with chat that anyone may join, moderated by "mod", where "muted" may
// not chat; "queue:" rooms without chat, whose state is the caller's name;
// the "hall", a single room; and a request that answers in a room.
type village struct {
	mu      sync.Mutex
	deleted []string // "room seq by: reason"
}

func (v *village) deps(bus hub.Bus) hub.Deps {
	return hub.Deps{Bus: bus, Kinds: []protocol.RoomKind{
		{
			Prefix: "booth:", Chat: true,
			Join: func(_ context.Context, _ protocol.Identity, key string) error {
				if key == "gone" {
					return apperr.New(apperr.NotFound, "no such booth")
				}
				return nil
			},
			Send: func(_ context.Context, who protocol.Identity, _ string) error {
				if who.ID == "muted" {
					return apperr.New(apperr.Muted, "muted for a while")
				}
				return nil
			},
			Moderate: func(_ context.Context, who protocol.Identity, _ string) error {
				if who.ID != "mod" {
					return apperr.New(apperr.Forbidden, "not a moderator")
				}
				return nil
			},
			Deleted: func(_ context.Context, who protocol.Identity, key string, m protocol.Message, reason string) {
				v.mu.Lock()
				defer v.mu.Unlock()
				v.deleted = append(v.deleted, key+" "+m.Text+" "+who.ID+": "+reason)
			},
		},
		{
			Prefix: "queue:",
			State: func(_ context.Context, who protocol.Identity, key string) (any, error) {
				return map[string]string{"for": who.ID, "queue": key}, nil
			},
		},
		{Prefix: "hall", Exact: true, Chat: true},
	}, Requests: []protocol.Request{
		{Type: "queue.wave", InRoom: true, Handle: func(_ context.Context, who protocol.Identity, room string, payload json.RawMessage) (any, error) {
			var p struct {
				To string `json:"to"`
			}
			if err := protocol.DecodePayload("queue.wave", payload, &p, "to"); err != nil {
				return nil, err
			}
			return map[string]string{"from": who.ID, "room": room, "to": p.To}, nil
		}},
		{Type: "ask.time", Handle: func(context.Context, protocol.Identity, string, json.RawMessage) (any, error) {
			return nil, nil
		}},
	}}
}

func (v *village) log() []string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]string(nil), v.deleted...)
}

// TestRoomKinds: a room exists only as a kind's, each kind's rules hold,
// and a kind without chat refuses it.
func TestRoomKinds(t *testing.T) {
	v := &village{}
	_, url := startHubDeps(t, hub.Config{}, v.deps(nil), nil)
	ann, muted := dial(t, url, "ann"), dial(t, url, "muted")

	wantCode(t, ask(t, ann, "join", "nowhere", nil), apperr.NotFound, "a room of no kind")
	wantCode(t, ask(t, ann, "join", "booth:", nil), apperr.NotFound, "a prefix with no key")
	wantCode(t, ask(t, ann, "join", "booth:gone", nil), apperr.NotFound, "a room its kind refuses")
	wantCode(t, ask(t, ann, "join", "hall:x", nil), apperr.NotFound, "a single room's name with a key")

	request(t, ann, "join", "hall", nil)
	request(t, ann, "send", "hall", map[string]string{"text": "hello hall"})

	var joined protocol.JoinResult
	_ = json.Unmarshal(request(t, ann, "join", "queue:q1", nil).Payload, &joined)
	if string(joined.State) != `{"for":"ann","queue":"q1"}` || len(joined.Messages) != 0 {
		t.Fatalf("join of a room with state: %+v, state %s", joined, joined.State)
	}
	wantCode(t, ask(t, ann, "send", "queue:q1", map[string]string{"text": "hi"}), apperr.NotFound, "chat in a room without chat")
	wantCode(t, ask(t, ann, "history", "queue:q1", map[string]int{"after": 0}), apperr.NotFound, "history of a room without chat")

	request(t, ann, "join", "booth:b1", nil)
	request(t, muted, "join", "booth:b1", nil)
	before := request(t, ann, "send", "booth:b1", map[string]string{"text": "one"})
	wantCode(t, ask(t, muted, "send", "booth:b1", map[string]string{"text": "let me speak"}), apperr.Muted, "a muted member's chat")
	after := request(t, ann, "send", "booth:b1", map[string]string{"text": "two"})
	// The refused send took no seq and stored nothing.
	var s1, s2 map[string]uint64
	_ = json.Unmarshal(before.Payload, &s1)
	_ = json.Unmarshal(after.Payload, &s2)
	if s2["seq"] != s1["seq"]+1 {
		t.Fatalf("seqs %d then %d around a refused send", s1["seq"], s2["seq"])
	}
}

// TestDomainRequests: a domain's request is answered with its handler's
// result; one that acts in a room needs the room joined; the hub's own
// types cannot be taken.
func TestDomainRequests(t *testing.T) {
	v := &village{}
	_, url := startHubDeps(t, hub.Config{}, v.deps(nil), nil)
	ann := dial(t, url, "ann")

	wantCode(t, ask(t, ann, "queue.wave", "queue:q1", map[string]string{"to": "bob"}), apperr.Forbidden, "a room request before joining")
	request(t, ann, "join", "queue:q1", nil)
	got := request(t, ann, "queue.wave", "queue:q1", map[string]string{"to": "bob"})
	if string(got.Payload) != `{"from":"ann","room":"queue:q1","to":"bob"}` {
		t.Fatalf("queue.wave replied %s", got.Payload)
	}
	wantCode(t, ask(t, ann, "queue.wave", "queue:q1", map[string]any{"to": "bob", "as": "cy"}), apperr.BadRequest, "an unknown field")
	wantCode(t, ask(t, ann, "queue.wave", "queue:q1", map[string]any{}), apperr.BadRequest, "a missing field")
	if got := request(t, ann, "ask.time", "", nil); string(got.Payload) != "{}" {
		t.Fatalf("a request answered with nothing replies %s, want {}", got.Payload)
	}
	wantCode(t, ask(t, ann, "queue.nothing", "", nil), apperr.BadRequest, "an unknown type")

	for _, bad := range [][]protocol.Request{
		{{Type: "join", Handle: v.deps(nil).Requests[0].Handle}},
		{{Type: "x.y"}},
		{{Type: "x.y", Handle: v.deps(nil).Requests[0].Handle}, {Type: "x.y", Handle: v.deps(nil).Requests[0].Handle}},
	} {
		if _, err := hub.New(hub.Config{}, hub.Deps{Auth: fakeAuth{}, History: nopHistory{}, Requests: bad}); err == nil {
			t.Fatalf("hub.New took requests %+v", bad)
		}
	}
	twice := []protocol.RoomKind{{Prefix: "a:"}, {Prefix: "a:"}}
	if _, err := hub.New(hub.Config{}, hub.Deps{Auth: fakeAuth{}, History: nopHistory{}, Kinds: twice}); err == nil {
		t.Fatal("hub.New took two kinds of one prefix")
	}
}

// nopHistory is a history never reached: for hubs that are only built.
type nopHistory struct{ protocol.History }

// TestDeleteMessage: a moderator takes a message out; every member on
// every node is told, the history keeps a tombstone, the kind logs it once;
// others may not, and bad requests change nothing.
func TestDeleteMessage(t *testing.T) {
	v := &village{}
	shared := hub.NewLocalBus()
	t.Cleanup(func() { shared.Close() })
	_, urlA := startHubDeps(t, hub.Config{}, v.deps(shared), nil)
	_, urlB := startHubDeps(t, hub.Config{}, v.deps(shared), nil)
	mod, ann, far := dial(t, urlA, "mod"), dial(t, urlA, "ann"), dial(t, urlB, "far")
	for _, c := range []*websocket.Conn{mod, ann, far} {
		request(t, c, "join", "booth:b1", nil)
	}
	request(t, ann, "send", "booth:b1", map[string]string{"text": "spam spam"})
	request(t, ann, "send", "booth:b1", map[string]string{"text": "fine"})

	wantCode(t, ask(t, ann, "delete", "booth:b1", map[string]any{"seq": 1, "reason": "mine"}), apperr.Forbidden, "a member who does not moderate")
	wantCode(t, ask(t, mod, "delete", "booth:b1", map[string]any{"seq": 1}), apperr.BadRequest, "no reason")
	wantCode(t, ask(t, mod, "delete", "booth:b1", map[string]any{"seq": 1, "reason": "  "}), apperr.ValidationFailed, "a blank reason")
	wantCode(t, ask(t, mod, "delete", "booth:b1", map[string]any{"seq": 1, "reason": strings.Repeat("x", hub.MaxReason+1)}), apperr.ValidationFailed, "an over-long reason")
	wantCode(t, ask(t, mod, "delete", "booth:b1", map[string]any{"seq": "1", "reason": "spam"}), apperr.BadRequest, "a seq of the wrong type")
	wantCode(t, ask(t, mod, "delete", "booth:b1", map[string]any{"seq": 9, "reason": "spam"}), apperr.NotFound, "a seq never sent")
	wantCode(t, ask(t, mod, "delete", "booth:b2", map[string]any{"seq": 1, "reason": "spam"}), apperr.Forbidden, "a room not joined")
	if got := v.log(); len(got) != 0 {
		t.Fatalf("refused deletes were logged: %v", got)
	}

	request(t, mod, "delete", "booth:b1", map[string]any{"seq": 1, "reason": "spam"})
	for _, c := range []*websocket.Conn{ann, far} {
		env := awaitEvent(t, c, protocol.TypeDeleted)
		if env.Room != "booth:b1" || string(env.Payload) != `{"seq":1}` {
			t.Fatalf("deleted event %+v %s", env, env.Payload)
		}
	}
	var page protocol.HistoryResult
	_ = json.Unmarshal(request(t, ann, "history", "booth:b1", map[string]int{"after": 0}).Payload, &page)
	if len(page.Messages) != 2 || !page.Messages[0].Deleted || page.Messages[0].Text != "" || page.Messages[1].Text != "fine" {
		t.Fatalf("history after a delete: %+v", page.Messages)
	}
	// Again: nothing changes, nobody is told, nothing is logged twice.
	request(t, mod, "delete", "booth:b1", map[string]any{"seq": 1, "reason": "spam"})
	request(t, ann, "send", "booth:b1", map[string]string{"text": "after"})
	for {
		env := awaitEvent(t, far, protocol.TypeMessage)
		if env.Seq == 3 {
			break
		}
	}
	if got := v.log(); len(got) != 1 || got[0] != "b1 spam spam mod: spam" {
		t.Fatalf("moderation log %v, want the one deletion", got)
	}
}

// TestDomainEvents: what a domain pushes reaches a room's members and a
// person's tabs on every node, and Present lists a room's members from
// every node.
func TestDomainEvents(t *testing.T) {
	v := &village{}
	shared := hub.NewLocalBus()
	t.Cleanup(func() { shared.Close() })
	hA, urlA := startHubDeps(t, hub.Config{}, v.deps(shared), nil)
	_, urlB := startHubDeps(t, hub.Config{}, v.deps(shared), nil)
	ann, bob, bobTab := dial(t, urlA, "ann"), dial(t, urlB, "bob"), dial(t, urlB, "bob")
	request(t, ann, "join", "hall", nil)
	request(t, bob, "join", "hall", nil)

	waitFor(t, 5*time.Second, "both in the hall on node A", func() bool {
		n := 0
		hA.Present("hall", func(protocol.Member) { n++ })
		return n == 2
	})
	hA.ToRoom("hall", "hall.notice", map[string]string{"text": "closing soon"})
	for _, c := range []*websocket.Conn{ann, bob} {
		if env := awaitEvent(t, c, "hall.notice"); env.Room != "hall" || string(env.Payload) != `{"text":"closing soon"}` {
			t.Fatalf("room event %+v %s", env, env.Payload)
		}
	}
	hA.ToPerson("bob", "queue.turn", map[string]int{"position": 1})
	for _, c := range []*websocket.Conn{bob, bobTab} {
		if env := awaitEvent(t, c, "queue.turn"); string(env.Payload) != `{"position":1}` {
			t.Fatalf("person event %+v %s", env, env.Payload)
		}
	}
	n := 0
	hA.Present("nowhere", func(protocol.Member) { n++ })
	if n != 0 {
		t.Fatalf("an unknown room has %d members", n)
	}
}
