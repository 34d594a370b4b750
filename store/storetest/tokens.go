package storetest

import (
	"errors"
	"testing"
	"time"

	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/store"
)

var tokenTests = []test{
	{"RefreshTokens/CreateRead", testRefreshTokenRoundTrip},
	{"RefreshTokens/DuplicateHash", testRefreshTokenDuplicate},
	{"RefreshTokens/SpendOnce", testSpendOnce},
	{"RefreshTokens/RevokeFamily", testRevokeFamily},
	{"RefreshTokens/RevokeOtherFamilies", testRevokeOtherFamilies},
}

func testRefreshTokenRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	tok := NewRefreshToken(1, "person-0001", "family-a")
	_, err := s.RefreshToken(ctx, tok.Hash)
	wantErr(t, err, store.ErrNotFound, "RefreshToken before create")
	must(t, s.CreateRefreshToken(ctx, tok), "CreateRefreshToken")
	got, err := s.RefreshToken(ctx, tok.Hash)
	must(t, err, "RefreshToken")
	wantSame(t, got, tok, "RefreshToken")
}

func testRefreshTokenDuplicate(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewRefreshToken(1, "person-0001", "family-a")
	must(t, s.CreateRefreshToken(ctx, first), "CreateRefreshToken")
	second := NewRefreshToken(1, "person-0002", "family-b")
	wantErr(t, s.CreateRefreshToken(ctx, second), store.ErrDuplicate, "CreateRefreshToken with a taken hash")
	got, err := s.RefreshToken(ctx, first.Hash)
	must(t, err, "RefreshToken")
	wantSame(t, got, first, "RefreshToken after the refused insert")
}

func testSpendOnce(t *testing.T, s Store) {
	ctx := t.Context()
	tok, other := NewRefreshToken(1, "person-0001", "family-a"), NewRefreshToken(2, "person-0001", "family-a")
	must(t, s.CreateRefreshToken(ctx, tok), "CreateRefreshToken")
	must(t, s.CreateRefreshToken(ctx, other), "CreateRefreshToken")

	spentAt := func(hash string) (time.Time, bool) {
		t.Helper()
		at, err := s.RefreshTokenSpentAt(ctx, hash)
		if errors.Is(err, store.ErrNotFound) {
			return time.Time{}, false
		}
		must(t, err, "RefreshTokenSpentAt")
		return at, true
	}
	if _, ok := spentAt(tok.Hash); ok {
		t.Errorf("RefreshTokenSpentAt before spending: spent")
	}
	if _, ok := spentAt("never-stored"); ok {
		t.Errorf("RefreshTokenSpentAt of an unknown hash: spent")
	}
	must(t, s.SpendRefreshToken(ctx, tok.Hash, At(10)), "SpendRefreshToken")
	// auth's grace window counts from this time, so it must come back as
	// it went in.
	if at, ok := spentAt(tok.Hash); !ok || !at.Equal(At(10)) {
		t.Errorf("RefreshTokenSpentAt after spending = %v, %v; want %v", at, ok, At(10))
	}
	wantErr(t, s.SpendRefreshToken(ctx, tok.Hash, At(11)), store.ErrDuplicate, "second SpendRefreshToken")
	if at, _ := spentAt(tok.Hash); !at.Equal(At(10)) {
		t.Errorf("a refused spend moved the spent time to %v", at)
	}
	if _, ok := spentAt(other.Hash); ok {
		t.Errorf("spending one token marked another as spent")
	}
	// Spending leaves the token readable: auth still needs its family.
	got, err := s.RefreshToken(ctx, tok.Hash)
	must(t, err, "RefreshToken after spending")
	wantSame(t, got, tok, "RefreshToken after spending")
}

func testRevokeFamily(t *testing.T, s Store) {
	ctx := t.Context()
	a1 := NewRefreshToken(1, "person-0001", "family-a")
	a2 := NewRefreshToken(2, "person-0001", "family-a")
	b := NewRefreshToken(3, "person-0001", "family-b")
	must(t, s.CreateRefreshToken(ctx, a1), "CreateRefreshToken")
	must(t, s.CreateRefreshToken(ctx, a2), "CreateRefreshToken")
	must(t, s.CreateRefreshToken(ctx, b), "CreateRefreshToken")

	must(t, s.RevokeFamily(ctx, "family-a"), "RevokeFamily")
	_, err := s.RefreshToken(ctx, a1.Hash)
	wantErr(t, err, store.ErrNotFound, "RefreshToken of a revoked family")
	_, err = s.RefreshToken(ctx, a2.Hash)
	wantErr(t, err, store.ErrNotFound, "RefreshToken of a revoked family")
	got, err := s.RefreshToken(ctx, b.Hash)
	must(t, err, "RefreshToken of another family")
	wantSame(t, got, b, "token of another family")

	must(t, s.RevokeFamily(ctx, "family-a"), "RevokeFamily twice")
	must(t, s.RevokeFamily(ctx, "family-unknown"), "RevokeFamily of an unknown family")
}

func testRevokeOtherFamilies(t *testing.T, s Store) {
	ctx := t.Context()
	kept1 := NewRefreshToken(1, "person-0001", "family-a")
	kept2 := NewRefreshToken(2, "person-0001", "family-a")
	other1 := NewRefreshToken(3, "person-0001", "family-b")
	other2 := NewRefreshToken(4, "person-0001", "family-c")
	someoneElse := NewRefreshToken(5, "person-0002", "family-d")
	for _, tok := range []*auth.RefreshToken{kept1, kept2, other1, other2, someoneElse} {
		must(t, s.CreateRefreshToken(ctx, tok), "CreateRefreshToken")
	}
	present := func(tok *auth.RefreshToken, want bool, what string) {
		t.Helper()
		got, err := s.RefreshToken(ctx, tok.Hash)
		if !want {
			wantErr(t, err, store.ErrNotFound, what)
			return
		}
		must(t, err, what)
		wantSame(t, got, tok, what)
	}

	must(t, s.RevokeOtherFamilies(ctx, "person-0001", "family-a"), "RevokeOtherFamilies")
	present(kept1, true, "token of the kept family")
	present(kept2, true, "token of the kept family")
	present(other1, false, "token of another family of the person")
	present(other2, false, "token of another family of the person")
	present(someoneElse, true, "token of another person")

	must(t, s.RevokeOtherFamilies(ctx, "person-0001", "family-a"), "RevokeOtherFamilies twice")
	must(t, s.RevokeOtherFamilies(ctx, "person-unknown", ""), "RevokeOtherFamilies of a person without tokens")
	must(t, s.RevokeOtherFamilies(ctx, "person-0001", ""), "RevokeOtherFamilies keeping none")
	present(kept1, false, "token after keeping none")
	present(kept2, false, "token after keeping none")
	present(someoneElse, true, "token of another person after keeping none")
}
