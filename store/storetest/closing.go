package storetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Closing an organisation and accepting a staff invitation to it are kept
// apart by accounts through a tombstone claim, a write and a read (see
// accounts.CloseOrganisation). That holds only if every acknowledged claim
// and write is seen by every later read, which is what these tests check
// on each backend, through the accounts service itself.
var closingTests = []test{
	{"Closing/AcceptAfterClose", testAcceptAfterClose},
	{"Closing/CloseTwice", testCloseTwice},
	{"Race/AcceptWhileClosing", testAcceptWhileClosing},
}

// closingService is the accounts service over s, on the fixtures' clock so
// that their invitations have not expired.
func closingService(s Store) *accounts.Service {
	return accounts.NewService(s, accounts.WithHash(accounts.CheapHash), accounts.WithClock(func() time.Time { return At(0) }))
}

func wantGone(t *testing.T, err error, what string) {
	t.Helper()
	if apperr.CodeOf(err) != apperr.Gone {
		t.Errorf("%s: %v, want gone", what, err)
	}
}

// testAcceptAfterClose: the link of a closed organisation is refused and
// not used up, and the person stays as they were.
func testAcceptAfterClose(t *testing.T, s Store) {
	ctx := t.Context()
	svc := closingService(s)
	p := NewPerson(1)
	inv := NewInvitation(1)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")
	must(t, s.CreateInvitation(ctx, inv), "CreateInvitation")
	must(t, svc.CloseOrganisation(ctx, inv.OrganisationID), "CloseOrganisation")

	closed, err := svc.OrganisationClosed(ctx, inv.OrganisationID)
	must(t, err, "OrganisationClosed")
	if !closed {
		t.Errorf("OrganisationClosed = false after CloseOrganisation")
	}
	_, err = svc.Accept(ctx, p.ID, inv.ID)
	wantGone(t, err, "Accept after CloseOrganisation")
	_, err = s.Redemption(ctx, inv.ID)
	wantErr(t, err, store.ErrNotFound, "Redemption of the refused link")
	got, err := s.Person(ctx, p.ID)
	must(t, err, "Person")
	wantSame(t, got, p, "person after the refused accept")
}

// testCloseTwice: a second close, as a retried removal makes, succeeds
// and demotes whoever the first one left; other organisations keep their
// staff.
func testCloseTwice(t *testing.T, s Store) {
	ctx := t.Context()
	svc := closingService(s)
	staff := func(i int, org string) *accounts.Person {
		p := NewPerson(i)
		p.Role, p.OrganisationID = accounts.RoleStaff, org
		must(t, s.CreatePerson(ctx, p), "CreatePerson")
		return p
	}
	staff(1, "org-a")
	must(t, svc.CloseOrganisation(ctx, "org-a"), "CloseOrganisation")
	// Written behind the accounts service's back, as a write that raced
	// the first close could have been.
	late := staff(2, "org-a")
	other := staff(3, "org-b")
	must(t, svc.CloseOrganisation(ctx, "org-a"), "second CloseOrganisation")
	for _, id := range []string{NewPerson(1).ID, late.ID} {
		got, err := s.Person(ctx, id)
		must(t, err, "Person")
		if got.Role != accounts.RoleParticipant || got.OrganisationID != "" {
			t.Errorf("%s after closing org-a: %s of %q, want a participant", id, got.Role, got.OrganisationID)
		}
	}
	got, err := s.Person(ctx, other.ID)
	must(t, err, "Person")
	wantSame(t, got, other, "staff of another organisation")
	closed, err := svc.OrganisationClosed(ctx, "org-b")
	must(t, err, "OrganisationClosed")
	if closed {
		t.Errorf("org-b is closed; only org-a was")
	}
}

// testAcceptWhileClosing runs Racers pairs at once, each a person
// accepting a staff invitation to an organisation while that organisation
// closes. Half the people start as staff of an organisation that stays.
// Whatever the order, nobody ends as staff of a closed organisation: an
// accept that succeeded was demoted by the close after it, and one that
// answered gone left the person as they were.
func testAcceptWhileClosing(t *testing.T, s Store) {
	ctx := t.Context()
	svc := closingService(s)
	people := make([]*accounts.Person, Racers)
	for i := range Racers {
		p := NewPerson(i)
		if i%2 == 1 {
			p.Role, p.OrganisationID = accounts.RoleStaff, fmt.Sprintf("org-home-%02d", i)
		}
		must(t, s.CreatePerson(ctx, p), "CreatePerson")
		must(t, s.CreateInvitation(ctx, NewInvitation(i)), "CreateInvitation")
		people[i] = p
	}

	start := make(chan struct{})
	acceptErrs := make([]error, Racers)
	closeErrs := make([]error, Racers)
	var wg sync.WaitGroup
	for i := range Racers {
		inv := NewInvitation(i)
		wg.Go(func() {
			<-start
			_, acceptErrs[i] = svc.Accept(ctx, people[i].ID, inv.ID)
		})
		wg.Go(func() {
			<-start
			closeErrs[i] = svc.CloseOrganisation(ctx, inv.OrganisationID)
		})
	}
	close(start)
	wg.Wait()

	accepted := 0
	for i, p := range people {
		org := NewInvitation(i).OrganisationID
		must(t, closeErrs[i], "CloseOrganisation "+org)
		got, err := s.Person(ctx, p.ID)
		must(t, err, "Person")
		if got.Role == accounts.RoleStaff && got.OrganisationID == org {
			t.Errorf("%s is staff of %s, which is closed (accept: %v)", p.ID, org, acceptErrs[i])
			continue
		}
		switch {
		case acceptErrs[i] == nil:
			accepted++
			if got.Role != accounts.RoleParticipant || got.OrganisationID != "" {
				t.Errorf("%s accepted before %s closed: %s of %q, want a participant", p.ID, org, got.Role, got.OrganisationID)
			}
		case apperr.CodeOf(acceptErrs[i]) == apperr.Gone:
			if got.Role != p.Role || got.OrganisationID != p.OrganisationID {
				t.Errorf("%s was refused: %s of %q, want %s of %q as before", p.ID, got.Role, got.OrganisationID, p.Role, p.OrganisationID)
			}
		default:
			t.Errorf("accept %d: %v, want success or gone", i, acceptErrs[i])
		}
	}
	t.Logf("%d of %d accepts came before their organisation closed", accepted, Racers)
}
