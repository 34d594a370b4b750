// Package mongo is the MongoDB storage backend: it implements the store
// interfaces of accounts, booths and auth, store.Claims and protocol.History, on
// one database of a MongoDB server (or of FerretDB, which the tests run it
// against).
//
// Every record is a document whose _id is its natural key (a person's ID,
// an invitation's ID, a refresh token's hash), in one collection per kind:
// people, organisations, invitations, redemptions, refresh_tokens,
// refresh_spent, claims, messages (the chat history) and the others that
// store.go names. Open creates the indexes it needs (indexes.go), among
// them the unique index on people.email, and may be called again on the
// same database.
//
// Invariants rest only on inserts that claim a unique key: a redemption's
// _id is its invitation's, a spent mark's _id is the token's hash, a claim's
// _id is its key, a chat message's _id is its room and zero-padded seq,
// and an e-mail and a chat message's sender and client ID (send_key) are
// claimed by unique indexes. Of racing inserts the server
// lets exactly one through and refuses the others with a duplicate key
// error, which this package reports as store.ErrDuplicate.
// Nothing here relies on conditional updates, counters or multi-document
// transactions: FerretDB v1 runs those without isolation, so racing callers
// could all win (see DESIGN.md, "Storage"). Updates replace a whole document
// by _id; they never decide anything.
//
// Lists that the domain sorts by a name folded to lower case are sorted by
// the server on a hidden field, name_key, written beside the record. Times
// come back in UTC, at the millisecond resolution MongoDB keeps.
package mongo
