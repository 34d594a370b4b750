// Package web is the browser app: its sources (src/, messages/), the
// bundle that esbuild makes of them (dist/, committed), and the embedded
// copy of that bundle that the server serves at /.
//
// Change the sources, then run `go generate ./client/web` (after `npm ci`
// in this folder) and commit dist/ with them. docs/client.md explains the
// app's parts.
package web

import (
	"embed"
	"io/fs"
)

//go:generate go run ./bundle -src . -out dist

//go:embed all:dist
var dist embed.FS

// Files is the bundle: index.html at the root, hashed assets under assets/,
// each with a gzipped twin (name.gz).
func Files() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // dist is embedded at build time; it is always there
	}
	return sub
}
