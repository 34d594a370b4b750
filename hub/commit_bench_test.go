package hub_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store/memory"
)

// BenchmarkSend measures chat sends through the hub on the embedded store:
// 1,000 rooms and 1,000 senders, one message in flight each, as a
// thousand tables of chatting people are. Each send is numbered, queued
// for the committer, committed with whatever else has queued, and
// acknowledged (the rooms have no members: fan-out is BenchmarkFanout's).
// It reports sends/s and the messages a commit carries.
//
//	go test -run '^$' -bench Send ./hub
func BenchmarkSend(b *testing.B) {
	const rooms, senders = 1000, 1000
	st, err := memory.Open(filepath.Join(b.TempDir(), "v.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	counted := &countingHistory{History: st}
	h, err := hub.New(hub.Config{}, hub.Deps{Auth: fakeAuth{}, Kinds: anyRoom, History: counted})
	if err != nil {
		b.Fatal(err)
	}
	defer h.Close()
	ctx := b.Context()
	var next atomic.Uint64
	b.SetParallelism(max(1, senders/runtime.GOMAXPROCS(0)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := next.Add(1)
			room := fmt.Sprintf("table-%04d", n%rooms)
			from := protocol.Member{ID: fmt.Sprintf("p-%04d", n%senders), Name: "Bench"}
			if _, err := h.SendForBench(ctx, room, from, "a message of about the usual length, to a table"); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sends/s")
	if c := counted.batches.Load(); c > 0 {
		b.ReportMetric(float64(counted.msgs.Load())/float64(c), "msgs/commit")
	}
}

// countingHistory counts the batches and messages the committer writes.
type countingHistory struct {
	protocol.History
	batches, msgs atomic.Int64
}

func (c *countingHistory) AppendMessages(ctx context.Context, msgs []protocol.Message) (int, error) {
	c.batches.Add(1)
	c.msgs.Add(int64(len(msgs)))
	return c.History.AppendMessages(ctx, msgs)
}
