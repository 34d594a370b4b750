package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/store"
)

var _ accounts.BlockStore = (*Store)(nil)

const colBlocks = "blocks"

// blockOrder is accounts.CompareBlocks: newest first, then by ID.
var blockOrder = bson.D{{Key: "at", Value: -1}, {Key: "_id", Value: 1}}

// blockIndexes: a person's blocks and the blocks of them, in list order.
// The _id claims (blocker, blocked).
func (s *Store) blockIndexes() indexSet {
	return indexSet{s.blocks.Collection, []mongo.IndexModel{
		{Keys: bson.D{{Key: "blocker_id", Value: 1}, {Key: "at", Value: -1}}},
		{Keys: bson.D{{Key: "blocked_id", Value: 1}, {Key: "at", Value: -1}}},
	}}
}

func (s *Store) CreateBlock(ctx context.Context, b *accounts.Block) (err error) {
	defer s.finish("CreateBlock", time.Now(), &err)
	return s.blocks.insert(ctx, b)
}

// DeleteBlock names the blocker beside the _id, so that a made-up ID
// cannot reach someone else's block.
func (s *Store) DeleteBlock(ctx context.Context, blockerID, blockedID string) (err error) {
	defer s.finish("DeleteBlock", time.Now(), &err)
	res, err := s.blocks.DeleteOne(ctx, bson.D{
		{Key: "_id", Value: accounts.BlockID(blockerID, blockedID)},
		{Key: "blocker_id", Value: blockerID},
	})
	if err != nil {
		return err
	}
	if res.DeletedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}

func (s *Store) BlocksBy(ctx context.Context, personID string) (_ []accounts.Block, err error) {
	defer s.finish("BlocksBy", time.Now(), &err)
	return s.blocks.find(ctx, bson.D{{Key: "blocker_id", Value: personID}}, options.Find().SetSort(blockOrder))
}

func (s *Store) BlockedBy(ctx context.Context, personID string) (_ []accounts.Block, err error) {
	defer s.finish("BlockedBy", time.Now(), &err)
	return s.blocks.find(ctx, bson.D{{Key: "blocked_id", Value: personID}}, options.Find().SetSort(blockOrder))
}

// deleteBlocksOf removes the blocks personID made and those made of them.
func (s *Store) deleteBlocksOf(ctx context.Context, personID string) error {
	_, err := s.blocks.DeleteMany(ctx, bson.D{{Key: "$or", Value: bson.A{
		bson.D{{Key: "blocker_id", Value: personID}}, bson.D{{Key: "blocked_id", Value: personID}},
	}}})
	return err
}
