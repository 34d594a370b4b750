package hub_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/protocol"
)

// slowHistory makes every chat write take a while, as a busy disk does,
// and records how many messages each batch carried.
type slowHistory struct {
	protocol.History
	delay time.Duration

	mu      sync.Mutex
	batches []int
}

func (s *slowHistory) AppendMessage(ctx context.Context, m *protocol.Message) error {
	time.Sleep(s.delay)
	return s.History.AppendMessage(ctx, m)
}

func (s *slowHistory) AppendMessages(ctx context.Context, msgs []protocol.Message) (int, error) {
	s.mu.Lock()
	s.batches = append(s.batches, len(msgs))
	s.mu.Unlock()
	time.Sleep(s.delay)
	return s.History.AppendMessages(ctx, msgs)
}

func (s *slowHistory) largestBatch() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Max(append([]int{0}, s.batches...))
}

// floodMember is one member of a flooded room, as its reader saw it.
type floodMember struct {
	room   string
	mu     sync.Mutex
	got    map[uint64]bool      // chat seqs received
	acked  map[uint64]bool      // seqs of its own sends acknowledged
	errors []protocol.ErrorBody // its sends refused
	ended  chan struct{}        // the reader stopped: the connection ended
	endErr error
}

func (m *floodMember) replies() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.acked) + len(m.errors)
}

// TestOverloadRefusesEarly floods rooms faster than the history stores:
// sends beyond what a room, or the node, has in progress are refused at
// once with rate_limited and a retry hint, every acknowledged message
// reaches every member of its room, and no member that reads is closed.
func TestOverloadRefusesEarly(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cfg   hub.Config
		rooms int
	}{
		{"a busy room", hub.Config{MaxRoomSendsInFlight: 2}, 1},
		{"a busy node", hub.Config{MaxSendsInFlight: 3}, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Rate, cfg.Burst = 100000, 100000 // the limit under test is not the connection's
			_, url := startHubWith(t, cfg, nil, func(h protocol.History) protocol.History {
				return &slowHistory{History: h, delay: 20 * time.Millisecond}
			})
			const members, each = 10, 20
			ms := make([]*floodMember, members)
			conns := make([]*websocket.Conn, members)
			// Everyone is in before the flood: a message sent before a
			// member joined comes in its join reply, not live.
			for i := range ms {
				ms[i] = &floodMember{room: fmt.Sprintf("hall-%d", i%tc.rooms), got: map[uint64]bool{}, acked: map[uint64]bool{}, ended: make(chan struct{})}
				conns[i] = dial(t, url, fmt.Sprintf("m%d", i))
				request(t, conns[i], "join", ms[i].room, nil)
			}
			for i, m := range ms {
				c := conns[i]
				_ = c.SetReadDeadline(time.Time{})
				go func() {
					defer close(m.ended)
					for {
						env, err := readEnv(c)
						if err != nil {
							m.endErr = err
							return
						}
						m.mu.Lock()
						switch {
						case env.Type == protocol.TypeMessage:
							m.got[env.Seq] = true
						case env.Type == protocol.TypeReply && len(env.ID) > 1 && env.ID[0] == 's':
							var r struct{ Seq uint64 }
							_ = json.Unmarshal(env.Payload, &r)
							m.acked[r.Seq] = true
						case env.Type == protocol.TypeError:
							m.errors = append(m.errors, *env.Error)
						}
						m.mu.Unlock()
					}
				}()
				// Every send at once, without waiting for replies.
				go func() {
					for k := range each {
						payload, _ := json.Marshal(map[string]string{"text": "flood"})
						if c.WriteJSON(protocol.Envelope{Type: protocol.TypeSend, ID: fmt.Sprintf("s%d", k), Room: m.room, Payload: payload}) != nil {
							return
						}
					}
				}()
			}
			deadline := time.Now().Add(20 * time.Second)
			for _, m := range ms {
				for m.replies() < each {
					if time.Now().After(deadline) {
						t.Fatalf("%d of %d sends answered", m.replies(), each)
					}
					time.Sleep(10 * time.Millisecond)
				}
			}
			acked := map[string]map[uint64]bool{}
			refused := 0
			for _, m := range ms {
				m.mu.Lock()
				for _, e := range m.errors {
					if e.Code != "rate_limited" || e.RetryAfterMS < 100 || e.RetryAfterMS > 5000 || e.Message == "" {
						t.Errorf("refusal %+v, want rate_limited with a retry hint of 100 ms to 5 s", e)
					}
				}
				refused += len(m.errors)
				if acked[m.room] == nil {
					acked[m.room] = map[uint64]bool{}
				}
				for seq := range m.acked {
					acked[m.room][seq] = true
				}
				m.mu.Unlock()
			}
			if refused == 0 || refused == members*each {
				t.Fatalf("%d of %d sends refused: want some refused and some sent", refused, members*each)
			}
			// Every acknowledged message reaches every member of its room.
			for i, m := range ms {
				for {
					m.mu.Lock()
					missing := 0
					for seq := range acked[m.room] {
						if !m.got[seq] {
							missing++
						}
					}
					m.mu.Unlock()
					if missing == 0 {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("member %d lacks %d of the %d messages acknowledged in %s", i, missing, len(acked[m.room]), m.room)
					}
					time.Sleep(10 * time.Millisecond)
				}
				select {
				case <-m.ended:
					t.Fatalf("member %d was closed: %v", i, m.endErr)
				default:
				}
			}
		})
	}
}

