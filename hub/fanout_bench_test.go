package hub

import (
	"fmt"
	"testing"

	"github.com/igf-village/village/protocol"
)

// BenchmarkFanout queues one encoded chat frame on every member of a room,
// as a send does, for room sizes from a coffee table to a plenary. The
// queues are drained between rounds, as writers would.
func BenchmarkFanout(b *testing.B) {
	for _, size := range []int{10, 200, 5000} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			h := &Hub{metrics: NewMetrics(nil)}
			h.cfg.fill()
			r := newRoom(h, "bench")
			conns := make([]*Conn, size)
			for i := range conns {
				conns[i] = &Conn{h: h, send: newSendQueue(4), closed: make(chan struct{}), stale: map[string]struct{}{}}
				r.conns[conns[i]] = struct{}{}
			}
			frame := encodeEvent(protocol.TypeMessage, "bench", 1, protocol.Message{Room: "bench", Seq: 1, Text: "Coffee in the Arabic-speaking corner at 14:00 UTC?"})
			b.ReportAllocs()
			for b.Loop() {
				r.deliver(1, frame)
				for _, c := range conns {
					c.send.pop()
				}
			}
			b.ReportMetric(float64(size)*float64(b.N)/b.Elapsed().Seconds(), "deliveries/s")
		})
	}
}
