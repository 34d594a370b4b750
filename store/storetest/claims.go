package storetest

import (
	"testing"

	"github.com/igf-village/village/store"
)

var claimTests = []test{
	{"Claims/Once", testClaimOnce},
}

func testClaimOnce(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.Claim(ctx, "seed:demo-village", At(1)), "Claim")
	wantErr(t, s.Claim(ctx, "seed:demo-village", At(2)), store.ErrDuplicate, "second Claim")
	must(t, s.Claim(ctx, "seed:other", At(3)), "Claim of another key")
}
