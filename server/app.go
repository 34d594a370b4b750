package server

import (
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/client/web"
)

// appPages are the paths of the browser app's pages; ":id" stands for one
// path segment. The client's route table (client/web/src/app.js) must list
// exactly these: a page it has that is missing here answers 404 when
// reloaded, and one here that it lacks is a "page not found" sent as 200.
var appPages = []string{
	"/",
	"/signin",
	"/register",
	"/invite/:id",
	"/me",
	"/people",
	"/people/:id",
	"/people-to-meet",
	"/village",
	"/booths/:id",
	"/console",
	"/console/breaks",
	"/talk/:id",
	"/organisations",
	"/invitations",
	"/meet/:id",
	"/schedule",
	"/contacts",
	"/sessions",
	"/sessions/new",
	"/sessions/:id",
	"/breaks",
	"/breaks/:id",
	"/meetings",
	"/meetings/new",
	"/meetings/:id",
}

// serverPrefixes are the paths the server answers itself, with what is
// under them: a GET anywhere else is a navigation in the app.
var serverPrefixes = []string{"/api", "/ws", "/healthz", "/readyz", "/metrics", "/assets"}

const (
	// immutable is for hashed assets: a new build gives them new names, so
	// a copy never goes stale.
	immutable = "public, max-age=31536000, immutable"
	htmlType  = "text/html; charset=utf-8"
)

// assetTypes are the Content-Types of the bundle's files, fixed here
// rather than taken from the host's MIME tables, which vary (some still
// call JavaScript application/x-javascript).
var assetTypes = map[string]string{
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
	".ttf":         "font/ttf",
	".wasm":        "application/wasm",
	".txt":         "text/plain; charset=utf-8",
}

// hashedName matches the bundler's asset names, <name>-<HASH>.<ext>
// (client/web/bundle), capturing the hash.
var hashedName = regexp.MustCompile(`-([A-Z0-9]{8})\.[A-Za-z0-9]+$`)

// app is the browser app's bundle, read once at start so that a broken
// bundle stops the node instead of failing requests.
type app struct {
	index  []byte
	assets map[string]*asset // by path under assets/
}

type asset struct {
	contentType string
	plain, gz   []byte // gz is nil without a gzipped twin
	hash        string // empty for a name without one
}

func loadApp(files fs.FS) (*app, error) {
	index, err := fs.ReadFile(files, "index.html")
	if err != nil {
		return nil, fmt.Errorf("the browser app has no index.html (run go generate ./client/web): %w", err)
	}
	a := &app{index: index, assets: map[string]*asset{}}
	gz := map[string][]byte{}
	err = fs.WalkDir(files, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(files, p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "assets/")
		if base, ok := strings.CutSuffix(name, ".gz"); ok {
			gz[base] = b
			return nil
		}
		ct, ok := assetTypes[path.Ext(name)]
		if !ok {
			ct = "application/octet-stream"
		}
		var hash string
		if m := hashedName.FindStringSubmatch(name); m != nil {
			hash = m[1]
		}
		a.assets[name] = &asset{contentType: ct, plain: b, hash: hash}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("reading the browser app's assets: %w", err)
	}
	for base, b := range gz {
		if f := a.assets[base]; f != nil {
			f.gz = b
		} else {
			// A .gz without its plain twin is a file of its own.
			a.assets[base+".gz"] = &asset{contentType: "application/gzip", plain: b}
		}
	}
	return a, nil
}

func newApp() (*app, error) { return loadApp(web.Files()) }

// appHandlers serve the browser app: its bundle's files, its pages, and
// whatever no route takes.
type appHandlers struct {
	bundle *app
	bare   *echo.Router // every route but the catch-all; see unrouted
}

// asset serves a file of the bundle, gzipped when the client takes it and
// the bundle has the twin.
func (h *appHandlers) asset(c echo.Context) error {
	f := h.bundle.assets[c.Param("file")]
	if f == nil {
		return echo.ErrNotFound
	}
	hd := c.Response().Header()
	hd.Set(echo.HeaderContentType, f.contentType)
	body, etag := f.plain, f.hash
	if f.gz != nil {
		hd.Add(echo.HeaderVary, echo.HeaderAcceptEncoding)
		if acceptsGzip(c.Request().Header.Get(echo.HeaderAcceptEncoding)) {
			hd.Set(echo.HeaderContentEncoding, "gzip")
			body, etag = f.gz, f.hash+".gz" // each encoding is its own representation
		}
	}
	if f.hash == "" {
		hd.Set("Cache-Control", "no-cache")
		return c.Blob(http.StatusOK, f.contentType, body)
	}
	hd.Set("Cache-Control", immutable)
	hd.Set("ETag", strconv.Quote(etag))
	if etagListed(c.Request().Header.Get("If-None-Match"), etag) {
		return c.NoContent(http.StatusNotModified)
	}
	return c.Blob(http.StatusOK, f.contentType, body)
}

