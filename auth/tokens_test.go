package auth_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/store"
	"github.com/igf-village/village/store/memory"
)

func newTokens(t *testing.T, now func() time.Time) *auth.Tokens {
	t.Helper()
	return newTokensGrace(t, now, auth.DefaultRefreshGrace)
}

func newTokensGrace(t *testing.T, now func() time.Time, grace time.Duration) *auth.Tokens {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	tk, err := auth.NewTokens(auth.Config{Secret: []byte(strings.Repeat("s", 32)), RefreshGrace: grace}, st, now)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// rotate is Rotate, giving the person and the next secret.
func rotate(ctx context.Context, tk *auth.Tokens, secret string) (string, string, error) {
	s, err := tk.Rotate(ctx, secret)
	return s.PersonID, s.Refresh, err
}

// newRefresh is NewRefresh, giving the secret.
func newRefresh(ctx context.Context, tk *auth.Tokens, personID string) (string, error) {
	s, err := tk.NewRefresh(ctx, personID)
	return s.Refresh, err
}

func TestAccessRoundTripAndExpiry(t *testing.T) {
	clock := time.Now()
	tk := newTokens(t, func() time.Time { return clock })
	tok, exp, err := tk.Access("p-1", "staff", "s-1")
	if err != nil || !exp.Equal(clock.UTC().Add(auth.DefaultAccessTTL)) {
		t.Fatalf("Access: %v, expires %v", err, exp)
	}
	c, err := tk.Verify(tok)
	if err != nil || c.Subject != "p-1" || c.Role != "staff" || c.Session != "s-1" {
		t.Fatalf("Verify: %+v, %v", c, err)
	}
	clock = clock.Add(auth.DefaultAccessTTL + time.Minute)
	if _, err := tk.Verify(tok); !errors.Is(err, apperr.E(apperr.Unauthenticated)) || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("an expired token: %v", err)
	}
	if _, err := auth.NewTokens(auth.Config{Secret: []byte("short")}, nil, nil); err == nil {
		t.Fatal("a short secret was accepted")
	}
	long := auth.Config{Secret: []byte(strings.Repeat("s", 32)), RefreshGrace: auth.MaxRefreshGrace + time.Second}
	if _, err := auth.NewTokens(long, nil, nil); err == nil {
		t.Fatal("a grace window beyond MaxRefreshGrace was accepted")
	}
}

// TestRefreshFamily: rotation issues a new secret of the same session; a
// secret replayed after the grace window ends the whole session; an
// expired one is refused.
func TestRefreshFamily(t *testing.T) {
	clock := time.Now()
	tk := newTokens(t, func() time.Time { return clock })
	ctx := t.Context()
	first, err := newRefresh(ctx, tk, "p-1")
	if err != nil {
		t.Fatal(err)
	}
	who, second, err := rotate(ctx, tk, first)
	if err != nil || who != "p-1" || second == first {
		t.Fatalf("Rotate: %q %q %v", who, second, err)
	}
	clock = clock.Add(auth.DefaultRefreshGrace + time.Second)
	if _, _, err := rotate(ctx, tk, first); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("replay: %v", err)
	}
	if _, _, err := rotate(ctx, tk, second); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("the session survived a replay: %v", err)
	}
	old, _ := newRefresh(ctx, tk, "p-2")
	clock = clock.Add(auth.DefaultRefreshTTL + time.Second)
	if _, _, err := rotate(ctx, tk, old); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("an expired session: %v", err)
	}
	if err := tk.Revoke(ctx, "never-issued"); err != nil {
		t.Fatalf("revoking an unknown session: %v", err)
	}
}

// TestRefreshGrace: a spent secret presented again within the grace window
// gets the same successor and the session lives on; after the window, or
// once the session ended, it gets nothing and ends the session; no other
// secret profits from the window.
func TestRefreshGrace(t *testing.T) {
	const grace = 10 * time.Second
	cases := []struct {
		name  string
		grace time.Duration
		after time.Duration // from the first rotation to the replay
		end   bool          // sign out between the two
		ok    bool
	}{
		{"at once", grace, 0, false, true},
		{"within the window", grace, grace - time.Millisecond, false, true},
		{"at the window's end", grace, grace, false, true},
		{"after the window", grace, grace + time.Millisecond, false, false},
		{"long after", grace, time.Hour, false, false},
		{"after sign-out, within the window", grace, time.Second, true, false},
		{"no grace", 0, time.Millisecond, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			clock := time.Now()
			tk := newTokensGrace(t, func() time.Time { return clock }, tc.grace)
			ctx := t.Context()
			first, err := newRefresh(ctx, tk, "p-1")
			if err != nil {
				t.Fatal(err)
			}
			other, err := newRefresh(ctx, tk, "p-2")
			if err != nil {
				t.Fatal(err)
			}
			_, second, err := rotate(ctx, tk, first)
			if err != nil {
				t.Fatal(err)
			}
			if tc.end {
				if err := tk.Revoke(ctx, second); err != nil {
					t.Fatal(err)
				}
			}
			clock = clock.Add(tc.after)
			who, again, err := rotate(ctx, tk, first)
			if !tc.ok {
				if apperr.CodeOf(err) != apperr.Unauthenticated {
					t.Fatalf("replay: %q %v, want unauthenticated", again, err)
				}
				if _, _, err := rotate(ctx, tk, second); apperr.CodeOf(err) != apperr.Unauthenticated {
					t.Fatalf("the session outlived a replay: %v", err)
				}
			} else {
				if err != nil || who != "p-1" || again != second {
					t.Fatalf("replay within the window: %q %q %v, want p-1 and the first successor", who, again, err)
				}
				// The session lives on from the successor.
				if _, third, err := rotate(ctx, tk, second); err != nil || third == second || third == first {
					t.Fatalf("rotating the successor: %q %v", third, err)
				}
			}
			// Another session is untouched, and made-up secrets (one of
			// them of a successor's form) get nothing.
			if who, _, err := rotate(ctx, tk, other); err != nil || who != "p-2" {
				t.Fatalf("another session: %q %v", who, err)
			}
			for _, forged := range []string{"made-up", second[:len(second)-2] + "xx", strings.Repeat("A", 43)} {
				if _, _, err := rotate(ctx, tk, forged); apperr.CodeOf(err) != apperr.Unauthenticated {
					t.Errorf("forged %q: %v", forged, err)
				}
			}
		})
	}
}

