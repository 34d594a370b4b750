// Package hub moves live messages between rooms and connections: the
// WebSocket side of Village. It holds who is connected, which rooms they are
// in, their presence, each room's sequenced chat with a durable history for
// late joiners and reconnects, direct messages to all of a person's tabs,
// and per-connection limits. It knows nothing of booths, breaks or meetings:
// the domain packages give it room kinds (who may enter, chat or not, who
// moderates) and requests of their own (protocol.RoomKind,
// protocol.Request), and push events through ToRoom and ToPerson;
// docs/rooms.md shows how.
//
// Several nodes share rooms through a Bus: in-process (LocalBus) or NATS
// (NATSBus). Each node delivers to its own connections and tells the others
// about room traffic, presence and direct messages.
//
// The wire format and the types shared with the stores and the domain are
// in package protocol; docs/protocol.md describes them for client authors.
package hub
