package accounts

import (
	"context"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Block is one person's refusal of another: from then on neither may ask
// the other for a meeting, message them directly or meet them in private,
// and neither is suggested to the other. It works both ways so that the
// blocked person cannot tell a block from the other's silence by trying.
//
// Its ID is BlockID(BlockerID, BlockedID): blocking is the insert of that
// key, so blocking twice, or from two tabs at once, stores one block.
type Block struct {
	ID        string    `json:"id" bson:"_id"`
	BlockerID string    `json:"blocker_id" bson:"blocker_id"`
	BlockedID string    `json:"blocked_id" bson:"blocked_id"`
	At        time.Time `json:"at" bson:"at"`
}

// BlockID is the key of blocker's block of blocked. Person IDs hold no
// colon, so the blocker's ID is everything before the first one.
func BlockID(blocker, blocked string) string { return blocker + ":" + blocked }

// BlockStore is what blocks need from storage. Errors wrap
// store.ErrNotFound and store.ErrDuplicate.
type BlockStore interface {
	// CreateBlock inserts b. ErrDuplicate if b.ID is taken: of any number
	// of racing inserts of one block, one succeeds.
	CreateBlock(ctx context.Context, b *Block) error
	// DeleteBlock removes blockerID's block of blockedID. ErrNotFound if
	// there is none.
	DeleteBlock(ctx context.Context, blockerID, blockedID string) error
	// BlocksBy lists the blocks personID made, newest first (then by ID);
	// never nil.
	BlocksBy(ctx context.Context, personID string) ([]Block, error)
	// BlockedBy lists the blocks others made of personID, newest first
	// (then by ID); never nil.
	BlockedBy(ctx context.Context, personID string) ([]Block, error)
}

// CompareBlocks is the order of BlocksBy and BlockedBy: newest first, then
// by ID.
func CompareBlocks(a, b *Block) int {
	if c := b.At.Compare(a.At); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// SortBlocks sorts list in the order of CompareBlocks.
func SortBlocks(list []Block) {
	slices.SortFunc(list, func(a, b Block) int { return CompareBlocks(&a, &b) })
}

// BlockView is one person someone blocked, as their list shows it.
type BlockView struct {
	Person PersonRef `json:"person"`
	At     time.Time `json:"at"`
}

// Block has p block the person otherID. created is false when p had
// blocked them already, which changes nothing.
func (s *Service) Block(ctx context.Context, p *Person, otherID string) (view BlockView, created bool, err error) {
	if otherID == p.ID {
		return BlockView{}, false, &apperr.Error{Code: apperr.ValidationFailed, Message: "you cannot block yourself",
			Fields: map[string]string{"person_id": "is you"}}
	}
	other, err := s.Person(ctx, otherID)
	if err != nil {
		return BlockView{}, false, err
	}
	b := &Block{ID: BlockID(p.ID, other.ID), BlockerID: p.ID, BlockedID: other.ID, At: s.clock()}
	err = s.store.CreateBlock(ctx, b)
	if errors.Is(err, store.ErrDuplicate) {
		mine, err := s.store.BlocksBy(ctx, p.ID)
		if err != nil {
			return BlockView{}, false, err
		}
		for _, m := range mine {
			if m.BlockedID == other.ID {
				return BlockView{Person: PersonRef{ID: other.ID, Name: other.DisplayName}, At: m.At}, false, nil
			}
		}
		// Unblocked between the insert and the read: blocked a moment
		// ago, as far as anyone can tell.
		return BlockView{Person: PersonRef{ID: other.ID, Name: other.DisplayName}, At: b.At}, false, nil
	}
	if err != nil {
		return BlockView{}, false, err
	}
	return BlockView{Person: PersonRef{ID: other.ID, Name: other.DisplayName}, At: b.At}, true, nil
}

// Unblock lifts p's block of otherID: not_found if p had not blocked them.
func (s *Service) Unblock(ctx context.Context, p *Person, otherID string) error {
	err := s.store.DeleteBlock(ctx, p.ID, otherID)
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "you have not blocked this person")
	}
	return err
}

// ListBlocks lists the people p blocked, newest first. Someone whose
// account is gone has no block left (DeletePerson removes them).
func (s *Service) ListBlocks(ctx context.Context, p *Person) ([]BlockView, error) {
	mine, err := s.store.BlocksBy(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	names := Names{}
	out := make([]BlockView, len(mine))
	for i, b := range mine {
		out[i] = BlockView{Person: names.Ref(ctx, s.store, b.BlockedID), At: b.At}
	}
	return out, nil
}

// Blocked reports whether a blocked b or b blocked a.
func (s *Service) Blocked(ctx context.Context, a, b string) (bool, error) {
	if a == b {
		return false, nil
	}
	either, err := s.BlockedEither(ctx, a)
	if err != nil {
		return false, err
	}
	return either[b], nil
}

// BlockedEither is everyone personID blocked or was blocked by, as a set
// of IDs: the people never to put before them. Two indexed reads.
func (s *Service) BlockedEither(ctx context.Context, personID string) (map[string]bool, error) {
	by, err := s.store.BlocksBy(ctx, personID)
	if err != nil {
		return nil, err
	}
	of, err := s.store.BlockedBy(ctx, personID)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(by)+len(of))
	for _, b := range by {
		out[b.BlockedID] = true
	}
	for _, b := range of {
		out[b.BlockerID] = true
	}
	return out, nil
}
