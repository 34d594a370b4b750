package accounts_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store/memory"
)

func newService(t *testing.T) *accounts.Service {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return accounts.NewService(st, accounts.WithHash(accounts.CheapHash))
}

// TestExternalProfileFromClaims: valid claims fill the profile, invalid ones
// are left empty for the person to complete, and nothing is invented.
func TestExternalProfileFromClaims(t *testing.T) {
	cases := []struct {
		name string
		id   accounts.Identity
		want accounts.Profile
	}{
		{"all valid", accounts.Identity{Issuer: "i", Subject: "1", Email: "a@b.org", Name: " Aïcha Koné ",
			StakeholderGroup: "government", Region: "african", Country: "ci", ZoneInfo: "Africa/Abidjan", Locale: "fr_CI"},
			accounts.Profile{DisplayName: "Aïcha Koné", StakeholderGroup: "government", Region: "african", Country: "CI",
				TimeZone: "Africa/Abidjan", Languages: []string{"fr-CI"}}},
		{"all invalid", accounts.Identity{Issuer: "i", Subject: "2", Email: "bob@b.org", Name: "",
			StakeholderGroup: "aliens", Region: "moon", Country: "EU", ZoneInfo: "Mars/Base", Locale: "!!"},
			accounts.Profile{DisplayName: "bob", Languages: []string{}}},
		{"name with a right-to-left override", accounts.Identity{Issuer: "i", Subject: "3", Email: "carol@b.org",
			Name: "Carol \u202eloraC"}, accounts.Profile{DisplayName: "carol", Languages: []string{}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := newService(t).SignInExternal(t.Context(), tc.id)
			if err != nil {
				t.Fatal(err)
			}
			got := p.Profile()
			if got.DisplayName != tc.want.DisplayName || got.StakeholderGroup != tc.want.StakeholderGroup ||
				got.Region != tc.want.Region || got.Country != tc.want.Country || got.TimeZone != tc.want.TimeZone ||
				!slices.Equal(got.Languages, tc.want.Languages) || got.DirectoryOptIn {
				t.Fatalf("profile = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestExternalLinksByEmail: a person who registered with a password and
// later signs in through the registration site keeps one account.
func TestExternalLinksByEmail(t *testing.T) {
	svc := newService(t)
	reg := accounts.Registration{Email: "li@example.org", Password: "long enough password", Profile: accounts.Profile{
		DisplayName: "Li Wei", StakeholderGroup: "technical_community", Region: "asia_pacific", Country: "CN",
		Languages: []string{"zh"}, TimeZone: "Asia/Shanghai"}}
	p, err := svc.Register(t.Context(), reg)
	if err != nil {
		t.Fatal(err)
	}
	q, err := svc.SignInExternal(t.Context(), accounts.Identity{Issuer: "i", Subject: "s", Email: "LI@example.org"})
	if err != nil || q.ID != p.ID {
		t.Fatalf("external sign-in gave %v, %v; want the registered account %s", q, err, p.ID)
	}
	if _, err := svc.SignInExternal(t.Context(), accounts.Identity{Issuer: "i", Email: "x@example.org"}); err == nil {
		t.Fatal("a token without a subject was accepted")
	}
}
