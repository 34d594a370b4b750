package main

import (
	"bytes"
	"sort"
	"strings"
	"testing"
)

// TestDistIsCurrent: the committed bundle is exactly what the sources
// make. When it fails, run `make generate` and commit client/web/dist.
func TestDistIsCurrent(t *testing.T) {
	want, err := build("..")
	if err != nil {
		t.Fatal(err)
	}
	got, err := read("../dist")
	if err != nil {
		t.Fatal(err)
	}
	var stale []string
	for name, b := range want {
		if !bytes.Equal(got[name], b) {
			stale = append(stale, name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			stale = append(stale, name+" (left over)")
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		t.Fatalf("client/web/dist is not what the sources make; run `make generate` and commit it. Differs: %s", strings.Join(stale, ", "))
	}
}

// TestIndexHasNoInlineScriptOrStyle: the CSP allows neither, so an inline
// one would be dead code in every browser.
func TestIndexHasNoInlineScriptOrStyle(t *testing.T) {
	files, err := build("..")
	if err != nil {
		t.Fatal(err)
	}
	page := string(files["index.html"])
	for _, bad := range []string{"<script>", "<style", " style=", "javascript:", " onload=", " onclick="} {
		if strings.Contains(page, bad) {
			t.Errorf("index.html holds %q", bad)
		}
	}
	if strings.Count(page, "<script") != strings.Count(page, `<script type="module" src="/assets/`) {
		t.Errorf("index.html has a script that is not a module from /assets/:\n%s", page)
	}
}
