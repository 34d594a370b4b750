package auth_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/store/memory"
)

func newTokens(t *testing.T, now func() time.Time) *auth.Tokens {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	tk, err := auth.NewTokens(auth.Config{Secret: []byte(strings.Repeat("s", 32))}, st, now)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func TestAccessRoundTripAndExpiry(t *testing.T) {
	clock := time.Now()
	tk := newTokens(t, func() time.Time { return clock })
	tok, exp, err := tk.Access("p-1", "staff")
	if err != nil || !exp.Equal(clock.UTC().Add(auth.DefaultAccessTTL)) {
		t.Fatalf("Access: %v, expires %v", err, exp)
	}
	c, err := tk.Verify(tok)
	if err != nil || c.Subject != "p-1" || c.Role != "staff" {
		t.Fatalf("Verify: %+v, %v", c, err)
	}
	clock = clock.Add(auth.DefaultAccessTTL + time.Minute)
	if _, err := tk.Verify(tok); !errors.Is(err, apperr.E(apperr.Unauthenticated)) || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("an expired token: %v", err)
	}
	if _, err := auth.NewTokens(auth.Config{Secret: []byte("short")}, nil, nil); err == nil {
		t.Fatal("a short secret was accepted")
	}
}

// TestRefreshFamily: rotation issues a new secret of the same session; a
// replayed secret ends the whole session; an expired one is refused.
func TestRefreshFamily(t *testing.T) {
	clock := time.Now()
	tk := newTokens(t, func() time.Time { return clock })
	ctx := t.Context()
	first, err := tk.NewRefresh(ctx, "p-1")
	if err != nil {
		t.Fatal(err)
	}
	who, second, err := tk.Rotate(ctx, first)
	if err != nil || who != "p-1" || second == first {
		t.Fatalf("Rotate: %q %q %v", who, second, err)
	}
	if _, _, err := tk.Rotate(ctx, first); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("replay: %v", err)
	}
	if _, _, err := tk.Rotate(ctx, second); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("the session survived a replay: %v", err)
	}
	old, _ := tk.NewRefresh(ctx, "p-2")
	clock = clock.Add(auth.DefaultRefreshTTL + time.Second)
	if _, _, err := tk.Rotate(ctx, old); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("an expired session: %v", err)
	}
	if err := tk.Revoke(ctx, "never-issued"); err != nil {
		t.Fatalf("revoking an unknown session: %v", err)
	}
}
