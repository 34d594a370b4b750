package booths

import (
	"context"

	"github.com/igf-village/village/apperr"
)

// Blocks says who blocked whom (accounts.Service does). A blocked pair
// never meets in private: a staff member does not take the knock of a
// visitor either of them blocked (a colleague may), and a person does not
// book a slot with such a staff member. The booth's public room stays
// open to both.
type Blocks interface {
	// Blocked reports whether a blocked b or b blocked a.
	Blocked(ctx context.Context, a, b string) (bool, error)
	// BlockedEither is everyone personID blocked or was blocked by.
	BlockedEither(ctx context.Context, personID string) (map[string]bool, error)
}

// WithBlocks keeps blocked pairs out of knocks' talk rooms.
func WithBlocks(b Blocks) Option { return func(s *Service) { s.blocks = b } }

// SlotsWithBlocks keeps a person from booking a slot with a staff member
// either of them blocked.
func SlotsWithBlocks(b Blocks) SlotOption { return func(s *Slots) { s.blocks = b } }

// errBlockedPair refuses a private meeting of a blocked pair without
// saying which of the two blocked.
func errBlockedPair(what string) error {
	return apperr.New(apperr.Blocked, "%s: one of you blocked the other", what)
}

// blockedPair reports whether a and b are blocked, with no Blocks never.
func blockedPair(ctx context.Context, blocks Blocks, a, b string) (bool, error) {
	if blocks == nil {
		return false, nil
	}
	return blocks.Blocked(ctx, a, b)
}
