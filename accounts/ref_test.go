package accounts_test

import (
	"context"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store"
)

// readCounter is a store of two people that counts its reads.
type readCounter struct{ reads int }

func (r *readCounter) Person(_ context.Context, id string) (*accounts.Person, error) {
	r.reads++
	if id == "gone" {
		return nil, store.ErrNotFound
	}
	return &accounts.Person{ID: id, DisplayName: "Name of " + id}, nil
}

// TestNamesRef: a person is named as they are now, a gone account with no
// name; a Names reads each person once, a nil Names every time.
func TestNamesRef(t *testing.T) {
	ctx := context.Background()
	r := &readCounter{}
	n := accounts.Names{}
	for range 3 {
		if got := n.Ref(ctx, r, "a"); got != (accounts.PersonRef{ID: "a", Name: "Name of a"}) {
			t.Errorf("a: %+v", got)
		}
		if got := n.Ref(ctx, r, "gone"); got != (accounts.PersonRef{ID: "gone"}) {
			t.Errorf("gone: %+v", got)
		}
	}
	if r.reads != 2 {
		t.Errorf("%d reads through a Names, want 2", r.reads)
	}
	var none accounts.Names
	none.Ref(ctx, r, "a")
	none.Ref(ctx, r, "a")
	if r.reads != 4 {
		t.Errorf("%d reads in all, want 4: a nil Names caches nothing", r.reads)
	}
}
