package testkit

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"testing"
)

// Image fixtures for the photo tests, made in code so that each test shows
// what it feeds the server.

// Quadrant colours of Quadrants: far apart, so that JPEG's losses never
// make one pass for another.
var (
	Red   = color.RGBA{R: 255, A: 255}
	Green = color.RGBA{G: 255, A: 255}
	Blue  = color.RGBA{B: 255, A: 255}
	White = color.RGBA{R: 255, G: 255, B: 255, A: 255}
)

// Quadrants is a w×h image whose quarters are, from the top left in
// reading order, Red, Green, Blue and White: every turn and mirror of it
// looks different.
func Quadrants(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := Red
			switch {
			case x >= w/2 && y < h/2:
				c = Green
			case x < w/2 && y >= h/2:
				c = Blue
			case x >= w/2 && y >= h/2:
				c = White
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// Bands is a w×h image of three vertical bands, Red, Green and Blue, the
// middle one w-2·side wide: of a wide image, a centre crop keeps only
// Green.
func Bands(w, h, side int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := Green
			switch {
			case x < side:
				c = Red
			case x >= w-side:
				c = Blue
			}
			img.SetRGBA(x, y, c)
		}
	}
	return img
}

// Noise is a w×h image of pseudo-random pixels, the same at every call:
// it compresses badly, so its PNG is about 4·w·h bytes, larger than the
// JSON body limit.
func Noise(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	x := uint32(2463534242)
	for i := range img.Pix {
		x ^= x << 13 // xorshift32
		x ^= x >> 17
		x ^= x << 5
		img.Pix[i] = byte(x)
	}
	return img
}

// PNG encodes img as PNG.
func PNG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatalf("encode PNG: %v", err)
	}
	return b.Bytes()
}

// GIF encodes img as a GIF (Plan 9 palette, which holds the four colours).
func GIF(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := gif.Encode(&b, img, nil); err != nil {
		t.Fatalf("encode GIF: %v", err)
	}
	return b.Bytes()
}

// ExifSecret is written in the EXIF segment of JPEG's output, as a camera
// writes its serial number or a GPS position: it must not survive the
// server's processing.
const ExifSecret = "GPS 46.2044N 6.1432E serial 0xC0FFEE"

// JPEG encodes img as a JPEG (quality 95). With orientation 1 to 8 it also
// carries an EXIF segment, as a phone writes it: big-endian TIFF, IFD0
// holding the Orientation tag and an ImageDescription of ExifSecret.
func JPEG(t testing.TB, img image.Image, orientation int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 95}); err != nil {
		t.Fatalf("encode JPEG: %v", err)
	}
	raw := b.Bytes()
	if orientation == 0 {
		return raw
	}
	app1 := exifSegment(orientation)
	out := append([]byte{}, raw[:2]...) // SOI
	out = append(out, app1...)
	return append(out, raw[2:]...)
}

// exifSegment is an APP1 segment holding an EXIF IFD0 with two entries.
func exifSegment(orientation int) []byte {
	be := binary.BigEndian
	desc := append([]byte(ExifSecret), 0)
	var tiff []byte
	tiff = append(tiff, "MM\x00*"...)
	tiff = be.AppendUint32(tiff, 8) // IFD0 right after the header
	tiff = be.AppendUint16(tiff, 2) // entries
	// ImageDescription (0x010E), ASCII, its text after the IFD.
	tiff = be.AppendUint16(tiff, 0x010E)
	tiff = be.AppendUint16(tiff, 2)
	tiff = be.AppendUint32(tiff, uint32(len(desc)))
	tiff = be.AppendUint32(tiff, 8+2+2*12+4)
	// Orientation (0x0112), SHORT, one value, left-justified in the field.
	tiff = be.AppendUint16(tiff, 0x0112)
	tiff = be.AppendUint16(tiff, 3)
	tiff = be.AppendUint32(tiff, 1)
	tiff = be.AppendUint16(tiff, uint16(orientation))
	tiff = be.AppendUint16(tiff, 0)
	tiff = be.AppendUint32(tiff, 0) // no next IFD
	tiff = append(tiff, desc...)

	payload := append([]byte("Exif\x00\x00"), tiff...)
	seg := []byte{0xFF, 0xE1}
	seg = be.AppendUint16(seg, uint16(len(payload)+2))
	return append(seg, payload...)
}

// HugePNG is the start of a PNG that claims to be w×h pixels: a valid
// signature and header chunk, and a few bytes of pixel data. Decoded, it
// would need w·h·4 bytes; it must be refused on its header alone.
func HugePNG(w, h int) []byte {
	be := binary.BigEndian
	out := []byte("\x89PNG\r\n\x1a\n")
	chunk := func(kind string, data []byte) {
		out = be.AppendUint32(out, uint32(len(data)))
		body := append([]byte(kind), data...)
		out = append(out, body...)
		out = be.AppendUint32(out, crc32.ChecksumIEEE(body))
	}
	var ihdr []byte
	ihdr = be.AppendUint32(ihdr, uint32(w))
	ihdr = be.AppendUint32(ihdr, uint32(h))
	ihdr = append(ihdr, 8, 6, 0, 0, 0) // 8-bit RGBA, no interlace
	chunk("IHDR", ihdr)
	// zlib of nothing much: what matters is that nobody gets this far.
	chunk("IDAT", []byte{0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01})
	chunk("IEND", nil)
	return out
}

// HugeJPEG is a real small JPEG whose frame header is rewritten to claim
// w×h pixels (each at most 65535, JPEG's own limit).
func HugeJPEG(t testing.TB, w, h int) []byte {
	t.Helper()
	b := JPEG(t, Quadrants(16, 16), 0)
	for i := 2; i+9 < len(b); {
		if b[i] != 0xFF {
			break
		}
		marker := b[i+1]
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if marker == 0xC0 || marker == 0xC1 || marker == 0xC2 { // SOF: length, precision, height, width
			binary.BigEndian.PutUint16(b[i+5:], uint16(h))
			binary.BigEndian.PutUint16(b[i+7:], uint16(w))
			return b
		}
		i += 2 + n
	}
	t.Fatal("HugeJPEG: the encoder wrote no frame header")
	return nil
}

// ColourAt reads the colour of a decoded image at (x, y), as 8-bit RGBA.
func ColourAt(img image.Image, x, y int) color.RGBA {
	r, g, b, a := img.At(x, y).RGBA()
	return color.RGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: uint8(a >> 8)}
}

// Near says whether two colours differ by at most 48 in every channel:
// close enough after a resize and two JPEG encodings.
func Near(a, b color.RGBA) bool {
	d := func(x, y uint8) bool { return max(x, y)-min(x, y) <= 48 }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B) && d(a.A, b.A)
}
