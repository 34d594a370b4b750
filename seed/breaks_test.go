package seed

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

type breakStore map[string]matching.Break

func (s breakStore) CreateBreak(_ context.Context, b *matching.Break) error {
	if _, ok := s[b.ID]; ok {
		return fmt.Errorf("break %s: %w", b.ID, store.ErrDuplicate)
	}
	s[b.ID] = *b
	return nil
}

// TestDemoBreak: a break a few minutes after the start, on a 5-minute
// boundary, made once by nodes that start together.
func TestDemoBreak(t *testing.T) {
	s := breakStore{}
	for _, c := range []struct {
		now, start string
		created    bool
	}{
		{"2020-11-10T09:00:00Z", "2020-11-10T09:05:00Z", true},
		{"2020-11-10T09:01:59Z", "2020-11-10T09:05:00Z", false}, // a second node, a restart
		{"2020-11-10T09:02:01Z", "2020-11-10T09:10:00Z", true},
		{"2020-11-10T23:58:00Z", "2020-11-11T00:05:00Z", true},
	} {
		now, _ := time.Parse(time.RFC3339, c.now)
		b, created, err := DemoBreak(context.Background(), s, now)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.StartsAt.Format(time.RFC3339); got != c.start || created != c.created {
			t.Errorf("at %s: starts %s (created %v), want %s (%v)", c.now, got, created, c.start, c.created)
		}
		if b.StartsAt.Sub(now) < DemoBreakLead || b.Rounds() != 3 || len(b.Languages) != 6 || b.TableSize != 4 {
			t.Errorf("at %s: %+v", c.now, b)
		}
	}
	if len(s) != 3 {
		t.Errorf("%d breaks, want 3", len(s))
	}
}
