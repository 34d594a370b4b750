package hub

import "context"

// Bus links the nodes of a cluster. A node publishes what its own
// connections do (chat, presence changes, direct messages) and receives what
// the other nodes publish. Delivery is at most once and in order per
// publishing node: what a lost bus message costs is repaired by history
// (chat) and by presence snapshots and heartbeats (presence).
//
// Subjects are few and fixed (see the Subject constants); payloads are
// opaque bytes that the hub encodes.
type Bus interface {
	// Publish sends data to every subscriber of subject on every node,
	// including this node's own subscribers.
	Publish(ctx context.Context, subject string, data []byte) error
	// Subscribe calls handle for every message published on subject, in
	// order, on one goroutine per subscription. handle must not block for
	// long. The returned function unsubscribes.
	Subscribe(subject string, handle func(data []byte)) (unsubscribe func(), err error)
	// Close releases the bus; later calls fail.
	Close() error
}

// Subjects the hub uses on the bus.
const (
	SubjectRoom     = "village.room"     // chat messages, for every room
	SubjectPresence = "village.presence" // presence deltas and snapshots of a node
	SubjectDirect   = "village.direct"   // direct messages to people
	SubjectNodes    = "village.nodes"    // heartbeats, and requests for snapshots
)
