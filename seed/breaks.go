package seed

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

// BreakStore is what the demo coffee break needs.
type BreakStore interface {
	CreateBreak(ctx context.Context, b *matching.Break) error
}

// The demo coffee break: at every start of a demo node, one that begins
// DemoBreakLead or a little more after now (on a 5-minute boundary), so
// that someone who has just run `make run` can sign up, wait in its room
// and be seated; its room opens 5 minutes before the start.
const (
	DemoBreakLead    = 3 * time.Minute
	DemoBreakMinutes = 30
)

// DemoBreak schedules the demo coffee break for a node started at now and
// returns it. Its ID is its start, so that nodes starting together, or a
// node restarted within the same five minutes, make one break: the insert
// of that ID is the claim. created is false when it was there already.
func DemoBreak(ctx context.Context, s BreakStore, now time.Time) (b *matching.Break, created bool, err error) {
	now = now.UTC()
	start := now.Add(DemoBreakLead + 5*time.Minute - time.Nanosecond).Truncate(5 * time.Minute)
	b = &matching.Break{
		ID:        "break-demo-" + start.Format("200601021504"),
		Title:     fmt.Sprintf("Coffee by language, %s UTC", start.Format("15:04")),
		StartsAt:  start,
		EndsAt:    start.Add(DemoBreakMinutes * time.Minute),
		Languages: slices.Clone(matching.UNLanguages), TableSize: matching.DefaultTableSize,
		RoundMinutes: matching.DefaultRoundMinutes, CreatedBy: "seed",
		CreatedAt: now.Truncate(time.Millisecond), UpdatedAt: now.Truncate(time.Millisecond),
	}
	switch err := s.CreateBreak(ctx, b); {
	case err == nil:
		return b, true, nil
	case errors.Is(err, store.ErrDuplicate):
		return b, false, nil
	default:
		return nil, false, fmt.Errorf("seed: the demo coffee break: %w", err)
	}
}
