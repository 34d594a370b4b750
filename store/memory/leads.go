package memory

import (
	"context"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/booths"
)

var _ booths.LeadStore = (*Store)(nil)

// cloneLead copies the languages so that neither the caller's value nor
// the map's can change the other.
func cloneLead(l booths.Lead) booths.Lead {
	l.Contact.Languages = slices.Clone(l.Contact.Languages)
	return l
}

func (s *Store) CreateLead(ctx context.Context, l *booths.Lead) error {
	return s.update(ctx, "CreateLead", func() error { return s.leads.insert(*l) })
}

// BoothLeads scans every lead: a village holds some thousands, and a scan
// under the read lock costs less than an index kept in step with each
// write.
func (s *Store) BoothLeads(ctx context.Context, boothID string, offset, limit int) (page []booths.Lead, total int, err error) {
	page, err = view(ctx, s, "BoothLeads", func() ([]booths.Lead, error) {
		all := s.leadsWhere(func(l booths.Lead) bool { return l.BoothID == boothID })
		total = len(all)
		all = all[min(offset, total):]
		if limit > 0 && limit < len(all) {
			all = all[:limit]
		}
		return all, nil
	})
	return page, total, err
}

func (s *Store) PersonLeads(ctx context.Context, personID string) ([]booths.Lead, error) {
	return view(ctx, s, "PersonLeads", func() ([]booths.Lead, error) {
		return s.leadsWhere(func(l booths.Lead) bool { return l.PersonID == personID }), nil
	})
}

// leadsWhere returns copies of the leads that match, in the order of
// booths.CompareLeads, never nil.
func (s *Store) leadsWhere(match func(booths.Lead) bool) []booths.Lead {
	out := []booths.Lead{}
	for _, l := range s.leads.rows {
		if match(l) {
			out = append(out, s.leads.copy(l))
		}
	}
	slices.SortFunc(out, func(a, b booths.Lead) int { return booths.CompareLeads(&a, &b) })
	return out
}

func (s *Store) DeleteLead(ctx context.Context, boothID, personID string) error {
	return s.update(ctx, "DeleteLead", func() error {
		id := booths.LeadID(boothID, personID)
		if l, ok := s.leads.rows[id]; !ok || l.PersonID != personID {
			return notFound("lead")
		}
		return s.leads.drop(id)
	})
}

// DeleteBooth removes the booth and the leads left at it in one bbolt
// transaction: a crash cannot leave leads that a new booth of the same
// organisation (the same ID) would inherit.
func (s *Store) DeleteBooth(ctx context.Context, id string) error {
	return s.update(ctx, "DeleteBooth", func() error {
		if !s.booths.has(id) {
			return notFound("booth")
		}
		leads := s.leads.keysWhere(func(l booths.Lead) bool { return l.BoothID == id })
		err := commit(s.db, func(tx *bolt.Tx) error {
			if err := s.leads.deleteTx(tx, leads...); err != nil {
				return err
			}
			return s.booths.deleteTx(tx, id)
		})
		if err != nil {
			return err
		}
		s.leads.forget(leads...)
		s.booths.forget(id)
		return nil
	})
}
