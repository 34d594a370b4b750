package live

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/testkit"
)

const lobby = "lobby"

// person is an account on a test node.
type person struct {
	ID, Name, Token string
}

// startNode starts a node and returns it with its live URL.
func startNode(t *testing.T) (*testkit.Node, string) {
	t.Helper()
	n := testkit.StartNode(t, "memory")
	return n, URL(n.URL)
}

func register(t *testing.T, n *testkit.Node, i int) person {
	t.Helper()
	body := testkit.Registration(i)
	c, acct := n.Client(t).Register(t, body)
	return person{ID: acct["id"].(string), Name: body["display_name"].(string), Token: c.Token}
}

func dial(t *testing.T, url string, p person, opts ...Option) *Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := Dial(ctx, url, p.Token, opts...)
	if err != nil {
		t.Fatalf("dial as %s: %v", p.Name, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// recorder keeps every event of a client.
type recorder struct {
	mu  sync.Mutex
	evs []Event
}

func record(c *Client) *recorder {
	r := &recorder{}
	ch := c.Events()
	go func() {
		for ev := range ch {
			r.mu.Lock()
			r.evs = append(r.evs, ev)
			r.mu.Unlock()
		}
	}()
	return r
}

func (r *recorder) of(typ string) []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Event
	for _, ev := range r.evs {
		if ev.Type == typ {
			out = append(out, ev)
		}
	}
	return out
}

func (r *recorder) messageSeqs(room string) []uint64 {
	var out []uint64
	for _, ev := range r.of(protocol.TypeMessage) {
		if ev.Room == room {
			out = append(out, ev.Seq)
		}
	}
	return out
}

// dropConnection cuts the socket without a close frame, as a network does.
func dropConnection(t *testing.T, c *Client) {
	t.Helper()
	c.mu.Lock()
	cn := c.cn
	c.mu.Unlock()
	if cn == nil {
		t.Fatal("not connected")
	}
	_ = cn.ws.UnderlyingConn().Close()
}

func span(from, to uint64) []uint64 {
	var out []uint64
	for s := from; s <= to; s++ {
		out = append(out, s)
	}
	return out
}

func TestDialHello(t *testing.T) {
	n, url := startNode(t)
	ann := register(t, n, 1)
	for _, tc := range []struct {
		name string
		opts []Option
	}{
		{"first message", nil},
		{"header", []Option{WithHeaderAuth()}},
		{"same origin", []Option{WithOrigin(n.URL)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := dial(t, url, ann, tc.opts...)
			h := c.Hello()
			if h.Protocol != protocol.ProtocolVersion || h.User.ID != ann.ID || h.User.Name != ann.Name || h.Node == "" {
				t.Fatalf("hello %+v, want protocol %d and %s", h, protocol.ProtocolVersion, ann.ID)
			}
			if !h.ExpiresAt.After(time.Now()) {
				t.Fatalf("hello expires at %v", h.ExpiresAt)
			}
			rtt, err := c.Ping(ctxT(t))
			if err != nil || rtt <= 0 {
				t.Fatalf("ping: %v, %v", rtt, err)
			}
		})
	}
}

func TestDialRefused(t *testing.T) {
	_, url := startNode(t)
	ctx := ctxT(t)

	_, err := Dial(ctx, url, "not-a-token")
	var ce *CloseError
	if !errors.As(err, &ce) || ce.Code != protocol.CloseUnauthenticated || ce.Reason == "" {
		t.Fatalf("bad token in the first message: %v, want close %d", err, protocol.CloseUnauthenticated)
	}
	if !errors.Is(err, apperr.E(apperr.Unauthenticated)) {
		t.Fatalf("bad token: %v does not carry the error reply", err)
	}

	_, err = Dial(ctx, url, "not-a-token", WithHeaderAuth())
	if CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("bad token in the header: %v, want unauthenticated", err)
	}

	_, err = Dial(ctx, url, "irrelevant", WithOrigin("https://evil.example"))
	var le *Error
	if !errors.As(err, &le) {
		t.Fatalf("foreign origin: %v, want the upgrade refused", err)
	}
}

