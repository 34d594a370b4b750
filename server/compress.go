package server

import (
	"bufio"
	"compress/gzip"
	"mime"
	"net"
	"net/http"
	"strings"
	"sync"

	"github.com/labstack/echo/v4"
)

// compressMin is the smallest body worth compressing: below about one
// packet, gzip's header and the CPU cost more than they save.
const compressMin = 1024

// compressPaths are left alone by compress, each for its own reason (a
// path ending in / stands for what is under it, the others for themselves
// and what is under them):
//   - /ws: a WebSocket upgrade hijacks the connection; its frames are not
//     an HTTP body.
//   - /assets/: the bundle ships a gzipped twin of every text file, which
//     asset sends with its own ETag; images and fonts are compressed
//     already.
//   - /metrics: the Prometheus handler negotiates its own compression.
//   - /api/auth/: its answers carry tokens next to text the caller chose,
//     and compressing a secret with attacker-chosen text leaks it through
//     the length (BREACH). They are small anyway.
var compressPaths = []string{"/ws", "/assets/", "/metrics", "/api/auth/"}

var gzipPool = sync.Pool{New: func() any { return gzip.NewWriter(nil) }}

// compress gzips responses whose type is text (JSON, HTML, CSS, scripts,
// SVG) for clients that take gzip. Responses that are compressed already
// (images, fonts, archives, anything with a Content-Encoding) pass as
// they are.
func compress(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		r := c.Request()
		if skipCompression(r) {
			return next(c)
		}
		res := c.Response()
		w := &gzipResponse{ResponseWriter: res.Writer,
			accepts: r.Method != http.MethodHead && acceptsGzip(r.Header.Get(echo.HeaderAcceptEncoding))}
		res.Writer = w
		defer func() {
			w.finish()
			res.Writer = w.ResponseWriter
		}()
		return next(c)
	}
}

func skipCompression(r *http.Request) bool {
	if r.Header.Get("Upgrade") != "" {
		return true
	}
	p := r.URL.Path
	for _, pre := range compressPaths {
		if dir, ok := strings.CutSuffix(pre, "/"); ok {
			if p == dir || strings.HasPrefix(p, pre) {
				return true
			}
		} else if p == pre || strings.HasPrefix(p, pre+"/") {
			return true
		}
	}
	return false
}

// compressible says whether a response of this type gains from gzip.
func compressible(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	switch {
	case strings.HasPrefix(mt, "text/"),
		mt == "application/json", strings.HasSuffix(mt, "+json"),
		mt == "application/javascript", mt == "application/xml", strings.HasSuffix(mt, "+xml"):
		return true
	}
	return false
}

// gzipResponse holds the status and the first compressMin bytes back
// until it knows whether the body is worth compressing.
type gzipResponse struct {
	http.ResponseWriter
	accepts bool // the client takes gzip

	status  int // from WriteHeader, not yet sent
	decided bool
	gz      *gzip.Writer // set once decided to compress
	buf     []byte
}

func (w *gzipResponse) WriteHeader(status int) {
	if w.decided || status < http.StatusOK { // 1xx are sent ahead of the answer
		w.ResponseWriter.WriteHeader(status)
		return
	}
	if w.status == 0 {
		w.status = status
	}
}

func (w *gzipResponse) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	if !w.decided {
		if !w.eligible() {
			w.decide(false)
		} else {
			w.buf = append(w.buf, b...)
			if len(w.buf) < compressMin {
				return len(b), nil
			}
			w.decide(w.accepts)
			if err := w.flushBuffer(); err != nil {
				return 0, err
			}
			return len(b), nil
		}
	}
	if w.gz != nil {
		return w.gz.Write(b)
	}
	return w.ResponseWriter.Write(b)
}

// eligible says whether this response may be compressed at all, for any
// client: then it varies with Accept-Encoding.
func (w *gzipResponse) eligible() bool {
	h := w.Header()
	return h.Get(echo.HeaderContentEncoding) == "" && compressible(h.Get(echo.HeaderContentType)) &&
		w.status != http.StatusNoContent && w.status != http.StatusNotModified && w.status >= http.StatusOK
}

// decide sends the header, for a gzipped body or a plain one.
func (w *gzipResponse) decide(gz bool) {
	w.decided = true
	h := w.Header()
	if w.eligible() {
		h.Add(echo.HeaderVary, echo.HeaderAcceptEncoding)
	}
	if gz {
		h.Set(echo.HeaderContentEncoding, "gzip")
		h.Del(echo.HeaderContentLength)
		if etag := h.Get("ETag"); etag != "" && !strings.HasPrefix(etag, "W/") {
			h.Set("ETag", "W/"+etag) // the gzipped bytes are another representation
		}
		w.gz = gzipPool.Get().(*gzip.Writer)
		w.gz.Reset(w.ResponseWriter)
	}
	if w.status != 0 {
		w.ResponseWriter.WriteHeader(w.status)
	}
}

func (w *gzipResponse) flushBuffer() error {
	if len(w.buf) == 0 {
		return nil
	}
	var err error
	if w.gz != nil {
		_, err = w.gz.Write(w.buf)
	} else {
		_, err = w.ResponseWriter.Write(w.buf)
	}
	w.buf = nil
	return err
}

// finish sends what is held back and ends the gzip stream. A body shorter
// than compressMin goes out plain.
func (w *gzipResponse) finish() {
	if !w.decided && (w.status != 0 || len(w.buf) > 0) {
		w.decide(false)
		_ = w.flushBuffer()
	}
	if w.gz != nil {
		_ = w.gz.Close()
		w.gz.Reset(nil)
		gzipPool.Put(w.gz)
		w.gz = nil
	}
}

// Flush sends what there is now: a handler that flushes wants its bytes
// out, so the body is compressed from here if it may be.
func (w *gzipResponse) Flush() {
	if !w.decided {
		if w.status == 0 {
			w.status = http.StatusOK
		}
		w.decide(w.accepts && w.eligible())
		_ = w.flushBuffer()
	}
	if w.gz != nil {
		_ = w.gz.Flush()
	}
	_ = http.NewResponseController(w.ResponseWriter).Flush()
}

func (w *gzipResponse) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return http.NewResponseController(w.ResponseWriter).Hijack()
}

func (w *gzipResponse) Unwrap() http.ResponseWriter { return w.ResponseWriter }
