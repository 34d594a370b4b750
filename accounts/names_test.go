package accounts_test

import (
	"testing"

	"github.com/igf-village/village/accounts"
)

// TestHasFormatCharacter: format characters (Cf) are refused in names,
// but for the joiners between letters of a script that draws them.
func TestHasFormatCharacter(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want bool
	}{
		{"plain Latin", "Amina Diallo", false},
		{"accents, precomposed and combining", "Aïcha Kone\u0301", false},
		{"Arabic", "أمينة ديالو", false},
		{"right-to-left override", "Amina \u202eollaiD", true},
		{"left-to-right override", "\u202dAmina", true},
		{"right-to-left isolate", "Amina \u2067x\u2069", true},
		{"left-to-right mark", "Amina\u200e", true},
		{"Arabic letter mark", "أمينة\u061c", true},
		{"zero-width space", "Am\u200bina", true},
		{"word joiner", "Am\u2060ina", true},
		{"byte order mark", "\ufeffAmina", true},
		{"soft hyphen", "Ami\u00adna", true},
		{"tag character", "Amina\U000e0041", true},
		{"Persian ZWNJ in a name", "حسین\u200cزاده", false},
		{"Persian ZWNJ after a vowel sign", "حسینِ\u200cزاده", false},
		{"Devanagari ZWJ after a virama", "क्\u200dष", false},
		{"Malayalam ZWJ after a virama", "ന്\u200dമ", false},
		{"ZWNJ between Latin letters", "Am\u200cina", true},
		{"ZWJ between Latin letters", "Am\u200dina", true},
		{"ZWNJ at the end", "حسین\u200c", true},
		{"ZWNJ at the start", "\u200cحسین", true},
		{"ZWNJ next to a space", "حسین \u200cزاده", true},
		{"two ZWNJ", "حسین\u200c\u200cزاده", true},
		{"ZWNJ between two scripts", "حسین\u200cAmina", true},
		{"ZWJ in an emoji sequence", "Amina 👩\u200d💻", true},
	}
	for _, tc := range cases {
		if got := accounts.HasFormatCharacter(tc.in); got != tc.want {
			t.Errorf("%s: HasFormatCharacter(%q) = %v, want %v", tc.name, tc.in, got, tc.want)
		}
	}
}
