package accounts

import (
	"bytes"
	"encoding/binary"
	"image"
)

// Phones store a photo as the sensor saw it and say in EXIF how to turn it
// for display. The encoder that writes the stored photo keeps no EXIF, so
// the turn is applied to the pixels, or a portrait would lie on its side.
//
// Only the Orientation tag of IFD0 is read: a dozen lines here instead of
// an EXIF library, since nothing else of the metadata is kept.

const (
	jpegSOI        = 0xD8
	jpegEOI        = 0xD9
	jpegSOS        = 0xDA
	jpegAPP1       = 0xE1
	tiffShort      = 3
	tagOrientation = 0x0112
)

var exifHeader = []byte("Exif\x00\x00")

// jpegOrientation returns the EXIF orientation of a JPEG, 1 to 8; 1 (as
// stored) when it has none or it cannot be read.
func jpegOrientation(b []byte) int {
	if len(b) < 2 || b[0] != 0xFF || b[1] != jpegSOI {
		return 1
	}
	// The metadata segments come before the first scan (SOS): walk them.
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return 1
		}
		marker := b[i+1]
		switch {
		case marker == 0xFF: // fill byte before a marker
			i++
			continue
		case marker == jpegSOS || marker == jpegEOI:
			return 1
		case marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7): // no length
			i += 2
			continue
		}
		n := int(binary.BigEndian.Uint16(b[i+2:])) // counts itself
		if n < 2 || i+2+n > len(b) {
			return 1
		}
		seg := b[i+4 : i+2+n]
		if marker == jpegAPP1 && bytes.HasPrefix(seg, exifHeader) {
			if o := tiffOrientation(seg[len(exifHeader):]); o != 0 {
				return o
			}
		}
		i += 2 + n
	}
	return 1
}

// tiffOrientation reads the Orientation tag of the first IFD of a TIFF
// structure (what an EXIF segment holds): 1 to 8, or 0 when there is none
// or it is malformed.
func tiffOrientation(t []byte) int {
	if len(t) < 8 {
		return 0
	}
	var order binary.ByteOrder
	switch string(t[:4]) {
	case "II*\x00":
		order = binary.LittleEndian
	case "MM\x00*":
		order = binary.BigEndian
	default:
		return 0
	}
	ifd := uint64(order.Uint32(t[4:]))
	if ifd+2 > uint64(len(t)) {
		return 0
	}
	entries := uint64(order.Uint16(t[ifd:]))
	for k := range entries {
		e := ifd + 2 + k*12 // tag, type, count, value: 2+2+4+4 bytes
		if e+12 > uint64(len(t)) {
			return 0
		}
		if order.Uint16(t[e:]) != tagOrientation {
			continue
		}
		if order.Uint16(t[e+2:]) != tiffShort || order.Uint32(t[e+4:]) != 1 {
			return 0
		}
		if v := int(order.Uint16(t[e+8:])); v >= 1 && v <= 8 {
			return v
		}
		return 0
	}
	return 0
}

// orient returns the square img as EXIF orientation o says to show it.
// Orientations are numbered as in the EXIF standard: 2 mirrored, 3 turned
// half round, 4 flipped, 5 transposed, 6 to be turned a quarter clockwise,
// 7 transversed, 8 to be turned a quarter anticlockwise.
func orient(img *image.RGBA, o int) *image.RGBA {
	if o < 2 || o > 8 {
		return img
	}
	n := img.Bounds().Dx()
	out := image.NewRGBA(image.Rect(0, 0, n, n))
	last := n - 1
	for y := range n {
		for x := range n {
			// (sx, sy) is the stored pixel that shows at (x, y).
			var sx, sy int
			switch o {
			case 2:
				sx, sy = last-x, y
			case 3:
				sx, sy = last-x, last-y
			case 4:
				sx, sy = x, last-y
			case 5:
				sx, sy = y, x
			case 6:
				sx, sy = y, last-x
			case 7:
				sx, sy = last-y, last-x
			case 8:
				sx, sy = last-y, x
			}
			from := img.PixOffset(img.Rect.Min.X+sx, img.Rect.Min.Y+sy)
			to := out.PixOffset(x, y)
			copy(out.Pix[to:to+4], img.Pix[from:from+4])
		}
	}
	return out
}
