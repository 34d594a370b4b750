package accounts

import (
	"encoding/binary"
	"testing"
)

// jpegWith is the start of a JPEG holding segments, up to its first scan.
func jpegWith(segments ...[]byte) []byte {
	b := []byte{0xFF, 0xD8}
	for _, s := range segments {
		b = append(b, s...)
	}
	return append(b, 0xFF, 0xDA, 0x00, 0x02) // SOS: the metadata ends
}

func segment(marker byte, payload []byte) []byte {
	s := []byte{0xFF, marker}
	s = binary.BigEndian.AppendUint16(s, uint16(len(payload)+2))
	return append(s, payload...)
}

// tiff is an EXIF payload whose IFD0 holds one entry.
func tiff(order binary.AppendByteOrder, tag, typ uint16, count uint32, value uint16) []byte {
	b := []byte("Exif\x00\x00")
	if order == binary.LittleEndian {
		b = append(b, "II*\x00"...)
	} else {
		b = append(b, "MM\x00*"...)
	}
	b = order.AppendUint32(b, 8)
	b = order.AppendUint16(b, 1)
	b = order.AppendUint16(b, tag)
	b = order.AppendUint16(b, typ)
	b = order.AppendUint32(b, count)
	b = order.AppendUint16(b, value)
	b = order.AppendUint16(b, 0)
	return order.AppendUint32(b, 0)
}

func TestJPEGOrientation(t *testing.T) {
	le, be := binary.AppendByteOrder(binary.LittleEndian), binary.AppendByteOrder(binary.BigEndian)
	exif6 := segment(0xE1, tiff(be, 0x0112, 3, 1, 6))
	cases := []struct {
		name string
		b    []byte
		want int
	}{
		{"big-endian", jpegWith(exif6), 6},
		{"little-endian", jpegWith(segment(0xE1, tiff(le, 0x0112, 3, 1, 8))), 8},
		{"after JFIF and an XMP APP1", jpegWith(segment(0xE0, []byte("JFIF\x00\x01\x02")),
			segment(0xE1, []byte("http://ns.adobe.com/xap/1.0/\x00<x/>")), exif6), 6},
		{"after fill bytes", append([]byte{0xFF, 0xD8, 0xFF, 0xFF}, exif6[1:]...), 6},
		{"no EXIF", jpegWith(segment(0xE0, []byte("JFIF\x00"))), 1},
		{"another tag", jpegWith(segment(0xE1, tiff(be, 0x010F, 3, 1, 6))), 1},
		{"not a SHORT", jpegWith(segment(0xE1, tiff(be, 0x0112, 4, 1, 6))), 1},
		{"two values", jpegWith(segment(0xE1, tiff(be, 0x0112, 3, 2, 6))), 1},
		{"out of range", jpegWith(segment(0xE1, tiff(be, 0x0112, 3, 1, 9))), 1},
		{"zero", jpegWith(segment(0xE1, tiff(be, 0x0112, 3, 1, 0))), 1},
		{"bad byte order", jpegWith(segment(0xE1, append([]byte("Exif\x00\x00XX"), make([]byte, 20)...))), 1},
		{"IFD beyond the segment", jpegWith(segment(0xE1, []byte("Exif\x00\x00MM\x00*\x00\x00\xFF\xFF"))), 1},
		{"entries beyond the segment", jpegWith(segment(0xE1, []byte("Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x09"))), 1},
		{"segment longer than the file", []byte{0xFF, 0xD8, 0xFF, 0xE1, 0x7F, 0xFF, 'E'}, 1},
		{"EXIF after the scan is ignored", append(jpegWith(), exif6...), 1},
		{"not a JPEG", []byte("\x89PNG"), 1},
		{"empty", nil, 1},
	}
	for _, tc := range cases {
		if got := jpegOrientation(tc.b); got != tc.want {
			t.Errorf("%s: orientation %d, want %d", tc.name, got, tc.want)
		}
	}
}
