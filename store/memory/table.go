package memory

import (
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// table is one collection: its records in memory by key, and the bbolt
// bucket that keeps them on disk.
//
// A table does no locking of its own. Every method runs under Store.mu,
// taken by view (reads) or update (writes): holding it from the uniqueness
// check through the bbolt commit to the map update is what makes racing
// inserts have exactly one winner. Writes reach the map only once bbolt has
// committed them, so memory never runs ahead of the disk.
//
// The table never shares a slice or map with a caller: records are copied
// on the way in and on the way out (see clone).
type table[T any] struct {
	db     *bolt.DB
	bucket []byte
	// what names the record kind in errors ("person"), whatKey the key a
	// duplicate collides on ("person ID"); never the key itself, see
	// notFound.
	what, whatKey string
	key           func(T) string
	// clone deep-copies a record that holds slices or maps; nil when a
	// plain assignment copies it all.
	clone func(T) T
	rows  map[string]T
}

// addTable makes the table of bucket and adds it to the tables that Open
// creates and loads.
func addTable[T any](s *Store, bucket []byte, what, whatKey string, key func(T) string) *table[T] {
	t := &table[T]{db: s.db, bucket: bucket, what: what, whatKey: whatKey, key: key, rows: map[string]T{}}
	s.tables = append(s.tables, t)
	return t
}

func (t *table[T]) copy(rec T) T {
	if t.clone != nil {
		return t.clone(rec)
	}
	return rec
}

// load creates the bucket if it is missing and reads every record of it.
func (t *table[T]) load(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(t.bucket)
	if err != nil {
		return fmt.Errorf("bucket %s: %w", t.bucket, err)
	}
	return b.ForEach(func(k, v []byte) error {
		var rec T
		if err := json.Unmarshal(v, &rec); err != nil {
			return fmt.Errorf("bucket %s, key %q: %w", t.bucket, k, err)
		}
		t.rows[string(k)] = rec
		return nil
	})
}

func (t *table[T]) has(key string) bool {
	_, ok := t.rows[key]
	return ok
}

// get returns a copy of the record with key: ErrNotFound if there is none.
func (t *table[T]) get(key string) (*T, error) {
	rec, ok := t.rows[key]
	if !ok {
		return nil, notFound(t.what)
	}
	rec = t.copy(rec)
	return &rec, nil
}

// sorted returns a copy of every record, in the order of cmp.
func (t *table[T]) sorted(cmp func(a, b T) int) []T {
	out := make([]T, 0, len(t.rows))
	for _, rec := range t.rows {
		out = append(out, t.copy(rec))
	}
	slices.SortFunc(out, cmp)
	return out
}

// where returns a copy of every record that matches, in no order.
func (t *table[T]) where(match func(T) bool) []T {
	var out []T
	for _, rec := range t.rows {
		if match(rec) {
			out = append(out, t.copy(rec))
		}
	}
	return out
}

// keysWhere returns the keys of the records that match.
func (t *table[T]) keysWhere(match func(T) bool) []string {
	var keys []string
	for k, rec := range t.rows {
		if match(rec) {
			keys = append(keys, k)
		}
	}
	return keys
}

// insert adds rec: ErrDuplicate if its key is taken. This is the claim of a
// unique key that the invariants rest on.
func (t *table[T]) insert(rec T) error {
	if t.has(t.key(rec)) {
		return duplicate(t.whatKey)
	}
	return t.save(rec)
}

// replace overwrites the record with rec's key: ErrNotFound if there is
// none.
func (t *table[T]) replace(rec T) error {
	if !t.has(t.key(rec)) {
		return notFound(t.what)
	}
	return t.save(rec)
}

// save writes recs, new or not, in one bbolt transaction, then to the map.
// It checks nothing: insert and replace do.
func (t *table[T]) save(recs ...T) error {
	if len(recs) == 0 {
		return nil
	}
	recs = slices.Clone(recs)
	for i := range recs {
		recs[i] = t.copy(recs[i])
	}
	if err := commit(t.db, func(tx *bolt.Tx) error { return t.putTx(tx, recs...) }); err != nil {
		return err
	}
	for _, rec := range recs {
		t.rows[t.key(rec)] = rec
	}
	return nil
}

// remove deletes the record with key: ErrNotFound if there is none.
func (t *table[T]) remove(key string) error {
	if !t.has(key) {
		return notFound(t.what)
	}
	return t.drop(key)
}

// removeWhere deletes every record that matches, in one bbolt transaction.
// None matching is not an error.
func (t *table[T]) removeWhere(match func(T) bool) error {
	return t.drop(t.keysWhere(match)...)
}

// drop deletes keys in one bbolt transaction, then from the map.
func (t *table[T]) drop(keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	if err := commit(t.db, func(tx *bolt.Tx) error { return t.deleteTx(tx, keys...) }); err != nil {
		return err
	}
	t.forget(keys...)
	return nil
}

// putTx and deleteTx write to the bucket within tx; forget drops keys from
// the map. save and drop are built on them. An operation that must change
// several tables in one transaction (DeletePerson) calls them itself, and
// forget only once commit has succeeded.
func (t *table[T]) putTx(tx *bolt.Tx, recs ...T) error {
	b := tx.Bucket(t.bucket)
	for _, rec := range recs {
		data, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		if err := b.Put([]byte(t.key(rec)), data); err != nil {
			return err
		}
	}
	return nil
}

func (t *table[T]) deleteTx(tx *bolt.Tx, keys ...string) error {
	b := tx.Bucket(t.bucket)
	for _, k := range keys {
		if err := b.Delete([]byte(k)); err != nil {
			return err
		}
	}
	return nil
}

func (t *table[T]) forget(keys ...string) {
	for _, k := range keys {
		delete(t.rows, k)
	}
}
