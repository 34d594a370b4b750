package accounts_test

import (
	"errors"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store/memory"
)

// TestInvitationTTL: ttl_hours is checked as a number before it becomes a
// duration. Multiplied first, 2562048 hours wrapped around to an expiry in
// 1734 and 5124096 to one 25 minutes away.
func TestInvitationTTL(t *testing.T) {
	now := time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC)
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	svc := accounts.NewService(st, accounts.WithHash(accounts.CheapHash), accounts.WithClock(func() time.Time { return now }))

	cases := []struct {
		name    string
		hours   int
		expires time.Duration // 0: refused with validation_failed naming ttl_hours
	}{
		{"left out means the default", 0, accounts.DefaultInvitationTTL},
		{"one hour", 1, time.Hour},
		{"three days", 72, 72 * time.Hour},
		{"the maximum", accounts.MaxInvitationTTLHours, accounts.MaxInvitationTTL},
		{"one over the maximum", accounts.MaxInvitationTTLHours + 1, 0},
		{"negative", -1, 0},
		{"very negative", math.MinInt64, 0},
		{"wraps to the past", 2562048, 0},
		{"wraps to minutes away", 5124096, 0},
		{"largest int", math.MaxInt64, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before, err := svc.Invitations(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			inv, err := svc.CreateInvitation(t.Context(), "p-sec", accounts.InvitationRequest{Role: accounts.RoleSecretariat, TTLHours: tc.hours})
			if tc.expires != 0 {
				if err != nil {
					t.Fatalf("CreateInvitation: %v", err)
				}
				if want := now.Add(tc.expires); !inv.ExpiresAt.Equal(want) {
					t.Fatalf("expires at %v, want %v", inv.ExpiresAt, want)
				}
				return
			}
			var e *apperr.Error
			if !errors.As(err, &e) || e.Code != apperr.ValidationFailed || e.Fields["ttl_hours"] == "" {
				t.Fatalf("CreateInvitation = %v, %v; want validation_failed naming ttl_hours", inv, err)
			}
			after, err := svc.Invitations(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if len(after) != len(before) {
				t.Fatalf("a refused invitation was stored")
			}
		})
	}
}
