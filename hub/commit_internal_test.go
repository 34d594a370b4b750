package hub

import (
	"context"
	"testing"
	"time"

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
