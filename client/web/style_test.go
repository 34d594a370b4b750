package web

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// physical matches CSS that names a side of the screen instead of a side
// of the text: it would stay on the left in Arabic, which reads from the
// right.
var physical = regexp.MustCompile(`(?m)(^|[;{\s])((margin|padding|border|inset)-(left|right)|left|right|float|clear)\s*:|text-align\s*:\s*(left|right)`)

// TestStylesAreLogical: the style sheet uses logical properties only
// (margin-inline-start, not margin-left), so that one sheet lays out both
// left-to-right and right-to-left pages.
func TestStylesAreLogical(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("src", "app.css"))
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		if physical.MatchString(line) {
			t.Errorf("src/app.css:%d names a physical side; use the logical property: %s", i+1, strings.TrimSpace(line))
		}
	}
	if !physical.MatchString("a { margin-left: 1rem }") || !physical.MatchString("p{text-align: right}") {
		t.Fatal("the pattern no longer catches physical properties")
	}
}
