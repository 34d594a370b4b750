package mongo

import (
	"context"
	"time"

	"github.com/igf-village/village/accounts"
)

// CreatePhoto inserts the photo, bytes and all: at most a few tens of KB,
// far below a document's limit.
func (s *Store) CreatePhoto(ctx context.Context, ph *accounts.Photo) (err error) {
	defer s.finish("CreatePhoto", time.Now(), &err)
	return s.photos.insert(ctx, ph)
}

func (s *Store) Photo(ctx context.Context, id string) (_ *accounts.Photo, err error) {
	defer s.finish("Photo", time.Now(), &err)
	return s.photos.get(ctx, id)
}

func (s *Store) DeletePhoto(ctx context.Context, id string) (err error) {
	defer s.finish("DeletePhoto", time.Now(), &err)
	return s.photos.remove(ctx, id)
}