func TestChatInOrder(t *testing.T) {
	n, url := startNode(t)
	ann, bob := register(t, n, 1), register(t, n, 2)
	a, b := dial(t, url, ann), dial(t, url, bob)
	rb := record(b)
	ctx := ctxT(t)
	for _, c := range []*Client{a, b} {
		if _, err := c.Join(ctx, lobby, 0); err != nil {
			t.Fatalf("join: %v", err)
		}
	}
	var sent []uint64
	for i := range 20 {
		seq, err := a.Send(ctx, lobby, fmt.Sprintf("hello %d", i))
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		sent = append(sent, seq)
	}
	if !slices.IsSorted(sent) || sent[0] != 1 || sent[19] != 20 {
		t.Fatalf("seqs %v, want 1..20", sent)
	}
	waitFor(t, func() bool { return b.LastSeq(lobby) == 20 })
	got := b.Messages(lobby)
	for i, m := range got {
		if m.Seq != uint64(i+1) || m.Text != fmt.Sprintf("hello %d", i) || m.From.ID != ann.ID {
			t.Fatalf("message %d is %+v", i, m)
		}
	}
	waitFor(t, func() bool { return len(rb.messageSeqs(lobby)) == 20 })
	if s := rb.messageSeqs(lobby); !slices.Equal(s, span(1, 20)) {
		t.Fatalf("message events %v, want 1..20 once each", s)
	}
	// The sender sees its own messages as everyone does.
	waitFor(t, func() bool { return a.LastSeq(lobby) == 20 })

	// A late joiner catches up with the recent messages.
	cat := dial(t, url, register(t, n, 3))
	res, err := cat.Join(ctx, lobby, 0)
	if err != nil || res.Seq != 20 || len(res.Messages) != 20 {
		t.Fatalf("late join: seq %d, %d messages, %v", res.Seq, len(res.Messages), err)
	}
	if cat.LastSeq(lobby) != 20 || len(cat.Messages(lobby)) != 20 {
		t.Fatalf("late joiner's view: last %d, %d messages", cat.LastSeq(lobby), len(cat.Messages(lobby)))
	}
}

// TestReconnectSince: messages sent while a client was away arrive once
// each, in order, when it comes back.
func TestReconnectSince(t *testing.T) {
	n, url := startNode(t)
	ann, bob := register(t, n, 1), register(t, n, 2)
	ctx := ctxT(t)

	t.Run("asked for", func(t *testing.T) {
		a, b := dial(t, url, ann), dial(t, url, bob)
		rb := record(b)
		joinAll(t, lobby, a, b)
		first := a.LastSeq(lobby)
		sendN(t, a, lobby, 3, "before")
		waitFor(t, func() bool { return b.LastSeq(lobby) == first+3 })

		dropConnection(t, b)
		<-b.Closed()
		var ce *CloseError
		if err := b.CloseError(); !errors.As(err, &ce) || ce.Code != 1006 {
			t.Fatalf("close error %v, want 1006", err)
		}
		if _, err := b.Send(ctx, lobby, "while away"); !errors.As(err, &ce) {
			t.Fatalf("send while away: %v, want the close error", err)
		}
		sendN(t, a, lobby, 10, "away")
		if err := b.Reconnect(ctx, "", ""); err != nil {
			t.Fatalf("reconnect: %v", err)
		}
		if b.CloseError() != nil {
			t.Fatalf("close error after reconnect: %v", b.CloseError())
		}
		sendN(t, a, lobby, 2, "after")
		last := first + 15
		waitFor(t, func() bool { return b.LastSeq(lobby) == last })
		checkMessages(t, b.Messages(lobby), first+1, last)
		waitFor(t, func() bool { return len(rb.messageSeqs(lobby)) >= 15 })
		time.Sleep(50 * time.Millisecond) // nothing more should come
		if s := rb.messageSeqs(lobby); !slices.Equal(s, span(first+1, last)) {
			t.Fatalf("message events %v, want %d..%d once each", s, first+1, last)
		}
		if len(rb.of(EventReconnected)) != 1 || b.Stats().Reconnects != 1 {
			t.Fatalf("reconnected events %d, stats %+v", len(rb.of(EventReconnected)), b.Stats())
		}
	})

	t.Run("automatic", func(t *testing.T) {
		a := dial(t, url, ann)
		b := dial(t, url, bob, WithReconnect(200*time.Millisecond, time.Second))
		rb := record(b)
		joinAll(t, lobby, a, b)
		first := b.LastSeq(lobby)
		dropConnection(t, b)
		// Sent while b is away or coming back: either way, once each.
		sendN(t, a, lobby, 10, "auto")
		waitFor(t, func() bool { return len(rb.of(EventReconnected)) == 1 })
		// Requests wait for the reconnection rather than fail.
		if _, err := b.Send(ctx, lobby, "back"); err != nil {
			t.Fatalf("send after reconnecting: %v", err)
		}
		last := first + 11
		waitFor(t, func() bool { return b.LastSeq(lobby) == last })
		checkMessages(t, b.Messages(lobby), first+1, last)
		waitFor(t, func() bool { return len(rb.messageSeqs(lobby)) >= int(last) })
		if s := rb.messageSeqs(lobby); !slices.Equal(s, span(1, last)) {
			t.Fatalf("message events %v, want 1..%d once each", s, last)
		}
		// Presence is the new join's snapshot.
		if b.Count(lobby) < 2 {
			t.Fatalf("count %d after reconnecting", b.Count(lobby))
		}
	})

	t.Run("server goes away", func(t *testing.T) {
		m, url := startNode(t)
		c := dial(t, url, register(t, m, 9))
		m.Stop()
		select {
		case <-c.Closed():
		case <-time.After(10 * time.Second):
			t.Fatal("not closed when the node stopped")
		}
		var ce *CloseError
		if err := c.CloseError(); !errors.As(err, &ce) || ce.Code != 1001 {
			t.Fatalf("close error %v, want 1001 going away", err)
		}
	})
}

