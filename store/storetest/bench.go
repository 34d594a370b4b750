package storetest

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
)

// The shape of BenchAppend's load.
const (
	// BenchRooms is how many rooms the appends spread over.
	BenchRooms = 1000
	// BenchSenders is how many appends are in flight at once: a hub
	// appends from the goroutine of each connection that sends.
	BenchSenders = 256
)

// BenchAppend measures the chat history's appends: BenchSenders goroutines
// append at once, each message a new seq in one of BenchRooms rooms, and
// each waits for its append to be acknowledged. It reports appends/s.
// Since the seqs are handed out before the appends run, a room's appends
// may commit out of order, as the messages of racing nodes may.
func BenchAppend(b *testing.B, s Store) {
	ctx := b.Context()
	rooms := make([]string, BenchRooms)
	for i := range rooms {
		rooms[i] = fmt.Sprintf("room-%04d", i)
	}
	var next atomic.Uint64
	b.SetParallelism(max(1, BenchSenders/runtime.GOMAXPROCS(0)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := next.Add(1) - 1
			if err := s.AppendMessage(ctx, NewMessage(rooms[n%BenchRooms], n/BenchRooms+1)); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "appends/s")
}
