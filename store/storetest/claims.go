package storetest

import (
	"testing"

	"github.com/igf-village/village/store"
)

var claimTests = []test{
	{"Claims/Once", testClaimOnce},
	{"Claims/Claimed", testClaimed},
}

func testClaimOnce(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.Claim(ctx, "seed:demo-village", At(1)), "Claim")
	wantErr(t, s.Claim(ctx, "seed:demo-village", At(2)), store.ErrDuplicate, "second Claim")
	must(t, s.Claim(ctx, "seed:other", At(3)), "Claim of another key")
}

// testClaimed: a claim is seen by its whole key only, and a refused second
// claim leaves it claimed.
func testClaimed(t *testing.T, s Store) {
	ctx := t.Context()
	want := func(key string, claimed bool) {
		t.Helper()
		got, err := s.Claimed(ctx, key)
		must(t, err, "Claimed")
		if got != claimed {
			t.Errorf("Claimed(%q) = %v, want %v", key, got, claimed)
		}
	}
	want("org-closed:org-a", false)
	must(t, s.Claim(ctx, "org-closed:org-a", At(1)), "Claim")
	want("org-closed:org-a", true)
	wantErr(t, s.Claim(ctx, "org-closed:org-a", At(2)), store.ErrDuplicate, "second Claim")
	want("org-closed:org-a", true)
	for _, other := range []string{"org-closed:org-", "org-closed:org-ab", "org-closed:org-A", ""} {
		want(other, false)
	}
}
