package hub_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
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

// heldHistory is the embedded store with a hand on its batches: while
// held, AppendMessages waits to be let go; a batch holding a text in fail
// is not written and fails; every batch's texts are recorded.
type heldHistory struct {
	*memory.Store

	mu      sync.Mutex
	gate    chan struct{} // closed to let the waiting batches go
	fail    map[string]bool
	batches [][]string
	entered chan struct{} // one token per batch that began
}

func newHeldHistory(st *memory.Store) *heldHistory {
	return &heldHistory{Store: st, fail: map[string]bool{}, entered: make(chan struct{}, 100)}
}

func (h *heldHistory) AppendMessages(ctx context.Context, msgs []protocol.Message) (int, error) {
	texts := make([]string, len(msgs))
	for i, m := range msgs {
		texts[i] = m.Text
	}
	h.mu.Lock()
	h.batches = append(h.batches, texts)
	gate := h.gate
	fails := false
	for _, text := range texts {
		fails = fails || h.fail[text]
	}
	h.mu.Unlock()
	h.entered <- struct{}{}
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done(): // the hub is closing
			return 0, ctx.Err()
		}
	}
	if fails {
		return 0, errors.New("the disk is full")
	}
	return h.Store.AppendMessages(ctx, msgs)
}

// hold makes the next batches wait until the returned function is called.
func (h *heldHistory) hold() (release func()) {
	gate := make(chan struct{})
	h.mu.Lock()
	h.gate = gate
	h.mu.Unlock()
	return func() {
		h.mu.Lock()
		h.gate = nil
		h.mu.Unlock()
		close(gate)
	}
}

func (h *heldHistory) recorded() [][]string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Clone(h.batches)
}

func startHeld(t *testing.T) (*heldHistory, string) {
	t.Helper()
	var held *heldHistory
	_, url := startHubOn(t, hub.Config{}, nil, func(st *memory.Store) protocol.History {
		held = newHeldHistory(st)
		return held
	})
	return held, url
}

// sendNoWait writes a send request with id and does not wait for its
// answer; awaitAnswer reads it.
func sendNoWait(t *testing.T, c *websocket.Conn, id, room, text, clientID string) {
	t.Helper()
	payload := map[string]string{"text": text}
	if clientID != "" {
		payload["client_id"] = clientID
	}
	raw, _ := json.Marshal(payload)
	if err := c.WriteJSON(protocol.Envelope{Type: "send", ID: id, Room: room, Payload: raw}); err != nil {
		t.Fatal(err)
	}
}

// awaitAnswer returns the reply's seq, or the error's code, of request id
// on c, and the message events that came before it.
func awaitAnswer(t *testing.T, c *websocket.Conn, id string) (seq uint64, code apperr.Code, events []protocol.Envelope) {
	t.Helper()
	for {
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		env, err := readEnv(c)
		if err != nil {
			t.Fatalf("awaiting the answer to %s: %v", id, err)
		}
		switch {
		case env.Type == protocol.TypeMessage:
			events = append(events, env)
		case env.ID == id && env.Type == protocol.TypeError:
			return 0, env.Error.Code, events
		case env.ID == id:
			var res struct{ Seq uint64 }
			if err := json.Unmarshal(env.Payload, &res); err != nil {
				t.Fatal(err)
			}
			return res.Seq, "", events
		}
	}
}

// waitEntered waits for n batches to have begun.
func waitEntered(t *testing.T, h *heldHistory, n int) {
	t.Helper()
	for range n {
		select {
		case <-h.entered:
		case <-time.After(10 * time.Second):
			t.Fatal("no batch began")
		}
	}
}