// TestGapFilledFromHistory loses a chat frame on the way in: the next one
// waits, and the missing one is fetched with history.
func TestGapFilledFromHistory(t *testing.T) {
	n, url := startNode(t)
	ann, bob := register(t, n, 1), register(t, n, 2)
	a := dial(t, url, ann)
	lose := func(raw []byte) bool {
		var env protocol.Envelope
		return json.Unmarshal(raw, &env) != nil || env.Type != protocol.TypeMessage || env.Seq != 3
	}
	b := dial(t, url, bob, WithGapTimeout(50*time.Millisecond), withFrameHook(lose))
	rb := record(b)
	joinAll(t, lobby, a, b)
	sendN(t, a, lobby, 5, "gap")
	waitFor(t, func() bool { return b.LastSeq(lobby) == 5 })
	checkMessages(t, b.Messages(lobby), 1, 5)
	waitFor(t, func() bool { return len(rb.messageSeqs(lobby)) == 5 })
	if s := rb.messageSeqs(lobby); !slices.Equal(s, span(1, 5)) {
		t.Fatalf("message events %v", s)
	}
}

func TestPresence(t *testing.T) {
	n, url := startNode(t)
	ann, bob := register(t, n, 1), register(t, n, 2)
	a, b := dial(t, url, ann), dial(t, url, bob)
	ra := record(a)
	ctx := ctxT(t)
	res, err := a.Join(ctx, lobby, 0)
	if err != nil {
		t.Fatal(err)
	}
	if res.Presence.Count != 1 || a.Count(lobby) != 1 || !hasMember(a.Members(lobby), ann.ID) {
		t.Fatalf("snapshot %+v, view %v", res.Presence, a.Members(lobby))
	}
	if _, err := b.Join(ctx, lobby, 0); err != nil {
		t.Fatal(err)
	}
	if b.Count(lobby) != 2 || !hasMember(b.Members(lobby), ann.ID) || !hasMember(b.Members(lobby), bob.ID) {
		t.Fatalf("bob's snapshot: %d %v", b.Count(lobby), b.Members(lobby))
	}
	waitFor(t, func() bool { return a.Count(lobby) == 2 && hasMember(a.Members(lobby), bob.ID) })
	if len(ra.of(protocol.TypePresenceDelta)) == 0 {
		t.Fatal("no presence delta event")
	}
	if err := b.Leave(ctx, lobby); err != nil {
		t.Fatal(err)
	}
	if b.Rooms() != nil && len(b.Rooms()) != 0 {
		t.Fatalf("bob's rooms after leaving: %v", b.Rooms())
	}
	waitFor(t, func() bool { return a.Count(lobby) == 1 && !hasMember(a.Members(lobby), bob.ID) })

	// Leaving by going away counts too; a fresh snapshot agrees.
	if _, err := b.Join(ctx, lobby, 0); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return a.Count(lobby) == 2 })
	b.Close()
	waitFor(t, func() bool { return a.Count(lobby) == 1 && !hasMember(a.Members(lobby), bob.ID) })
	p, err := a.Presence(ctx, lobby)
	if err != nil || p.Count != 1 {
		t.Fatalf("presence: %+v, %v", p, err)
	}
}

func TestDirectReachesEveryTab(t *testing.T) {
	n, url := startNode(t)
	ann, bob := register(t, n, 1), register(t, n, 2)
	tab1, tab2 := dial(t, url, ann), dial(t, url, ann)
	r1, r2 := record(tab1), record(tab2)
	b := dial(t, url, bob)
	rb := record(b)
	ctx := ctxT(t)
	if err := b.Direct(ctx, ann.ID, "note", map[string]string{"hi": "there"}); err != nil {
		t.Fatal(err)
	}
	for i, r := range []*recorder{r1, r2} {
		waitFor(t, func() bool { return len(r.of(protocol.TypeDirectIn)) == 1 })
		d := r.of(protocol.TypeDirectIn)[0].Direct
		if d.From.ID != bob.ID || d.Kind != "note" || string(d.Body) != `{"hi":"there"}` {
			t.Fatalf("tab %d got %+v (%s)", i+1, d, d.Body)
		}
	}
	if len(rb.of(protocol.TypeDirectIn)) != 0 {
		t.Fatal("the sender received its own direct message")
	}
	if err := b.Direct(ctx, bob.ID, "note", nil); CodeOf(err) != apperr.ValidationFailed {
		t.Fatalf("direct to oneself: %v, want validation_failed", err)
	}
	if err := b.Direct(ctx, "p-nobody", "note", nil); CodeOf(err) != apperr.NotFound {
		t.Fatalf("direct to nobody: %v, want not_found", err)
	}
}

