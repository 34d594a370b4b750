package hub_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/hub"
)

// slowHistory makes every chat append take a while, as a busy disk does.
type slowHistory struct {
	hub.History
	delay time.Duration
}

func (s slowHistory) AppendMessage(ctx context.Context, m *hub.Message) error {
	time.Sleep(s.delay)
	return s.History.AppendMessage(ctx, m)
}

// floodMember is one member of a flooded room, as its reader saw it.
type floodMember struct {
	room   string
	mu     sync.Mutex
	got    map[uint64]bool // chat seqs received
	acked  map[uint64]bool // seqs of its own sends acknowledged
	errors []hub.ErrorBody // its sends refused
	ended  chan struct{}   // the reader stopped: the connection ended
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
			_, url := startHubWith(t, cfg, nil, func(h hub.History) hub.History { return slowHistory{h, 20 * time.Millisecond} })
			const members, each = 10, 20
			ms := make([]*floodMember, members)
			// Every member joins before anyone sends: a message sent before
			// a member joined never reaches it live, which is no fault.
			start := make(chan struct{})
			for i := range ms {
				m := &floodMember{room: fmt.Sprintf("hall-%d", i%tc.rooms), got: map[uint64]bool{}, acked: map[uint64]bool{}, ended: make(chan struct{})}
				ms[i] = m
				c := dial(t, url, fmt.Sprintf("m%d", i))
				request(t, c, "join", m.room, nil)
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
						case env.Type == hub.TypeMessage:
							m.got[env.Seq] = true
						case env.Type == hub.TypeReply && len(env.ID) > 1 && env.ID[0] == 's':
							var r struct{ Seq uint64 }
							_ = json.Unmarshal(env.Payload, &r)
							m.acked[r.Seq] = true
						case env.Type == hub.TypeError:
							m.errors = append(m.errors, *env.Error)
						}
						m.mu.Unlock()
					}
				}()
				// Every send at once, without waiting for replies.
				go func() {
					<-start
					for k := range each {
						payload, _ := json.Marshal(map[string]string{"text": "flood"})
						if c.WriteJSON(hub.Envelope{Type: hub.TypeSend, ID: fmt.Sprintf("s%d", k), Room: m.room, Payload: payload}) != nil {
							return
						}
					}
				}()
			}
			close(start)
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
		if err := c.WriteJSON(hub.Envelope{Type: hub.TypePing, ID: id}); err != nil {
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
		if env.Type != hub.TypeError {
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

// TestSendBehindSlowSend: a send that comes while the connection's
// previous send is still being stored after hub.SendGrace is refused with
// a retry hint, and not stored; when the node keeps up it waits its turn
// and is sent. Either way the replies come in request order.
func TestSendBehindSlowSend(t *testing.T) {
	for _, tc := range []struct {
		name    string
		delay   time.Duration // of each append
		refused bool          // the second send
	}{
		{"slow store", 3 * hub.SendGrace, true},
		{"store keeping up", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, url := startHubWith(t, hub.Config{}, nil, func(h hub.History) hub.History { return slowHistory{h, tc.delay} })
			c := dial(t, url, "typist")
			request(t, c, "join", "desk", nil)
			payload, _ := json.Marshal(map[string]string{"text": "hello"})
			for _, env := range []hub.Envelope{
				{Type: hub.TypeSend, ID: "first", Room: "desk", Payload: payload},
				{Type: hub.TypeSend, ID: "second", Room: "desk", Payload: payload},
				{Type: hub.TypePing, ID: "third"},
			} {
				if err := c.WriteJSON(env); err != nil {
					t.Fatal(err)
				}
			}
			var answers []hub.Envelope
			for len(answers) < 3 {
				_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
				env, err := readEnv(c)
				if err != nil {
					t.Fatalf("after %d answers: %v", len(answers), err)
				}
				if env.ID != "" {
					answers = append(answers, env)
				}
			}
			if answers[0].ID != "first" || answers[1].ID != "second" || answers[2].ID != "third" {
				t.Fatalf("answers %s, %s, %s: want first, second, third", answers[0].ID, answers[1].ID, answers[2].ID)
			}
			if answers[0].Type != hub.TypeReply || answers[2].Type != hub.TypeReply {
				t.Fatalf("first %+v, third %+v: want replies", answers[0], answers[2])
			}
			second := answers[1]
			if !tc.refused {
				if second.Type != hub.TypeReply {
					t.Fatalf("second send %+v, want it sent", second.Error)
				}
				return
			}
			if second.Error == nil || second.Error.Code != "rate_limited" || second.Error.RetryAfterMS < 100 {
				t.Fatalf("second send %+v, want rate_limited with a retry hint", second)
			}
			var hist struct{ Messages []hub.Message }
			_ = json.Unmarshal(request(t, c, "history", "desk", map[string]uint64{"after": 0}).Payload, &hist)
			if len(hist.Messages) != 1 {
				t.Fatalf("history holds %d messages, want the first alone", len(hist.Messages))
			}
		})
	}
}
