package accounts_test

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"path/filepath"
	"strings"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
	"github.com/igf-village/village/store/memory"
	"github.com/igf-village/village/testkit"
)

func openStore(t *testing.T) *memory.Store {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// decodeStored decodes a processed photo, failing t unless it is a
// PhotoSide square JPEG.
func decodeStored(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("the stored photo is not a JPEG: %v", err)
	}
	if got := img.Bounds().Size(); got != image.Pt(accounts.PhotoSide, accounts.PhotoSide) {
		t.Fatalf("the stored photo is %v, want %d square", got, accounts.PhotoSide)
	}
	return img
}

// quadrantsOf reads the colours at the centres of the four quarters of a
// stored photo: top left, top right, bottom left, bottom right.
func quadrantsOf(img image.Image) [4]color.RGBA {
	q, r := accounts.PhotoSide/4, 3*accounts.PhotoSide/4
	return [4]color.RGBA{testkit.ColourAt(img, q, q), testkit.ColourAt(img, r, q),
		testkit.ColourAt(img, q, r), testkit.ColourAt(img, r, r)}
}

func wantQuadrants(t *testing.T, what string, got, want [4]color.RGBA) {
	t.Helper()
	for i := range got {
		if !testkit.Near(got[i], want[i]) {
			t.Errorf("%s: quadrants %v, want %v", what, got, want)
			return
		}
	}
}

// TestProcessPhotoOrientation: each EXIF orientation shows the photo as a
// phone would, whatever the stored pixels.
func TestProcessPhotoOrientation(t *testing.T) {
	R, G, B, W := testkit.Red, testkit.Green, testkit.Blue, testkit.White
	cases := []struct {
		orientation int
		want        [4]color.RGBA // TL, TR, BL, BR as shown
	}{
		{0, [4]color.RGBA{R, G, B, W}}, // no EXIF at all
		{1, [4]color.RGBA{R, G, B, W}},
		{2, [4]color.RGBA{G, R, W, B}}, // mirrored
		{3, [4]color.RGBA{W, B, G, R}}, // half a turn
		{4, [4]color.RGBA{B, W, R, G}}, // flipped
		{5, [4]color.RGBA{R, B, G, W}}, // transposed
		{6, [4]color.RGBA{B, R, W, G}}, // a quarter turn clockwise
		{7, [4]color.RGBA{W, G, B, R}}, // transversed
		{8, [4]color.RGBA{G, W, R, B}}, // a quarter turn anticlockwise
	}
	for _, tc := range cases {
		out, err := accounts.ProcessPhoto("image/jpeg", testkit.JPEG(t, testkit.Quadrants(64, 64), tc.orientation))
		if err != nil {
			t.Fatalf("orientation %d: %v", tc.orientation, err)
		}
		wantQuadrants(t, fmt.Sprintf("orientation %d", tc.orientation), quadrantsOf(decodeStored(t, out)), tc.want)
	}
}

// TestProcessPhotoCropsAndStrips: the centre square is kept, whatever the
// format, and nothing of the upload's metadata is.
func TestProcessPhotoCropsAndStrips(t *testing.T) {
	wide := testkit.Bands(600, 200, 200) // the centre 200×200 is green
	tall := image.NewRGBA(image.Rect(0, 0, 100, 300))
	for y := range 300 {
		for x := range 100 {
			c := testkit.Green
			if y < 100 || y >= 200 {
				c = testkit.Red
			}
			tall.SetRGBA(x, y, c)
		}
	}
	transparent := image.NewNRGBA(image.Rect(0, 0, 40, 40)) // all clear
	cases := []struct {
		name, mediaType string
		data            []byte
		want            color.RGBA // everywhere
	}{
		{"wide PNG", "image/png", testkit.PNG(t, wide), testkit.Green},
		{"tall GIF", "image/gif", testkit.GIF(t, tall), testkit.Green},
		{"wide JPEG with EXIF", "image/jpeg", testkit.JPEG(t, wide, 1), testkit.Green},
		{"small JPEG, enlarged", "image/jpeg", testkit.JPEG(t, testkit.Bands(30, 10, 10), 0), testkit.Green},
		{"transparent PNG", "image/png", testkit.PNG(t, transparent), testkit.White},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := accounts.ProcessPhoto(tc.mediaType, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			img := decodeStored(t, out)
			for _, p := range []image.Point{{2, 2}, {253, 2}, {128, 128}, {2, 253}, {253, 253}} {
				if got := testkit.ColourAt(img, p.X, p.Y); !testkit.Near(got, tc.want) {
					t.Errorf("at %v: %v, want %v", p, got, tc.want)
				}
			}
			if bytes.Contains(out, []byte("Exif")) || bytes.Contains(out, []byte(testkit.ExifSecret)) {
				t.Error("the upload's EXIF survived")
			}
		})
	}
}

