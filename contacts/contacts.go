package contacts

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"slices"
	"time"
)

// The kinds of place where people meet.
const (
	KindTable   = "table"   // seated together at a coffee-break table
	KindKnock   = "knock"   // a visitor's knock at a booth, taken by a staff member
	KindSlot    = "slot"    // a 1:1 slot at a booth, booked and opened
	KindMeeting = "meeting" // a 1:1 meeting between two participants
)

// Kinds lists every kind, in the order figures show them.
var Kinds = []string{KindTable, KindKnock, KindSlot, KindMeeting}

// Contact is one occasion on which two people met. A and B are person IDs,
// A < B, so that a pair has one spelling.
type Contact struct {
	ID   string `json:"id" bson:"_id"` // ContactID(A, B, Kind, Occasion)
	A    string `json:"a" bson:"a"`
	B    string `json:"b" bson:"b"`
	Kind string `json:"kind" bson:"kind"`
	// Place is where they met, as people name it: the booth's ID for a
	// knock or a slot, the break's for a table, the meeting's own.
	Place string `json:"place" bson:"place"`
	// Occasion is what brought them together there: the knock's ID, the
	// booking's, the break's round and table. The same occasion recorded
	// twice is one contact.
	Occasion string    `json:"occasion" bson:"occasion"`
	At       time.Time `json:"at" bson:"at"`
}

// ContactID is the key of the contact of a and b (in either order) on one
// occasion: the claim that makes a second record of it a no-op. Hashed,
// so that it has one length and no separator that an ID could contain.
func ContactID(a, b, kind, occasion string) string {
	a, b = pair(a, b)
	sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%s\x00%s", a, b, kind, occasion))
	return base64.RawURLEncoding.EncodeToString(sum[:18])
}

// pair orders two IDs.
func pair(a, b string) (string, string) {
	if b < a {
		return b, a
	}
	return a, b
}

// Other is the person c brought personID together with.
func (c *Contact) Other(personID string) string {
	if c.A == personID {
		return c.B
	}
	return c.A
}

// Store is what contacts need from storage.
type Store interface {
	// AddContacts inserts those of cs whose ID is new and skips the
	// others, so that recording an occasion again changes nothing.
	AddContacts(ctx context.Context, cs []Contact) error
	// PersonContacts lists the contacts personID is in (as A or B),
	// newest first, then by ID; never nil.
	PersonContacts(ctx context.Context, personID string) ([]Contact, error)
	// EachContact calls fn with every contact, in no set order, and
	// stops at fn's first error, which it returns.
	EachContact(ctx context.Context, fn func(Contact) error) error
}

// compareNewest orders contacts newest first, then by ID.
func compareNewest(a, b Contact) int {
	if c := b.At.Compare(a.At); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// SortNewest sorts cs as PersonContacts lists them; stores use it.
func SortNewest(cs []Contact) { slices.SortFunc(cs, compareNewest) }
