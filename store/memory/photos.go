package memory

import (
	"context"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/accounts"
)

// Photos are kept in two buckets: what is known of each (its owner, its
// time) in a table, loaded into memory like every other; their bytes in
// bucketPhotoData, read from the file when a photo is asked for. A few
// thousand photos of some 20 KB each would otherwise sit in memory for
// the life of the node, and bbolt's map of the file serves them as fast.
var (
	bucketPhotos    = []byte("photos")
	bucketPhotoData = []byte("photo_data")
)

// photoMeta is a Photo without its bytes.
type photoMeta struct {
	ID        string    `json:"id"`
	PersonID  string    `json:"person_id"`
	CreatedAt time.Time `json:"created_at"`
}

// rawBucket is a bucket that load only creates: its values are read from
// the file when needed.
type rawBucket []byte

func (b rawBucket) load(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(b)
	return err
}

// CreatePhoto writes the record and its bytes in one transaction.
func (s *Store) CreatePhoto(ctx context.Context, ph *accounts.Photo) error {
	return s.update(ctx, "CreatePhoto", func() error {
		if s.photos.has(ph.ID) {
			return duplicate("photo ID")
		}
		meta := photoMeta{ID: ph.ID, PersonID: ph.PersonID, CreatedAt: ph.CreatedAt}
		err := commit(s.db, func(tx *bolt.Tx) error {
			if err := s.photos.putTx(tx, meta); err != nil {
				return err
			}
			return tx.Bucket(bucketPhotoData).Put([]byte(ph.ID), ph.JPEG)
		})
		if err != nil {
			return err
		}
		s.photos.rows[ph.ID] = meta
		return nil
	})
}

func (s *Store) Photo(ctx context.Context, id string) (*accounts.Photo, error) {
	return view(ctx, s, "Photo", func() (*accounts.Photo, error) {
		meta, err := s.photos.get(id)
		if err != nil {
			return nil, err
		}
		ph := &accounts.Photo{ID: meta.ID, PersonID: meta.PersonID, CreatedAt: meta.CreatedAt}
		err = s.db.View(func(tx *bolt.Tx) error {
			// bbolt's bytes live only as long as the transaction.
			ph.JPEG = slices.Clone(tx.Bucket(bucketPhotoData).Get([]byte(id)))
			return nil
		})
		return ph, err
	})
}

func (s *Store) DeletePhoto(ctx context.Context, id string) error {
	return s.update(ctx, "DeletePhoto", func() error {
		if !s.photos.has(id) {
			return notFound("photo")
		}
		return s.dropPhotos(id)
	})
}

// dropPhotos deletes photos, record and bytes, in one transaction. The
// caller holds mu for writing.
func (s *Store) dropPhotos(ids ...string) error {
	if len(ids) == 0 {
		return nil
	}
	err := commit(s.db, func(tx *bolt.Tx) error { return s.deletePhotosTx(tx, ids...) })
	if err != nil {
		return err
	}
	s.photos.forget(ids...)
	return nil
}

func (s *Store) deletePhotosTx(tx *bolt.Tx, ids ...string) error {
	if err := s.photos.deleteTx(tx, ids...); err != nil {
		return err
	}
	data := tx.Bucket(bucketPhotoData)
	for _, id := range ids {
		if err := data.Delete([]byte(id)); err != nil {
			return err
		}
	}
	return nil
}
