package storetest

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store"
)

var blockTests = []test{
	{"Blocks/CreateAndList", testBlocksRoundTrip},
	{"Blocks/Twice", testBlocksTwice},
	{"Blocks/RacingBlocksOnce", testBlocksRace},
	{"Blocks/Delete", testBlocksDelete},
	{"Blocks/DeletePersonRemovesTheirs", testBlocksOfDeletedPerson},
}

// NewBlock is NewPerson(blocker)'s block of NewPerson(blocked) at At(at).
func NewBlock(blocker, blocked, at int) *accounts.Block {
	a, b := NewPerson(blocker).ID, NewPerson(blocked).ID
	return &accounts.Block{ID: accounts.BlockID(a, b), BlockerID: a, BlockedID: b, At: At(at)}
}

func blockIDs(list []accounts.Block) []string {
	return ids(list, func(b accounts.Block) string { return b.ID })
}

func testBlocksRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	older, newer, ofMe, others := NewBlock(1, 2, 1), NewBlock(1, 3, 2), NewBlock(4, 1, 3), NewBlock(2, 3, 4)
	for _, b := range []*accounts.Block{older, newer, ofMe, others} {
		must(t, s.CreateBlock(ctx, b), "CreateBlock")
	}
	mine, err := s.BlocksBy(ctx, NewPerson(1).ID)
	must(t, err, "BlocksBy")
	if got, want := blockIDs(mine), []string{newer.ID, older.ID}; !slices.Equal(got, want) {
		t.Fatalf("BlocksBy = %v, want %v (newest first, only theirs)", got, want)
	}
	wantSame(t, &mine[0], newer, "BlocksBy")
	of, err := s.BlockedBy(ctx, NewPerson(3).ID)
	must(t, err, "BlockedBy")
	if got, want := blockIDs(of), []string{others.ID, newer.ID}; !slices.Equal(got, want) {
		t.Fatalf("BlockedBy = %v, want %v", got, want)
	}
	wantSame(t, &of[1], newer, "BlockedBy")
	for _, list := range []func(context.Context, string) ([]accounts.Block, error){s.BlocksBy, s.BlockedBy} {
		none, err := list(ctx, "nobody")
		must(t, err, "a list of nobody")
		if none == nil || len(none) != 0 {
			t.Errorf("list of nobody = %#v, want an empty list", none)
		}
	}
}

func testBlocksTwice(t *testing.T, s Store) {
	ctx := t.Context()
	first := NewBlock(1, 2, 1)
	must(t, s.CreateBlock(ctx, first), "CreateBlock")
	again := NewBlock(1, 2, 5)
	wantErr(t, s.CreateBlock(ctx, again), store.ErrDuplicate, "CreateBlock again")
	// The other way round is another block.
	must(t, s.CreateBlock(ctx, NewBlock(2, 1, 2)), "CreateBlock the other way")
	mine, err := s.BlocksBy(ctx, first.BlockerID)
	must(t, err, "BlocksBy")
	if len(mine) != 1 {
		t.Fatalf("BlocksBy = %v, want the first block alone", blockIDs(mine))
	}
	wantSame(t, &mine[0], first, "the first block")
}

// testBlocksRace: blocking from several tabs or nodes at once stores one
// block, and exactly one insert wins.
func testBlocksRace(t *testing.T, s Store) {
	ctx := t.Context()
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- s.CreateBlock(context.WithoutCancel(ctx), NewBlock(1, 2, i))
		}()
	}
	wg.Wait()
	close(errs)
	won := 0
	for err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, store.ErrDuplicate):
			t.Errorf("CreateBlock racing: %v", err)
		}
	}
	if won != 1 {
		t.Errorf("%d racing inserts of one block won, want 1", won)
	}
	mine, err := s.BlocksBy(ctx, NewPerson(1).ID)
	must(t, err, "BlocksBy")
	if len(mine) != 1 {
		t.Errorf("BlocksBy = %v, want one block", blockIDs(mine))
	}
}

