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
