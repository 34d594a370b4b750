package moderation

import (
	"context"
	"time"
)

// Ban keeps a person out of the village: no sign-in, no request, no live
// connection, until it is lifted or, when Until is set, until then. Its key
// is the person's ID, so a person has at most one.
type Ban struct {
	PersonID string     `json:"person_id" bson:"_id"`
	By       string     `json:"by" bson:"by"` // the secretariat member who banned
	Reason   string     `json:"reason" bson:"reason"`
	At       time.Time  `json:"at" bson:"at"`
	Until    *time.Time `json:"until,omitempty" bson:"until,omitempty"` // nil: until lifted
}

// InForce says whether the ban still counts at now.
func (b *Ban) InForce(now time.Time) bool { return b.Until == nil || now.Before(*b.Until) }

// Mute keeps a person from writing in one room (a booth's chat: the room is
// the booth's ID) until Until. Its key is MuteID(room, person).
type Mute struct {
	ID       string    `json:"id" bson:"_id"`
	Room     string    `json:"room" bson:"room"`
	PersonID string    `json:"person_id" bson:"person_id"`
	By       string    `json:"by" bson:"by"`
	Reason   string    `json:"reason" bson:"reason"`
	At       time.Time `json:"at" bson:"at"`
	Until    time.Time `json:"until" bson:"until"`
}

// MuteID is the key of person's mute in room. Person IDs hold no "/", so
// the key splits one way only, at its last "/", whatever the room's name.
func MuteID(room, personID string) string { return room + "/" + personID }

// Action is what a log entry records.
type Action string

const (
	ActionBan            Action = "ban"
	ActionUnban          Action = "unban"
	ActionMute           Action = "mute"
	ActionUnmute         Action = "unmute"
	ActionMessageDeleted Action = "message_deleted"
)

// Entry is one line of the moderation log. Its ID sorts by time (see
// newEntryID), so newest first is a sort on the key.
type Entry struct {
	ID       string     `json:"id" bson:"_id"`
	Action   Action     `json:"action" bson:"action"`
	By       string     `json:"by" bson:"by"` // who acted
	At       time.Time  `json:"at" bson:"at"`
	Reason   string     `json:"reason" bson:"reason"`
	PersonID string     `json:"person_id" bson:"person_id"` // whom it was done to (a deleted message's author)
	Room     string     `json:"room,omitempty" bson:"room,omitempty"`
	Seq      uint64     `json:"seq,omitempty" bson:"seq,omitempty"`
	Until    *time.Time `json:"until,omitempty" bson:"until,omitempty"`
}

// LogQuery selects log entries: empty fields do not filter.
type LogQuery struct {
	PersonID string // entries done to this person
	Room     string
	Offset   int
	Limit    int // <= 0: no limit
}

// Store is what moderation needs from storage. Errors wrap
// store.ErrNotFound and store.ErrDuplicate.
type Store interface {
	// CreateBan inserts b: ErrDuplicate if the person has a ban record,
	// in force or not. Of racing bans exactly one wins.
	CreateBan(ctx context.Context, b *Ban) error
	Ban(ctx context.Context, personID string) (*Ban, error)
	// DeleteBan removes the person's ban record: ErrNotFound if none.
	DeleteBan(ctx context.Context, personID string) error
	// Bans lists the bans in force at now (no Until, or Until after now),
	// newest first (At descending, then person ID), and how many there are.
	Bans(ctx context.Context, now time.Time, offset, limit int) ([]Ban, int, error)

	// CreateMute inserts m: ErrDuplicate if its ID is taken.
	CreateMute(ctx context.Context, m *Mute) error
	Mute(ctx context.Context, id string) (*Mute, error)
	DeleteMute(ctx context.Context, id string) error
	// Mutes lists the mutes of room still running at now (Until after
	// now), by Until then person ID.
	Mutes(ctx context.Context, room string, now time.Time) ([]Mute, error)

	// AppendModeration inserts e: ErrDuplicate if its ID is taken. Entries
	// are never changed or removed.
	AppendModeration(ctx context.Context, e *Entry) error
	// ModerationLog returns the page of entries matching q, newest first
	// (ID descending), and how many match in all.
	ModerationLog(ctx context.Context, q LogQuery) ([]Entry, int, error)
}
