package server

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

// photoPath is where a photo is served; its ID is random and new at every
// upload, so the address is a capability that may be cached forever.
const photoPath = "/api/photos/"

// photoURL is the address of a person's photo, "" when they have none.
func photoURL(p *accounts.Person) string {
	if p.PhotoID == "" {
		return ""
	}
	return photoPath + p.PhotoID
}

// isPhotoUpload says whether a request is the photo upload, which takes a
// larger body than DefaultBodyLimit and checks it itself.
func isPhotoUpload(c echo.Context) bool {
	return c.Request().Method == http.MethodPut && c.Path() == "/api/me/photo"
}

// photoUploadsPerMinute bounds one account's uploads that get as far as
// decoding: each costs up to a second of CPU, and only two run at once on
// a node (accounts.SetPhoto), so one account must not keep both busy.
const photoUploadsPerMinute = 10

var errPhotoTooLarge = apperr.New(apperr.TooLarge, "a photo is at most %d MiB", accounts.MaxPhotoBytes>>20)

// photoHandlers serve profile photos (docs/api.md, "Profile photos").
type photoHandlers struct {
	accounts *accounts.Service
	uploads  *keyedLimiter // by account
	now      func() time.Time
}

// putPhoto takes the raw bytes of an image as the caller's photo. The type
// is checked before the body is read, the size while it is.
func (h photoHandlers) putPhoto(c echo.Context) error {
	r := c.Request()
	mt, _, err := mime.ParseMediaType(r.Header.Get(echo.HeaderContentType))
	if err != nil {
		mt = ""
	}
	if err := accounts.CheckPhotoType(mt); err != nil {
		return err
	}
	if r.ContentLength > accounts.MaxPhotoBytes {
		return errPhotoTooLarge
	}
	data, err := io.ReadAll(http.MaxBytesReader(c.Response(), r.Body, accounts.MaxPhotoBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return errPhotoTooLarge
		}
		return apperr.Wrap(err, apperr.BadRequest, "the request body could not be read")
	}
	if !h.uploads.Allow(me(c).ID, h.now()) {
		return rateLimited(c, "too many photo uploads; wait a minute")
	}
	p, err := h.accounts.SetPhoto(r.Context(), me(c).ID, mt, data)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, newAccountView(p))
}

func (h photoHandlers) deletePhoto(c echo.Context) error {
	p, err := h.accounts.RemovePhoto(c.Request().Context(), me(c).ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, newAccountView(p))
}

// getPhoto serves a photo to anyone who has its address: an <img> sends no
// bearer token. A photo never changes under its ID, so its ID is its ETag.
func (h photoHandlers) getPhoto(c echo.Context) error {
	ph, err := h.accounts.Photo(c.Request().Context(), c.Param("id"))
	if err != nil {
		return err
	}
	hd := c.Response().Header()
	hd.Set("Cache-Control", immutable)
	hd.Set("ETag", strconv.Quote(ph.ID))
	hd.Set("X-Content-Type-Options", "nosniff")
	if etagListed(c.Request().Header.Get("If-None-Match"), ph.ID) {
		return c.NoContent(http.StatusNotModified)
	}
	return c.Blob(http.StatusOK, "image/jpeg", ph.JPEG)
}