// TestSendsShareCommits: while one commit is in flight, the messages of
// other rooms, and the next ones of its own room, are numbered and wait
// together for the next commit, which writes them all at once; nothing is
// delivered before its commit is done.
func TestSendsShareCommits(t *testing.T) {
	held, url := startHeld(t)
	const rooms = 5
	senders := make([]*websocket.Conn, 2*rooms)
	for i := range senders {
		senders[i] = dial(t, url, fmt.Sprint("sender-", i))
		request(t, senders[i], "join", fmt.Sprint("table-", i%rooms), nil)
	}
	watcher := dial(t, url, "watcher")
	request(t, watcher, "join", "table-0", nil)

	release := held.hold()
	sendNoWait(t, senders[0], "s", "table-0", "first", "")
	waitEntered(t, held, 1)
	for i := 1; i < len(senders); i++ {
		sendNoWait(t, senders[i], "s", fmt.Sprint("table-", i%rooms), fmt.Sprint("message ", i), "")
	}
	// Every send is numbered and queued while the first commit waits:
	// the watcher has seen nothing, not even the first.
	for {
		_ = watcher.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		env, err := readEnv(watcher)
		if err != nil {
			break
		}
		if env.Type == protocol.TypeMessage {
			t.Fatalf("the watcher got seq %d before any commit was done", env.Seq)
		}
	}
	time.Sleep(100 * time.Millisecond) // for the last sends to queue
	release()

	// Each room's two messages took seqs 1 and 2, in whichever order
	// their sends arrived.
	got := make([][]uint64, rooms)
	for i, c := range senders {
		seq, code, _ := awaitAnswer(t, c, "s")
		if code != "" {
			t.Errorf("sender %d: error %q", i, code)
		}
		got[i%rooms] = append(got[i%rooms], seq)
	}
	for room, seqs := range got {
		if slices.Sort(seqs); !slices.Equal(seqs, []uint64{1, 2}) {
			t.Errorf("table-%d: seqs %v, want 1 and 2", room, seqs)
		}
	}
	// Two batches: the first message, then the others together. A send
	// slow to arrive may miss the second and make a third.
	batches := held.recorded()
	if len(batches) < 2 || len(batches) > 3 || len(batches[1]) < len(senders)/2 {
		t.Errorf("batches %q, want the first message, then the %d others together", batches, len(senders)-1)
	}
}

// TestFailedCommitLeavesNoGap: the messages of a failed write are neither
// delivered nor acknowledged, and the messages queued behind them in the
// room take their seqs, so that the room's seqs run on without a gap.
func TestFailedCommitLeavesNoGap(t *testing.T) {
	held, url := startHeld(t)
	a, b, watcher := dial(t, url, "ann"), dial(t, url, "bob"), dial(t, url, "wes")
	for _, c := range []*websocket.Conn{a, b, watcher} {
		request(t, c, "join", "table", nil)
	}
	if seq := sendAs(t, a, "table", "zero", ""); seq != 1 {
		t.Fatalf("first send: seq %d, want 1", seq)
	}
	held.mu.Lock()
	held.fail["doomed"] = true
	held.mu.Unlock()
	release := held.hold()
	sendNoWait(t, a, "d", "table", "doomed", "c-doomed")
	waitEntered(t, held, 2)
	sendNoWait(t, b, "n", "table", "next", "") // numbered 3, behind seq 2
	time.Sleep(100 * time.Millisecond)
	release()

	if _, code, _ := awaitAnswer(t, a, "d"); code != apperr.Internal {
		t.Errorf("the failed send: error %q, want internal", code)
	}
	if seq, code, _ := awaitAnswer(t, b, "n"); seq != 2 || code != "" {
		t.Errorf("the send behind it: seq %d, error %q; want seq 2, the failed one's", seq, code)
	}
	// The sender retries with the client ID: it is a new message.
	held.mu.Lock()
	held.fail["doomed"] = false
	held.mu.Unlock()
	if seq := sendAs(t, a, "table", "doomed", "c-doomed"); seq != 3 {
		t.Errorf("the retried send: seq %d, want 3", seq)
	}
	var live []string
	for len(live) < 3 {
		_ = watcher.SetReadDeadline(time.Now().Add(5 * time.Second))
		env, err := readEnv(watcher)
		if err != nil {
			t.Fatalf("after %q: %v", live, err)
		}
		if env.Type == protocol.TypeMessage {
			var m protocol.Message
			_ = json.Unmarshal(env.Payload, &m)
			live = append(live, fmt.Sprintf("%d %s", env.Seq, m.Text))
		}
	}
	if want := []string{"1 zero", "2 next", "3 doomed"}; !slices.Equal(live, want) {
		t.Errorf("the watcher got %q live, want %q", live, want)
	}
	var res protocol.HistoryResult
	_ = json.Unmarshal(request(t, watcher, "history", "table", map[string]uint64{"after": 0}).Payload, &res)
	var stored []string
	for _, m := range res.Messages {
		stored = append(stored, fmt.Sprintf("%d %s", m.Seq, m.Text))
	}
	if want := []string{"1 zero", "2 next", "3 doomed"}; !slices.Equal(stored, want) {
		t.Errorf("history holds %q, want %q", stored, want)
	}
}

