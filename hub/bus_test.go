package hub_test

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/testkit"
)

// testBus is what the tests use of a bus.
type testBus interface {
	hub.Bus
	Dropped() uint64
	Stats() (in, out uint64)
}

// busBackends make, for one test, a cluster: a function that returns the bus
// of another node each time it is called. Buses are closed when the test
// ends.
var busBackends = []struct {
	name    string
	cluster func(t *testing.T) (node func() testBus)
}{
	{"local", func(t *testing.T) func() testBus {
		b := hub.NewLocalBus()
		t.Cleanup(func() { b.Close() })
		return func() testBus { return b } // every node shares it
	}},
	{"nats", func(t *testing.T) func() testBus {
		url := testkit.NATSServer(t)
		n := 0
		return func() testBus {
			n++
			return newNATSBus(t, url, fmt.Sprintf("node-%d", n))
		}
	}},
}

func newNATSBus(t *testing.T, url, name string) *hub.NATSBus {
	t.Helper()
	b, err := hub.NewNATSBus(url, name, nil)
	if err != nil {
		t.Fatalf("NewNATSBus: %v", err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

func TestBus(t *testing.T) {
	for _, backend := range busBackends {
		t.Run(backend.name, func(t *testing.T) {
			t.Run("ReachesEveryNode", func(t *testing.T) { testBusReachesEveryNode(t, backend.cluster(t)) })
			t.Run("OrderPerPublisher", func(t *testing.T) { testBusOrderPerPublisher(t, backend.cluster(t)) })
			t.Run("Unsubscribe", func(t *testing.T) { testBusUnsubscribe(t, backend.cluster(t)) })
			t.Run("Close", func(t *testing.T) { testBusClose(t, backend.cluster(t)) })
		})
	}
}

// recorder collects what a subscription receives.
type recorder struct {
	mu   sync.Mutex
	msgs []string
}

func (r *recorder) handle(data []byte) {
	r.mu.Lock()
	r.msgs = append(r.msgs, string(data))
	r.mu.Unlock()
}

func (r *recorder) got() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.msgs...)
}

func subscribe(t *testing.T, b hub.Bus, subject string, handle func([]byte)) func() {
	t.Helper()
	unsubscribe, err := b.Subscribe(subject, handle)
	if err != nil {
		t.Fatalf("Subscribe(%s): %v", subject, err)
	}
	return unsubscribe
}

func publish(t *testing.T, b hub.Bus, subject string, data []byte) {
	t.Helper()
	if err := b.Publish(context.Background(), subject, data); err != nil {
		t.Fatalf("Publish(%s): %v", subject, err)
	}
}

// waitFor polls cond until it holds, failing the test after d.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", d, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func testBusReachesEveryNode(t *testing.T, node func() testBus) {
	a, b := node(), node()
	var onA, onB, other recorder
	subscribe(t, a, hub.SubjectRoom, onA.handle)
	subscribe(t, b, hub.SubjectRoom, onB.handle)
	subscribe(t, b, hub.SubjectPresence, other.handle)

	publish(t, a, hub.SubjectRoom, []byte("from a"))
	publish(t, b, hub.SubjectRoom, []byte("from b"))
	for name, r := range map[string]*recorder{"a": &onA, "b": &onB} {
		waitFor(t, 5*time.Second, name+" receives both messages", func() bool { return len(r.got()) == 2 })
	}
	if got := other.got(); len(got) != 0 {
		t.Errorf("subscriber of another subject received %q", got)
	}
	if _, out := a.Stats(); out == 0 {
		t.Errorf("Stats: out = 0 after publishing")
	}
	if in, _ := b.Stats(); in == 0 {
		t.Errorf("Stats: in = 0 after receiving")
	}
}

