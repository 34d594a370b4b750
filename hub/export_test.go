package hub

import (
	"context"

	"github.com/igf-village/village/protocol"
)

// SendForBench sends text to room as from, as a connection's send does,
// with no connection: numbering, commit and acknowledgement.
func (h *Hub) SendForBench(ctx context.Context, room string, from protocol.Member, text string) (uint64, error) {
	return h.room(room, true).send(ctx, from, text, "")
}

// LocalBusStats is what the hub's bus counted, when it is a LocalBus.
func (h *Hub) LocalBusStats() (in, out uint64, ok bool) {
	b, ok := h.bus.(*LocalBus)
	if !ok {
		return 0, 0, false
	}
	in, out = b.Stats()
	return in, out, true
}