// TestProcessPhotoRefuses: the wrong type, too many bytes, bytes that are
// not the declared image, and huge dimensions, each with its code; the
// huge ones are refused on their header, before any pixel is decoded.
func TestProcessPhotoRefuses(t *testing.T) {
	png := testkit.PNG(t, testkit.Quadrants(8, 8))
	cases := []struct {
		name, mediaType string
		data            []byte
		code            apperr.Code
		message         string // part of fields.photo
	}{
		{"WebP", "image/webp", []byte("RIFF\x00\x00\x00\x00WEBPVP8 "), apperr.UnsupportedMediaType, ""},
		{"no type", "", png, apperr.UnsupportedMediaType, ""},
		{"too large", "image/png", append(bytes.Clone(png), make([]byte, accounts.MaxPhotoBytes)...), apperr.TooLarge, ""},
		{"empty", "image/png", nil, apperr.ValidationFailed, "cannot be read as image/png"},
		{"text", "image/jpeg", []byte("hello, I am not a photo"), apperr.ValidationFailed, "cannot be read as image/jpeg"},
		{"PNG sent as JPEG", "image/jpeg", png, apperr.ValidationFailed, "cannot be read as image/jpeg"},
		{"truncated PNG", "image/png", png[:len(png)/2], apperr.ValidationFailed, "cannot be read as image/png"},
		{"PNG too wide", "image/png", testkit.HugePNG(accounts.MaxPhotoSide+1, 10), apperr.ValidationFailed, "8001×10"},
		{"PNG too many pixels", "image/png", testkit.HugePNG(7000, 7000), apperr.ValidationFailed, "megapixels"},
		{"PNG bomb", "image/png", testkit.HugePNG(1<<30, 1<<30), apperr.ValidationFailed, ""},
		{"JPEG bomb", "image/jpeg", testkit.HugeJPEG(t, 65000, 65000), apperr.ValidationFailed, "65000×65000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := accounts.ProcessPhoto(tc.mediaType, tc.data)
			var e *apperr.Error
			if !errors.As(err, &e) || e.Code != tc.code {
				t.Fatalf("got %v, %v; want %s", len(out), err, tc.code)
			}
			if tc.code == apperr.ValidationFailed && !strings.Contains(e.Fields["photo"], tc.message) {
				t.Errorf("fields %v: photo should say %q", e.Fields, tc.message)
			}
		})
	}
}

