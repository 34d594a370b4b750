package hub_test

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/igf-village/village/hub"
)

// TestIdleConnectionHasNoWriter: a connection's writer runs only while
// frames wait, so 60 signed-in connections that have read their replies
// add their readers' goroutines to the node, not twice as many.
func TestIdleConnectionHasNoWriter(t *testing.T) {
	_, url := startHub(t, hub.Config{}, nil)
	dial(t, url, "warm-up") // the hub's own goroutines, started once
	settle := func() int {
		// Writers end once their queue is empty; give them a moment.
		time.Sleep(300 * time.Millisecond)
		return runtime.NumGoroutine()
	}
	before := settle()
	const n = 60
	for i := range n {
		dial(t, url, fmt.Sprint("idle-", i))
	}
	added := settle() - before
	if added < n || added > n+n/4 {
		t.Fatalf("%d idle connections added %d goroutines, want about one each (a reader), not two", n, added)
	}
}

// TestServerPings: the hub pings every connection about once a
// PingInterval, idle or not (a sixteenth of them at a time), so that a
// peer that answers keeps its read deadline and a dead one is found.
func TestServerPings(t *testing.T) {
	_, url := startHub(t, hub.Config{PingInterval: 160 * time.Millisecond}, nil)
	const n = 4
	var pings [n]atomic.Int32
	for i := range n {
		c := dial(t, url, fmt.Sprint("pinged-", i))
		c.SetPingHandler(func(data string) error {
			pings[i].Add(1)
			return c.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(time.Second))
		})
		// Control frames are handled while reading.
		go func() {
			for {
				if _, _, err := c.ReadMessage(); err != nil {
					return
				}
			}
		}()
	}
	time.Sleep(1200 * time.Millisecond)
	for i := range n {
		if got := pings[i].Load(); got < 3 || got > 10 {
			t.Errorf("connection %d was pinged %d times in 1.2 s at a 160-ms interval, want about 7", i, got)
		}
	}
}
