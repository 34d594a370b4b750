package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/igf-village/village/contacts"
)

var contactTests = []test{
	{"Contacts/AddAndList", testContactsRoundTrip},
	{"Contacts/SameOccasionOnce", testContactsOnce},
	{"Contacts/RacingRecordsOnce", testContactsRace},
	{"Contacts/Each", testContactsEach},
	{"Contacts/DeletePersonRemovesTheirs", testContactsOfDeletedPerson},
}

// NewContact is the contact of NewPerson(a) and NewPerson(b) at a knock
// on occasion, at At(at).
func NewContact(a, b int, occasion string, at int) contacts.Contact {
	pa, pb := NewPerson(a).ID, NewPerson(b).ID
	if pb < pa {
		pa, pb = pb, pa
	}
	return contacts.Contact{
		ID: contacts.ContactID(pa, pb, contacts.KindKnock, occasion), A: pa, B: pb,
		Kind: contacts.KindKnock, Place: "booth-0001", Occasion: occasion, At: At(at),
	}
}

func contactIDs(list []contacts.Contact) []string {
	return ids(list, func(c contacts.Contact) string { return c.ID })
}

func testContactsRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	older, newer, others := NewContact(1, 2, "k-1", 1), NewContact(3, 1, "k-2", 2), NewContact(2, 3, "k-3", 3)
	must(t, s.AddContacts(ctx, []contacts.Contact{older, newer, others}), "AddContacts")
	mine, err := s.PersonContacts(ctx, NewPerson(1).ID)
	must(t, err, "PersonContacts")
	if got, want := contactIDs(mine), []string{newer.ID, older.ID}; !slices.Equal(got, want) {
		t.Fatalf("PersonContacts = %v, want %v (newest first, only theirs)", got, want)
	}
	wantSame(t, &mine[0], &newer, "PersonContacts")
	none, err := s.PersonContacts(ctx, "nobody")
	must(t, err, "PersonContacts")
	if none == nil || len(none) != 0 {
		t.Errorf("PersonContacts of nobody = %#v, want an empty list", none)
	}
	must(t, s.AddContacts(ctx, nil), "AddContacts of none")
}

func testContactsOnce(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewContact(1, 2, "k-1", 1)
	must(t, s.AddContacts(ctx, []contacts.Contact{first}), "AddContacts")
	again := first
	again.At = At(9) // a second record of the same occasion changes nothing
	fresh := NewContact(1, 2, "k-2", 2)
	must(t, s.AddContacts(ctx, []contacts.Contact{again, fresh, fresh}), "AddContacts again, with one new twice")
	mine, err := s.PersonContacts(ctx, NewPerson(2).ID)
	must(t, err, "PersonContacts")
	if got, want := contactIDs(mine), []string{fresh.ID, first.ID}; !slices.Equal(got, want) {
		t.Fatalf("PersonContacts = %v, want %v", got, want)
	}
	wantSame(t, &mine[1], &first, "the first record")
}

// testContactsRace: nodes recording the same table at once store it once.
func testContactsRace(t *testing.T, s Store) {
	ctx := t.Context()
	var table []contacts.Contact
	for a := 1; a <= 4; a++ {
		for b := a + 1; b <= 4; b++ {
			table = append(table, NewContact(a, b, "break-1/round-1/table-1", 1))
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- s.AddContacts(context.WithoutCancel(ctx), table)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err, "AddContacts racing")
	}
	n := 0
	must(t, s.EachContact(ctx, func(contacts.Contact) error { n++; return nil }), "EachContact")
	if n != len(table) {
		t.Fatalf("%d contacts stored, want %d", n, len(table))
	}
}

func testContactsEach(t *testing.T, s Store) {
	ctx := t.Context()
	var want []string
	var all []contacts.Contact
	for i := range 30 {
		c := NewContact(i, i+1, fmt.Sprintf("k-%d", i), i)
		all = append(all, c)
		want = append(want, c.ID)
	}
	must(t, s.AddContacts(ctx, all), "AddContacts")
	var got []string
	must(t, s.EachContact(ctx, func(c contacts.Contact) error { got = append(got, c.ID); return nil }), "EachContact")
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Fatalf("EachContact gave %d contacts, want the %d stored", len(got), len(want))
	}
	stop := errors.New("enough")
	n := 0
	if err := s.EachContact(ctx, func(contacts.Contact) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("EachContact with fn failing: %v after %d calls, want fn's error after 1", err, n)
	}
}

func testContactsOfDeletedPerson(t *testing.T, s Store) {
	ctx := t.Context()
	gone, stays := NewPerson(1), NewPerson(2)
	must(t, s.CreatePerson(ctx, gone), "CreatePerson")
	must(t, s.CreatePerson(ctx, stays), "CreatePerson")
	kept := NewContact(2, 3, "k-3", 3)
	must(t, s.AddContacts(ctx, []contacts.Contact{NewContact(1, 2, "k-1", 1), NewContact(3, 1, "k-2", 2), kept}), "AddContacts")
	must(t, s.DeletePerson(ctx, gone.ID), "DeletePerson")
	var left []string
	must(t, s.EachContact(ctx, func(c contacts.Contact) error { left = append(left, c.ID); return nil }), "EachContact")
	if !slices.Equal(left, []string{kept.ID}) {
		t.Errorf("contacts after DeletePerson = %v, want only %s (the deleted person's are gone)", left, kept.ID)
	}
}
