package server_test

import (
	"bytes"
	"image"
	"image/jpeg"
	"net/http"
	"strings"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/testkit"
)

// TestPhotoUpload: a person uploads a photo (turned as its EXIF says,
// cropped, resized, stripped) and everyone who sees them sees its URL; the
// URL is served to anyone, cached for good; a new upload gets a new URL
// and the old one is gone; removing the photo and deleting the account
// leave nothing behind.
func TestPhotoUpload(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		anon := n.Client(t)
		a, accA := anon.Register(t, testkit.Registration(1))
		b, _ := anon.Register(t, testkit.Registration(2))
		idA := accA["id"].(string)
		if _, ok := accA["photo_url"]; ok {
			t.Fatalf("a new account has a photo_url: %v", accA)
		}

		// Stored landscape, shown portrait: orientation 6 turns it a
		// quarter clockwise, so Blue (bottom left) ends at the top left.
		upload := testkit.JPEG(t, testkit.Quadrants(300, 200), 6)
		acc := a.Send(http.MethodPut, "/api/me/photo", "image/jpeg", upload).Want(t, http.StatusOK).Map(t)
		url, _ := acc["photo_url"].(string)
		if !strings.HasPrefix(url, "/api/photos/") || acc["id"] != idA || acc["email"] == nil {
			t.Fatalf("answer to the upload: %v", acc)
		}
		if id := strings.TrimPrefix(url, "/api/photos/"); len(id) < 22 {
			t.Errorf("photo ID %q is too short to be a capability", id)
		}

		// The URL is everywhere the person is shown.
		if got := a.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["photo_url"]; got != url {
			t.Errorf("GET /api/me photo_url = %v, want %s", got, url)
		}
		if got := b.Do(http.MethodGet, "/api/people/"+idA, nil).Want(t, http.StatusOK).Map(t)["photo_url"]; got != url {
			t.Errorf("GET /api/people/{id} photo_url = %v, want %s", got, url)
		}
		var dir struct{ Items []map[string]any }
		b.Do(http.MethodGet, "/api/directory", nil).Want(t, http.StatusOK).Decode(t, &dir)
		found := false
		for _, it := range dir.Items {
			found = found || (it["id"] == idA && it["photo_url"] == url)
		}
		if !found {
			t.Errorf("the directory lacks %s with photo_url %s: %v", idA, url, dir.Items)
		}
		var s testkit.Session
		anon.Do(http.MethodPost, "/api/auth/login", map[string]string{"email": accA["email"].(string), "password": testkit.DefaultPassword}).
			Want(t, http.StatusOK).Decode(t, &s)
		if s.Account["photo_url"] != url {
			t.Errorf("login's account photo_url = %v, want %s", s.Account["photo_url"], url)
		}
		var hello protocol.Hello
		n.DialWS(t, nil).Request("auth", "", map[string]string{"token": a.Token}).Ok(&hello)
		if hello.User.Photo != url {
			t.Errorf("the live member's photo_url = %q, want %s", hello.User.Photo, url)
		}
		var joined protocol.JoinResult
		n.Live(t, a.Token).Request("join", "lobby", nil).Ok(&joined)
		if len(joined.Presence.Members) != 1 || joined.Presence.Members[0].Photo != url {
			t.Errorf("presence members = %+v, want one with photo_url %s", joined.Presence.Members, url)
		}

		// Served to anyone, as a JPEG of the right size, turned, and with
		// nothing of the upload's metadata.
		r := anon.Do(http.MethodGet, url, nil).Want(t, http.StatusOK)
		for k, want := range map[string]string{
			"Content-Type":           "image/jpeg",
			"Cache-Control":          "public, max-age=31536000, immutable",
			"X-Content-Type-Options": "nosniff",
		} {
			if got := r.Header.Get(k); got != want {
				t.Errorf("%s: %q, want %q", k, got, want)
			}
		}
		img, err := jpeg.Decode(bytes.NewReader(r.Body))
		if err != nil {
			t.Fatalf("the photo is not a JPEG: %v", err)
		}
		if img.Bounds() != image.Rect(0, 0, accounts.PhotoSide, accounts.PhotoSide) {
			t.Fatalf("the photo is %v", img.Bounds())
		}
		q, s3 := accounts.PhotoSide/4, 3*accounts.PhotoSide/4
		if tl, tr := testkit.ColourAt(img, q, q), testkit.ColourAt(img, s3, q); !testkit.Near(tl, testkit.Blue) || !testkit.Near(tr, testkit.Red) {
			t.Errorf("top left %v, top right %v: want blue and red, the photo turned a quarter clockwise", tl, tr)
		}
		if bytes.Contains(r.Body, []byte(testkit.ExifSecret)) || bytes.Contains(r.Body, []byte("Exif")) {
			t.Error("the upload's EXIF reached the served photo")
		}
		etag := r.Header.Get("ETag")
		if etag == "" {
			t.Fatal("no ETag")
		}
		cond := n.Client(t)
		cond.Header.Set("If-None-Match", etag)
		if r := cond.Do(http.MethodGet, url, nil).Want(t, http.StatusNotModified); len(r.Body) != 0 {
			t.Errorf("a 304 with a body: %q", r.Body)
		}
		cond.Header.Set("If-None-Match", `"something-else"`)
		cond.Do(http.MethodGet, url, nil).Want(t, http.StatusOK)

		// A new upload, a new URL; the old one is gone.
		next := a.Send(http.MethodPut, "/api/me/photo", "image/png; charset=binary", testkit.PNG(t, testkit.Quadrants(40, 40))).
			Want(t, http.StatusOK).Map(t)["photo_url"].(string)
		if next == url {
			t.Fatal("a new upload kept the old URL, which caches hold forever")
		}
		anon.Do(http.MethodGet, url, nil).WantError(t, http.StatusNotFound, "not_found")
		anon.Do(http.MethodGet, next, nil).Want(t, http.StatusOK)

		// A photo larger than the JSON body limit is taken.
		big := testkit.PNG(t, testkit.Noise(400, 300))
		if len(big) < 256<<10 {
			t.Fatalf("the noise PNG is only %d bytes", len(big))
		}
		next = a.Send(http.MethodPut, "/api/me/photo", "image/png", big).Want(t, http.StatusOK).Map(t)["photo_url"].(string)

		// Removing it.
		acc = a.Do(http.MethodDelete, "/api/me/photo", nil).Want(t, http.StatusOK).Map(t)
		if _, ok := acc["photo_url"]; ok || acc["id"] != idA {
			t.Fatalf("after removing the photo: %v", acc)
		}
		anon.Do(http.MethodGet, next, nil).WantError(t, http.StatusNotFound, "not_found")
		if _, ok := a.Do(http.MethodGet, "/api/me", nil).Map(t)["photo_url"]; ok {
			t.Error("GET /api/me still has a photo_url")
		}
		a.Do(http.MethodDelete, "/api/me/photo", nil).Want(t, http.StatusOK) // none to remove is fine

		// Deleting the account takes the photo.
		last := a.Send(http.MethodPut, "/api/me/photo", "image/gif", testkit.GIF(t, testkit.Quadrants(20, 20))).
			Want(t, http.StatusOK).Map(t)["photo_url"].(string)
		a.Do(http.MethodDelete, "/api/me", nil).Want(t, http.StatusNoContent)
		anon.Do(http.MethodGet, last, nil).WantError(t, http.StatusNotFound, "not_found")
		anon.Do(http.MethodGet, "/api/photos/ph-never-was", nil).WantError(t, http.StatusNotFound, "not_found")
	})
}

