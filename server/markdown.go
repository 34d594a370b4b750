package server

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/igf-village/village/booths"
)

// A booth's description is Markdown from the organisation, which may hold
// anything Markdown allows, raw HTML included. The server renders it once,
// with goldmark, rather than each browser: goldmark's HTML renderer, left
// without WithUnsafe, writes no raw HTML (a <script> or an onerror= becomes
// a comment saying it was omitted), escapes every text and attribute, and
// drops link and image addresses with dangerous schemes (javascript:,
// vbscript:, file:, data: other than images). A client library would add
// 20 to 40 KB to the app and would still need its own sanitiser to be safe.
var markdown = goldmark.New(goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(linkTarget{}, 100))))

// linkTarget makes the description fit its page: the page has its h1 and
// the description sits under a section's h2, so its top heading level,
// whichever its author chose (# or ##), becomes h3 and the others follow
// (a page whose headings skip a level confuses screen readers' outline);
// and links leave the app for another site, so they open in a new tab
// without handing it the app's window (noopener) or address (noreferrer).
type linkTarget struct{}

func (linkTarget) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	top := 7
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			top = min(top, h.Level)
		}
		return ast.WalkContinue, nil
	})
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			n.Level = min(n.Level-top+3, 6)
		case *ast.Link, *ast.AutoLink:
			n.SetAttributeString("rel", []byte("nofollow noopener noreferrer"))
			n.SetAttributeString("target", []byte("_blank"))
		}
		return ast.WalkContinue, nil
	})
}

// renderMarkdown is source as safe HTML; "" when it cannot be rendered
// (goldmark fails only on a failing writer, which a buffer is not).
func renderMarkdown(source string) string {
	var b bytes.Buffer
	if err := markdown.Convert([]byte(source), &b); err != nil {
		return ""
	}
	return b.String()
}

// boothView is a booth as its routes answer: the domain's view and its
// description rendered to HTML (docs/api.md, "Booths").
type boothView struct {
	*booths.View
	DescriptionHTML string `json:"description_html"`
}

func viewOf(b *booths.View) boothView {
	return boothView{View: b, DescriptionHTML: renderMarkdown(b.Description)}
}
