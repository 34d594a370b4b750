package memory

import (
	"context"
	"time"

	"github.com/igf-village/village/protocol"
)

var _ protocol.History = (*Store)(nil)

// The chat history does not go through view and update: it has its own
// lock and batches its writes (see chat).

func (s *Store) AppendMessage(ctx context.Context, m *protocol.Message) (err error) {
	defer s.observe("AppendMessage", time.Now(), &err)
	return s.chat.append(ctx, *m)
}

// AppendMessages writes msgs in one transaction, unless a key held by an
// append in flight cuts it in several; see chat.appendAll.
func (s *Store) AppendMessages(ctx context.Context, msgs []protocol.Message) (_ int, err error) {
	defer s.observe("AppendMessages", time.Now(), &err)
	return s.chat.appendAll(ctx, msgs)
}

// MessagesAfter returns none, not an error, for a limit of zero or less.
func (s *Store) MessagesAfter(ctx context.Context, room string, after uint64, limit int) (_ []protocol.Message, err error) {
	defer s.observe("MessagesAfter", time.Now(), &err)
	return s.chat.after(ctx, room, after, limit)
}

func (s *Store) LastSeq(ctx context.Context, room string) (_ uint64, err error) {
	defer s.observe("LastSeq", time.Now(), &err)
	return s.chat.last(ctx, room)
}

func (s *Store) DeleteMessage(ctx context.Context, room string, seq uint64) (_ protocol.Message, err error) {
	defer s.observe("DeleteMessage", time.Now(), &err)
	return s.chat.remove(ctx, room, seq)
}
