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
// the round's tables in it afterwards. Later issues add meeting requests
// here.
//
// Sessions (sessions.go, signups.go, sessionviews.go, sessionlive.go) are the
// birds-of-a-feather sessions, town halls and regional get-togethers that
// participants organise: proposals, the secretariat's approval, sign-ups
// with exact capacity and a waitlist under any concurrency (no counter: the
// first Capacity sign-ups in arrival order are confirmed, derived at every
// read), promotions, the organiser's messages, reminders and each session's
// room. Unlike seating, they persist through SessionStore and tell people
// through Notifier.
package matching
