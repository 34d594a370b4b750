package memory

import (
	"context"

	"github.com/igf-village/village/contacts"
)

var _ contacts.Store = (*Store)(nil)

// AddContacts writes the new contacts of cs in one bbolt transaction.
func (s *Store) AddContacts(ctx context.Context, cs []contacts.Contact) error {
	return s.update(ctx, "AddContacts", func() error {
		fresh := make([]contacts.Contact, 0, len(cs))
		seen := make(map[string]bool, len(cs))
		for _, c := range cs {
			if !s.contacts.has(c.ID) && !seen[c.ID] {
				seen[c.ID] = true
				fresh = append(fresh, c)
			}
		}
		return s.contacts.save(fresh...)
	})
}

// PersonContacts scans every contact: a village makes some tens of
// thousands, and a scan under the read lock costs less than an index by
// person kept in step with every write.
func (s *Store) PersonContacts(ctx context.Context, personID string) ([]contacts.Contact, error) {
	return view(ctx, s, "PersonContacts", func() ([]contacts.Contact, error) {
		out := s.contacts.where(func(c contacts.Contact) bool { return c.A == personID || c.B == personID })
		if out == nil {
			out = []contacts.Contact{}
		}
		contacts.SortNewest(out)
		return out, nil
	})
}

// EachContact copies the contacts under the read lock and calls fn after
// it, so that fn may use the store.
func (s *Store) EachContact(ctx context.Context, fn func(contacts.Contact) error) error {
	all, err := view(ctx, s, "EachContact", func() ([]contacts.Contact, error) {
		out := make([]contacts.Contact, 0, len(s.contacts.rows))
		for _, c := range s.contacts.rows {
			out = append(out, c)
		}
		return out, nil
	})
	if err != nil {
		return err
	}
	for _, c := range all {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}
