// Command bundle builds the browser app: it bundles and minifies
// client/web/src with esbuild's Go API into client/web/dist, which the
// binary embeds. `go generate ./client/web` runs it; it needs the npm
// packages in client/web/node_modules (`npm ci` in client/web), and nothing
// but Go besides. dist is committed, so that building the binary needs Go
// alone; a test fails when dist is not what the sources make.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

func main() {
	log.SetFlags(0)
	src := flag.String("src", ".", "the client/web folder (holds src/, messages/ and node_modules/)")
	out := flag.String("out", "dist", "where to write the bundle (replaced)")
	flag.Parse()
	files, err := build(*src)
	if err != nil {
		log.Fatalf("bundle: %v", err)
	}
	if err := write(*out, files); err != nil {
		log.Fatalf("bundle: %v", err)
	}
	log.Printf("bundle: wrote %d files to %s", len(files), *out)
}

// build returns the bundle's files by their path under dist: index.html
// and assets/*, each asset also gzipped (name.gz) so that the server sends
// the smaller copy without compressing on every request.
func build(dir string) (map[string][]byte, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "preact")); err != nil {
		return nil, errors.New("the npm packages are missing: run `npm ci` in client/web (make test does)")
	}
	res := api.Build(api.BuildOptions{
		AbsWorkingDir:     dir,
		EntryPoints:       []string{"src/main.js"},
		Bundle:            true,
		Splitting:         true, // each language's catalogue is a chunk of its own
		Format:            api.FormatESModule,
		Outdir:            "out",
		EntryNames:        "assets/[name]-[hash]",
		ChunkNames:        "assets/[name]-[hash]",
		AssetNames:        "assets/[name]-[hash]",
		PublicPath:        "/",
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		// Browsers of the last few years; older ones get the noscript note.
		Target:        api.ES2020,
		Engines:       []api.Engine{{Name: api.EngineChrome, Version: "100"}, {Name: api.EngineFirefox, Version: "100"}, {Name: api.EngineSafari, Version: "15"}},
		Charset:       api.CharsetUTF8,
		LegalComments: api.LegalCommentsNone,
		Metafile:      true,
		Write:         false,
		LogLevel:      api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		msgs := api.FormatMessages(res.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage})
		return nil, errors.New(strings.Join(msgs, "\n"))
	}
	files := map[string][]byte{}
	var script, style string
	for _, f := range res.OutputFiles {
		rel, err := filepath.Rel(filepath.Join(dir, "out"), f.Path)
		if err != nil {
			return nil, err
		}
		rel = filepath.ToSlash(rel)
		files[rel] = f.Contents
		gz, err := gzipped(f.Contents)
		if err != nil {
			return nil, err
		}
		files[rel+".gz"] = gz
		switch {
		case strings.HasPrefix(rel, "assets/main-") && strings.HasSuffix(rel, ".js"):
			script = "/" + rel
		case strings.HasPrefix(rel, "assets/main-") && strings.HasSuffix(rel, ".css"):
			style = "/" + rel
		}
	}
	if script == "" || style == "" {
		return nil, fmt.Errorf("esbuild wrote no main script or style sheet (script %q, style %q)", script, style)
	}
	page, err := os.ReadFile(filepath.Join(dir, "src", "index.html"))
	if err != nil {
		return nil, err
	}
	icon, err := os.ReadFile(filepath.Join(dir, "src", "favicon.svg"))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(icon)
	iconName := "assets/favicon-" + strings.ToUpper(hex.EncodeToString(sum[:4])) + ".svg"
	files[iconName] = icon
	if files[iconName+".gz"], err = gzipped(icon); err != nil {
		return nil, err
	}
	tags := fmt.Sprintf(`<link rel="icon" href="/%s" type="image/svg+xml">`+"\n"+`<link rel="stylesheet" href="%s">`+"\n"+`<script type="module" src="%s"></script>`, iconName, style, script)
	if !bytes.Contains(page, []byte("<!-- assets -->")) {
		return nil, errors.New("src/index.html has no <!-- assets --> marker")
	}
	files["index.html"] = bytes.Replace(page, []byte("<!-- assets -->"), []byte(tags), 1)
	return files, nil
}

// gzipped compresses b deterministically (no name, no time in the header),
// so that the same sources give the same dist.
func gzipped(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// write replaces out with files.
func write(out string, files map[string][]byte) error {
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := filepath.Join(out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// read returns the files under out, by path, for comparing with a build.
func read(out string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(out, p)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	return files, err
}
