package matching_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store/memory"
)

// countingRounds counts the reads of whole rounds from the store.
type countingRounds struct {
	*memory.Store
	reads atomic.Int32
}

func (c *countingRounds) Round(ctx context.Context, breakID string, n int) (*matching.Round, error) {
	c.reads.Add(1)
	return c.Store.Round(ctx, breakID, n)
}

// TestTableJoinsShareOneRead: everyone at a round's tables joining them at
// once (the join and the room's state, twice each) reads the round from
// the store once, not once a join: a round of 6,000 is one large record.
// A late arrival, whom the copy read does not seat, is read again and let
// in; someone at no table is still refused.
func TestTableJoinsShareOneRead(t *testing.T) {
	ctx := context.Background()
	f := newBreakFixture(t, 30, 4)
	const n = 40
	person := func(i int) string { return fmt.Sprintf("p%02d", i) }
	for i := range n {
		f.signUp(t, person(i), true)
	}
	f.signUp(t, "late", false)
	st := &countingRounds{Store: f.st}
	clk := &clock{}
	clk.at(time.Second)
	b := matching.NewBreaks(st, clk.now, matching.BreaksWithLive(f.live))
	b.Tick(ctx)
	table := b.RoomKinds()[1]
	st.reads.Store(0)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tv, ok := f.live.last(person(i)).(matching.TableView)
			if !ok {
				t.Errorf("%s has no table", person(i))
				return
			}
			who := protocol.Identity{ID: person(i), Role: "participant"}
			key := matching.RoundID(f.br.ID, 1) + "/" + fmt.Sprint(tv.Table)
			if err := table.Join(ctx, who, key); err != nil {
				t.Errorf("%s joining %s: %v", person(i), key, err)
			}
			if _, err := table.State(ctx, who, key); err != nil {
				t.Errorf("%s's table state: %v", person(i), err)
			}
		}()
	}
	wg.Wait()
	if got := st.reads.Load(); got != 1 {
		t.Fatalf("%d people joining their tables read the round %d times, want once", n, got)
	}

	// The late arrival comes into the room; the next tick seats them and
	// writes the round; their join finds them.
	f.live.set("late", true)
	clk.at(2 * time.Second)
	b.Tick(ctx)
	tv, ok := f.live.last("late").(matching.TableView)
	if !ok {
		t.Fatalf("the late arrival was told %v", f.live.last("late"))
	}
	who := protocol.Identity{ID: "late", Role: "participant"}
	if err := table.Join(ctx, who, matching.RoundID(f.br.ID, 1)+"/"+fmt.Sprint(tv.Table)); err != nil {
		t.Fatalf("the late arrival joining their table: %v", err)
	}
	stranger := protocol.Identity{ID: "p99", Role: "participant"}
	if err := table.Join(ctx, stranger, matching.RoundID(f.br.ID, 1)+"/1"); err == nil {
		t.Fatal("someone at no table joined table 1")
	}
}
