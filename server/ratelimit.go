package server

import (
	"net/netip"
	"sync"
	"time"
)

// keyedLimiter keeps one token bucket per key (an address, an e-mail): a
// burst of perMin attempts, refilled at perMin a minute. Full buckets are
// forgotten, since forgetting them changes nothing, so that the map does
// not grow without bound.
type keyedLimiter struct {
	mu      sync.Mutex
	perMin  int
	buckets map[string]*bucket
	sweep   time.Time
}

// bucket holds tokens as of at; it refills from there.
type bucket struct {
	tokens float64
	at     time.Time
}

func newKeyedLimiter(perMinute int) *keyedLimiter {
	return &keyedLimiter{perMin: perMinute, buckets: map[string]*bucket{}}
}

func (k *keyedLimiter) level(b *bucket, now time.Time) float64 {
	elapsed := max(now.Sub(b.at), 0)
	return min(b.tokens+elapsed.Minutes()*float64(k.perMin), float64(k.perMin))
}

// bucket returns key's bucket, refilled to now; k.mu is held.
func (k *keyedLimiter) bucket(key string, now time.Time) *bucket {
	if now.Sub(k.sweep) > time.Minute {
		for key, b := range k.buckets {
			if k.level(b, now) >= float64(k.perMin) {
				delete(k.buckets, key)
			}
		}
		k.sweep = now
	}
	b, ok := k.buckets[key]
	if !ok {
		b = &bucket{tokens: float64(k.perMin), at: now}
		k.buckets[key] = b
	}
	b.tokens, b.at = k.level(b, now), now
	return b
}

// Allow spends one attempt for key; false, and nothing spent, when key is
// over its rate.
func (k *keyedLimiter) Allow(key string, now time.Time) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	b := k.bucket(key, now)
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// GiveBack returns an attempt that turned out not to count.
func (k *keyedLimiter) GiveBack(key string, now time.Time) {
	k.mu.Lock()
	defer k.mu.Unlock()
	b := k.bucket(key, now)
	b.tokens = min(b.tokens+1, float64(k.perMin))
}

// guessLimiter keeps password guessing at an account slow without letting
// the guesser lock its owner out, after OWASP's advice on account lockout.
// Failed log-ins are counted twice: per account and address, where one
// address guessing soon runs out while the owner signing in from anywhere
// else is untouched; and per account over every address together, with a
// much higher ceiling, so that many addresses guessing together are still
// slow. Only failures count: an attempt that succeeds is given back.
type guessLimiter struct {
	pair    *keyedLimiter // failures at one account from one address
	account *keyedLimiter // failures at one account from every address
}

func newGuessLimiter(perPair, perAccount int) *guessLimiter {
	return &guessLimiter{pair: newKeyedLimiter(perPair), account: newKeyedLimiter(perAccount)}
}

// guessLimit says which budget a refused attempt ran out of.
type guessLimit int

const (
	guessAllowed     guessLimit = iota
	guessFromAddress            // this address has failed too often at the account
	guessAtAccount              // every address together has
)

// guess is an attempt that holds a place in both budgets until it is known
// whether it failed.
type guess struct {
	g             *guessLimiter
	pair, account string
}

// Begin takes an attempt at account from address.
func (g *guessLimiter) Begin(account, address string, now time.Time) (*guess, guessLimit) {
	pair := account + "\x00" + address
	if !g.pair.Allow(pair, now) {
		return nil, guessFromAddress
	}
	if !g.account.Allow(account, now) {
		g.pair.GiveBack(pair, now)
		return nil, guessAtAccount
	}
	return &guess{g: g, pair: pair, account: account}, guessAllowed
}

// Refund gives the attempt back: it was no guess (the password was right,
// or the fault was ours).
func (a *guess) Refund(now time.Time) {
	a.g.pair.GiveBack(a.pair, now)
	a.g.account.GiveBack(a.account, now)
}

// addressKey is what an address's attempts are counted under: the address
// itself for IPv4, its /64 for IPv6, since one subscriber, or one attacker,
// commonly has a whole /64 to pick addresses from.
func addressKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	a = a.Unmap()
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(64)
	if err != nil {
		return ip
	}
	return p.String()
}