// page sends index.html for any page of the app: 200 for the app's own
// paths, 404 for others (the app then says the page does not exist). The
// HTML is never cached, so that a new build's asset names reach everyone.
func (h *appHandlers) page(c echo.Context) error {
	status := http.StatusNotFound
	if isAppPage(c.Request().URL.Path) {
		status = http.StatusOK
	}
	c.Response().Header().Set("Cache-Control", "no-store")
	if c.Request().Method == http.MethodHead {
		c.Response().Header().Set(echo.HeaderContentType, htmlType)
		c.Response().Header().Set(echo.HeaderContentLength, strconv.Itoa(len(h.bundle.index)))
		return c.NoContent(status)
	}
	return c.Blob(status, htmlType, h.bundle.index)
}

// unrouted answers every request no route takes. Navigations get the app;
// the rest get what Echo would answer without this catch-all, which the
// router of the other routes (h.bare) tells: 404, a 405 that the error
// handler turns into 404, or 204 with Allow for OPTIONS.
func (h *appHandlers) unrouted(c echo.Context) error {
	r := c.Request()
	if (r.Method == http.MethodGet || r.Method == http.MethodHead) && !isServerPath(r.URL.Path) {
		return h.page(c)
	}
	c.SetPath("") // "unmatched" in the metrics, unless the path is a route's
	c.SetParamNames()
	c.SetParamValues()
	c.SetHandler(echo.NotFoundHandler)
	h.bare.Find(r.Method, echo.GetPath(r), c)
	return c.Handler()(c)
}

// bareRouter holds the method and path of every route but the catch-all,
// for unrouted to ask; a request reaches it only when no route takes it,
// so its handlers never run.
func bareRouter(e *echo.Echo) *echo.Router {
	r := echo.NewRouter(e)
	never := func(echo.Context) error { return echo.ErrNotFound }
	for _, rt := range e.Routes() {
		if rt.Method != echo.RouteNotFound {
			r.Add(rt.Method, rt.Path, never)
		}
	}
	return r
}

// isAppPage says whether p is one of appPages.
func isAppPage(p string) bool {
	segs := strings.Split(p, "/")
	for _, page := range appPages {
		want := strings.Split(page, "/")
		if len(want) != len(segs) {
			continue
		}
		ok := true
		for i, w := range want {
			if strings.HasPrefix(w, ":") {
				ok = segs[i] != ""
			} else {
				ok = segs[i] == w
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isServerPath says whether p is one of serverPrefixes or under one.
func isServerPath(p string) bool {
	for _, pre := range serverPrefixes {
		if p == pre || strings.HasPrefix(p, pre+"/") {
			return true
		}
	}
	return false
}

// isAppPath says whether p is served with the app's headers: its pages
// and its assets.
func isAppPath(p string) bool {
	return !isServerPath(p) || strings.HasPrefix(p, "/assets/")
}

// etagListed says whether an If-None-Match header names the (strong) tag,
// or is *. Weak tags match too, as RFC 9110 wants for If-None-Match.
func etagListed(header, tag string) bool {
	for t := range strings.SplitSeq(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == strconv.Quote(tag) {
			return true
		}
	}
	return false
}

// acceptsGzip reads an Accept-Encoding header: gzip (or x-gzip) or * with
// a non-zero q-value, unless gzip itself has q=0.
func acceptsGzip(header string) bool {
	gzipQ, starQ := -1.0, -1.0
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		q := 1.0
		for param := range strings.SplitSeq(params, ";") {
			k, v, _ := strings.Cut(param, "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "gzip", "x-gzip":
			gzipQ = q
		case "*":
			starQ = q
		}
	}
	if gzipQ >= 0 {
		return gzipQ > 0
	}
	return starQ > 0
}
