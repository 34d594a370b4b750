package accounts_test

import (
	"errors"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
)

func registration(email, password string) accounts.Registration {
	return accounts.Registration{Email: email, Password: password, Profile: accounts.Profile{
		DisplayName: "Amina Diallo", StakeholderGroup: "civil_society", Region: "african", Country: "SN",
		Languages: []string{"fr"}, TimeZone: "Africa/Dakar",
	}}
}

// fieldError fails the test unless err is validation_failed naming field.
func fieldError(t *testing.T, err error, field string) {
	t.Helper()
	var ae *apperr.Error
	if !errors.As(err, &ae) || ae.Code != apperr.ValidationFailed || ae.Fields[field] == "" {
		t.Fatalf("err = %v, want validation_failed naming %q", err, field)
	}
}

// TestPasswordIsNotNormalised: a password is taken byte for byte. One that
// is not valid UTF-8 is refused, since a decoder on the way would have
// turned it into another; and two spellings of one text are two passwords.
func TestPasswordIsNotNormalised(t *testing.T) {
	svc := newService(t)
	for _, pw := range []string{"correct\xff\xff horse", "correct\xfe\xfe horse", "correct horse \xed\xa0\x80"} {
		_, err := svc.Register(t.Context(), registration("bad@village.example", pw))
		fieldError(t, err, "password")
	}
	const nfc, nfd = "correct h\u00f4rse battery", "correct ho\u0302rse battery"
	if _, err := svc.Register(t.Context(), registration("amina@village.example", nfc)); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Authenticate(t.Context(), "amina@village.example", nfd); err == nil {
		t.Fatal("the decomposed spelling of the password signed in")
	}
	if _, err := svc.Authenticate(t.Context(), "amina@village.example", nfc); err != nil {
		t.Fatal(err)
	}
}

// TestDirectoryQueryText: a directory query that is not text is refused
// before any store sees it, naming the parameter.
func TestDirectoryQueryText(t *testing.T) {
	svc := newService(t)
	cases := []struct {
		q     accounts.DirectoryQuery
		field string
	}{
		{accounts.DirectoryQuery{Text: "wei\xff"}, "q"},
		{accounts.DirectoryQuery{Text: "\xed\xa0\x80"}, "q"}, // a surrogate in UTF-8
		{accounts.DirectoryQuery{Tag: "priv\xc3"}, "interest"},
		{accounts.DirectoryQuery{Theme: "\xfe"}, "theme"},
		{accounts.DirectoryQuery{Region: "\xfe"}, "region"},
		{accounts.DirectoryQuery{StakeholderGroup: "\xfe"}, "stakeholder_group"},
		{accounts.DirectoryQuery{Language: "fr\xff"}, "language"},
	}
	for _, tc := range cases {
		_, _, err := svc.Directory(t.Context(), tc.q)
		fieldError(t, err, tc.field)
		var ae *apperr.Error
		if errors.As(err, &ae) && ae.Fields[tc.field] != "must be valid UTF-8 text" {
			t.Errorf("%+v: %s = %q", tc.q, tc.field, ae.Fields[tc.field])
		}
	}
}

// TestDirectoryQueryControl: control characters in a directory query are
// refused, naming the parameter; spaces around the text are not.
func TestDirectoryQueryControl(t *testing.T) {
	svc := newService(t)
	cases := []struct {
		q     accounts.DirectoryQuery
		field string
	}{
		{accounts.DirectoryQuery{Text: "\x00"}, "q"},
		{accounts.DirectoryQuery{Text: "wei\x00"}, "q"},
		{accounts.DirectoryQuery{Text: "li\twei"}, "q"},
		{accounts.DirectoryQuery{Text: "li\x1bwei"}, "q"},
		{accounts.DirectoryQuery{Text: "li\u0085wei"}, "q"}, // C1: next line
		{accounts.DirectoryQuery{Text: "li\x7fwei"}, "q"},
		{accounts.DirectoryQuery{Tag: "privacy\x00"}, "interest"},
		{accounts.DirectoryQuery{Theme: "trust\x00"}, "theme"},
		{accounts.DirectoryQuery{Language: "fr\x00"}, "language"},
	}
	for _, tc := range cases {
		_, _, err := svc.Directory(t.Context(), tc.q)
		fieldError(t, err, tc.field)
	}
	if _, _, err := svc.Directory(t.Context(), accounts.DirectoryQuery{Text: " wei\n"}); err != nil {
		t.Fatalf("text with spaces around it: %v", err)
	}
}

// TestCheckLanguage: a required language comes back canonical; absent,
// blank or unknown, it is a field error on language.
func TestCheckLanguage(t *testing.T) {
	str := func(s string) *string { return &s }
	cases := []struct {
		in   *string
		want string // "": refused
	}{{nil, ""}, {str(" "), ""}, {str("not a tag!"), ""}, {str("fr"), "fr"}, {str("fr-ca"), "fr-CA"}, {str("ES-419"), "es-419"}}
	for _, c := range cases {
		var f apperr.Fields
		got := accounts.CheckLanguage(c.in, &f)
		if got != c.want || (c.want == "") != (f["language"] != "") {
			t.Errorf("%v: %q (%v), want %q", c.in, got, f, c.want)
		}
	}
}
