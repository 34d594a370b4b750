// Package memory is the embedded store backend: the default for a single
// node and for development, with no server to run.
//
// Every read is served from maps held in memory; every write is first made
// durable in a bbolt file (one bucket per collection, JSON values) and only
// then applied to the maps and acknowledged. Open loads the whole file, so
// the data set must fit in memory, which an event of a few thousand people
// comfortably does, and in exchange reads never touch the disk.
//
// Unique keys (IDs, e-mail, redemption, spent refresh token, claim) are
// checked and written under one mutex, so of racing inserts exactly one wins,
// the same guarantee MongoDB gives through its unique indexes (see
// DESIGN.md, "Storage"). Holding that mutex across the bbolt commit
// serialises writes; bbolt allows one writer at a time anyway, so this costs
// no throughput and keeps the maps and the file in the same order.
//
// The chat history (protocol.History) is the exception, being the hot path: it
// has a lock of its own that is never held across a disk write. An append
// reserves its (room, seq), and its sender's client ID if it has one, in
// memory, which is the unique-key claim, then waits for a transaction that
// it shares with the appends that arrived alongside it (group commit: one
// fsync for all of them), and only then becomes visible and is
// acknowledged. AppendMessages writes a whole batch, of many rooms, in
// one transaction. See chat and groupCommit.
package memory
