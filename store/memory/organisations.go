package memory

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/booths"
)

func (s *Store) CreateOrganisation(ctx context.Context, o *booths.Organisation) (err error) {
	defer s.observe("CreateOrganisation", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, taken := s.organisations[o.ID]; taken {
		return duplicate("organisation ID")
	}
	rec := *o
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketOrganisations, rec.ID, rec) }); err != nil {
		return err
	}
	s.organisations[rec.ID] = rec
	return nil
}

func (s *Store) Organisation(ctx context.Context, id string) (_ *booths.Organisation, err error) {
	defer s.observe("Organisation", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	o, ok := s.organisations[id]
	if !ok {
		return nil, notFound("organisation")
	}
	return &o, nil
}

// Organisations sorts by folded name so that the list reads the same
// whatever case exhibitors typed their names in.
func (s *Store) Organisations(ctx context.Context) (_ []booths.Organisation, err error) {
	defer s.observe("Organisations", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	out := make([]booths.Organisation, 0, len(s.organisations))
	for _, o := range s.organisations {
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b booths.Organisation) int {
		return cmp.Or(
			strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)),
			strings.Compare(a.ID, b.ID),
		)
	})
	return out, nil
}

func (s *Store) UpdateOrganisation(ctx context.Context, o *booths.Organisation) (err error) {
	defer s.observe("UpdateOrganisation", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, ok := s.organisations[o.ID]; !ok {
		return notFound("organisation")
	}
	rec := *o
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketOrganisations, rec.ID, rec) }); err != nil {
		return err
	}
	s.organisations[rec.ID] = rec
	return nil
}

// DeleteOrganisation leaves its staff alone: booths calls ClearOrganisation
// as a separate step, as it must with MongoDB, which has no cascade.
func (s *Store) DeleteOrganisation(ctx context.Context, id string) (err error) {
	defer s.observe("DeleteOrganisation", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, ok := s.organisations[id]; !ok {
		return notFound("organisation")
	}
	if err := s.write(func(tx *bolt.Tx) error { return del(tx, bucketOrganisations, id) }); err != nil {
		return err
	}
	delete(s.organisations, id)
	return nil
}