// TestRetryInABatch: a retried send answered in the middle of a batch
// frees the seq it was given, and the room's next message takes it.
func TestRetryInABatch(t *testing.T) {
	held, url := startHeld(t)
	a, b := dial(t, url, "ann"), dial(t, url, "bob")
	request(t, a, "join", "table", nil)
	request(t, b, "join", "table", nil)
	if seq := sendAs(t, a, "table", "hello", "c-1"); seq != 1 {
		t.Fatalf("first send: seq %d, want 1", seq)
	}
	release := held.hold()
	sendNoWait(t, b, "x", "table", "held", "")
	waitEntered(t, held, 2)
	sendNoWait(t, a, "r", "table", "hello", "c-1") // numbered 3
	time.Sleep(50 * time.Millisecond)
	sendNoWait(t, b, "y", "table", "after", "") // numbered 4
	time.Sleep(100 * time.Millisecond)
	release()
	if seq, code, _ := awaitAnswer(t, b, "x"); seq != 2 || code != "" {
		t.Errorf("held send: seq %d, error %q; want 2", seq, code)
	}
	if seq, code, _ := awaitAnswer(t, a, "r"); seq != 1 || code != "" {
		t.Errorf("retried send: seq %d, error %q; want the first's, 1", seq, code)
	}
	if seq, code, _ := awaitAnswer(t, b, "y"); seq != 3 || code != "" {
		t.Errorf("send after the retry: seq %d, error %q; want 3", seq, code)
	}
}

// TestSeqTakenElsewhere: a seq that another writer (another node) stored
// first is not delivered twice: the message takes the next free one.
func TestSeqTakenElsewhere(t *testing.T) {
	held, url := startHeld(t)
	a := dial(t, url, "ann")
	request(t, a, "join", "table", nil)
	if seq := sendAs(t, a, "table", "one", ""); seq != 1 {
		t.Fatalf("first send: seq %d, want 1", seq)
	}
	other := protocol.Message{Room: "table", Seq: 2, From: protocol.Member{ID: "elsewhere"}, Text: "from another node", At: time.Now().UTC()}
	if err := held.Store.AppendMessage(t.Context(), &other); err != nil {
		t.Fatal(err)
	}
	seq, code, events := awaitSend(t, a, "table", "two")
	if seq != 3 || code != "" {
		t.Errorf("send after seq 2 was taken: seq %d, error %q; want 3", seq, code)
	}
	for _, e := range events {
		if e.Seq == 2 {
			t.Errorf("seq 2 was delivered by this node: %s", e.Payload)
		}
	}
	if strings.Contains(fmt.Sprint(held.recorded()), "two") == false {
		t.Errorf("batches %q never carried the message", held.recorded())
	}
}

func awaitSend(t *testing.T, c *websocket.Conn, room, text string) (uint64, apperr.Code, []protocol.Envelope) {
	t.Helper()
	sendNoWait(t, c, "w", room, text, "")
	return awaitAnswer(t, c, "w")
}

// shortHistory stores nothing and says nothing of why, against the
// contract of AppendMessages.
type shortHistory struct{ *memory.Store }

func (shortHistory) AppendMessages(context.Context, []protocol.Message) (int, error) { return 0, nil }

// TestShortBatchIsNotAcknowledged: a history that stores less than it was
// given without an error does not get its messages acknowledged.
func TestShortBatchIsNotAcknowledged(t *testing.T) {
	_, url := startHubOn(t, hub.Config{}, nil, func(st *memory.Store) protocol.History { return shortHistory{st} })
	a := dial(t, url, "ann")
	request(t, a, "join", "table", nil)
	if seq, code, _ := awaitSend(t, a, "table", "lost"); code != apperr.Internal {
		t.Errorf("send to a history that stored nothing: seq %d, error %q; want internal", seq, code)
	}
}
