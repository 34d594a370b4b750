package server

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// keyedLimiter keeps one token bucket per key (an address, an e-mail). Idle
// buckets are forgotten so that the map does not grow without bound.
type keyedLimiter struct {
	mu      sync.Mutex
	perMin  int
	buckets map[string]*bucket
	sweep   time.Time
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newKeyedLimiter(perMinute int) *keyedLimiter {
	return &keyedLimiter{perMin: perMinute, buckets: map[string]*bucket{}}
}

// Allow spends one attempt for key; false when key is over its rate.
func (k *keyedLimiter) Allow(key string, now time.Time) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	if now.Sub(k.sweep) > time.Minute {
		for key, b := range k.buckets {
			// A bucket idle for two minutes is full again: forgetting it
			// changes nothing.
			if now.Sub(b.seen) > 2*time.Minute {
				delete(k.buckets, key)
			}
		}
		k.sweep = now
	}
	b, ok := k.buckets[key]
	if !ok {
		b = &bucket{lim: rate.NewLimiter(rate.Every(time.Minute/time.Duration(k.perMin)), k.perMin)}
		k.buckets[key] = b
	}
	b.seen = now
	return b.lim.AllowN(now, 1)
}
