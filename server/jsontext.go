package server

import (
	"encoding/json"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/igf-village/village/apperr"
)

// checkText refuses a JSON body whose strings are not valid Unicode:
// invalid UTF-8, or a \u escape of half a surrogate pair. encoding/json
// would quietly turn either into U+FFFD, so that "correct\xff horse" and
// "correct\xfe horse" became the same stored name, or the same password.
// The fields at fault are named when the body is an object that parses.
func checkText(raw []byte) error {
	if validText(raw) {
		return nil
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return apperr.New(apperr.BadRequest, "the request body is not valid UTF-8")
	}
	var f apperr.Fields
	for name, v := range top {
		if !validText(v) {
			f.Add(name, "must be valid UTF-8 text")
		}
	}
	if err := f.Err(); err != nil {
		return err
	}
	return apperr.New(apperr.BadRequest, "a field name of the request body is not valid UTF-8")
}

// validText reports whether b is valid UTF-8 and every \u escape in it
// that names a surrogate is half of a pair. A backslash outside a string
// is a syntax error the decoder reports, so strings need not be tracked.
func validText(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' {
			continue
		}
		r, ok := hex4(b, i)
		if !ok {
			i++ // another escape: skip the escaped byte, which may be a backslash
			continue
		}
		if !utf16.IsSurrogate(r) {
			i += 5
			continue
		}
		low, ok := hex4(b, i+6)
		if !ok || utf16.DecodeRune(r, low) == utf8.RuneError {
			return false
		}
		i += 11
	}
	return true
}

// hex4 decodes the escape \uXXXX at b[i:], if there is one.
func hex4(b []byte, i int) (rune, bool) {
	if i+6 > len(b) || b[i] != '\\' || b[i+1] != 'u' {
		return 0, false
	}
	var r rune
	for _, c := range b[i+2 : i+6] {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
