package hub_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/protocol"
)

// sendAs sends text to room with clientID ("" for none) and returns the
// seq of the reply.
func sendAs(t *testing.T, c *websocket.Conn, room, text, clientID string) uint64 {
	t.Helper()
	payload := map[string]string{"text": text}
	if clientID != "" {
		payload["client_id"] = clientID
	}
	var res struct{ Seq uint64 }
	if err := json.Unmarshal(request(t, c, "send", room, payload).Payload, &res); err != nil {
		t.Fatal(err)
	}
	return res.Seq
}

// TestRetriedSendLandsOnce: a send retried with its client_id, on the same
// connection or after a reconnect, gets the first one's seq back, and
// neither stores nor delivers a second copy; the retry takes no seq.
// Another person may use the same client_id.
func TestRetriedSendLandsOnce(t *testing.T) {
	_, url := startHub(t, hub.Config{}, nil)
	const room = "table-7"
	a, watcher := dial(t, url, "ann"), dial(t, url, "wes")
	request(t, a, "join", room, nil)
	request(t, watcher, "join", room, nil)

	if seq := sendAs(t, a, room, "first", "m-1"); seq != 1 {
		t.Fatalf("first send: seq %d, want 1", seq)
	}
	if seq := sendAs(t, a, room, "first", "m-1"); seq != 1 {
		t.Errorf("the send retried: seq %d, want the first's, 1", seq)
	}
	again := dial(t, url, "ann") // a reconnection
	request(t, again, "join", room, nil)
	if seq := sendAs(t, again, room, "first", "m-1"); seq != 1 {
		t.Errorf("the send retried on a new connection: seq %d, want 1", seq)
	}
	if seq := sendAs(t, a, room, "second", ""); seq != 2 {
		t.Errorf("the next send: seq %d, want 2 (a retry takes no seq)", seq)
	}
	other := dial(t, url, "bob")
	request(t, other, "join", room, nil)
	if seq := sendAs(t, other, room, "bob's", "m-1"); seq != 3 {
		t.Errorf("another person's send with the same client_id: seq %d, want 3", seq)
	}

	// The watcher got each message live once, in order (read before the
	// history request, which skips events).
	var live []uint64
	for len(live) < 3 {
		_ = watcher.SetReadDeadline(time.Now().Add(5 * time.Second))
		env, err := readEnv(watcher)
		if err != nil {
			t.Fatalf("after seqs %v: %v", live, err)
		}
		if env.Type == protocol.TypeMessage {
			live = append(live, env.Seq)
		}
	}
	if !slices.Equal(live, []uint64{1, 2, 3}) {
		t.Errorf("the watcher got seqs %v live, want 1, 2, 3", live)
	}

	var res protocol.HistoryResult
	if err := json.Unmarshal(request(t, watcher, "history", room, map[string]uint64{"after": 0}).Payload, &res); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, m := range res.Messages {
		texts = append(texts, m.Text)
	}
	if !slices.Equal(texts, []string{"first", "second", "bob's"}) {
		t.Errorf("history holds %q, want first, second, bob's", texts)
	}
	if res.Messages[0].ClientID != "m-1" || res.Messages[1].ClientID != "" {
		t.Errorf("history's client IDs are %q and %q, want m-1 and none", res.Messages[0].ClientID, res.Messages[1].ClientID)
	}

}
