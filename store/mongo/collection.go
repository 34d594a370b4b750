package mongo

import (
	"context"
	"strings"

	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"

	"github.com/igf-village/village/store"
)

// collection is a MongoDB collection of records of type T, each a document
// whose _id is the record's key. Its methods return the driver's errors
// unwrapped (replace and remove say store.ErrNotFound for a missing _id):
// finish, which every Store method defers, maps them and tells the
// observer.
//
// Reads decode the record alone: a name_key written beside it is ignored.
type collection[T any] struct {
	*mongo.Collection
	// sortName, when set, is the name that lists of this collection are
	// sorted by, case-folded. The server sorts only on stored fields, so
	// every document then carries the folded name beside the record, in
	// name_key.
	sortName func(*T) string
}

func newCollection[T any](db *mongo.Database, name string) collection[T] {
	return collection[T]{Collection: db.Collection(name)}
}

// nameKeyed is a record as stored with the key its lists sort on.
type nameKeyed[T any] struct {
	Record  T      `bson:",inline"`
	NameKey string `bson:"name_key"`
}

// doc is the document written for rec.
func (c collection[T]) doc(rec *T) any {
	if c.sortName == nil {
		return rec
	}
	return nameKeyed[T]{Record: *rec, NameKey: foldName(c.sortName(rec))}
}

// foldName is the sort key of a display name or an organisation's name.
func foldName(name string) string { return strings.ToLower(name) }

func byID(id string) bson.D { return bson.D{{Key: "_id", Value: id}} }

// insert inserts rec: a duplicate key error if its _id, or a field with a
// unique index, is taken. This is the claim that the invariants rest on.
func (c collection[T]) insert(ctx context.Context, rec *T) error {
	_, err := c.InsertOne(ctx, c.doc(rec))
	return err
}

// get returns the record with _id id: mongo.ErrNoDocuments if there is none.
func (c collection[T]) get(ctx context.Context, id string) (*T, error) {
	return c.findOne(ctx, byID(id))
}

func (c collection[T]) findOne(ctx context.Context, filter bson.D, opts ...options.Lister[options.FindOneOptions]) (*T, error) {
	rec := new(T)
	if err := c.FindOne(ctx, filter, opts...).Decode(rec); err != nil {
		return nil, err
	}
	return rec, nil
}

// find returns the records that match filter, never nil.
func (c collection[T]) find(ctx context.Context, filter bson.D, opts ...options.Lister[options.FindOptions]) ([]T, error) {
	cur, err := c.Find(ctx, filter, opts...)
	if err != nil {
		return nil, err
	}
	list := []T{}
	if err := cur.All(ctx, &list); err != nil {
		return nil, err
	}
	return list, nil
}

// replace replaces the whole document with _id id by rec's: ErrNotFound if
// there is none. It decides nothing, unlike a conditional update.
func (c collection[T]) replace(ctx context.Context, id string, rec *T) error {
	res, err := c.ReplaceOne(ctx, byID(id), c.doc(rec))
	if err != nil {
		return err
	}
	if res.MatchedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}

// remove deletes the document with _id id: ErrNotFound if there is none.
func (c collection[T]) remove(ctx context.Context, id string) error {
	res, err := c.DeleteOne(ctx, byID(id))
	if err != nil {
		return err
	}
	if res.DeletedCount == 0 {
		return store.ErrNotFound
	}
	return nil
}
