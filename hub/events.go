package hub

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// The domain's way in: events that domain packages push into rooms and to
// people, and what they may read of presence. Events are delivered at most
// once and are not stored: the domain's state is in its store, and a client
// that was away reads it again when it joins (RoomKind.State) or asks.

// ToRoom sends an event of type typ to every member of room, on every
// node. typ is a domain's own ("knock.queue"), never one of the hub's.
func (h *Hub) ToRoom(room, typ string, payload any) {
	frame := encodeEvent(typ, room, 0, payload)
	if r := h.room(room, false); r != nil {
		r.mu.Lock()
		r.broadcastLocked(frame, kindChat)
		r.mu.Unlock()
	}
	h.publishRoom(h.ctx, room, 0, frame)
}

// ToPerson sends an event of type typ to every tab of a person, on every
// node.
func (h *Hub) ToPerson(person, typ string, payload any) {
	frame := encodeEvent(typ, "", 0, payload)
	h.deliverDirect(person, frame)
	h.publishDirect(h.ctx, person, frame)
}

// Present calls each for every member of room as this node knows them,
// which is every node's (presence is merged), in name order. It holds the
// room's lock: each must be quick and must not call the hub.
func (h *Hub) Present(room string, each func(protocol.Member)) {
	r := h.room(room, false)
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, m := range r.order {
		each(m)
	}
}

// MaxReason is the length of a moderator's reason, in characters.
const MaxReason = 500

type deletePayload struct {
	Seq    uint64 `json:"seq"`
	Reason string `json:"reason"`
}

// deleteMessage takes a message out of a room for a moderator: its
// tombstone replaces it in the history, every member is told, and the
// room's kind logs it. Deleting a message already gone changes nothing
// and tells nobody.
func (c *Conn) deleteMessage(ctx context.Context, env protocol.Envelope) error {
	r, err := c.joined(env.Room)
	if err != nil {
		return err
	}
	if !r.chats() {
		return errNoChat
	}
	var p deletePayload
	if err := decodePayload(env, &p, "seq", "reason"); err != nil {
		return err
	}
	reason := strings.TrimSpace(p.Reason)
	if n := utf8.RuneCountInString(reason); n == 0 || n > MaxReason || !utf8.ValidString(reason) {
		return apperr.New(apperr.ValidationFailed, "a reason is 1 to %d characters", MaxReason)
	}
	if r.kind.Moderate == nil {
		return apperr.New(apperr.Forbidden, "nobody moderates this room")
	}
	if err := r.kind.Moderate(ctx, c.id, r.key); err != nil {
		return err
	}
	was, err := c.h.history.DeleteMessage(ctx, r.name, p.Seq)
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "the room has no message %d", p.Seq)
	}
	if err != nil || was.Deleted {
		return err
	}
	c.h.ToRoom(r.name, protocol.TypeDeleted, protocol.Deleted{Seq: p.Seq})
	if r.kind.Deleted != nil {
		r.kind.Deleted(ctx, c.id, r.key, was, reason)
	}
	return nil
}
