package hub

import (
	"context"
	"time"
)

// Message is one chat message of a room. Seq numbers a room's messages
// from 1 without gaps; the pair (Room, Seq) is unique and is what a node
// claims to send: of two nodes trying the same seq, one insert wins and the
// other takes the next.
type Message struct {
	Room string    `json:"room" bson:"room"`
	Seq  uint64    `json:"seq" bson:"seq"`
	From Member    `json:"from" bson:"from"`
	Text string    `json:"text" bson:"text"`
	At   time.Time `json:"at" bson:"at"`
}

// History is the durable record of rooms' chat, kept by the store.
// Implementations return errors wrapping store.ErrDuplicate, and are safe
// for concurrent use.
type History interface {
	// AppendMessage stores m. ErrDuplicate if the room already has m.Seq.
	AppendMessage(ctx context.Context, m *Message) error
	// MessagesAfter returns up to limit messages of room with Seq > after,
	// oldest first.
	MessagesAfter(ctx context.Context, room string, after uint64, limit int) ([]Message, error)
	// LastSeq returns the highest Seq stored for room, 0 if none.
	LastSeq(ctx context.Context, room string) (uint64, error)
}