// TestSetPhoto: an upload becomes the person's photo, a new one replaces
// it and deletes the old, removing leaves none, and deleting the account
// takes the photo with it.
func TestSetPhoto(t *testing.T) {
	st := openStore(t)
	svc := accounts.NewService(st, accounts.WithHash(accounts.CheapHash))
	ctx := t.Context()
	p, err := svc.Register(ctx, accounts.Registration{Email: "ana@example.org", Password: "long enough password", Profile: accounts.Profile{
		DisplayName: "Ana", StakeholderGroup: "government", Region: "grulac", Country: "BR",
		Languages: []string{"pt"}, TimeZone: "America/Sao_Paulo"}})
	if err != nil {
		t.Fatal(err)
	}
	photo := testkit.JPEG(t, testkit.Quadrants(64, 64), 6)

	first, err := svc.SetPhoto(ctx, p.ID, "image/jpeg", photo)
	if err != nil || first.PhotoID == "" {
		t.Fatalf("SetPhoto: %v, %v", first, err)
	}
	ph, err := svc.Photo(ctx, first.PhotoID)
	if err != nil || ph.PersonID != p.ID {
		t.Fatalf("Photo: %v, %v", ph, err)
	}
	decodeStored(t, ph.JPEG)
	if stored, _ := svc.Person(ctx, p.ID); stored.PhotoID != first.PhotoID {
		t.Fatalf("the account names photo %q, want %q", stored.PhotoID, first.PhotoID)
	}

	second, err := svc.SetPhoto(ctx, p.ID, "image/png", testkit.PNG(t, testkit.Quadrants(32, 32)))
	if err != nil || second.PhotoID == "" || second.PhotoID == first.PhotoID {
		t.Fatalf("a new upload must have a new ID: %v, %v", second, err)
	}
	if _, err := svc.Photo(ctx, first.PhotoID); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("the replaced photo: %v, want not_found", err)
	}

	// A refused upload changes nothing.
	if _, err := svc.SetPhoto(ctx, p.ID, "image/png", []byte("junk")); apperr.CodeOf(err) != apperr.ValidationFailed {
		t.Fatalf("junk: %v", err)
	}
	if stored, _ := svc.Person(ctx, p.ID); stored.PhotoID != second.PhotoID {
		t.Fatalf("a refused upload changed the photo to %q", stored.PhotoID)
	}

	removed, err := svc.RemovePhoto(ctx, p.ID)
	if err != nil || removed.PhotoID != "" {
		t.Fatalf("RemovePhoto: %v, %v", removed, err)
	}
	if _, err := svc.Photo(ctx, second.PhotoID); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("the removed photo: %v, want not_found", err)
	}
	if again, err := svc.RemovePhoto(ctx, p.ID); err != nil || again.PhotoID != "" {
		t.Fatalf("removing no photo: %v, %v", again, err)
	}

	third, err := svc.SetPhoto(ctx, p.ID, "image/gif", testkit.GIF(t, testkit.Quadrants(16, 16)))
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Delete(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Photo(ctx, third.PhotoID); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("the photo of a deleted account: %v, want ErrNotFound", err)
	}
	for _, call := range []func() error{
		func() error { _, err := svc.SetPhoto(ctx, p.ID, "image/jpeg", photo); return err },
		func() error { _, err := svc.RemovePhoto(ctx, p.ID); return err },
		func() error { _, err := svc.Photo(ctx, "ph-nothing"); return err },
	} {
		if err := call(); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("got %v, want not_found", err)
		}
	}
}

// FuzzProcessPhoto: no JPEG input makes processing panic, and what it
// accepts is always a stored-size JPEG.
func FuzzProcessPhoto(f *testing.F) {
	f.Add(testkit.JPEG(f, testkit.Quadrants(8, 8), 6))
	f.Add(testkit.JPEG(f, testkit.Quadrants(8, 8), 0))
	f.Add([]byte("\xFF\xD8\xFF\xE1\x00\x10Exif\x00\x00MM\x00*\x00\x00\x00\x08"))
	f.Add([]byte("\xFF\xD8\xFF\xE1\xFF\xFF"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out, err := accounts.ProcessPhoto("image/jpeg", b)
		if err == nil {
			decodeStored(t, out)
		}
	})
}

// BenchmarkProcessPhoto: a 12-megapixel phone photo, stored on its side.
func BenchmarkProcessPhoto(b *testing.B) {
	data := testkit.JPEG(b, testkit.Quadrants(4000, 3000), 6)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := accounts.ProcessPhoto("image/jpeg", data); err != nil {
			b.Fatal(err)
		}
	}
}
