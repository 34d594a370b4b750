package protocol

import (
	"context"
	"fmt"
	"time"

	"github.com/igf-village/village/store"
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
	// ClientID is the sender's own name for the message, the client_id of
	// its send, empty if it gave none. A room holds at most one message of
	// a (From.ID, ClientID): that claim is what makes a send retried after
	// a lost reply land once.
	ClientID string `json:"client_id,omitempty" bson:"client_id,omitempty"`
	// Deleted marks a message a moderator took out: its text is gone, its
	// seq stays, so that the room's numbering keeps no gaps and a client
	// catching up learns that it is gone.
	Deleted bool `json:"deleted,omitempty" bson:"deleted,omitempty"`
}

// SentError is the error of an append whose sender has a message of the
// same ClientID in the room already: Seq is that message's. It wraps
// store.ErrDuplicate, the unique key being taken.
type SentError struct {
	Seq uint64
}

func (e *SentError) Error() string {
	return fmt.Sprintf("the message was sent already, as seq %d", e.Seq)
}

func (e *SentError) Unwrap() error { return store.ErrDuplicate }

// History is the durable record of rooms' chat, kept by the store.
// Implementations return errors wrapping store.ErrDuplicate, and are safe
// for concurrent use.
type History interface {
	// AppendMessage stores m. ErrDuplicate if the room already has m.Seq;
	// a *SentError if m.ClientID is set and the room has a message of
	// m.From.ID with it.
	AppendMessage(ctx context.Context, m *Message) error
	// AppendMessages stores msgs in order, in as few durable writes as the
	// store can (one transaction, one ordered insert), and returns how
	// many it stored: msgs[:n] are durable. When n < len(msgs), err says
	// why msgs[n] is not (its errors are AppendMessage's) and msgs[n+1:]
	// were not tried; after a failed write, msgs[n:] may be stored or not.
	AppendMessages(ctx context.Context, msgs []Message) (n int, err error)
	// MessagesAfter returns up to limit messages of room with Seq > after,
	// oldest first.
	MessagesAfter(ctx context.Context, room string, after uint64, limit int) ([]Message, error)
	// LastSeq returns the highest Seq stored for room, 0 if none.
	LastSeq(ctx context.Context, room string) (uint64, error)
	// DeleteMessage replaces message seq of room by its tombstone (no
	// text, Deleted set) durably, and returns the message as it was.
	// ErrNotFound if the room has no such seq. Deleting a tombstone again
	// changes nothing and returns it.
	DeleteMessage(ctx context.Context, room string, seq uint64) (Message, error)
}
