package memory

import (
	"cmp"
	"context"
	"strings"

	"github.com/igf-village/village/booths"
)

func (s *Store) CreateOrganisation(ctx context.Context, o *booths.Organisation) error {
	return s.update(ctx, "CreateOrganisation", func() error { return s.organisations.insert(*o) })
}

func (s *Store) Organisation(ctx context.Context, id string) (*booths.Organisation, error) {
	return view(ctx, s, "Organisation", func() (*booths.Organisation, error) { return s.organisations.get(id) })
}

// Organisations sorts by folded name so that the list reads the same
// whatever case exhibitors typed their names in.
func (s *Store) Organisations(ctx context.Context) ([]booths.Organisation, error) {
	return view(ctx, s, "Organisations", func() ([]booths.Organisation, error) {
		return s.organisations.sorted(func(a, b booths.Organisation) int {
			return cmp.Or(
				strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
				strings.Compare(a.ID, b.ID),
			)
		}), nil
	})
}

func (s *Store) UpdateOrganisation(ctx context.Context, o *booths.Organisation) error {
	return s.update(ctx, "UpdateOrganisation", func() error { return s.organisations.replace(*o) })
}

// DeleteOrganisation leaves its staff alone: booths calls ClearOrganisation
// as a separate step, as it must with MongoDB, which has no cascade.
func (s *Store) DeleteOrganisation(ctx context.Context, id string) error {
	return s.update(ctx, "DeleteOrganisation", func() error { return s.organisations.remove(id) })
}
