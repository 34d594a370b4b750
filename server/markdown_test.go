package server

import (
	"strings"
	"testing"
)

// TestRenderMarkdownIsSafe: a booth's description is the organisation's
// text, rendered into every visitor's page; nothing in it may run there.
func TestRenderMarkdownIsSafe(t *testing.T) {
	for _, tc := range []struct {
		name, source string
		want         []string // in the HTML
		never        []string // never in it (case-insensitively)
	}{
		{"markdown", "# Who we are\n\nWe help **villages**.", []string{"<h3>Who we are</h3>", "<strong>villages</strong>"}, []string{"<h1"}},
		{"script element", "Hi <script>alert(1)</script> there\n\n<script>alert(2)</script>", []string{"Hi "}, []string{"<script"}},
		{"event handler", `<img src="x" onerror="alert(1)">` + "\n\nand <b onmouseover=alert(1)>inline</b>", nil, []string{"onerror", "onmouseover", "<img src=\"x\""}},
		{"javascript link", "[click](javascript:alert(1)) and [JS](JaVaScRiPt:alert(1)) and <javascript:alert(1)>", []string{"click", `href=""`}, []string{`href="javascript`}},
		{"entity-hidden scheme", "[x](&#106;avascript:alert(1))", nil, []string{`href="javascript`, `href="&#106;`}},
		{"vbscript and data", "[a](vbscript:msgbox) [b](data:text/html,<script>alert(1)</script>)", nil, []string{`href="vbscript:`, `href="data:`}},
		{"attribute breakout", `[x](https://example.org/"onmouseover="alert(1))`, nil, []string{`" onmouseover`, `"onmouseover="`}},
		{"iframe", "<iframe src=https://evil.example></iframe>", nil, []string{"<iframe"}},
		{"links open apart", "[report](https://example.org/r.pdf) and <https://example.org>", []string{`<a href="https://example.org/r.pdf" rel="nofollow noopener noreferrer" target="_blank">report</a>`, `<a href="https://example.org" rel="nofollow noopener noreferrer" target="_blank">`}, nil},
		{"headings from h3, in order", "## two\n\n### three\n\n#### four", []string{"<h3>two</h3>", "<h4>three</h4>", "<h5>four</h5>"}, []string{"<h2", "<h6"}},
		{"deep headings", "# one\n\n##### five", []string{"<h3>one</h3>", "<h6>five</h6>"}, nil},
		{"empty", "", nil, []string{"<"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := renderMarkdown(tc.source)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q renders as %q: lacks %q", tc.source, got, w)
				}
			}
			for _, n := range tc.never {
				if strings.Contains(strings.ToLower(got), strings.ToLower(n)) {
					t.Errorf("%q renders as %q: holds %q", tc.source, got, n)
				}
			}
		})
	}
}