func testBusOrderPerPublisher(t *testing.T, node func() testBus) {
	const n = 10_000
	publishers := []testBus{node(), node()}
	sub := node()

	// Each message is a publisher number and a sequence number; the
	// subscriber checks that each publisher's numbers arrive in order.
	var received atomic.Int64
	next := make([]uint32, len(publishers))
	var disorder atomic.Value
	subscribe(t, sub, hub.SubjectRoom, func(data []byte) {
		p, seq := data[0], binary.BigEndian.Uint32(data[1:])
		if seq != next[p] && disorder.Load() == nil {
			disorder.Store(fmt.Sprintf("publisher %d: got %d, want %d", p, seq, next[p]))
		}
		next[p] = seq + 1
		received.Add(1)
	})

	var wg sync.WaitGroup
	for i, b := range publishers {
		wg.Go(func() {
			buf := make([]byte, 5) // reused: the bus must copy
			for seq := range uint32(n) {
				buf[0] = byte(i)
				binary.BigEndian.PutUint32(buf[1:], seq)
				if err := b.Publish(context.Background(), hub.SubjectRoom, buf); err != nil {
					t.Errorf("Publish: %v", err)
					return
				}
			}
		})
	}
	wg.Wait()
	want := int64(n * len(publishers))
	waitFor(t, 10*time.Second, "every message arrives", func() bool { return received.Load() == want })
	if d := disorder.Load(); d != nil {
		t.Errorf("out of order: %s", d)
	}
	if d := sub.Dropped(); d != 0 {
		t.Errorf("Dropped = %d, want 0", d)
	}
}

func testBusUnsubscribe(t *testing.T, node func() testBus) {
	a, b := node(), node()
	var gone atomic.Int64
	unsubscribe := subscribe(t, a, hub.SubjectDirect, func([]byte) { gone.Add(1) })
	var stays recorder
	subscribe(t, a, hub.SubjectDirect, stays.handle)

	publish(t, b, hub.SubjectDirect, []byte("before"))
	waitFor(t, 5*time.Second, "both subscribers receive", func() bool {
		return gone.Load() == 1 && len(stays.got()) == 1
	})
	unsubscribe()
	unsubscribe() // twice is harmless
	for range 100 {
		publish(t, b, hub.SubjectDirect, []byte("after"))
	}
	publish(t, b, hub.SubjectDirect, []byte("last"))
	waitFor(t, 5*time.Second, "the remaining subscriber receives all", func() bool { return len(stays.got()) == 102 })
	if n := gone.Load(); n != 1 {
		t.Errorf("unsubscribed handler called %d times, want 1", n)
	}
}

func testBusClose(t *testing.T, node func() testBus) {
	a := node()
	var r recorder
	subscribe(t, a, hub.SubjectNodes, r.handle)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := a.Publish(ctx, hub.SubjectNodes, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Publish with a cancelled context: %v, want context.Canceled", err)
	}

	if err := a.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := a.Publish(context.Background(), hub.SubjectNodes, []byte("x")); !errors.Is(err, hub.ErrBusClosed) {
		t.Errorf("Publish after Close: %v, want ErrBusClosed", err)
	}
	if _, err := a.Subscribe(hub.SubjectNodes, r.handle); !errors.Is(err, hub.ErrBusClosed) {
		t.Errorf("Subscribe after Close: %v, want ErrBusClosed", err)
	}
	if err := a.Close(); !errors.Is(err, hub.ErrBusClosed) {
		t.Errorf("second Close: %v, want ErrBusClosed", err)
	}
}

// A slow subscriber neither blocks Publish nor slows the other subscribers:
// what overflows its queue is dropped and counted.
func TestLocalBusSlowSubscriber(t *testing.T) {
	b := hub.NewLocalBus()
	defer b.Close()
	release := make(chan struct{})
	subscribe(t, b, hub.SubjectPresence, func([]byte) { <-release })
	var fast atomic.Int64
	subscribe(t, b, hub.SubjectPresence, func([]byte) { fast.Add(1) })

	const over = 100
	start := time.Now()
	for range hub.LocalBusQueue + over {
		publish(t, b, hub.SubjectPresence, []byte("p"))
	}
	t.Logf("%d publishes in %s", hub.LocalBusQueue+over, time.Since(start))
	if d := b.Dropped(); d != over {
		t.Errorf("Dropped = %d, want %d", d, over)
	}
	waitFor(t, 10*time.Second, "the fast subscriber receives everything", func() bool {
		return fast.Load() == hub.LocalBusQueue+over
	})
	close(release)
}

