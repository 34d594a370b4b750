package server_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// TestTwoNodes runs two nodes on one MongoDB database, linked by a real
// NATS server: chat, presence and direct messages cross between them, a
// client moves from one node to the other without missing a message, and
// when a node dies the other drops its members.
func TestTwoNodes(t *testing.T) {
	natsURL := testkit.NATSServer(t)
	a := testkit.StartNode(t, "mongo", func(c *server.Config) { c.NATSURL = natsURL })
	b := testkit.StartNode(t, "mongo", func(c *server.Config) {
		c.NATSURL, c.MongoURI, c.MongoDatabase = natsURL, a.Config.MongoURI, a.Config.MongoDatabase
	})
	p, pAcc := a.Client(t).Register(t, testkit.Registration(1))
	q, qAcc := a.Client(t).Register(t, testkit.Registration(2))

	wa := a.Live(t, p.Token)
	wa.Request("join", "lobby", nil).Ok()
	wb := b.Live(t, q.Token)
	wb.Request("join", "lobby", nil).Ok()

	// Presence is merged: each node sees both people.
	for _, w := range []*testkit.WS{wa, wb} {
		waitFor(t, 5*time.Second, "merged presence", func() bool {
			var pr protocol.Presence
			w.Request("presence", "lobby", nil).Ok(&pr)
			return pr.Count == 2
		})
	}

	// Chat crosses nodes, one sequence for the room.
	var s1, s2 map[string]uint64
	wa.Request("send", "lobby", map[string]string{"text": "from A"}).Ok(&s1)
	if env := wb.Await(protocol.TypeMessage, "lobby"); env.Seq != s1["seq"] {
		t.Fatalf("B got seq %d, want %d", env.Seq, s1["seq"])
	}
	wb.Request("send", "lobby", map[string]string{"text": "from B"}).Ok(&s2)
	if s2["seq"] != s1["seq"]+1 {
		t.Fatalf("seqs %d then %d: one room, one sequence", s1["seq"], s2["seq"])
	}
	if env := wa.Await(protocol.TypeMessage, "lobby"); env.Seq != s2["seq"] {
		t.Fatalf("A got seq %d, want %d", env.Seq, s2["seq"])
	}

	// Direct messages reach the person on the other node.
	wb.Request("direct", "", map[string]any{"to": pAcc["id"], "kind": "hello"}).Ok()
	var dm protocol.Direct
	_ = json.Unmarshal(wa.Await(protocol.TypeDirectIn, "").Payload, &dm)
	if dm.From.ID != qAcc["id"] {
		t.Fatalf("direct = %+v", dm)
	}

	// A client moves from A to B and asks for what it missed.
	wb.Request("send", "lobby", map[string]string{"text": "while you moved"}).Ok()
	moved := b.Live(t, p.Token)
	var j protocol.JoinResult
	moved.Request("join", "lobby", map[string]uint64{"since": s2["seq"]}).Ok(&j)
	if len(j.Messages) != 1 || j.Messages[0].Text != "while you moved" {
		t.Fatalf("resume on the other node: %+v", j.Messages)
	}
	moved.Request("leave", "lobby", nil).Ok()

	// Node A dies: B drops A's member within the node timeout (3 s in
	// tests, 10 s by default) plus a heartbeat.
	died := time.Now()
	a.Kill()
	for {
		var d protocol.PresenceDelta
		env := wb.Await(protocol.TypePresenceDelta, "lobby")
		_ = json.Unmarshal(env.Payload, &d)
		if slices.Contains(d.Left, pAcc["id"].(string)) {
			if d.Count != 1 {
				t.Fatalf("after A died: %+v", d)
			}
			break
		}
	}
	if took := time.Since(died); took > 15*time.Second {
		t.Fatalf("A's members left after %v, want under 15 s", took)
	}
}

func waitFor(t *testing.T, limit time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, limit)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestSessionEventsAcrossNodes: a withdrawal on one node promotes a person
// connected to the other, who is told; the room lets them in there.
func TestSessionEventsAcrossNodes(t *testing.T) {
	natsURL := testkit.NATSServer(t)
	a := testkit.StartNode(t, "mongo", func(c *server.Config) { c.NATSURL = natsURL })
	b := testkit.StartNode(t, "mongo", func(c *server.Config) {
		c.NATSURL, c.MongoURI, c.MongoDatabase = natsURL, a.Config.MongoURI, a.Config.MongoDatabase
	})
	org, _ := a.Client(t).Register(t, testkit.Registration(1))
	p, _ := a.Client(t).Register(t, testkit.Registration(2))
	q, _ := b.Client(t).Register(t, testkit.Registration(3))
	start := time.Now().UTC().Truncate(time.Hour).Add(48 * time.Hour)
	id := org.Do("POST", "/api/sessions", map[string]any{
		"type": "town_hall", "title": "Youth IGF town hall", "language": "en",
		"starts_at": start.Format(time.RFC3339), "minutes": 45, "capacity": 1,
	}).Want(t, 201).Map(t)["id"].(string)
	p.Do("POST", "/api/sessions/"+id+"/signup", nil).Want(t, 201)
	q.Do("POST", "/api/sessions/"+id+"/signup", nil).Want(t, 201)

	onB := b.Live(t, q.Token)
	p.Do("DELETE", "/api/sessions/"+id+"/signup", nil).Want(t, 204)
	if ev := onB.Await("session.promoted", ""); !strings.Contains(string(ev.Payload), id) {
		t.Fatalf("promotion on the other node: %s", ev.Payload)
	}
	org.Do("POST", "/api/sessions/"+id+"/messages", map[string]any{"text": "Agenda: youth participation"}).Want(t, 201)
	if ev := onB.Await("session.message", ""); !strings.Contains(string(ev.Payload), "youth participation") {
		t.Fatalf("message on the other node: %s", ev.Payload)
	}
}
