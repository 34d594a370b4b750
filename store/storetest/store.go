package storetest

import (
	"context"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

// Store is everything a backend implements: the union of the interfaces the
// domain packages declare, plus what the server needs to run one.
type Store interface {
	accounts.Store
	booths.Store
	auth.Store
	store.Claims
	// Ping reports whether the backend is reachable (for /readyz).
	Ping(ctx context.Context) error
	// Close flushes and releases the backend. Later calls fail.
	Close() error
}
