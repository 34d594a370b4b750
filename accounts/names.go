package accounts

import (
	"unicode"
	"unicode/utf8"
)

// Names people see (display names, organisation names) must not hold
// format characters (Unicode category Cf): a right-to-left override
// (U+202E) reorders what follows, and zero-width characters (U+200B,
// U+2060, U+FEFF, a soft hyphen) make two names that look the same
// different, so one person could pose as another in lists and chat.
//
// The two joiners are the exception where a script needs them: Persian
// writes the zero-width non-joiner (U+200C) inside words and names
// (حسین‌زاده), and the Indic scripts use both joiners after a virama to
// choose a conjunct's shape. Between two letters of such a script the
// joiner changes what is drawn, so it hides nothing. Elsewhere (between
// Latin letters, at either end, next to a space) it is invisible and
// refused. This follows the idea of RFC 5892's CONTEXTJ rules, with the
// script of the neighbours standing in for their joining types.
var joinerScripts = []*unicode.RangeTable{
	unicode.Arabic, unicode.Syriac, unicode.Nko, unicode.Mongolian,
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati,
	unicode.Oriya, unicode.Tamil, unicode.Telugu, unicode.Kannada,
	unicode.Malayalam, unicode.Sinhala, unicode.Myanmar, unicode.Khmer,
}

// FormatCharacterMessage is the field message for a name refused by
// HasFormatCharacter.
const FormatCharacterMessage = "must not contain invisible formatting characters (such as U+202E or U+200B)"

const (
	zwnj = '\u200c'
	zwj  = '\u200d'
)

// HasFormatCharacter reports whether s holds a format character that a
// name may not hold; see joinerScripts. FormatCharacterMessage says so to
// the person.
func HasFormatCharacter(s string) bool {
	for i, r := range s {
		if !unicode.Is(unicode.Cf, r) {
			continue
		}
		if (r != zwnj && r != zwj) || !joinsScript(s[:i], s[i+utf8.RuneLen(r):]) {
			return true
		}
	}
	return false
}

// joinsScript reports whether the letters either side of a joiner, before
// and after, are of one script that uses joiners. Combining marks (an
// Arabic vowel sign, a virama) belong to the letter they follow.
func joinsScript(before, after string) bool {
	prev, next := lastBase(before), rune(utf8.RuneError)
	if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) {
		next = r
	}
	if prev == utf8.RuneError || next == utf8.RuneError {
		return false
	}
	for _, sc := range joinerScripts {
		if unicode.Is(sc, prev) && unicode.Is(sc, next) {
			return true
		}
	}
	return false
}

// lastBase is the last letter of s, skipping the combining marks after it,
// or RuneError when s does not end in a letter.
func lastBase(s string) rune {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch {
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			s = s[:len(s)-n]
		case unicode.IsLetter(r):
			return r
		default:
			return utf8.RuneError
		}
	}
	return utf8.RuneError
}
