package accounts_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store/memory"
)

// endedSessions records what a Service asks to end.
type endedSessions struct{ calls []string }

func (e *endedSessions) EndOtherSessions(_ context.Context, personID, keep string) error {
	e.calls = append(e.calls, personID+" but "+keep)
	return nil
}

func ptr[T any](v T) *T { return &v }

// TestPasswordChangeEndsOtherSessions: a stored new password ends the
// account's sessions but the caller's; a refused change, or one that
// leaves the password alone, ends none.
func TestPasswordChangeEndsOtherSessions(t *testing.T) {
	const password = "correct horse battery"
	cases := []struct {
		name string
		u    accounts.Update
		ends bool
	}{
		{"new password", accounts.Update{Password: ptr("a new long password"), CurrentPassword: ptr(password)}, true},
		{"wrong current password", accounts.Update{Password: ptr("a new long password"), CurrentPassword: ptr("not it at all")}, false},
		{"new password too short", accounts.Update{Password: ptr("short"), CurrentPassword: ptr(password)}, false},
		{"profile only", accounts.Update{DisplayName: ptr("Amina D.")}, false},
		{"e-mail only", accounts.Update{Email: ptr("amina.d@village.example"), CurrentPassword: ptr(password)}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			ended := &endedSessions{}
			svc := accounts.NewService(st, accounts.WithHash(accounts.CheapHash), accounts.WithSessions(ended))
			p, err := svc.Register(t.Context(), accounts.Registration{Email: "amina@village.example", Password: password,
				Profile: accounts.Profile{DisplayName: "Amina", StakeholderGroup: "civil_society", Region: "african",
					Country: "SN", Languages: []string{"fr"}, TimeZone: "Africa/Dakar"}})
			if err != nil {
				t.Fatal(err)
			}
			_, err = svc.UpdatePerson(t.Context(), p.ID, "session-1", tc.u)
			if tc.ends && err != nil {
				t.Fatalf("UpdatePerson: %v", err)
			}
			var want []string
			if tc.ends {
				want = []string{p.ID + " but session-1"}
			}
			if !slices.Equal(ended.calls, want) {
				t.Fatalf("ended %q, want %q", ended.calls, want)
			}
		})
	}
}
