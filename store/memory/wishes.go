package memory

import (
	"context"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/matching"
)

var (
	_ matching.WishStore        = (*Store)(nil)
	_ matching.SuggestionSource = (*Store)(nil)
)

var bucketWishes = []byte("wishes")

// wishTables are the tables of who to meet; Store embeds them.
type wishTables struct {
	wishes *table[matching.Wish]
}

// addWishTables adds the wishes' table; Open calls it.
func (s *Store) addWishTables() {
	s.wishes = addTable(s, bucketWishes, "wish", "wish",
		func(w matching.Wish) string { return w.ID })
}

func (s *Store) AddWish(ctx context.Context, w *matching.Wish) error {
	return s.update(ctx, "AddWish", func() error { return s.wishes.insert(*w) })
}

func (s *Store) Wish(ctx context.Context, id string) (*matching.Wish, error) {
	return view(ctx, s, "Wish", func() (*matching.Wish, error) { return s.wishes.get(id) })
}

func (s *Store) DeleteWish(ctx context.Context, id string) error {
	return s.update(ctx, "DeleteWish", func() error { return s.wishes.remove(id) })
}

func (s *Store) WishesFrom(ctx context.Context, personID string) ([]matching.Wish, error) {
	return view(ctx, s, "WishesFrom", func() ([]matching.Wish, error) {
		out := s.wishes.where(func(w matching.Wish) bool { return w.From == personID })
		if out == nil {
			out = []matching.Wish{}
		}
		matching.SortWishes(out)
		return out, nil
	})
}

// EachPerson copies everyone under the read lock and calls fn after it,
// so that fn may use the store.
func (s *Store) EachPerson(ctx context.Context, fn func(accounts.Person) error) error {
	all, err := view(ctx, s, "EachPerson", func() ([]accounts.Person, error) {
		out := make([]accounts.Person, 0, len(s.people.rows))
		for _, p := range s.people.rows {
			out = append(out, s.people.copy(p))
		}
		return out, nil
	})
	if err != nil {
		return err
	}
	for _, p := range all {
		if err := fn(p); err != nil {
			return err
		}
	}
	return nil
}
