// Package agenda holds what every entry of a person's agenda shares,
// whichever package keeps the entry: a 1:1 slot at a booth (booths), a
// session a participant organises or attends (matching).
//
//   - Times: entries start on a grid of Step, for a whole number of steps,
//     within MaxAhead of now; CheckStart and CheckMinutes read them as sent,
//     with the same messages everywhere.
//   - Holds: a person is in one place at a time. Each entry claims one Hold
//     per Step of the time it covers, a unique key of the person and the
//     step (Holds.Keys), inserted with HoldAll: of two overlapping entries
//     the second finds a key taken. This is the insert of a unique key that
//     DESIGN.md's "Storage" asks of every invariant.
//   - Calendars: an entry is an iCalendar (RFC 5545) event; WriteICS writes
//     any number of them as one file, for a single .ics or a person's feed.
//
// It knows nothing of HTTP or of the stores; its callers' store interfaces
// embed HoldStore, or adapt theirs to it.
package agenda
