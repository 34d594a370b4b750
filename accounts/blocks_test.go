package accounts_test

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/igf-village/village/accounts"
)

// TestBlockedEitherWay: a block counts for both people, whoever made it,
// and BlockedEither gathers both directions.
func TestBlockedEitherWay(t *testing.T) {
	svc := newService(t)
	ctx := t.Context()
	var people []*accounts.Person
	for i := range 4 {
		p, err := svc.Register(ctx, accounts.Registration{Email: fmt.Sprintf("p%d@village.example", i), Password: "long enough password",
			Profile: accounts.Profile{DisplayName: fmt.Sprintf("P%d", i), StakeholderGroup: "civil_society", Region: "african",
				Country: "KE", Languages: []string{"en"}, TimeZone: "Africa/Nairobi"}})
		if err != nil {
			t.Fatal(err)
		}
		people = append(people, p)
	}
	a, b, c, d := people[0], people[1], people[2], people[3]
	for _, pair := range [][2]*accounts.Person{{a, b}, {c, a}} {
		if _, created, err := svc.Block(ctx, pair[0], pair[1].ID); err != nil || !created {
			t.Fatalf("Block: created %v, %v", created, err)
		}
	}
	for _, tc := range []struct {
		x, y *accounts.Person
		want bool
	}{{a, b, true}, {b, a, true}, {a, c, true}, {c, a, true}, {b, c, false}, {a, d, false}, {a, a, false}} {
		if got, err := svc.Blocked(ctx, tc.x.ID, tc.y.ID); err != nil || got != tc.want {
			t.Errorf("Blocked(%s, %s) = %v, %v; want %v", tc.x.DisplayName, tc.y.DisplayName, got, err, tc.want)
		}
	}
	either, err := svc.BlockedEither(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := slices.Sorted(maps.Keys(either)), slices.Sorted(slices.Values([]string{b.ID, c.ID})); !slices.Equal(got, want) {
		t.Errorf("BlockedEither(a) = %v, want %v", got, want)
	}
	if err := svc.Unblock(ctx, b, a.ID); err == nil {
		t.Error("b unblocked a block that is a's")
	}
	if err := svc.Unblock(ctx, a, b.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := svc.Blocked(ctx, b.ID, a.ID); got {
		t.Error("still blocked after the unblock")
	}
}
