package storetest

import (
	"fmt"
	"slices"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store"
)

// RunDurability checks that everything a store acknowledged survives Close
// and a new open: records of every kind, updates and deletes, and the
// unique keys that hold the invariants. open must return a store on the
// same underlying data at every call (the same file, the same database);
// RunDurability closes each store before opening the next and at the end.
// It is apart from Run because only the backend knows how to reopen.
func RunDurability(t *testing.T, open func(t *testing.T) Store) {
	t.Helper()
	ctx := t.Context()

	s := open(t)
	kept, renamed, deleted := NewPerson(1), NewPerson(2), NewPerson(3)
	must(t, s.CreatePerson(ctx, kept), "CreatePerson")
	must(t, s.CreatePerson(ctx, renamed), "CreatePerson")
	must(t, s.CreatePerson(ctx, deleted), "CreatePerson")
	oldEmail := renamed.Email
	renamed.Email, renamed.DisplayName = "renamed@example.org", "Renamed"
	must(t, s.UpdatePerson(ctx, renamed), "UpdatePerson")

	org, updatedOrg, deletedOrg := NewOrganisation(1), NewOrganisation(2), NewOrganisation(3)
	must(t, s.CreateOrganisation(ctx, org), "CreateOrganisation")
	must(t, s.CreateOrganisation(ctx, updatedOrg), "CreateOrganisation")
	must(t, s.CreateOrganisation(ctx, deletedOrg), "CreateOrganisation")
	updatedOrg.Name = "Updated"
	must(t, s.UpdateOrganisation(ctx, updatedOrg), "UpdateOrganisation")
	must(t, s.DeleteOrganisation(ctx, deletedOrg.ID), "DeleteOrganisation")

	inv, deletedInv := NewInvitation(1), NewInvitation(2)
	must(t, s.CreateInvitation(ctx, inv), "CreateInvitation")
	must(t, s.CreateInvitation(ctx, deletedInv), "CreateInvitation")
	must(t, s.DeleteInvitation(ctx, deletedInv.ID), "DeleteInvitation")
	redemption := NewRedemption(inv.ID, kept.ID)
	must(t, s.Redeem(ctx, redemption), "Redeem")

	spent := NewRefreshToken(1, kept.ID, "family-a")
	revoked := NewRefreshToken(2, kept.ID, "family-b")
	cascaded := NewRefreshToken(3, deleted.ID, "family-c")
	must(t, s.CreateRefreshToken(ctx, spent), "CreateRefreshToken")
	must(t, s.CreateRefreshToken(ctx, revoked), "CreateRefreshToken")
	must(t, s.CreateRefreshToken(ctx, cascaded), "CreateRefreshToken")
	must(t, s.SpendRefreshToken(ctx, spent.Hash, At(5)), "SpendRefreshToken")
	must(t, s.RevokeFamily(ctx, revoked.Family), "RevokeFamily")
	photo, deletedPhoto, cascadedPhoto := NewPhoto(1, kept.ID), NewPhoto(2, kept.ID), NewPhoto(3, deleted.ID)
	must(t, s.CreatePhoto(ctx, photo), "CreatePhoto")
	must(t, s.CreatePhoto(ctx, deletedPhoto), "CreatePhoto")
	must(t, s.CreatePhoto(ctx, cascadedPhoto), "CreatePhoto")
	must(t, s.DeletePhoto(ctx, deletedPhoto.ID), "DeletePhoto")
	must(t, s.DeletePerson(ctx, deleted.ID), "DeletePerson")

	must(t, s.Claim(ctx, "seed:demo-village", At(6)), "Claim")
	must(t, s.AppendMessage(ctx, resent(resendRoom, 1, "person-0001", "c-1")), "AppendMessage with a client ID")

	for _, m := range []*protocol.Message{
		NewMessage(durableRoom, 2), NewMessage(durableRoom, 1), NewMessage(durableRoom, 3), NewMessage(otherRoom, 1),
	} {
		must(t, s.AppendMessage(ctx, m), "AppendMessage")
	}
	must(t, s.AppendMessage(ctx, NewMessage(deletedRoom, 1)), "AppendMessage")
	must(t, s.AppendMessage(ctx, NewMessage(deletedRoom, 2)), "AppendMessage")
	_, err := s.DeleteMessage(ctx, deletedRoom, 1)
	must(t, err, "DeleteMessage")
	durableModeration(t, s)
	durableBlocks(t, s)
	must(t, s.Close(), "Close")

	s = open(t)
	got, err := s.Person(ctx, kept.ID)
	must(t, err, "Person after reopen")
	wantSame(t, got, kept, "person after reopen")
	got, err = s.PersonByEmail(ctx, renamed.Email)
	must(t, err, "PersonByEmail after reopen")
	wantSame(t, got, renamed, "updated person after reopen")
	_, err = s.PersonByEmail(ctx, oldEmail)
	wantErr(t, err, store.ErrNotFound, "PersonByEmail of the old e-mail after reopen")
	_, err = s.Person(ctx, deleted.ID)
	wantErr(t, err, store.ErrNotFound, "Person deleted before reopen")
	_, total, err := s.SearchPeople(ctx, accounts.DirectoryQuery{})
	must(t, err, "SearchPeople after reopen")
	if total != 2 {
		t.Errorf("SearchPeople after reopen finds %d, want 2", total)
	}

	orgs, err := s.Organisations(ctx)
	must(t, err, "Organisations after reopen")
	if got := ids(orgs, func(o booths.Organisation) string { return o.ID }); !slices.Equal(got, []string{org.ID, updatedOrg.ID}) {
		t.Fatalf("Organisations after reopen = %v, want [%s %s]", got, org.ID, updatedOrg.ID)
	}
	wantSame(t, &orgs[0], org, "organisation after reopen")
	wantSame(t, &orgs[1], updatedOrg, "updated organisation after reopen")

	gotInv, err := s.Invitation(ctx, inv.ID)
	must(t, err, "Invitation after reopen")
	wantSame(t, gotInv, inv, "invitation after reopen")
	_, err = s.Invitation(ctx, deletedInv.ID)
	wantErr(t, err, store.ErrNotFound, "Invitation deleted before reopen")
	gotRedemption, err := s.Redemption(ctx, inv.ID)
	must(t, err, "Redemption after reopen")
	wantSame(t, gotRedemption, redemption, "redemption after reopen")

	gotPhoto, err := s.Photo(ctx, photo.ID)
	must(t, err, "Photo after reopen")
	wantSame(t, gotPhoto, photo, "photo after reopen")
	_, err = s.Photo(ctx, deletedPhoto.ID)
	wantErr(t, err, store.ErrNotFound, "Photo deleted before reopen")
	_, err = s.Photo(ctx, cascadedPhoto.ID)
	wantErr(t, err, store.ErrNotFound, "Photo of a person deleted before reopen")

	wantMessages(t, s, durableRoom, 3)
	wantMessages(t, s, otherRoom, 1)
	if got := messagesOf(t, s, deletedRoom, 0, 10); len(got) != 2 || !got[0].Deleted || got[0].Text != "" || got[1].Deleted {
		t.Errorf("room with a deleted message after reopen holds %+v, want the tombstone of 1, then 2", got)
	}
	checkDurableModeration(t, s)
	checkDurableBlocks(t, s)

	gotToken, err := s.RefreshToken(ctx, spent.Hash)
	must(t, err, "RefreshToken after reopen")
	wantSame(t, gotToken, spent, "refresh token after reopen")
	_, err = s.RefreshToken(ctx, revoked.Hash)
	wantErr(t, err, store.ErrNotFound, "RefreshToken revoked before reopen")
	_, err = s.RefreshToken(ctx, cascaded.Hash)
	wantErr(t, err, store.ErrNotFound, "RefreshToken of a person deleted before reopen")
	spentAt, err := s.RefreshTokenSpentAt(ctx, spent.Hash)
	must(t, err, "RefreshTokenSpentAt after reopen")
	if !spentAt.Equal(At(5)) {
		t.Errorf("RefreshTokenSpentAt after reopen = %v, want %v", spentAt, At(5))
	}

	// The unique keys still hold after a reopen.
	thief := NewPerson(4)
	thief.Email = kept.Email
	wantErr(t, s.CreatePerson(ctx, thief), store.ErrDuplicate, "CreatePerson with a taken e-mail after reopen")
	wantErr(t, s.CreatePerson(ctx, NewPerson(1)), store.ErrDuplicate, "CreatePerson with a taken ID after reopen")
	wantErr(t, s.Redeem(ctx, NewRedemption(inv.ID, renamed.ID)), store.ErrDuplicate, "Redeem after reopen")
	wantErr(t, s.SpendRefreshToken(ctx, spent.Hash, At(7)), store.ErrDuplicate, "SpendRefreshToken after reopen")
	wantErr(t, s.Claim(ctx, "seed:demo-village", At(8)), store.ErrDuplicate, "Claim after reopen")
	if claimed, err := s.Claimed(ctx, "seed:demo-village"); err != nil || !claimed {
		t.Errorf("Claimed after reopen = %v, %v; want true", claimed, err)
	}
	wantErr(t, s.AppendMessage(ctx, NewMessage(durableRoom, 2)), store.ErrDuplicate, "AppendMessage of a taken seq after reopen")
	wantSent(t, s.AppendMessage(ctx, resent(resendRoom, 2, "person-0001", "c-1")), 1, "AppendMessage of a taken client ID after reopen")
	wantErr(t, s.CreatePhoto(ctx, NewPhoto(1, renamed.ID)), store.ErrDuplicate, "CreatePhoto with a taken ID after reopen")

	// Writes made after a reopen are as durable as the first ones.
	late := NewPerson(5)
	late.Email = oldEmail
	must(t, s.CreatePerson(ctx, late), "CreatePerson with a freed e-mail after reopen")
	must(t, s.AppendMessage(ctx, NewMessage(durableRoom, 4)), "AppendMessage after reopen")
	must(t, s.Close(), "Close after reopen")

	s = open(t)
	got, err = s.PersonByEmail(ctx, oldEmail)
	must(t, err, "PersonByEmail after second reopen")
	wantSame(t, got, late, "person written after the first reopen")
	wantMessages(t, s, durableRoom, 4)
	must(t, s.Close(), "Close after second reopen")

	slotDurability(t, open)
	breakDurability(t, open)
	// Participants' sessions.
	sessionDurability(t, open)
	// 1:1 meeting requests.
	meetingDurability(t, open)
}

const (
	durableRoom = "room-durable"
	otherRoom   = "room-durable-other"
	deletedRoom = "room-durable-moderated"
	resendRoom  = "room-durable-resend"
)

// wantMessages checks that room holds NewMessage(room, 1) to
// NewMessage(room, n), and that LastSeq says n.
func wantMessages(t *testing.T, s Store, room string, n uint64) {
	t.Helper()
	got := messagesOf(t, s, room, 0, int(n)+10)
	if !slices.Equal(seqs(got), seqRange(1, n)) {
		t.Fatalf("room %s holds seqs %v, want 1 to %d", room, seqs(got), n)
	}
	for i := range got {
		wantSame(t, &got[i], NewMessage(room, uint64(i+1)), fmt.Sprintf("room %s, message %d", room, i+1))
	}
	wantLastSeq(t, s, room, n)
}
