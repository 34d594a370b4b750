// Package moderation keeps the village civil: the secretariat bans a person
// from the village and lifts the ban; staff of a booth's organisation (or
// the secretariat) mute a visitor in that booth for a while; and every such
// action, with the deletion of a chat message, goes into a log that says
// who did what, to whom, when and why.
//
// It holds the records and the rules, and answers the questions the rest
// of the server asks: is this person banned (IsBanned, CheckNotBanned),
// is this person muted here and until when (MutedUntil), may this person
// moderate here (MayModerate). It knows nothing of HTTP or WebSockets: the
// server enforces the answers, and ends a banned person's sessions and
// live connections through the small interfaces declared here (Sessions,
// Disconnector).
//
// Decisions:
//   - A ban's key is the person's ID, a mute's the (room, person) pair: a
//     second ban or mute while one stands is a conflict, not an extension
//     (lift it first), so that each ban in the log is one decision. A ban or
//     mute that has run out no longer counts and is replaced by the next.
//   - Nobody bans or mutes themselves, and nobody bans a member of the
//     secretariat nor mutes someone who may moderate the room: they would
//     lock out the people who lift bans.
//   - The log is insert-only; its IDs sort by time, so newest first is a
//     sort on the key.
package moderation
