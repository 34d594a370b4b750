// Package protocol is the live side's shared vocabulary: the envelope and
// payloads that go over the WebSocket (docs/protocol.md describes them for
// client authors), the protocol's limits and close codes, and the types
// that the hub, the stores, the domain packages and the Go client all
// speak: who is connected (Identity), a room's member, a chat message and
// the history contract, and the room kinds and requests by which domain
// packages open rooms in the hub.
//
// It is a leaf: it links neither WebSockets, NATS nor metrics, so that the
// stores and the domain packages can use it without the hub.
package protocol
