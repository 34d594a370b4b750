package agenda

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Hold is one Step of one person's time, taken by an entry of their
// agenda (Owner, for whoever reads the store).
type Hold struct {
	Key   string    `json:"key" bson:"_id"`
	Owner string    `json:"owner" bson:"owner"`
	At    time.Time `json:"at" bson:"at"`
}

// Holds is a kind of hold, named by the prefix of its keys: each package
// that keeps entries names its own, and keeps them where it chooses.
type Holds string

// MeetingTime is the kind of hold that keeps a person's 1:1 meetings
// apart: the slots a staff member meets in and the bookings a person
// holds at booths (package booths), and the meetings two participants
// agree on (package matching) all claim it, so that no two of them ever
// overlap for one person, whichever is taken first.
const MeetingTime Holds = "time"

// Key names one Step of personID's time.
func (h Holds) Key(personID string, step time.Time) string {
	return fmt.Sprintf("%s:%s:%d", h, personID, step.Unix())
}

// Keys are the keys of every Step of personID's time from start to end:
// what an entry of that time claims. A time off the grid holds every step
// it touches.
func (h Holds) Keys(personID string, start, end time.Time) []string {
	var keys []string
	for t := start.Truncate(Step); t.Before(end); t = t.Add(Step) {
		keys = append(keys, h.Key(personID, t))
	}
	return keys
}

// HoldStore keeps holds of one kind. Errors wrap store.ErrDuplicate.
type HoldStore interface {
	// Hold inserts h: ErrDuplicate if its key is held.
	Hold(ctx context.Context, h *Hold) error
	// Release deletes the holds with these keys; a key not held is no
	// error.
	Release(ctx context.Context, keys ...string) error
}

// HoldAll claims every key for owner, at, or none: on a key held already
// it releases those it claimed and returns the store's ErrDuplicate. The
// release is not cancelled with ctx: a claim half undone would keep time
// that nothing holds.
func HoldAll(ctx context.Context, st HoldStore, keys []string, owner string, at time.Time) error {
	for i, k := range keys {
		if err := st.Hold(ctx, &Hold{Key: k, Owner: owner, At: at}); err != nil {
			if rerr := st.Release(context.WithoutCancel(ctx), keys[:i]...); rerr != nil {
				err = errors.Join(err, rerr)
			}
			return err
		}
	}
	return nil
}
