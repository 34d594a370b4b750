package protocol

import (
	"context"
	"encoding/json"
	"strings"
)

// A RoomKind is a family of rooms that one domain package owns, each named
// Prefix + key: "booth:booth-isoc", "staff:org-isoc", "talk:k-42". The hub
// finds a room's kind by its prefix and asks the kind's rules; it knows
// nothing else of what the room is for. docs/rooms.md shows how a domain
// package adds one.
//
// Every func may be nil, and is then the most closed answer that still
// makes sense: anyone signed in may join, nobody moderates.
type RoomKind struct {
	// Prefix names the kind's rooms. It ends in ":" unless Exact is set.
	Prefix string
	// Exact makes the kind a single room named Prefix (the lobby).
	Exact bool
	// Join decides whether who may enter the room of key. Asked at every
	// join, with who as they connected. Nil: everyone signed in may.
	Join func(ctx context.Context, who Identity, key string) error
	// Chat gives the room sequenced chat with a durable history and resume.
	// Without it, send and history are refused with not_found and a join
	// brings no messages: the room is presence and events only.
	Chat bool
	// Send decides whether who, a member, may chat in the room now: a mute
	// is a refusal here. Nil: every member may.
	Send func(ctx context.Context, who Identity, key string) error
	// Moderate decides whether who may delete others' messages in the
	// room. Nil: nobody may (a sender may never delete their own: what was
	// said to a room stays said unless a moderator takes it out).
	Moderate func(ctx context.Context, who Identity, key string) error
	// Deleted is told of a message that who deleted, once the deletion is
	// durable: the domain's moderation log.
	Deleted func(ctx context.Context, who Identity, key string, m Message, reason string)
	// State is the domain's own state of the room as who sees it on
	// joining (a booth's pinned announcement, the knock queue for staff);
	// it comes in the join reply as "state". Later changes come as events.
	State func(ctx context.Context, who Identity, key string) (any, error)
}

// Key is the part of room's name after kind's prefix; ok is false when the
// room is not of the kind.
func (k RoomKind) Key(room string) (key string, ok bool) {
	if k.Exact {
		return "", room == k.Prefix
	}
	key, ok = strings.CutPrefix(room, k.Prefix)
	return key, ok && key != ""
}

// A Request is a message type that a domain package answers ("knock",
// "knock.take"). The hub checks the frame, the rate limit and, when InRoom
// is set, that the connection has joined the room the envelope names; it
// then calls Handle and sends what it returns as the one reply.
type Request struct {
	// Type is the envelope's type: a domain's own name and a dot, then the
	// action, so that it never meets one of the hub's.
	Type string
	// InRoom says that the request acts in the envelope's room, which the
	// connection must have joined; otherwise the room is left empty.
	InRoom bool
	// Handle answers the request. payload is the envelope's raw payload;
	// DecodePayload reads it with the protocol's rules. Errors carry apperr
	// codes and reach the client as the reply's error.
	Handle func(ctx context.Context, who Identity, room string, payload json.RawMessage) (any, error)
}
