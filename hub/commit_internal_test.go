package hub

import (
	"context"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/igf-village/village/protocol"
)

// countingAppends is a history that only says when a batch is written.
type countingAppends struct {
	protocol.History
	wrote chan struct{}
}

func (c *countingAppends) AppendMessages(_ context.Context, msgs []protocol.Message) (int, error) {
	c.wrote <- struct{}{}
	return len(msgs), nil
}

// TestCommitsOverlapDeliveries: while one stored batch is still being
// delivered, the next is written; the acknowledgements still come in
// commit order.
func TestCommitsOverlapDeliveries(t *testing.T) {
	hist := &countingAppends{wrote: make(chan struct{}, 4)}
	h := &Hub{history: hist, metrics: NewMetrics(nil)}
	k := newCommitter(h)
	unblock := make(chan struct{})
	k.fanout = func(o *outgoing) {
		if o.m.Seq == 1 {
			<-unblock // the first batch's delivery takes its time
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go k.run(ctx)
	r := &room{name: "table-1"}
	first := &outgoing{r: r, m: protocol.Message{Seq: 1}, done: make(chan sendResult, 1)}
	second := &outgoing{r: r, m: protocol.Message{Seq: 2}, done: make(chan sendResult, 1)}
	k.enqueue(first)
	waitFor(t, hist.wrote, "the first batch written")
	k.enqueue(second)
	waitFor(t, hist.wrote, "the second batch written while the first is being delivered")
	select {
	case <-first.done:
		t.Fatal("the first message was acknowledged before its delivery")
	default:
	}
	close(unblock)
	for i, o := range []*outgoing{first, second} {
		select {
		case res := <-o.done:
			if res.seq != uint64(i+1) {
				t.Fatalf("acknowledgement %d: seq %d", i, res.seq)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("message %d never acknowledged", i+1)
		}
	}
}

func waitFor(t *testing.T, c <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-c:
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

// slowAppends is a history whose every write takes a while, like a disk's
// sync.
type slowAppends struct {
	protocol.History
	took time.Duration
}

func (s slowAppends) AppendMessages(_ context.Context, msgs []protocol.Message) (int, error) {
	time.Sleep(s.took)
	return len(msgs), nil
}

// TestCommitMetrics: the node says how long its commits take, how many
// messages each carries, and how long a message waits from its queueing
// to its delivery, which is what docs/benchmarks.md reads to tell the
// disk's share of a send's latency from the queue's.
func TestCommitMetrics(t *testing.T) {
	reg := prometheus.NewPedanticRegistry()
	const took = 20 * time.Millisecond
	h := &Hub{history: slowAppends{took: took}, metrics: NewMetrics(reg)}
	k := newCommitter(h)
	k.fanout = func(*outgoing) {}
	r := &room{name: "table-1"}
	msgs := []*outgoing{
		{r: r, m: protocol.Message{Seq: 1}, done: make(chan sendResult, 1)},
		{r: r, m: protocol.Message{Seq: 2}, done: make(chan sendResult, 1)},
	}
	for _, o := range msgs { // queued before the committer runs: one batch
		k.enqueue(o)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go k.run(ctx)
	for _, o := range msgs {
		select {
		case <-o.done:
		case <-time.After(10 * time.Second):
			t.Fatal("a message was never acknowledged")
		}
	}
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	type seen struct {
		count uint64
		sum   float64
	}
	got := map[string]seen{}
	for _, f := range families {
		if h := f.GetMetric()[0].GetHistogram(); h != nil {
			got[f.GetName()] = seen{h.GetSampleCount(), h.GetSampleSum()}
		}
	}
	for _, c := range []struct {
		name   string
		count  uint64
		sumMin float64
	}{
		{"village_chat_commit_seconds", 1, took.Seconds()},
		{"village_chat_commit_messages", 1, 2},
		{"village_chat_stored_seconds", 2, 2 * took.Seconds()},
	} {
		if g := got[c.name]; g.count != c.count || g.sum < c.sumMin {
			t.Errorf("%s: %d observations summing to %g, want %d summing to at least %g", c.name, g.count, g.sum, c.count, c.sumMin)
		}
	}
}