// TestPhotoUploadRefused: every bad upload gets its 4xx and stable code,
// and the account keeps the photo it had.
func TestPhotoUploadRefused(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	a, _ := n.Client(t).Register(t, testkit.Registration(1))
	good := testkit.PNG(t, testkit.Quadrants(16, 16))
	had := a.Send(http.MethodPut, "/api/me/photo", "image/png", good).Want(t, http.StatusOK).Map(t)["photo_url"]

	cases := []struct {
		name, contentType string
		body              []byte
		status            int
		code, field       string
	}{
		{"WebP", "image/webp", []byte("RIFF....WEBP"), http.StatusUnsupportedMediaType, "unsupported_media_type", ""},
		{"JSON", "application/json", []byte(`{"photo":"x"}`), http.StatusUnsupportedMediaType, "unsupported_media_type", ""},
		{"no Content-Type", "", good, http.StatusUnsupportedMediaType, "unsupported_media_type", ""},
		{"a prefix of a type", "image/pngx", good, http.StatusUnsupportedMediaType, "unsupported_media_type", ""},
		{"over 5 MiB", "image/png", append(bytes.Clone(good), make([]byte, accounts.MaxPhotoBytes)...),
			http.StatusRequestEntityTooLarge, "payload_too_large", ""},
		{"empty", "image/jpeg", nil, http.StatusUnprocessableEntity, "validation_failed", "photo"},
		{"not an image", "image/jpeg", []byte("GIF89a but not really"), http.StatusUnprocessableEntity, "validation_failed", "photo"},
		{"a PNG sent as a GIF", "image/gif", good, http.StatusUnprocessableEntity, "validation_failed", "photo"},
		{"a decompression bomb", "image/png", testkit.HugePNG(60000, 60000), http.StatusUnprocessableEntity, "validation_failed", "photo"},
		{"a side too long", "image/jpeg", testkit.HugeJPEG(t, accounts.MaxPhotoSide+1, 16), http.StatusUnprocessableEntity, "validation_failed", "photo"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := a.Send(http.MethodPut, "/api/me/photo", tc.contentType, tc.body).WantError(t, tc.status, tc.code).Error(t)
			if tc.field != "" && e.Fields[tc.field] == "" {
				t.Errorf("fields %v lack %q", e.Fields, tc.field)
			}
			if got := a.Do(http.MethodGet, "/api/me", nil).Map(t)["photo_url"]; got != had {
				t.Errorf("photo_url is %v after a refused upload, want %v", got, had)
			}
		})
	}
	// Over 5 MiB without a Content-Length: refused as it is read.
	req, err := http.NewRequest(http.MethodPut, n.URL+"/api/me/photo", struct{ *bytes.Reader }{bytes.NewReader(make([]byte, accounts.MaxPhotoBytes+1))})
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "image/jpeg")
	req.Header.Set("Authorization", "Bearer "+a.Token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge || req.ContentLength != 0 {
		t.Errorf("a chunked upload over the limit: %d (sent with length %d), want 413", resp.StatusCode, req.ContentLength)
	}
	// Other routes keep the small limit.
	a.Do(http.MethodPatch, "/api/me", map[string]any{"expertise": strings.Repeat("x", 70<<10)}).
		WantError(t, http.StatusRequestEntityTooLarge, "payload_too_large")
	// Ten uploads a minute an account; others are served as before.
	c, _ := n.Client(t).Register(t, testkit.Registration(2))
	for range 10 {
		c.Send(http.MethodPut, "/api/me/photo", "image/png", good).Want(t, http.StatusOK)
	}
	r := c.Send(http.MethodPut, "/api/me/photo", "image/png", good).WantError(t, http.StatusTooManyRequests, "rate_limited")
	if r.Header.Get("Retry-After") != "60" {
		t.Errorf("Retry-After: %q, want 60", r.Header.Get("Retry-After"))
	}
	a.Send(http.MethodPut, "/api/me/photo", "image/png", good).Want(t, http.StatusOK)
	// Only a signed-in person has a photo to change.
	anon := n.Client(t)
	anon.Send(http.MethodPut, "/api/me/photo", "image/png", good).WantError(t, http.StatusUnauthorized, "unauthenticated")
	anon.Do(http.MethodDelete, "/api/me/photo", nil).WantError(t, http.StatusUnauthorized, "unauthenticated")
}
