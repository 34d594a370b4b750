package matching

import (
	"context"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// roundCache keeps the rounds a node reads while they run. Everyone
// joining their table asks whether they sit at it (twice: to join, and for
// the room's state), and a round of a break for 6,000 is one record of
// 6,000 people: read from the store each time, a round's first minute cost
// 12,000 reads of that record (a deep copy each in the embedded store, a
// decode each from MongoDB), gigabytes of garbage and half a minute before
// people found their tables.
//
// A cached round is younger than roundCacheTTL, so a node that did not
// seat the round sees its changes (late arrivals, leavers) within that
// time; and a reader who does not find what it looks for (someone joining
// a table the cached copy does not seat them at) reads the store again, so
// a late arrival told their table is let in at once. The node that seats or
// keeps a round forgets its copy as it writes the round. One read per round
// is in flight at a time, however many ask.
type roundCache struct {
	mu     sync.Mutex
	rounds map[string]cachedRound
	loads  singleflight.Group
}

type cachedRound struct {
	r  *Round // never changed once cached: readers share it
	at time.Time
}

// roundCacheTTL bounds how stale a cached round may be.
const roundCacheTTL = 2 * time.Second

// round returns round n of breakID: the cached copy if it is fresh and
// accept (nil: anything) takes it, else the store's.
func (b *Breaks) round(ctx context.Context, breakID string, n int, accept func(*Round) bool) (*Round, error) {
	id := RoundID(breakID, n)
	c := &b.cache
	if r := c.fresh(id, accept); r != nil {
		return r, nil
	}
	v, err, shared := c.loads.Do(id, func() (any, error) {
		// Again: a read may have landed since this caller looked.
		if r := c.fresh(id, accept); r != nil {
			return r, nil
		}
		r, err := b.store.Round(context.WithoutCancel(ctx), breakID, n)
		if err != nil {
			return nil, err
		}
		now := time.Now()
		c.mu.Lock()
		if c.rounds == nil {
			c.rounds = map[string]cachedRound{}
		}
		for key, old := range c.rounds {
			if now.Sub(old.at) > 10*roundCacheTTL {
				delete(c.rounds, key) // rounds over, or no longer read here
			}
		}
		c.rounds[id] = cachedRound{r: r, at: now}
		c.mu.Unlock()
		return r, nil
	})
	if err != nil {
		return nil, err
	}
	r := v.(*Round)
	if shared && accept != nil && !accept(r) {
		// Another caller's read, which may have begun before the write
		// this caller looks for: read once more, alone.
		return b.store.Round(ctx, breakID, n)
	}
	return r, nil
}

// fresh is the cached copy of round id if it is young enough and accept
// takes it.
func (c *roundCache) fresh(id string, accept func(*Round) bool) *Round {
	c.mu.Lock()
	e, ok := c.rounds[id]
	c.mu.Unlock()
	if ok && time.Since(e.at) < roundCacheTTL && (accept == nil || accept(e.r)) {
		return e.r
	}
	return nil
}

// forgetRound drops the cached copy of a round this node has just written.
func (b *Breaks) forgetRound(id string) {
	b.cache.mu.Lock()
	delete(b.cache.rounds, id)
	b.cache.mu.Unlock()
}
