// Package store holds what every storage backend shares: the errors that the
// domain packages' store interfaces promise. The backends live in the
// sub-packages memory (embedded, bbolt on disk) and mongo (MongoDB); the
// conformance suite both must pass lives in storetest.
//
// Invariants rest on inserts that claim a unique key, never on conditional
// updates or counters (see DESIGN.md, "Storage"): of any number of racing
// inserts with the same key exactly one succeeds and the others get
// ErrDuplicate.
package store

import "errors"

var (
	// ErrNotFound: no record has that key.
	ErrNotFound = errors.New("store: not found")
	// ErrDuplicate: an insert (or an update of a uniquely indexed field)
	// would take a key that another record holds.
	ErrDuplicate = errors.New("store: duplicate key")
)