// Unsubscribing and closing end the goroutines of a LocalBus.
func TestLocalBusGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	b := hub.NewLocalBus()
	var unsubscribes []func()
	for range 100 {
		unsubscribes = append(unsubscribes, subscribe(t, b, hub.SubjectRoom, func([]byte) {}))
	}
	for range 100 {
		subscribe(t, b, hub.SubjectNodes, func([]byte) {})
	}
	publish(t, b, hub.SubjectRoom, []byte("x"))
	for _, unsubscribe := range unsubscribes {
		unsubscribe()
	}
	waitFor(t, 5*time.Second, "unsubscribed goroutines end", func() bool {
		return runtime.NumGoroutine() <= before+100
	})
	if err := b.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	waitFor(t, 5*time.Second, "goroutines end on Close", func() bool {
		return runtime.NumGoroutine() <= before
	})
}

// A NATS bus reconnects by itself when its server restarts, and subscriptions
// carry on.
func TestNATSBusServerRestart(t *testing.T) {
	opts := &server.Options{Host: "127.0.0.1", Port: server.RANDOM_PORT, NoLog: true, NoSigs: true}
	start := func() *server.Server {
		t.Helper()
		s, err := server.NewServer(opts)
		if err != nil {
			t.Fatalf("nats server: %v", err)
		}
		s.Start()
		if !s.ReadyForConnections(10 * time.Second) {
			t.Fatal("nats server not ready")
		}
		return s
	}
	s := start()
	t.Cleanup(func() { s.Shutdown() })
	url := s.ClientURL()
	a, b := newNATSBus(t, url, "a"), newNATSBus(t, url, "b")
	var r recorder
	subscribe(t, b, hub.SubjectRoom, r.handle)
	publish(t, a, hub.SubjectRoom, []byte("before"))
	waitFor(t, 5*time.Second, "message before restart", func() bool { return len(r.got()) == 1 })

	opts.Port = s.Addr().(*net.TCPAddr).Port
	s.Shutdown()
	s.WaitForShutdown()
	s = start()

	// Until both buses have reconnected, a message may be lost.
	waitFor(t, 10*time.Second, "message after restart", func() bool {
		publish(t, a, hub.SubjectRoom, []byte("after"))
		got := r.got()
		return got[len(got)-1] == "after"
	})
}

// TestAloneNodePublishesNothing: a hub given no bus is a single node, and
// publishes nothing (no other node would read it); given one, it publishes
// its chat for the other nodes.
func TestAloneNodePublishesNothing(t *testing.T) {
	for _, tc := range []struct {
		name      string
		bus       *hub.LocalBus
		published bool
	}{
		{"no bus", nil, false},
		{"a bus", hub.NewLocalBus(), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var h *hub.Hub
			if tc.bus == nil {
				h, _ = startHub(t, hub.Config{}, nil)
			} else {
				h, _ = startHub(t, hub.Config{}, tc.bus)
			}
			from := protocol.Member{ID: "p-1", Name: "Amina"}
			if _, err := h.SendForBench(t.Context(), "table-1", from, "hello"); err != nil {
				t.Fatal(err)
			}
			_, out, ok := h.LocalBusStats()
			if !ok {
				t.Fatal("the hub's bus is not a LocalBus")
			}
			if got := out > 0; got != tc.published {
				t.Fatalf("%d messages published, want published = %v", out, tc.published)
			}
		})
	}
}