func testBlocksDelete(t *testing.T, s Store) {
	ctx := t.Context()
	b, theirs := NewBlock(1, 2, 1), NewBlock(3, 2, 2)
	must(t, s.CreateBlock(ctx, b), "CreateBlock")
	must(t, s.CreateBlock(ctx, theirs), "CreateBlock")
	wantErr(t, s.DeleteBlock(ctx, b.BlockedID, b.BlockerID), store.ErrNotFound, "DeleteBlock the other way round")
	wantErr(t, s.DeleteBlock(ctx, NewPerson(1).ID, NewPerson(3).ID), store.ErrNotFound, "DeleteBlock of no block")
	must(t, s.DeleteBlock(ctx, b.BlockerID, b.BlockedID), "DeleteBlock")
	wantErr(t, s.DeleteBlock(ctx, b.BlockerID, b.BlockedID), store.ErrNotFound, "DeleteBlock again")
	of, err := s.BlockedBy(ctx, b.BlockedID)
	must(t, err, "BlockedBy")
	if got := blockIDs(of); !slices.Equal(got, []string{theirs.ID}) {
		t.Errorf("BlockedBy after DeleteBlock = %v, want only %s", got, theirs.ID)
	}
	// Blocking again after an unblock is a fresh insert.
	must(t, s.CreateBlock(ctx, NewBlock(1, 2, 3)), "CreateBlock after DeleteBlock")
}

func testBlocksOfDeletedPerson(t *testing.T, s Store) {
	ctx := t.Context()
	gone := NewPerson(1)
	must(t, s.CreatePerson(ctx, gone), "CreatePerson")
	kept := NewBlock(2, 3, 3)
	for _, b := range []*accounts.Block{NewBlock(1, 2, 1), NewBlock(3, 1, 2), kept} {
		must(t, s.CreateBlock(ctx, b), "CreateBlock")
	}
	must(t, s.DeletePerson(ctx, gone.ID), "DeletePerson")
	for _, p := range []int{1, 2, 3} {
		id := NewPerson(p).ID
		by, err := s.BlocksBy(ctx, id)
		must(t, err, "BlocksBy")
		of, err := s.BlockedBy(ctx, id)
		must(t, err, "BlockedBy")
		for _, b := range append(by, of...) {
			if b.ID != kept.ID {
				t.Errorf("block %s left after DeletePerson of %s", b.ID, gone.ID)
			}
		}
	}
	by, err := s.BlocksBy(ctx, kept.BlockerID)
	must(t, err, "BlocksBy")
	if got := blockIDs(by); !slices.Equal(got, []string{kept.ID}) {
		t.Errorf("BlocksBy = %v, want %s kept", got, kept.ID)
	}
}

// durableBlocks leaves a block, and one lifted, for checkDurableBlocks
// to find after a reopen.
func durableBlocks(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.CreateBlock(ctx, NewBlock(7, 8, 1)), "CreateBlock")
	must(t, s.CreateBlock(ctx, NewBlock(7, 9, 2)), "CreateBlock")
	must(t, s.DeleteBlock(ctx, NewPerson(7).ID, NewPerson(9).ID), "DeleteBlock")
}

func checkDurableBlocks(t *testing.T, s Store) {
	ctx := t.Context()
	by, err := s.BlocksBy(ctx, NewPerson(7).ID)
	must(t, err, "BlocksBy after reopen")
	if len(by) != 1 {
		t.Fatalf("BlocksBy after reopen = %v, want the block of person 8 alone", blockIDs(by))
	}
	wantSame(t, &by[0], NewBlock(7, 8, 1), "block after reopen")
	// The unique key holds after a reopen too.
	wantErr(t, s.CreateBlock(ctx, NewBlock(7, 8, 3)), store.ErrDuplicate, "CreateBlock again after reopen")
}
