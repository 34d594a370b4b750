// Package storetest is the conformance suite that every store backend must
// pass, and the fixtures that other tests reuse. A backend's test calls Run
// with a function that opens a fresh, empty store, and RunDurability with
// one that reopens the same data.
//
// Where the domain interfaces leave a case open, the suite settles it the
// way MongoDB can implement with a document's _id or a unique index and no
// transactions:
//
//   - Every Delete and Update of a missing record, and every read of one,
//     is ErrNotFound. Deleting twice is therefore an error the second time.
//   - E-mail is unique as stored. accounts lower-cases it before storing, so
//     the suite stores lower case only and does not test mixed-case lookups.
//   - UpdatePerson may keep the person's own e-mail; taking another person's
//     is ErrDuplicate and changes nothing. Changing e-mail frees the old one.
//   - Redeem and SpendRefreshToken only claim a key: they do not check that
//     the invitation or the token exists (the domain looks it up first), so
//     the suite never spends or redeems something missing.
//   - RevokeFamily of a family with no tokens is not an error, nor is
//     RevokeOtherFamilies of a person with none; its empty keep keeps none.
//   - Claimed matches the whole key. An acknowledged Claim or write is seen
//     by every read that starts after it: closing an organisation and
//     accepting a staff invitation to it rest on that, and the Closing
//     tests run them through the accounts service on each backend.
//   - ClearOrganisation demotes people whose role is staff and whose
//     OrganisationID is the organisation; nobody else changes.
//   - SearchPeople: Text is a literal, case-insensitive substring of the
//     display name or the expertise (never a pattern: "." matches only a
//     dot). Language matches a person's tag when both have the same primary
//     subtag: "fr" finds "fr-CA", and "en-GB" finds "en" and "en-US" too.
//     Sorting is by display name folded to lower case, then by ID; the count
//     is of all matches, before Offset and Limit; Limit <= 0 means no limit.
//   - Invitations are newest first; equal CreatedAt sorts by ascending ID.
//     Organisations sort by name folded to lower case, then by ID.
//   - Results are copies: changing what a call returned, or what was passed
//     in, does not change what is stored.
//   - Chat history (protocol.History): AppendMessage takes seqs in any order and
//     with gaps (numbering from 1 without gaps is the hub's duty); only a
//     (room, seq) already stored is ErrDuplicate. MessagesAfter gives seq
//     order whatever the order of the appends, never nil, and none for a
//     limit of zero or less. LastSeq is the highest seq stored, not the
//     count. Room names are compared whole: one that extends another, by
//     any bytes, is another room. Times keep milliseconds.
//   - After Close, Ping and every other call fail with an error that is not
//     ErrNotFound.
package storetest
