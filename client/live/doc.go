// Package live is a Go client of the village's live protocol (/ws): the
// envelopes, requests and events of package hub, as a browser tab speaks
// them. Tests use it to drive a node as people would, and cmd/villageload
// builds on the same protocol.
//
// A Client keeps one WebSocket. It authenticates with the first message
// (or the Authorization header, WithHeaderAuth), matches every request to
// its one reply by ID, and reads on a goroutine of its own, so that it is
// never a slow consumer by accident: events wait in the client, not in the
// socket.
//
// For every room it has joined the client keeps a view: the chat messages
// in seq order without gaps (an out-of-order message waits until the ones
// before it arrive, or are fetched with history when the gap persists), and
// the room's presence (the join snapshot, then idempotent deltas, replaced
// by any presence snapshot). After a reconnection, automatic
// (WithReconnect) or asked for (Reconnect), every room is joined again from
// the last seq seen, so no chat message is missed or seen twice.
package live
