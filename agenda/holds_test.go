package agenda_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/store"
)

func TestHoldsKeys(t *testing.T) {
	const kind agenda.Holds = "time"
	cases := []struct {
		name       string
		start, end time.Time
		want       []string
	}{
		{"thirty minutes", now, now.Add(30 * time.Minute), []string{
			"time:p:1604304000", "time:p:1604304300", "time:p:1604304600", "time:p:1604304900", "time:p:1604305200", "time:p:1604305500"}},
		{"off the grid: every step it touches", now.Add(time.Minute), now.Add(11 * time.Minute), []string{
			"time:p:1604304000", "time:p:1604304300", "time:p:1604304600"}},
		{"empty", now, now, nil},
	}
	for _, c := range cases {
		if got := kind.Keys("p", c.start, c.end); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	if a, b := agenda.Holds("time").Key("p", now), agenda.Holds("session-time").Key("p", now); a == b {
		t.Errorf("two kinds share the key %s", a)
	}
}

// memHolds is a HoldStore in a map; fail makes the release fail.
type memHolds struct {
	held map[string]string
	fail bool
}

func (m *memHolds) Hold(_ context.Context, h *agenda.Hold) error {
	if _, ok := m.held[h.Key]; ok {
		return fmt.Errorf("hold %s: %w", h.Key, store.ErrDuplicate)
	}
	m.held[h.Key] = h.Owner
	return nil
}

func (m *memHolds) Release(_ context.Context, keys ...string) error {
	if m.fail {
		return errors.New("release failed")
	}
	for _, k := range keys {
		delete(m.held, k)
	}
	return nil
}

// TestHoldAll: every key or none; a key held already undoes the claims
// made before it, even under a cancelled context, and a failed release is
// reported beside the duplicate.
func TestHoldAll(t *testing.T) {
	m := &memHolds{held: map[string]string{"c": "other"}}
	if err := agenda.HoldAll(context.Background(), m, []string{"a", "b"}, "mine", now); err != nil || m.held["a"] != "mine" || m.held["b"] != "mine" {
		t.Fatalf("free keys: %v, held %v", err, m.held)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := agenda.HoldAll(ctx, &ctxHolds{m}, []string{"d", "e", "c", "f"}, "late", now)
	if !errors.Is(err, store.ErrDuplicate) || len(m.held) != 3 || m.held["c"] != "other" {
		t.Fatalf("a held key: %v, held %v, want a, b and c as before", err, m.held)
	}
	m.fail = true
	err = agenda.HoldAll(context.Background(), m, []string{"g", "c"}, "late", now)
	if !errors.Is(err, store.ErrDuplicate) || !strings.Contains(err.Error(), "release failed") {
		t.Fatalf("a failed release: %v", err)
	}
}

// ctxHolds refuses to release under a cancelled context, as a store would.
type ctxHolds struct{ *memHolds }

func (c *ctxHolds) Release(ctx context.Context, keys ...string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return c.memHolds.Release(ctx, keys...)
}
