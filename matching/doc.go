// Package matching brings strangers together: it seats the people present at
// a coffee break at tables by language, round after round, so that everyone at
// a table chose its language, nobody sits alone, people who already met are
// kept apart and tables mix stakeholder groups and regions.
//
// Seat seats one round; Seating.Arrive and Seating.Leave keep the round's
// tables right as people come late or go; Assess and Tally give the figures
// the issue asks for (mismatches, people alone, repeat pairs against their
// lower bound, the mix against the best possible). docs/matching.md explains
// the algorithm, its guarantees and its limits.
//
// The package is pure: it knows nothing of HTTP, WebSockets or the store. The
// record of who has met whom reaches it through the Contacts interface, which
// MetSet implements in memory; the caller loads it before a round and records
// the round's tables in it afterwards. Later issues add birds-of-a-feather
// sessions and meeting requests here.
package matching
