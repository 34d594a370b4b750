package mongo

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// storedMessage is a chat message as stored: its _id is the room and the
// seq (see messageID), so that of racing inserts of one seq in one room
// exactly one gets in, and its send_key, under a unique index, claims the
// sender's client ID in the room (see sendKey). Reads decode protocol.Message
// alone.
type storedMessage struct {
	ID               string `bson:"_id"`
	SendKey          string `bson:"send_key"`
	protocol.Message `bson:",inline"`
}

func newStoredMessage(m *protocol.Message) *storedMessage {
	id := messageID(m.Room, m.Seq)
	return &storedMessage{ID: id, SendKey: sendKey(id, m), Message: *m}
}

// sendKey is the send_key of the message with _id id: its room, sender and
// client ID, each but the last prefixed by its length so that no two
// triples give one key. A message without a client ID takes its _id,
// which is unique already: FerretDB v1 has no sparse or partial indexes,
// so every message needs a key of its own. The two forms begin
// differently and never meet.
func sendKey(id string, m *protocol.Message) string {
	if m.ClientID == "" {
		return "seq/" + id
	}
	return fmt.Sprintf("client/%d/%s/%d/%s/%s", len(m.Room), m.Room, len(m.From.ID), m.From.ID, m.ClientID)
}

// messageID is the _id of (room, seq). The seq has a fixed width, so the
// _id reads back unambiguously from the end whatever the room name holds.
func messageID(room string, seq uint64) string {
	return fmt.Sprintf("%s/%020d", room, seq)
}

// AppendMessage inserts m: ErrDuplicate if the room has m.Seq already, a
// *protocol.SentError if it has m's sender and client ID. BSON has no unsigned
// integers: the seq is stored as an int64, so a seq above math.MaxInt64 is
// refused.
func (s *Store) AppendMessage(ctx context.Context, m *protocol.Message) (err error) {
	defer s.finish("AppendMessage", time.Now(), &err)
	if m.Seq > math.MaxInt64 {
		return fmt.Errorf("seq %d is out of range", m.Seq)
	}
	doc := newStoredMessage(m)
	err = s.messages.insert(ctx, doc)
	if m.ClientID == "" || !isDuplicate(err) {
		return err
	}
	return s.sentAlready(ctx, doc, err)
}

// AppendMessages inserts msgs in one ordered insertMany: the server
// stops at the first document it refuses and reports its index.
func (s *Store) AppendMessages(ctx context.Context, msgs []protocol.Message) (n int, err error) {
	defer s.finish("AppendMessages", time.Now(), &err)
	docs := make([]any, 0, len(msgs))
	var tooBig error
	for i := range msgs {
		if msgs[i].Seq > math.MaxInt64 {
			tooBig = fmt.Errorf("seq %d is out of range", msgs[i].Seq)
			break
		}
		docs = append(docs, newStoredMessage(&msgs[i]))
	}
	if len(docs) == 0 {
		return 0, tooBig
	}
	_, err = s.messages.InsertMany(ctx, docs, options.InsertMany().SetOrdered(true))
	if err == nil {
		return len(docs), tooBig
	}
	var bwe mongo.BulkWriteException
	if !errors.As(err, &bwe) || len(bwe.WriteErrors) == 0 || bwe.WriteConcernError != nil {
		return 0, err // which documents got in is not known
	}
	first := bwe.WriteErrors[0]
	for _, we := range bwe.WriteErrors[1:] {
		if we.Index < first.Index {
			first = we
		}
	}
	n = first.Index
	if n < 0 || n >= len(docs) {
		return 0, err
	}
	refused := error(first.WriteError)
	if !isDuplicate(refused) {
		return n, refused
	}
	if msgs[n].ClientID == "" {
		return n, store.ErrDuplicate
	}
	return n, s.sentAlready(ctx, docs[n].(*storedMessage), store.ErrDuplicate)
}

// sentAlready turns the duplicate key error of inserting doc, which has a
// client ID, into a *protocol.SentError if it is the send_key that is taken.
// Which key it was is not read from the error, whose text differs between
// servers: the message holding the send_key is looked up. The claim was
// the insert; this only finds the winner.
func (s *Store) sentAlready(ctx context.Context, doc *storedMessage, dup error) error {
	first, err := s.messages.findOne(ctx, bson.D{{Key: "send_key", Value: doc.SendKey}})
	if errors.Is(err, mongo.ErrNoDocuments) {
		return dup // the seq, then
	}
	if err != nil {
		return err
	}
	return &protocol.SentError{Seq: first.Seq}
}

// MessagesAfter returns none, not an error, for a limit of zero or less
// (for MongoDB a limit of 0 would mean no limit).
func (s *Store) MessagesAfter(ctx context.Context, room string, after uint64, limit int) (_ []protocol.Message, err error) {
	defer s.finish("MessagesAfter", time.Now(), &err)
	if limit <= 0 || after >= math.MaxInt64 {
		return []protocol.Message{}, nil
	}
	filter := bson.D{{Key: "room", Value: room}, {Key: "seq", Value: bson.D{{Key: "$gt", Value: int64(after)}}}}
	opts := options.Find().SetSort(bson.D{{Key: "seq", Value: 1}}).SetLimit(int64(limit))
	docs, err := s.messages.find(ctx, filter, opts)
	if err != nil {
		return nil, err
	}
	out := make([]protocol.Message, len(docs))
	for i, d := range docs {
		out[i] = d.Message
	}
	return out, nil
}

func (s *Store) LastSeq(ctx context.Context, room string) (_ uint64, err error) {
	defer s.finish("LastSeq", time.Now(), &err)
	opts := options.FindOne().SetSort(bson.D{{Key: "seq", Value: -1}})
	last, err := s.messages.findOne(ctx, bson.D{{Key: "room", Value: room}}, opts)
	if errors.Is(err, mongo.ErrNoDocuments) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return last.Seq, nil
}

// DeleteMessage replaces the message by its tombstone: the same _id and
// send_key, no text. A whole-document replace, which decides nothing:
// deleting twice writes the same tombstone twice.
func (s *Store) DeleteMessage(ctx context.Context, room string, seq uint64) (_ protocol.Message, err error) {
	defer s.finish("DeleteMessage", time.Now(), &err)
	if seq > math.MaxInt64 {
		return protocol.Message{}, fmt.Errorf("message %d of %q: %w", seq, room, store.ErrNotFound)
	}
	id := messageID(room, seq)
	doc, err := s.messages.get(ctx, id)
	if err != nil {
		return protocol.Message{}, err
	}
	was := doc.Message
	if was.Deleted {
		return was, nil
	}
	doc.Text, doc.Deleted = "", true
	if err := s.messages.replace(ctx, id, doc); err != nil {
		return protocol.Message{}, err
	}
	return was, nil
}