// TestRateLimitedHint: a request over the connection's rate is refused
// with the time until the limiter gives a token back.
func TestRateLimitedHint(t *testing.T) {
	_, url := startHub(t, hub.Config{Rate: 10, Burst: 2}, nil)
	c := dial(t, url, "hasty") // the auth took one of the two tokens
	for _, id := range []string{"a", "b", "c"} {
		if err := c.WriteJSON(protocol.Envelope{Type: protocol.TypePing, ID: id}); err != nil {
			t.Fatal(err)
		}
	}
	refused := 0
	for range 3 {
		_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
		env, err := readEnv(c)
		if err != nil {
			t.Fatal(err)
		}
		if env.Type != protocol.TypeError {
			continue
		}
		if env.Error.Code != "rate_limited" || env.Error.RetryAfterMS != 100 {
			t.Fatalf("refusal %+v, want rate_limited with retry_after_ms 100 (a token every 100 ms)", env.Error)
		}
		refused++
	}
	if refused == 0 {
		t.Fatal("no request was refused for its rate")
	}
}

// TestSendsBehindSlowSend: a connection's sends are pipelined. A send that
// comes while the connection's previous one is still being stored is
// numbered at once and goes into the next commit, rather than waiting for
// the previous one or being refused for it; only the room's limit refuses
// it. Either way the replies come in request order, and the seqs in the
// order of the sends.
func TestSendsBehindSlowSend(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     hub.Config
		delay   time.Duration // of each write
		refused bool          // the second and third sends
	}{
		{"slow store", hub.Config{}, 300 * time.Millisecond, false},
		{"slow store, one send a room", hub.Config{MaxRoomSendsInFlight: 1}, 300 * time.Millisecond, true},
		{"store keeping up", hub.Config{}, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			slow := &slowHistory{delay: tc.delay}
			_, url := startHubWith(t, tc.cfg, nil, func(h protocol.History) protocol.History { slow.History = h; return slow })
			c := dial(t, url, "typist")
			request(t, c, "join", "desk", nil)
			ids := []string{"first", "second", "third", "fourth"}
			for i, id := range ids {
				env := protocol.Envelope{Type: protocol.TypePing, ID: id}
				if i < 3 {
					payload, _ := json.Marshal(map[string]string{"text": id})
					env = protocol.Envelope{Type: protocol.TypeSend, ID: id, Room: "desk", Payload: payload}
				}
				if err := c.WriteJSON(env); err != nil {
					t.Fatal(err)
				}
			}
			var answers []protocol.Envelope
			for len(answers) < len(ids) {
				_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
				env, err := readEnv(c)
				if err != nil {
					t.Fatalf("after %d answers: %v", len(answers), err)
				}
				if env.ID != "" {
					answers = append(answers, env)
				}
			}
			for i, a := range answers {
				if a.ID != ids[i] {
					t.Fatalf("answer %d is to %s: want the answers in request order, %q", i, a.ID, ids)
				}
			}
			if answers[0].Type != protocol.TypeReply || answers[3].Type != protocol.TypeReply {
				t.Fatalf("first %+v, fourth %+v: want replies", answers[0].Error, answers[3].Error)
			}
			var hist struct{ Messages []protocol.Message }
			_ = json.Unmarshal(request(t, c, "history", "desk", map[string]uint64{"after": 0}).Payload, &hist)
			if tc.refused {
				for _, a := range answers[1:3] {
					if a.Error == nil || a.Error.Code != "rate_limited" || a.Error.RetryAfterMS < 100 {
						t.Fatalf("%s send %+v, want rate_limited with a retry hint", a.ID, a)
					}
				}
				if len(hist.Messages) != 1 {
					t.Fatalf("history holds %d messages, want the first alone", len(hist.Messages))
				}
				return
			}
			for i, a := range answers[:3] {
				var r struct{ Seq uint64 }
				_ = json.Unmarshal(a.Payload, &r)
				if a.Type != protocol.TypeReply || r.Seq != uint64(i+1) {
					t.Fatalf("%s send %+v, want it sent as seq %d", a.ID, a, i+1)
				}
			}
			if len(hist.Messages) != 3 {
				t.Fatalf("history holds %d messages, want 3", len(hist.Messages))
			}
			// The second and third were queued while the first was being
			// written, and went together into the next commit.
			if tc.delay > 0 && slow.largestBatch() < 2 {
				t.Errorf("batches of %v messages: want the sends behind the slow one in one", slow.batches)
			}
		})
	}
}
