package auth_test

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/auth"
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
	first, err := tk.NewRefresh(ctx, "p-1")
	if err != nil {
		t.Fatal(err)
	}
	who, second, err := tk.Rotate(ctx, first)
	if err != nil || who != "p-1" || second == first {
		t.Fatalf("Rotate: %q %q %v", who, second, err)
	}
	clock = clock.Add(auth.DefaultRefreshGrace + time.Second)
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
			first, err := tk.NewRefresh(ctx, "p-1")
			if err != nil {
				t.Fatal(err)
			}
			other, err := tk.NewRefresh(ctx, "p-2")
			if err != nil {
				t.Fatal(err)
			}
			_, second, err := tk.Rotate(ctx, first)
			if err != nil {
				t.Fatal(err)
			}
			if tc.end {
				if err := tk.Revoke(ctx, second); err != nil {
					t.Fatal(err)
				}
			}
			clock = clock.Add(tc.after)
			who, again, err := tk.Rotate(ctx, first)
			if !tc.ok {
				if apperr.CodeOf(err) != apperr.Unauthenticated {
					t.Fatalf("replay: %q %v, want unauthenticated", again, err)
				}
				if _, _, err := tk.Rotate(ctx, second); apperr.CodeOf(err) != apperr.Unauthenticated {
					t.Fatalf("the session outlived a replay: %v", err)
				}
			} else {
				if err != nil || who != "p-1" || again != second {
					t.Fatalf("replay within the window: %q %q %v, want p-1 and the first successor", who, again, err)
				}
				// The session lives on from the successor.
				if _, third, err := tk.Rotate(ctx, second); err != nil || third == second || third == first {
					t.Fatalf("rotating the successor: %q %v", third, err)
				}
			}
			// Another session is untouched, and made-up secrets (one of
			// them of a successor's form) get nothing.
			if who, _, err := tk.Rotate(ctx, other); err != nil || who != "p-2" {
				t.Fatalf("another session: %q %v", who, err)
			}
			for _, forged := range []string{"made-up", second[:len(second)-2] + "xx", strings.Repeat("A", 43)} {
				if _, _, err := tk.Rotate(ctx, forged); apperr.CodeOf(err) != apperr.Unauthenticated {
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
	first, err := tk.NewRefresh(ctx, "p-1")
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
			_, next, err := tk.Rotate(ctx, first)
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
	if _, _, err := tk.Rotate(ctx, want); err != nil {
		t.Fatalf("rotating the shared successor: %v", err)
	}
}
