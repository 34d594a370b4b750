// Package backend names the whole contract of a storage backend: the union
// of the store interfaces that the domain packages declare, plus readiness
// and closing. The server runs on one; store/storetest checks one.
//
// It lives apart from package store because the domain packages import
// store (for its errors), and this union imports them.
package backend

import (
	"context"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/moderation"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// Store is everything a backend implements.
type Store interface {
	accounts.Store
	booths.Store
	booths.LeadStore
	booths.SlotStore
	contacts.Store
	matching.BreakStore
	auth.Store
	store.Claims
	protocol.History
	moderation.Store
	// Participants' sessions.
	matching.SessionStore
	// A person's sessions and breaks, for the times they are busy.
	matching.CommitmentStore
	// 1:1 meeting requests.
	matching.MeetingStore
	// Who to meet: the wishes, and the whole village to compute from.
	matching.WishStore
	matching.SuggestionSource
	// Ping reports whether the backend is reachable (for /readyz).
	Ping(ctx context.Context) error
	// Close flushes and releases the backend. Later calls fail.
	Close() error
}
