package storetest

import (
	"slices"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store"
)

var invitationTests = []test{
	{"Invitations/CreateReadDelete", testInvitationRoundTrip},
	{"Invitations/NotFound", testInvitationNotFound},
	{"Invitations/DuplicateID", testInvitationDuplicate},
	{"Invitations/NewestFirst", testInvitationsOrder},
	{"Invitations/RedeemOnce", testRedeemOnce},
}

func testInvitationRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	inv := NewInvitation(1)
	must(t, s.CreateInvitation(ctx, inv), "CreateInvitation")
	got, err := s.Invitation(ctx, inv.ID)
	must(t, err, "Invitation")
	wantSame(t, got, inv, "Invitation")

	// A secretariat invitation has no organisation and no note.
	sec := &accounts.Invitation{ID: "invitation-sec", Role: accounts.RoleSecretariat, CreatedBy: "person-0000", CreatedAt: At(2), ExpiresAt: At(3)}
	must(t, s.CreateInvitation(ctx, sec), "CreateInvitation secretariat")
	got, err = s.Invitation(ctx, sec.ID)
	must(t, err, "Invitation secretariat")
	wantSame(t, got, sec, "Invitation secretariat")

	must(t, s.DeleteInvitation(ctx, inv.ID), "DeleteInvitation")
	_, err = s.Invitation(ctx, inv.ID)
	wantErr(t, err, store.ErrNotFound, "Invitation after delete")
	list, err := s.Invitations(ctx)
	must(t, err, "Invitations")
	if got := ids(list, func(i accounts.Invitation) string { return i.ID }); !slices.Equal(got, []string{sec.ID}) {
		t.Errorf("Invitations after delete = %v, want [%s]", got, sec.ID)
	}
}

func testInvitationNotFound(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.CreateInvitation(ctx, NewInvitation(1)), "CreateInvitation")
	missing := NewInvitation(2)
	_, err := s.Invitation(ctx, missing.ID)
	wantErr(t, err, store.ErrNotFound, "Invitation")
	wantErr(t, s.DeleteInvitation(ctx, missing.ID), store.ErrNotFound, "DeleteInvitation")
	_, err = s.Redemption(ctx, NewInvitation(1).ID)
	wantErr(t, err, store.ErrNotFound, "Redemption of an unused invitation")
}

func testInvitationDuplicate(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewInvitation(1)
	must(t, s.CreateInvitation(ctx, first), "CreateInvitation")
	second := NewInvitation(2)
	second.ID = first.ID
	wantErr(t, s.CreateInvitation(ctx, second), store.ErrDuplicate, "CreateInvitation with a taken ID")
	got, err := s.Invitation(ctx, first.ID)
	must(t, err, "Invitation")
	wantSame(t, got, first, "Invitation after the refused insert")
}

func testInvitationsOrder(t *testing.T, s Store) {
	ctx := t.Context()
	list, err := s.Invitations(ctx)
	must(t, err, "Invitations of an empty store")
	if len(list) != 0 {
		t.Fatalf("empty store lists %d invitations", len(list))
	}
	// 2 and 4 are created at the same instant: ascending ID breaks the tie.
	created := map[int]int{1: 1, 2: 5, 3: 3, 4: 5, 5: 2}
	for _, i := range []int{3, 1, 4, 5, 2} {
		inv := NewInvitation(i)
		inv.CreatedAt = At(created[i])
		must(t, s.CreateInvitation(ctx, inv), "CreateInvitation")
	}
	list, err = s.Invitations(ctx)
	must(t, err, "Invitations")
	got := ids(list, func(i accounts.Invitation) string { return i.ID })
	want := []string{"invitation-0002", "invitation-0004", "invitation-0003", "invitation-0005", "invitation-0001"}
	if !slices.Equal(got, want) {
		t.Errorf("Invitations order = %v, want %v", got, want)
	}
	if len(list) == len(want) {
		w := NewInvitation(3)
		wantSame(t, &list[2], w, "listed invitation")
	}
}

func testRedeemOnce(t *testing.T, s Store) {
	ctx := t.Context()
	inv := NewInvitation(1)
	must(t, s.CreateInvitation(ctx, inv), "CreateInvitation")
	_, err := s.Redemption(ctx, inv.ID)
	wantErr(t, err, store.ErrNotFound, "Redemption before redeeming")

	r := NewRedemption(inv.ID, "person-0001")
	must(t, s.Redeem(ctx, r), "Redeem")
	got, err := s.Redemption(ctx, inv.ID)
	must(t, err, "Redemption")
	wantSame(t, got, r, "Redemption")

	again := NewRedemption(inv.ID, "person-0002")
	again.At = At(61)
	wantErr(t, s.Redeem(ctx, again), store.ErrDuplicate, "second Redeem")
	got, err = s.Redemption(ctx, inv.ID)
	must(t, err, "Redemption")
	wantSame(t, got, r, "Redemption after the refused second claim")

	// Another invitation is claimed independently.
	other := NewInvitation(2)
	must(t, s.CreateInvitation(ctx, other), "CreateInvitation")
	must(t, s.Redeem(ctx, NewRedemption(other.ID, "person-0002")), "Redeem another invitation")
}