// TestRefreshGraceRace: of many rotations of one secret at once, every one
// gets the same successor, and the session lives on from it.
func TestRefreshGraceRace(t *testing.T) {
	tk := newTokens(t, nil)
	ctx := t.Context()
	first, err := newRefresh(ctx, tk, "p-1")
	if err != nil {
		t.Fatal(err)
	}
	const racers = 20
	got := make(chan string, racers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for range racers {
		wg.Go(func() {
			<-start
			_, next, err := rotate(ctx, tk, first)
			if err != nil {
				t.Errorf("Rotate: %v", err)
			}
			got <- next
		})
	}
	close(start)
	wg.Wait()
	close(got)
	var want string
	for next := range got {
		if want == "" {
			want = next
		}
		if next != want {
			t.Fatalf("racing rotations gave %q and %q", want, next)
		}
	}
	if _, _, err := rotate(ctx, tk, want); err != nil {
		t.Fatalf("rotating the shared successor: %v", err)
	}
}

// TestEndOtherSessions: ending a person's other sessions leaves the one
// kept, and everyone else's, working; a spent token of an ended session
// gets nothing, even within the grace window.
func TestEndOtherSessions(t *testing.T) {
	tk := newTokens(t, nil)
	ctx := t.Context()
	start := func(personID string) auth.Session {
		t.Helper()
		s, err := tk.NewRefresh(ctx, personID)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	kept, other, spent, someoneElse := start("p-1"), start("p-1"), start("p-1"), start("p-2")
	rotated, err := tk.Rotate(ctx, kept.Refresh)
	if err != nil || rotated.ID != kept.ID || rotated.PersonID != "p-1" {
		t.Fatalf("Rotate: %+v %v, want session %s of p-1", rotated, err, kept.ID)
	}
	if _, err := tk.Rotate(ctx, spent.Refresh); err != nil {
		t.Fatal(err)
	}
	if err := tk.EndOtherSessions(ctx, "p-1", kept.ID); err != nil {
		t.Fatal(err)
	}
	for name, secret := range map[string]string{"another session": other.Refresh, "a session's spent token": spent.Refresh} {
		if _, err := tk.Rotate(ctx, secret); apperr.CodeOf(err) != apperr.Unauthenticated {
			t.Errorf("%s lived on: %v", name, err)
		}
	}
	if _, err := tk.Rotate(ctx, rotated.Refresh); err != nil {
		t.Errorf("the kept session: %v", err)
	}
	if _, err := tk.Rotate(ctx, someoneElse.Refresh); err != nil {
		t.Errorf("another person's session: %v", err)
	}
}

// revokingStore ends the person's other sessions at the worst moment: after
// a rotation read its token, before the successor is stored.
type revokingStore struct {
	auth.Store
	once sync.Once
	keep string
}

func (s *revokingStore) CreateRefreshToken(ctx context.Context, rt *auth.RefreshToken) error {
	s.once.Do(func() {
		if err := s.RevokeOtherFamilies(ctx, rt.PersonID, s.keep); err != nil {
			panic(err)
		}
	})
	return s.Store.CreateRefreshToken(ctx, rt)
}

// TestRotateRacingRevocation: a rotation that a revocation overtakes does
// not bring the session back.
func TestRotateRacingRevocation(t *testing.T) {
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg := auth.Config{Secret: []byte(strings.Repeat("s", 32)), RefreshGrace: auth.DefaultRefreshGrace}
	plain, err := auth.NewTokens(cfg, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := auth.NewTokens(cfg, &revokingStore{Store: st, keep: "no such session"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	s, err := plain.NewRefresh(ctx, "p-1")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := tk.Rotate(ctx, s.Refresh); apperr.CodeOf(err) != apperr.Unauthenticated {
		t.Fatalf("the overtaken rotation: %+v %v, want unauthenticated", got, err)
	}
	if _, err := st.RefreshToken(ctx, auth.HashRefresh(auth.Successor(tk, s.Refresh))); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the overtaken rotation's successor is stored: %v", err)
	}
}
