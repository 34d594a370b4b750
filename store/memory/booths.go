package memory

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/igf-village/village/booths"
)

// cloneBooth copies the slices so that neither the caller's value nor the
// map's can change the other.
func cloneBooth(b booths.Booth) booths.Booth {
	b.Themes = slices.Clone(b.Themes)
	b.Languages = slices.Clone(b.Languages)
	b.Links = slices.Clone(b.Links)
	b.Hours = slices.Clone(b.Hours)
	return b
}

func (s *Store) CreateBooth(ctx context.Context, b *booths.Booth) error {
	return s.update(ctx, "CreateBooth", func() error { return s.booths.insert(*b) })
}

func (s *Store) Booth(ctx context.Context, id string) (*booths.Booth, error) {
	return view(ctx, s, "Booth", func() (*booths.Booth, error) { return s.booths.get(id) })
}

// Booths sorts by folded title, as Organisations sorts by folded name.
func (s *Store) Booths(ctx context.Context) ([]booths.Booth, error) {
	return view(ctx, s, "Booths", func() ([]booths.Booth, error) {
		return s.booths.sorted(func(a, b booths.Booth) int {
			return cmp.Or(
				strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)),
				strings.Compare(a.ID, b.ID),
			)
		}), nil
	})
}

func (s *Store) UpdateBooth(ctx context.Context, b *booths.Booth) error {
	return s.update(ctx, "UpdateBooth", func() error { return s.booths.replace(*b) })
}
