package store

import (
	"context"
	"time"
)

// Claims are one-off facts that exactly one node may establish, such as
// "the demo village is seeded" or "this organisation is closed". Claim
// inserts key; ErrDuplicate if another caller claimed it first. Claimed
// reports whether key has been claimed; a claim is never taken back, so
// once true it stays true.
type Claims interface {
	Claim(ctx context.Context, key string, at time.Time) error
	Claimed(ctx context.Context, key string) (bool, error)
}

// Observer is told of every store operation, for metrics. op names the
// method ("CreatePerson"); err is the operation's result.
type Observer func(op string, d time.Duration, err error)
