package live

import (
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// TestSendRetries: Send names its message, sends it again under the same
// name when the server is busy (after the wait it asks) or the reply was
// lost with the connection, and not on other errors.
func TestSendRetries(t *testing.T) {
	busy := &protocol.ErrorBody{Code: apperr.RateLimited, Message: "busy", RetryAfterMS: 30}
	for _, tc := range []struct {
		name    string
		answers []string // per send: "busy", "lost", "ok", "invalid"
		opts    []Option
		wantErr apperr.Code
		sends   int
		wait    time.Duration // at least
	}{
		{"busy twice", []string{"busy", "busy", "ok"}, nil, "", 3, 60 * time.Millisecond},
		{"reply lost, reconnects", []string{"lost", "ok"}, []Option{WithReconnect(10*time.Millisecond, 50*time.Millisecond)}, "", 2, 0},
		{"reply lost, no reconnection", []string{"lost"}, nil, "", 1, 0},
		{"invalid", []string{"invalid"}, nil, apperr.ValidationFailed, 1, 0},
		{"busy past the tries", []string{"busy", "busy", "busy", "busy", "busy", "busy"}, nil, apperr.RateLimited, MaxSendTries, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := newFakeServer(t)
			var (
				mu   sync.Mutex
				seen []sendSeen
			)
			srv.onSend = func(p sendSeen) (uint64, *protocol.ErrorBody) {
				mu.Lock()
				defer mu.Unlock()
				seen = append(seen, p)
				switch tc.answers[len(seen)-1] {
				case "busy":
					return 0, busy
				case "invalid":
					return 0, &protocol.ErrorBody{Code: apperr.ValidationFailed, Message: "too long"}
				case "lost":
					return 0, nil
				}
				return 7, nil
			}
			c := srv.dial(t, tc.opts...)
			start := time.Now()
			seq, err := c.Send(ctxT(t), "lobby", "hello")
			took := time.Since(start)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case tc.name == "reply lost, no reconnection":
				if _, ok := err.(*CloseError); !ok {
					t.Fatalf("Send = %d, %v; want the close error", seq, err)
				}
			case tc.wantErr != "":
				if CodeOf(err) != tc.wantErr {
					t.Fatalf("Send = %d, %v; want %s", seq, err, tc.wantErr)
				}
			case err != nil || seq != 7:
				t.Fatalf("Send = %d, %v; want 7", seq, err)
			}
			if len(seen) != tc.sends {
				t.Fatalf("the server got %d sends, want %d", len(seen), tc.sends)
			}
			for _, p := range seen {
				if p.ClientID == "" || p.ClientID != seen[0].ClientID || p.Text != "hello" {
					t.Fatalf("sends %+v: want one client ID throughout", seen)
				}
			}
			if took < tc.wait {
				t.Fatalf("Send took %v, want at least the %v the server asked for", took, tc.wait)
			}
		})
	}
}

// TestSendIDKeepsTheCallersName: SendID sends under the caller's client ID,
// and keeps it when it sends again.
func TestSendIDKeepsTheCallersName(t *testing.T) {
	srv := newFakeServer(t)
	var (
		mu   sync.Mutex
		seen []sendSeen
	)
	srv.onSend = func(p sendSeen) (uint64, *protocol.ErrorBody) {
		mu.Lock()
		defer mu.Unlock()
		seen = append(seen, p)
		if len(seen) == 1 {
			return 0, &protocol.ErrorBody{Code: apperr.RateLimited, Message: "busy", RetryAfterMS: 1}
		}
		return 9, nil
	}
	c := srv.dial(t)
	if seq, err := c.SendID(ctxT(t), "lobby", "outbox-1", "hello"); err != nil || seq != 9 {
		t.Fatalf("SendID = %d, %v; want 9", seq, err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != 2 || seen[0] != (sendSeen{"hello", "outbox-1"}) || seen[1] != seen[0] {
		t.Fatalf("the server got %+v; want the caller's client ID twice", seen)
	}
}
