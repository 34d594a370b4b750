package server

import (
	"bytes"
	"mime"
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/agenda"
)

const calendarType = "text/calendar; charset=utf-8"

// writeCalendar answers with events as an .ics file to save as filename:
// a booking's, a session's or a person's feed.
func writeCalendar(c echo.Context, cal agenda.Calendar, events []agenda.Event, filename string) error {
	var buf bytes.Buffer
	if err := agenda.WriteICS(&buf, cal, events); err != nil {
		return err
	}
	hd := c.Response().Header()
	hd.Set(echo.HeaderContentDisposition, mime.FormatMediaType("attachment", map[string]string{"filename": filename}))
	// Private to whoever holds the address or the token; calendar programs
	// revalidate at their own pace.
	hd.Set("Cache-Control", "private, no-cache")
	hd.Set("X-Content-Type-Options", "nosniff")
	return c.Blob(http.StatusOK, calendarType, buf.Bytes())
}

// calendarHost names the server in events' UIDs: publicURL's host.
func calendarHost(publicURL string) string {
	if u, err := url.Parse(publicURL); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return "village.invalid"
}

// sessionURL is the address of session id's page.
func sessionURL(publicURL, id string) string { return publicURL + "/sessions/" + url.PathEscape(id) }
