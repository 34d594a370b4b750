package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/v2/bson"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/matching"
)

var (
	_ matching.WishStore        = (*Store)(nil)
	_ matching.SuggestionSource = (*Store)(nil)
)

// colWishes holds the wishes to meet; a wish's _id (from:to) is its claim.
const colWishes = "wishes"

func (s *Store) AddWish(ctx context.Context, w *matching.Wish) (err error) {
	defer s.finish("AddWish", time.Now(), &err)
	return s.wishes.insert(ctx, w)
}

func (s *Store) Wish(ctx context.Context, id string) (_ *matching.Wish, err error) {
	defer s.finish("Wish", time.Now(), &err)
	return s.wishes.get(ctx, id)
}

func (s *Store) DeleteWish(ctx context.Context, id string) (err error) {
	defer s.finish("DeleteWish", time.Now(), &err)
	return s.wishes.remove(ctx, id)
}

func (s *Store) WishesFrom(ctx context.Context, personID string) (_ []matching.Wish, err error) {
	defer s.finish("WishesFrom", time.Now(), &err)
	list, err := s.wishes.find(ctx, bson.D{{Key: "from", Value: personID}})
	if err != nil {
		return nil, err
	}
	matching.SortWishes(list)
	return list, nil
}

// EachPerson streams every person from one cursor.
func (s *Store) EachPerson(ctx context.Context, fn func(accounts.Person) error) (err error) {
	defer s.finish("EachPerson", time.Now(), &err)
	cur, err := s.people.Find(ctx, bson.D{})
	if err != nil {
		return err
	}
	defer cur.Close(ctx)
	for cur.Next(ctx) {
		var p accounts.Person
		if err := cur.Decode(&p); err != nil {
			return err
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	return cur.Err()
}
