package web

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// languages are the UI's six: the official languages of the United Nations.
var languages = []string{"ar", "en", "es", "fr", "ru", "zh"}

func catalogue(t *testing.T, lang string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("messages", lang+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("messages/%s.json: %v", lang, err)
	}
	return m
}

// TestCataloguesHaveEveryEnglishKey: a key missing from a catalogue would
// show English in the middle of an Arabic page.
func TestCataloguesHaveEveryEnglishKey(t *testing.T) {
	en := catalogue(t, "en")
	if len(en) < 50 {
		t.Fatalf("the English catalogue has %d keys; expected the whole UI", len(en))
	}
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			m := catalogue(t, lang)
			var missing, extra, empty []string
			for k := range en {
				if v, ok := m[k]; !ok {
					missing = append(missing, k)
				} else if strings.TrimSpace(v) == "" {
					empty = append(empty, k)
				}
			}
			for k := range m {
				if _, ok := en[k]; !ok {
					extra = append(extra, k)
				}
			}
			sort.Strings(missing)
			sort.Strings(extra)
			sort.Strings(empty)
			if len(missing) > 0 {
				t.Errorf("messages/%s.json lacks %d keys that English has: %s", lang, len(missing), strings.Join(missing, ", "))
			}
			if len(extra) > 0 {
				t.Errorf("messages/%s.json has %d keys that English does not (renamed or removed?): %s", lang, len(extra), strings.Join(extra, ", "))
			}
			if len(empty) > 0 {
				t.Errorf("messages/%s.json has empty messages: %s", lang, strings.Join(empty, ", "))
			}
		})
	}
}

// argument matches an ICU argument's name where it opens: "{name}",
// "{count, plural, ...}".
var argument = regexp.MustCompile(`\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]`)

func arguments(msg string) []string {
	seen := map[string]bool{}
	for _, m := range argument.FindAllStringSubmatch(msg, -1) {
		seen[m[1]] = true
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestCataloguesKeepArguments: a translation must use the arguments the
// code passes (a renamed {name} shows as a literal), balance its braces,
// and give every plural an "other" case, which ICU requires.
func TestCataloguesKeepArguments(t *testing.T) {
	en := catalogue(t, "en")
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			m := catalogue(t, lang)
			for k, v := range m {
				if strings.Count(v, "{") != strings.Count(v, "}") {
					t.Errorf("%s: %q has unbalanced braces", k, v)
				}
				source, ok := en[k]
				if !ok {
					continue
				}
				if got, want := arguments(v), arguments(source); strings.Join(got, ",") != strings.Join(want, ",") {
					t.Errorf("%s: %q uses arguments %v; English uses %v", k, v, got, want)
				}
				if strings.Contains(v, ", plural,") && !strings.Contains(v, "other {") && !strings.Contains(v, "other{") {
					t.Errorf("%s: %q is a plural without an \"other\" case", k, v)
				}
			}
		})
	}
}

// placeholder is an ICU argument ("{name}") in a message.
var placeholder = regexp.MustCompile(`\{[^{}]*\}`)

// TestNamedLabelsContainTheirVisibleText: a button that shows "Invite
// staff" and is named "Invite staff to ISOC" for screen readers (the key
// x_named beside x, or x beside x_short) must have a name that contains what it shows, or a
// person who speaks to their computer cannot say what they see (WCAG 2.5.3
// Label in Name; axe's label-content-name-mismatch).
func TestNamedLabelsContainTheirVisibleText(t *testing.T) {
	for _, lang := range languages {
		m := catalogue(t, lang)
		for key, named := range m {
			// Two patterns: x_named beside x, and x beside x_short.
			var visible string
			var ok bool
			switch {
			case strings.HasSuffix(key, "_named"):
				visible, ok = m[strings.TrimSuffix(key, "_named")]
			case strings.HasSuffix(key, "_short"):
				visible = m[key]
				named, ok = m[strings.TrimSuffix(key, "_short")]
			}
			if !ok {
				continue
			}
			label := strings.ToLower(placeholder.ReplaceAllString(named, ""))
			if !strings.Contains(label, strings.ToLower(visible)) {
				t.Errorf("messages/%s.json: %q is %q, which does not contain the visible %q", lang, key, named, visible)
			}
		}
	}
}
