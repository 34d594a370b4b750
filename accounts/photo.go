package accounts

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"strings"
	"time"

	"golang.org/x/image/draw"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Limits on profile photos. An upload is checked against the first three
// before it is decoded; what is stored is always PhotoSide square.
const (
	MaxPhotoBytes  = 5 << 20    // of the upload
	MaxPhotoSide   = 8000       // pixels, either side
	MaxPhotoPixels = 40_000_000 // width × height
	PhotoSide      = 256        // of the stored photo
	photoQuality   = 85
	// photoWorkers bounds how many uploads are decoded at once: one of
	// MaxPhotoPixels takes about 160 MB while it is resized.
	photoWorkers = 2
)

// PhotoTypes are the media types a photo may be uploaded as.
var PhotoTypes = []string{"image/jpeg", "image/png", "image/gif"}

// Photo is a profile photo as stored and served: a PhotoSide square JPEG
// that the server encoded itself, so that nothing of the upload but its
// pixels survives (no EXIF, no GPS position, no camera serial). Its ID is
// random and new at every upload: it is the photo's address, which may be
// cached forever and needs no sign-in.
type Photo struct {
	ID        string    `json:"id" bson:"_id"`
	PersonID  string    `json:"person_id" bson:"person_id"`
	JPEG      []byte    `json:"jpeg" bson:"jpeg"`
	CreatedAt time.Time `json:"created_at" bson:"created_at"`
}

// photoDecoders are the decoders of each PhotoType. Only the declared
// type's decoder runs, so that bytes of another format are refused rather
// than sniffed.
var photoDecoders = map[string]struct {
	config func(io.Reader) (image.Config, error)
	decode func(io.Reader) (image.Image, error)
}{
	"image/jpeg": {jpeg.DecodeConfig, jpeg.Decode},
	"image/png":  {png.DecodeConfig, png.Decode},
	"image/gif":  {gif.DecodeConfig, gif.Decode},
}

// ProcessPhoto turns an upload of mediaType into the JPEG that is stored:
// the dimensions are checked from the header before any pixel is decoded
// (a small file can claim a huge image, a decompression bomb), a JPEG's
// EXIF orientation is applied, the centre square is kept, resized to
// PhotoSide and encoded afresh. An animated GIF gives its first frame.
func ProcessPhoto(mediaType string, data []byte) ([]byte, error) {
	if err := CheckPhotoType(mediaType); err != nil {
		return nil, err
	}
	dec := photoDecoders[mediaType]
	if len(data) > MaxPhotoBytes {
		return nil, apperr.New(apperr.TooLarge, "a photo is at most %d MiB", MaxPhotoBytes>>20)
	}
	cfg, err := dec.config(bytes.NewReader(data))
	if err != nil {
		return nil, photoInvalid("the photo cannot be read as %s", mediaType)
	}
	if cfg.Width < 1 || cfg.Height < 1 || cfg.Width > MaxPhotoSide || cfg.Height > MaxPhotoSide ||
		cfg.Width*cfg.Height > MaxPhotoPixels {
		return nil, photoInvalid("the image is %d×%d pixels; at most %d on a side and %d megapixels",
			cfg.Width, cfg.Height, MaxPhotoSide, MaxPhotoPixels/1_000_000)
	}
	img, err := dec.decode(bytes.NewReader(data))
	if err != nil {
		return nil, photoInvalid("the photo cannot be read as %s", mediaType)
	}
	orientation := 1
	if mediaType == "image/jpeg" {
		orientation = jpegOrientation(data)
	}
	// The centre square of the image as shown is the centre square of the
	// image as stored, turned: so crop and shrink first, and turn only the
	// small result.
	dst := image.NewRGBA(image.Rect(0, 0, PhotoSide, PhotoSide))
	// Transparent parts of a PNG or GIF show as white, not as JPEG's black.
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src)
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, centreSquare(img.Bounds()), draw.Over, nil)
	var out bytes.Buffer
	if err := jpeg.Encode(&out, orient(dst, orientation), &jpeg.Options{Quality: photoQuality}); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// CheckPhotoType refuses a media type (without parameters) that a photo
// may not be uploaded as, so that the body need not be read.
func CheckPhotoType(mediaType string) error {
	if _, ok := photoDecoders[mediaType]; !ok {
		return apperr.New(apperr.UnsupportedMediaType, "send the photo as %s", strings.Join(PhotoTypes, ", "))
	}
	return nil
}

func photoInvalid(format string, args ...any) error {
	var f apperr.Fields
	f.Add("photo", format, args...)
	return f.Err()
}

// centreSquare is the largest square centred in r.
func centreSquare(r image.Rectangle) image.Rectangle {
	side := min(r.Dx(), r.Dy())
	x := r.Min.X + (r.Dx()-side)/2
	y := r.Min.Y + (r.Dy()-side)/2
	return image.Rect(x, y, x+side, y+side)
}

// SetPhoto makes an upload the person's photo and deletes the one it
// replaces.
func (s *Service) SetPhoto(ctx context.Context, personID, mediaType string, data []byte) (*Person, error) {
	if _, err := s.Person(ctx, personID); err != nil {
		return nil, err
	}
	select {
	case s.photoSlots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	jpg, err := ProcessPhoto(mediaType, data)
	<-s.photoSlots
	if err != nil {
		return nil, err
	}
	ph := &Photo{ID: NewID("ph-", 18), PersonID: personID, JPEG: jpg, CreatedAt: s.clock()}
	if err := s.store.CreatePhoto(ctx, ph); err != nil {
		return nil, err
	}
	// Read the person again: a change of the profile may have landed while
	// the photo was being processed.
	p, err := s.Person(ctx, personID)
	if err == nil {
		old := p.PhotoID
		p.PhotoID, p.UpdatedAt = ph.ID, s.clock()
		if err = s.store.UpdatePerson(ctx, p); err == nil {
			s.dropPhoto(ctx, old)
			return p, nil
		}
	}
	// The new photo is nobody's: take it back, even if the caller has gone.
	_ = s.store.DeletePhoto(context.WithoutCancel(ctx), ph.ID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "no such person")
	}
	return nil, err
}

// RemovePhoto leaves the person without a photo. Having none already is
// not an error.
func (s *Service) RemovePhoto(ctx context.Context, personID string) (*Person, error) {
	p, err := s.Person(ctx, personID)
	if err != nil || p.PhotoID == "" {
		return p, err
	}
	old := p.PhotoID
	p.PhotoID, p.UpdatedAt = "", s.clock()
	if err := s.store.UpdatePerson(ctx, p); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return nil, apperr.New(apperr.NotFound, "no such person")
		}
		return nil, err
	}
	s.dropPhoto(ctx, old)
	return p, nil
}

// dropPhoto deletes a photo that the account no longer names, even if the
// caller has gone. A failure is not the caller's: the account has changed
// as asked, and a photo left behind goes with the account when it is
// deleted (DeletePerson takes every photo of the person). One already gone
// is fine too: a racing upload of the same person took it.
func (s *Service) dropPhoto(ctx context.Context, id string) {
	if id != "" {
		_ = s.store.DeletePhoto(context.WithoutCancel(ctx), id)
	}
}

// Photo returns the photo with id, or not_found.
func (s *Service) Photo(ctx context.Context, id string) (*Photo, error) {
	ph, err := s.store.Photo(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "no such photo")
	}
	return ph, err
}
