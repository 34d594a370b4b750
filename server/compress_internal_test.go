package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"
)

// TestCompressByType: the middleware compresses text bodies of at least
// compressMin bytes for clients that take gzip, and passes bodies that are
// compressed already, small ones and bodiless answers as they are.
func TestCompressByType(t *testing.T) {
	big := strings.Repeat(`{"name":"Dynamic Coalition"},`, 200)
	pre := func() []byte {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, _ = zw.Write([]byte(big))
		_ = zw.Close()
		return b.Bytes()
	}()
	e := echo.New()
	e.Use(compress)
	e.GET("/json", func(c echo.Context) error { return c.Blob(http.StatusOK, "application/json", []byte(big)) })
	e.GET("/json-small", func(c echo.Context) error { return c.JSON(http.StatusOK, map[string]string{"a": "b"}) })
	e.GET("/html", func(c echo.Context) error { return c.HTML(http.StatusOK, big) })
	e.GET("/svg", func(c echo.Context) error { return c.Blob(http.StatusOK, "image/svg+xml", []byte(big)) })
	e.GET("/manifest", func(c echo.Context) error {
		return c.Blob(http.StatusOK, "application/manifest+json", []byte(big))
	})
	e.GET("/png", func(c echo.Context) error { return c.Blob(http.StatusOK, "image/png", []byte(big)) })
	e.GET("/jpeg", func(c echo.Context) error { return c.Blob(http.StatusOK, "image/jpeg", []byte(big)) })
	e.GET("/woff2", func(c echo.Context) error { return c.Blob(http.StatusOK, "font/woff2", []byte(big)) })
	e.GET("/zip", func(c echo.Context) error { return c.Blob(http.StatusOK, "application/zip", []byte(big)) })
	e.GET("/encoded", func(c echo.Context) error {
		c.Response().Header().Set(echo.HeaderContentEncoding, "gzip")
		return c.Blob(http.StatusOK, "application/json", pre)
	})
	e.GET("/created", func(c echo.Context) error { return c.Blob(http.StatusCreated, "application/json", []byte(big)) })
	e.GET("/empty", func(c echo.Context) error { return c.NoContent(http.StatusNoContent) })
	e.GET("/streamed", func(c echo.Context) error {
		c.Response().Header().Set(echo.HeaderContentType, "text/plain; charset=utf-8")
		c.Response().WriteHeader(http.StatusOK)
		_, _ = c.Response().Write([]byte("first "))
		c.Response().Flush()
		_, _ = c.Response().Write([]byte("second"))
		return nil
	})
	e.GET("/error", func(c echo.Context) error { return echo.NewHTTPError(http.StatusTeapot, big) })

	cases := []struct {
		path   string
		status int
		gzip   bool // compressed when the client takes gzip
		vary   bool
		body   string
	}{
		{"/json", 200, true, true, big},
		{"/json-small", 200, false, true, `{"a":"b"}` + "\n"},
		{"/html", 200, true, true, big},
		{"/svg", 200, true, true, big},
		{"/manifest", 200, true, true, big},
		{"/png", 200, false, false, big},
		{"/jpeg", 200, false, false, big},
		{"/woff2", 200, false, false, big},
		{"/zip", 200, false, false, big},
		{"/encoded", 200, false, false, string(pre)},
		{"/created", 201, true, true, big},
		{"/empty", 204, false, false, ""},
		{"/streamed", 200, true, true, "first second"},
	}
	for _, tc := range cases {
		for _, ae := range []string{"gzip", "br, gzip;q=0.5", "", "identity", "gzip;q=0", "*"} {
			req := httptest.NewRequest(http.MethodGet, tc.path, nil)
			if ae != "" {
				req.Header.Set(echo.HeaderAcceptEncoding, ae)
			}
			rec := httptest.NewRecorder()
			e.ServeHTTP(rec, req)
			want := tc.gzip && acceptsGzip(ae)
			got := rec.Header().Get(echo.HeaderContentEncoding) == "gzip"
			body := rec.Body.Bytes()
			if got && tc.path != "/encoded" {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatalf("%s (%q): %v", tc.path, ae, err)
				}
				if body, err = io.ReadAll(zr); err != nil {
					t.Fatalf("%s (%q): %v", tc.path, ae, err)
				}
			}
			if tc.path == "/encoded" && !got {
				t.Errorf("%s (%q): the handler's own Content-Encoding was lost", tc.path, ae)
			}
			if tc.path != "/encoded" && got != want {
				t.Errorf("%s (%q): gzipped = %v, want %v", tc.path, ae, got, want)
			}
			if rec.Code != tc.status || string(body) != tc.body {
				t.Errorf("%s (%q): status %d, body %.40q…, want %d %.40q…", tc.path, ae, rec.Code, body, tc.status, tc.body)
			}
			if vary := strings.Contains(rec.Header().Get(echo.HeaderVary), echo.HeaderAcceptEncoding); vary != tc.vary {
				t.Errorf("%s (%q): Vary: %q, want Accept-Encoding %v", tc.path, ae, rec.Header().Get(echo.HeaderVary), tc.vary)
			}
			if got && rec.Header().Get(echo.HeaderContentLength) != "" {
				t.Errorf("%s (%q): Content-Length %s of the plain body was kept", tc.path, ae, rec.Header().Get(echo.HeaderContentLength))
			}
		}
	}

	// Error pages go out through the error handler after the middleware
	// has let go of the response: plain, and whole.
	req := httptest.NewRequest(http.MethodGet, "/error", nil)
	req.Header.Set(echo.HeaderAcceptEncoding, "gzip")
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, req)
	if rec.Code != http.StatusTeapot || !strings.Contains(rec.Body.String(), "Dynamic Coalition") {
		t.Errorf("error: status %d, body %.60q", rec.Code, rec.Body.String())
	}
	// HEAD answers are never compressed.
	req = httptest.NewRequest(http.MethodHead, "/json", nil)
	req.Header.Set(echo.HeaderAcceptEncoding, "gzip")
	rec = httptest.NewRecorder()
	e.ServeHTTP(rec, req)
	if rec.Header().Get(echo.HeaderContentEncoding) != "" {
		t.Errorf("HEAD: Content-Encoding %q", rec.Header().Get(echo.HeaderContentEncoding))
	}
}

// TestCompressSkips: paths that must not be compressed here, for any type.
func TestCompressSkips(t *testing.T) {
	cases := []struct {
		path    string
		upgrade bool
		skip    bool
	}{
		{"/api/organisations", false, false},
		{"/api/directory", false, false},
		{"/", false, false},
		{"/organisations", false, false},
		{"/ws", false, true},
		{"/ws", true, true},
		{"/anything", true, true},
		{"/assets/main-IQQ5O2WL.js", false, true},
		{"/metrics", false, true},
		{"/api/auth/login", false, true},
		{"/api/auth/refresh", false, true},
		{"/wsx", false, false},
		{"/metricsx", false, false},
	}
	for _, tc := range cases {
		r := httptest.NewRequest(http.MethodGet, tc.path, nil)
		if tc.upgrade {
			r.Header.Set("Upgrade", "websocket")
		}
		if got := skipCompression(r); got != tc.skip {
			t.Errorf("skipCompression(%s, upgrade %v) = %v, want %v", tc.path, tc.upgrade, got, tc.skip)
		}
	}
}
