package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"unicode"

	"github.com/labstack/echo/v4"

	"github.com/igf-village/village/apperr"
)

// errorBody is how every error leaves the server.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    apperr.Code       `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// errorHandler renders every error the same way. Echo's own errors (404 of
// an unknown route, 405, 413 from the body limit) are mapped to our codes.
func errorHandler(log *slog.Logger) echo.HTTPErrorHandler {
	return func(err error, c echo.Context) {
		if c.Response().Committed {
			return
		}
		e := toAppError(err)
		status := apperr.HTTPStatus(e.Code)
		if status >= 500 {
			log.Error("request failed", "method", c.Request().Method, "path", c.Path(), "err", err)
		}
		body := errorBody{Error: errorDetail{Code: e.Code, Message: e.Message, Fields: e.Fields}}
		if c.Request().Method == http.MethodHead {
			_ = c.NoContent(status)
			return
		}
		_ = c.JSON(status, body)
	}
}

func toAppError(err error) *apperr.Error {
	var ae *apperr.Error
	if errors.As(err, &ae) {
		return ae
	}
	var he *echo.HTTPError
	if errors.As(err, &he) {
		switch he.Code {
		case http.StatusNotFound:
			return apperr.New(apperr.NotFound, "no such route")
		case http.StatusMethodNotAllowed:
			return apperr.New(apperr.NotFound, "this route does not take that method")
		case http.StatusRequestEntityTooLarge:
			return apperr.New(apperr.TooLarge, "the request body is larger than %s", DefaultBodyLimit)
		case http.StatusUnsupportedMediaType:
			return apperr.New(apperr.BadRequest, "send JSON with Content-Type: application/json")
		case http.StatusBadRequest:
			return apperr.New(apperr.BadRequest, "%v", he.Message)
		case http.StatusServiceUnavailable:
			return apperr.New(apperr.Unavailable, "the service is not ready")
		}
	}
	return apperr.Wrap(err, apperr.Internal, "something went wrong on our side; try again")
}

// bind decodes a JSON body into dst strictly: unknown fields, trailing data
// and wrong types are errors that name the field.
func bind(c echo.Context, dst any) error {
	if err := checkJSONType(c.Request().Header.Get(echo.HeaderContentType)); err != nil {
		return err
	}
	raw, err := io.ReadAll(c.Request().Body)
	if err != nil {
		var he *echo.HTTPError
		if errors.As(err, &he) {
			return he
		}
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return apperr.New(apperr.TooLarge, "the request body is larger than %s", DefaultBodyLimit)
		}
		return apperr.Wrap(err, apperr.BadRequest, "the request body could not be read")
	}
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 {
		return apperr.New(apperr.BadRequest, "the request body is empty; send a JSON object")
	}
	// encoding/json decodes null into a struct as "nothing to change", and
	// a PATCH would answer 200: every body must be an object.
	if trimmed[0] != '{' {
		return apperr.New(apperr.BadRequest, "the request body must be a JSON object")
	}
	if err := checkText(raw); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return decodeError(err)
	}
	if dec.More() {
		return apperr.New(apperr.BadRequest, "the request body holds more than one JSON value")
	}
	return nil
}

// checkJSONType accepts no Content-Type or application/json, with any
// parameters but a charset other than UTF-8: JSON is UTF-8 (RFC 8259), and
// a body that says otherwise would be read as something it is not. The
// type is parsed, not matched as a prefix, so that application/jsonp is
// not JSON.
func checkJSONType(ct string) error {
	if ct == "" {
		return nil
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != echo.MIMEApplicationJSON {
		return apperr.New(apperr.BadRequest, "send JSON with Content-Type: application/json")
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return apperr.New(apperr.BadRequest, "JSON is UTF-8: send charset=utf-8 or no charset")
	}
	return nil
}

func decodeError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return apperr.New(apperr.BadRequest, "the request body is not valid JSON (at byte %d)", syn.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return apperr.New(apperr.BadRequest, "the request body is not valid JSON (it ends too early)")
	case errors.As(err, &typ):
		// The path starts with the Go names of embedded structs
		// (capitalised), then the JSON names: the field is the first of
		// those, and the rest is inside it (a link's title).
		path := strings.Split(typ.Field, ".")
		for len(path) > 0 && path[0] != "" && unicode.IsUpper(rune(path[0][0])) {
			path = path[1:]
		}
		if len(path) == 0 || path[0] == "" {
			return apperr.New(apperr.BadRequest, "the request body must be a JSON object")
		}
		msg := fmt.Sprintf("must be %s", jsonKind(typ.Type.String()))
		if len(path) > 1 {
			msg = fmt.Sprintf("%s %s", strings.Join(path[1:], "."), msg)
		}
		return &apperr.Error{Code: apperr.ValidationFailed, Message: "some fields are not valid",
			Fields: map[string]string{path[0]: msg}}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return &apperr.Error{Code: apperr.ValidationFailed, Message: "the request has a field this route does not take",
			Fields: map[string]string{name: "unknown field"}}
	}
	return apperr.Wrap(err, apperr.BadRequest, "the request body could not be decoded")
}

func jsonKind(goType string) string {
	switch {
	case goType == "string", goType == "accounts.Role":
		return "a string"
	case goType == "bool":
		return "true or false"
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	case strings.HasPrefix(goType, "int"), strings.HasPrefix(goType, "float"):
		return "a number"
	}
	return "of another type"
}
