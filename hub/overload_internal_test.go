package hub

import (
	"errors"
	"fmt"
	"hash/maphash"
	"testing"
	"time"

	"github.com/igf-village/village/apperr"
)

// TestSendGate walks the gate through its three limits: the sender's
// queue, the room's sends in progress and the node's, each refusing with
// rate_limited and a retry hint, and each freed again.
func TestSendGate(t *testing.T) {
	h := &Hub{metrics: NewMetrics(nil), seed: maphash.MakeSeed()}
	h.cfg.MaxSendsInFlight, h.cfg.MaxRoomSendsInFlight = 3, 2
	h.cfg.fill()
	c := &Conn{h: h, send: newSendQueue(4)} // half is 2 frames
	held := map[string]func(time.Duration){}
	for i, step := range []struct {
		do   string // admit, release, queue (one frame), drain, slow
		room string
		name string // of the place admitted or released
		want string // "" admitted, else what was full
	}{
		{do: "admit", room: "a", name: "a1"},
		{do: "admit", room: "a", name: "a2"},
		{do: "admit", room: "a", want: "room"},
		{do: "admit", room: "b", name: "b1"},
		{do: "admit", room: "c", want: "node"},
		{do: "release", name: "a1"},
		{do: "admit", room: "c", name: "c1"},
		{do: "admit", room: "a", want: "node"},
		{do: "release", name: "b1"},
		{do: "release", name: "c1"},
		{do: "queue"},
		{do: "admit", room: "b", name: "b2"}, // one frame queued is under half
		{do: "release", name: "b2"},
		{do: "queue"},
		{do: "admit", room: "b", want: "queue"},
		{do: "drain"},
		{do: "admit", room: "a", name: "a3"}, // a2 and a3: the room's two
		{do: "admit", room: "a", want: "room"},
		{do: "release", name: "a3"},
		{do: "release", name: "a2"},
		// Slow sends leave a room its limit: its sends share the next
		// commit with every room's, so more in progress wait no longer.
		{do: "slow"},
		{do: "admit", room: "d", name: "d1"},
		{do: "admit", room: "d", name: "d2"},
		{do: "admit", room: "d", want: "room"},
	} {
		switch step.do {
		case "slow":
			h.gate.avg.Store(int64(time.Second))
			continue
		case "queue":
			c.send.push(frame{data: []byte("{}"), kind: kindChat})
			continue
		case "drain":
			for c.send.len() > 0 {
				c.send.pop()
			}
			continue
		case "release":
			held[step.name](10 * time.Millisecond)
			delete(held, step.name)
			continue
		}
		release, err := h.admit(c, step.room)
		if step.want == "" {
			if err != nil {
				t.Fatalf("step %d: admit %s refused: %v", i, step.room, err)
			}
			held[step.name] = release
			continue
		}
		var ae *apperr.Error
		if !errors.As(err, &ae) || ae.Code != apperr.RateLimited || ae.RetryAfter < minRetryAfter || ae.RetryAfter > maxRetryAfter {
			t.Fatalf("step %d: admit %s: %v, want rate_limited (%s full) with a retry hint", i, step.room, err, step.want)
		}
	}
	if n := h.gate.inflight.Load(); n != 2 {
		t.Fatalf("%d sends in progress, want 2 (d1, d2)", n)
	}
}

// TestRetryAfter: the hint is twice the time sends take, within bounds.
func TestRetryAfter(t *testing.T) {
	for _, tc := range []struct {
		avg, want time.Duration
	}{
		{0, minRetryAfter},
		{20 * time.Millisecond, minRetryAfter},
		{300 * time.Millisecond, 600 * time.Millisecond},
		{1234567 * time.Microsecond, 2469 * time.Millisecond},
		{time.Minute, maxRetryAfter},
	} {
		h := &Hub{}
		h.gate.avg.Store(int64(tc.avg))
		if got := h.retryAfter(); got != tc.want {
			t.Errorf("sends taking %v: hint %v, want %v", tc.avg, got, tc.want)
		}
	}
}

// TestSendLimitMoves: the node's limit shrinks by a quarter a window while
// sends are slow, grows by an eighth while they are quick, stays within
// its bounds, moves at most once a window, and admit refuses at it.
func TestSendLimitMoves(t *testing.T) {
	h := &Hub{metrics: NewMetrics(nil), seed: maphash.MakeSeed()}
	h.cfg.MaxSendsInFlight, h.cfg.MinSendsInFlight, h.cfg.MaxRoomSendsInFlight = 1000, 100, 1000
	h.cfg.SendWait = 40 * time.Millisecond
	h.cfg.fill()
	t0 := time.Unix(1_700_000_000, 0)
	for i, step := range []struct {
		after time.Duration // since t0
		avg   time.Duration // sends take this long on average
		want  int64
	}{
		{0, 0, 1000}, // quick sends at the top: stays there
		{100 * time.Millisecond, 90 * time.Millisecond, 750},
		{150 * time.Millisecond, 90 * time.Millisecond, 750}, // same window
		{200 * time.Millisecond, 90 * time.Millisecond, 563},
		{300 * time.Millisecond, 90 * time.Millisecond, 423},
		{400 * time.Millisecond, 90 * time.Millisecond, 318},
		{500 * time.Millisecond, 90 * time.Millisecond, 239},
		{600 * time.Millisecond, 90 * time.Millisecond, 180},
		{700 * time.Millisecond, 90 * time.Millisecond, 135},
		{800 * time.Millisecond, 90 * time.Millisecond, 102},
		{900 * time.Millisecond, 90 * time.Millisecond, 100}, // the floor
		{time.Second, 40 * time.Millisecond, 113},            // at the wait is quick enough
		{1100 * time.Millisecond, 10 * time.Millisecond, 128},
	} {
		h.gate.avg.Store(int64(step.avg))
		h.moveLimit(t0.Add(step.after))
		if got := h.sendLimit(); got != step.want {
			t.Fatalf("step %d (%v, sends taking %v): limit %d, want %d", i, step.after, step.avg, got, step.want)
		}
	}
	c := &Conn{h: h, send: newSendQueue(4)}
	for i := range 128 {
		if _, err := h.admit(c, fmt.Sprintf("room-%d", i)); err != nil {
			t.Fatalf("send %d of 128 refused under the limit: %v", i, err)
		}
	}
	if _, err := h.admit(c, "room-x"); !errors.Is(err, apperr.E(apperr.RateLimited)) {
		t.Fatalf("send over the limit of 128: %v, want rate_limited", err)
	}
}
