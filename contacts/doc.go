// Package contacts records who met whom in the village: every coffee-break
// table, taken knock, booked slot and meeting that brought two people
// together. A person sees the people they met; the seating of breaks
// (package matching) keeps people who met apart; the secretariat counts
// the distinct new contacts the village made, by day and by kind of place,
// which is the figure the product exists to raise (the reference event
// recorded about 250 in all).
//
// The package knows nothing of HTTP, WebSockets or storage: it declares
// the Store it needs, and the places where people meet (booths, breaks,
// meetings) call Record through a small interface of their own.
package contacts