func TestProtocolErrors(t *testing.T) {
	n, url := startNode(t)
	ann, bob := register(t, n, 1), register(t, n, 2)
	c := dial(t, url, ann)
	ctx := ctxT(t)

	_, err := c.Join(ctx, "nowhere", 0)
	var le *Error
	if !errors.As(err, &le) || le.Code != apperr.NotFound || le.Message == "" {
		t.Fatalf("join nowhere: %v, want not_found", err)
	}
	if !errors.Is(err, apperr.E(apperr.NotFound)) || errors.Is(err, apperr.E(apperr.Forbidden)) {
		t.Fatalf("errors.Is does not match the code of %v", err)
	}
	if len(c.Rooms()) != 0 {
		t.Fatalf("a refused join left a view: %v", c.Rooms())
	}
	if _, err := c.Send(ctx, lobby, "hello?"); CodeOf(err) != apperr.Forbidden {
		t.Fatalf("send before join: %v, want forbidden", err)
	}
	if _, err := c.Join(ctx, "staff:org-x", 0); CodeOf(err) != apperr.NotFound {
		t.Fatalf("join the staff room of no organisation: %v, want not_found", err)
	}
	if _, err := c.Join(ctx, "two words", 0); CodeOf(err) != apperr.BadRequest {
		t.Fatalf("join a bad room name: %v, want bad_request", err)
	}
	if _, err := c.Join(ctx, lobby, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Send(ctx, lobby, "   "); CodeOf(err) != apperr.ValidationFailed {
		t.Fatalf("send blank: %v, want validation_failed", err)
	}
	if err := c.Request(ctx, "dance", "", nil, nil); CodeOf(err) != apperr.BadRequest {
		t.Fatalf("unknown type: %v, want bad_request", err)
	}
	if _, err := c.Renew(ctx, bob.Token); CodeOf(err) != apperr.Forbidden {
		t.Fatalf("renew as someone else: %v, want forbidden", err)
	}
	// The connection survives every refusal.
	if _, err := c.Ping(ctx); err != nil {
		t.Fatalf("ping after errors: %v", err)
	}
}

func TestHistoryAndRenew(t *testing.T) {
	n, url := startNode(t)
	ann := register(t, n, 1)
	c := dial(t, url, ann)
	ctx := ctxT(t)
	joinAll(t, lobby, c)
	sendN(t, c, lobby, 5, "h")
	h, err := c.History(ctx, lobby, 1, 2)
	if err != nil || !h.More || !slices.Equal(seqs(h.Messages), []uint64{2, 3}) {
		t.Fatalf("history: %v more %v, %v", seqs(h.Messages), h.More, err)
	}
	h, err = c.History(ctx, lobby, 3, 0)
	if err != nil || h.More || !slices.Equal(seqs(h.Messages), []uint64{4, 5}) {
		t.Fatalf("history: %v more %v, %v", seqs(h.Messages), h.More, err)
	}
	hello, err := c.Renew(ctx, ann.Token)
	if err != nil || hello.User.ID != ann.ID {
		t.Fatalf("renew: %+v, %v", hello, err)
	}
}

func joinAll(t *testing.T, room string, cs ...*Client) {
	t.Helper()
	for _, c := range cs {
		if _, err := c.Join(ctxT(t), room, 0); err != nil {
			t.Fatalf("join %s: %v", room, err)
		}
	}
}

func sendN(t *testing.T, c *Client, room string, n int, prefix string) {
	t.Helper()
	for i := range n {
		if _, err := c.Send(ctxT(t), room, fmt.Sprintf("%s %d", prefix, i)); err != nil {
			t.Fatalf("send: %v", err)
		}
	}
}

// checkMessages fails unless ms are exactly the seqs from..to, in order.
func checkMessages(t *testing.T, ms []protocol.Message, from, to uint64) {
	t.Helper()
	var got []uint64
	for _, m := range ms {
		if m.Seq >= from {
			got = append(got, m.Seq)
		}
	}
	if !slices.Equal(got, span(from, to)) {
		t.Fatalf("messages %v, want %d..%d once each", got, from, to)
	}
}

func hasMember(ms []protocol.Member, id string) bool {
	return slices.ContainsFunc(ms, func(m protocol.Member) bool { return m.ID == id })
}
