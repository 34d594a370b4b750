package moderation

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

// newEntryID is a log entry's ID: a time in nanoseconds since 1970, as 16
// hex digits so that the IDs sort as the times do, then 8 random hex
// digits so that two entries of one instant on two nodes do not collide.
// The time is at, or just after the last one this service used, so that
// one node's entries keep their order even when the clock (whole
// milliseconds in storage) gives two actions the same instant.
func (s *Service) newEntryID(at time.Time) string {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	s.idMu.Lock()
	n := max(at.UnixNano(), s.lastID+1)
	s.lastID = n
	s.idMu.Unlock()
	return fmt.Sprintf("%016x", uint64(n)) + hex.EncodeToString(b[:])
}

// append writes e to the log under a new ID.
func (s *Service) append(ctx context.Context, e *Entry) error {
	e.ID = s.newEntryID(e.At)
	return s.store.AppendModeration(ctx, e)
}

// DeletedMessage says which message of a room a moderator deleted.
type DeletedMessage struct {
	Room     string // a booth's ID for its room, as mutes are kept
	Seq      uint64
	AuthorID string // whose message it was
	Reason   string
}

// LogMessageDeleted records that actor deleted a message. The live side
// calls it once it has checked that actor moderates the room, validated
// the reason and deleted the message: the deletion has happened, so the
// entry is never refused for its reason, which is kept trimmed and cut to
// MaxReason characters.
func (s *Service) LogMessageDeleted(ctx context.Context, actor *accounts.Person, m DeletedMessage) error {
	reason := strings.TrimSpace(m.Reason)
	if r := []rune(reason); len(r) > MaxReason {
		reason = string(r[:MaxReason])
	}
	return s.append(ctx, &Entry{
		Action: ActionMessageDeleted, By: actor.ID, At: s.stamp(), Reason: reason,
		PersonID: m.AuthorID, Room: m.Room, Seq: m.Seq,
	})
}

// Log returns a page of the moderation log, newest first, for the
// secretariat.
func (s *Service) Log(ctx context.Context, actor *accounts.Person, q LogQuery) ([]Entry, int, error) {
	if actor.Role != accounts.RoleSecretariat {
		return nil, 0, apperr.New(apperr.Forbidden, "only the secretariat reads the moderation log")
	}
	return s.store.ModerationLog(ctx, q)
}
