// Package docs holds the project's documentation; this test keeps its links
// true. A clone has nothing beside the repository, so no page may send a
// reader outside it, and every relative link must name a file that exists.
package docs

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// markdownLink matches [text](target) and ![alt](target).
var markdownLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// outside matches a path that climbs out of the repository, linked or not.
var outside = regexp.MustCompile(`(^|[\s(\x60"'])\.\./`)

func TestDocsStayInsideTheRepository(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	pages, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	pages = append(pages, filepath.Join(root, "README.md"))
	for _, page := range pages {
		raw, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		name, _ := filepath.Rel(root, page)
		dir := filepath.Dir(page)
		for i, line := range strings.Split(string(raw), "\n") {
			for _, m := range markdownLink.FindAllStringSubmatch(line, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "#") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				target, _, _ = strings.Cut(target, "#")
				abs := filepath.Join(dir, target)
				if rel, err := filepath.Rel(root, abs); err != nil || strings.HasPrefix(rel, "..") {
					t.Errorf("%s:%d links outside the repository: %s", name, i+1, m[1])
					continue
				}
				if _, err := os.Stat(abs); err != nil {
					t.Errorf("%s:%d links to a missing file: %s", name, i+1, m[1])
				}
			}
			if outside.MatchString(line) {
				t.Errorf("%s:%d points outside the repository: %s", name, i+1, strings.TrimSpace(line))
			}
		}
	}
}
