package storetest

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/igf-village/village/protocol"
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

// BenchBatch is how many messages one AppendMessages of BenchAppendBatches
// carries: about what a hub's committer gathers from 1,000 busy rooms
// while the previous batch commits.
const BenchBatch = 1000

// BenchAppendBatches measures the chat history's appends as a hub's one
// committer makes them: batches of BenchBatch messages, each to the next
// seq of one of BenchRooms rooms, one batch after the other, each waiting
// for its acknowledgement. It reports appends/s.
func BenchAppendBatches(b *testing.B, s Store) {
	ctx := b.Context()
	rooms := make([]string, BenchRooms)
	for i := range rooms {
		rooms[i] = fmt.Sprintf("room-%04d", i)
	}
	batch := make([]protocol.Message, BenchBatch)
	var n uint64
	b.ResetTimer()
	for done := 0; done < b.N; {
		k := min(BenchBatch, b.N-done)
		b.StopTimer() // the messages are the hub's work, not the store's
		for i := range k {
			batch[i] = *NewMessage(rooms[n%BenchRooms], n/BenchRooms+1)
			n++
		}
		b.StartTimer()
		stored, err := s.AppendMessages(ctx, batch[:k])
		if err != nil || stored != k {
			b.Fatalf("AppendMessages stored %d of %d: %v", stored, k, err)
		}
		done += k
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "appends/s")
}
