package memory

import (
	"context"

	"github.com/igf-village/village/accounts"
)

var _ accounts.BlockStore = (*Store)(nil)

var bucketBlocks = []byte("blocks")

func (s *Store) addBlockTable() {
	s.blocks = addTable(s, bucketBlocks, "block", "block",
		func(b accounts.Block) string { return b.ID })
}

func (s *Store) CreateBlock(ctx context.Context, b *accounts.Block) error {
	return s.update(ctx, "CreateBlock", func() error { return s.blocks.insert(*b) })
}

// DeleteBlock checks the blocker beside the key, so that a made-up ID
// cannot reach someone else's block.
func (s *Store) DeleteBlock(ctx context.Context, blockerID, blockedID string) error {
	return s.update(ctx, "DeleteBlock", func() error {
		id := accounts.BlockID(blockerID, blockedID)
		if b, ok := s.blocks.rows[id]; !ok || b.BlockerID != blockerID {
			return notFound("block")
		}
		return s.blocks.drop(id)
	})
}

// BlocksBy and BlockedBy scan every block: people block few others, and a
// scan of some hundreds under the read lock costs less than two indexes
// kept in step with each write.
func (s *Store) BlocksBy(ctx context.Context, personID string) ([]accounts.Block, error) {
	return view(ctx, s, "BlocksBy", func() ([]accounts.Block, error) {
		return s.blocksWhere(func(b accounts.Block) bool { return b.BlockerID == personID }), nil
	})
}

func (s *Store) BlockedBy(ctx context.Context, personID string) ([]accounts.Block, error) {
	return view(ctx, s, "BlockedBy", func() ([]accounts.Block, error) {
		return s.blocksWhere(func(b accounts.Block) bool { return b.BlockedID == personID }), nil
	})
}

func (s *Store) blocksWhere(match func(accounts.Block) bool) []accounts.Block {
	out := s.blocks.where(match)
	if out == nil {
		out = []accounts.Block{}
	}
	accounts.SortBlocks(out)
	return out
}
