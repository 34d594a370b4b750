package booths_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/store/memory"
)

// village is a Service over a fresh embedded store whose clock is *now.
func village(t testing.TB, now *time.Time, opts ...booths.Option) (*booths.Service, *memory.Store) {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return booths.NewService(st, func() time.Time { return *now }, opts...), st
}

func newOrg(t testing.TB, svc *booths.Service, name string) *booths.Organisation {
	t.Helper()
	o, err := svc.Create(t.Context(), booths.OrganisationInput{Name: ptr(name), Kind: ptr("dynamic_coalition"),
		StakeholderGroup: ptr("civil_society"), Region: ptr("weog")})
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func wantCode(t *testing.T, err error, code apperr.Code, field string) {
	t.Helper()
	var ae *apperr.Error
	if !errors.As(err, &ae) || ae.Code != code || ae.Message == "" {
		t.Fatalf("got %v, want %s", err, code)
	}
	if field != "" && ae.Fields[field] == "" {
		t.Fatalf("got %v, want a message on %s", err, field)
	}
}

var sec = &accounts.Person{ID: "p-sec", Role: accounts.RoleSecretariat}

func TestCreateBoothDefaultsToItsOrganisation(t *testing.T) {
	now := time.Date(2020, 11, 2, 8, 0, 0, 0, time.UTC)
	svc, _ := village(t, &now)
	o := newOrg(t, svc, "DC on Community Connectivity")
	b, err := svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: o.ID})
	if err != nil {
		t.Fatal(err)
	}
	if b.ID != booths.BoothID(o.ID) || b.Title != o.Name || b.Kind != o.Kind || b.Region != o.Region ||
		b.StakeholderGroup != o.StakeholderGroup || b.TimeZone != "UTC" || b.Open || b.OpenNow ||
		b.Themes == nil || b.Languages == nil || b.Links == nil || b.Hours == nil {
		t.Fatalf("new booth: %+v", b)
	}
	_, err = svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: o.ID})
	wantCode(t, err, apperr.Conflict, "organisation_id")
	_, err = svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: "org-nowhere"})
	wantCode(t, err, apperr.ValidationFailed, "organisation_id")
	_, err = svc.CreateBooth(t.Context(), booths.BoothCreate{})
	wantCode(t, err, apperr.ValidationFailed, "organisation_id")
}

// TestBoothOfAClosingOrganisation: a booth made once the organisation's
// removal has claimed its tombstone undoes itself; removing the
// organisation removes its booth.
func TestBoothOfAClosingOrganisation(t *testing.T) {
	now := time.Now()
	svc, st := village(t, &now)
	closing, leaving := newOrg(t, svc, "Closing"), newOrg(t, svc, "Leaving")
	if err := st.Claim(t.Context(), accounts.ClosedKey(closing.ID), now); err != nil {
		t.Fatal(err)
	}
	_, err := svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: closing.ID})
	wantCode(t, err, apperr.ValidationFailed, "organisation_id")
	if _, err := svc.Booth(t.Context(), booths.BoothID(closing.ID)); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("the booth of a closing organisation stayed: %v", err)
	}
	if _, err := svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: leaving.ID}); err != nil {
		t.Fatal(err)
	}
	if err := svc.Delete(t.Context(), leaving.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Booth(t.Context(), booths.BoothID(leaving.ID)); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("the booth of a removed organisation stayed: %v", err)
	}
}

func TestBoothValidation(t *testing.T) {
	now := time.Now()
	svc, _ := village(t, &now)
	o := newOrg(t, svc, "Org")
	v, err := svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: o.ID})
	if err != nil {
		t.Fatal(err)
	}
	links := func(n int, url string) *[]booths.Link {
		l := make([]booths.Link, n)
		for i := range l {
			l[i] = booths.Link{Title: fmt.Sprintf("Link %d", i), URL: url}
		}
		return &l
	}
	hours := func(h ...booths.Hours) *[]booths.Hours { return &h }
	day := func(date, opens, closes string) booths.Hours {
		return booths.Hours{Date: date, Opens: opens, Closes: closes}
	}
	strs := func(s ...string) *[]string { return &s }
	cases := []struct {
		name, field string
		in          booths.BoothInput
	}{
		{"empty title", "title", booths.BoothInput{Title: ptr("  ")}},
		{"long title", "title", booths.BoothInput{Title: ptr(strings.Repeat("t", booths.MaxTitle+1))}},
		{"title with an override", "title", booths.BoothInput{Title: ptr("Booth \u202eof")}},
		{"title with a control character", "title", booths.BoothInput{Title: ptr("Booth\x07")}},
		{"unknown kind", "kind", booths.BoothInput{Kind: ptr("circus")}},
		{"unknown stakeholder group", "stakeholder_group", booths.BoothInput{StakeholderGroup: ptr("x")}},
		{"unknown region", "region", booths.BoothInput{Region: ptr("atlantis")}},
		{"long description", "description", booths.BoothInput{Description: ptr(strings.Repeat("d", booths.MaxBoothDescription+1))}},
		{"description with NUL", "description", booths.BoothInput{Description: ptr("a\x00b")}},
		{"description with a zero-width space", "description", booths.BoothInput{Description: ptr("Net\u200bNeutrality")}},
		{"unknown theme", "themes", booths.BoothInput{Themes: strs("data", "astrology")}},
		{"unknown language", "languages", booths.BoothInput{Languages: strs("en", "not a language")}},
		{"empty language", "languages", booths.BoothInput{Languages: strs("")}},
		{"too many languages", "languages", booths.BoothInput{Languages: strs("en", "fr", "es", "ar", "zh", "ru", "pt", "de", "sw", "hi", "ja")}},
		{"21 links", "links", booths.BoothInput{Links: links(booths.MaxLinks+1, "https://example.org/x")}},
		{"http link", "links", booths.BoothInput{Links: links(1, "http://example.org/x")}},
		{"script link", "links", booths.BoothInput{Links: links(1, "javascript:alert(1)")}},
		{"relative link", "links", booths.BoothInput{Links: links(1, "/report.pdf")}},
		{"link with a user", "links", booths.BoothInput{Links: links(1, "https://igf.example@evil.example/")}},
		{"long link", "links", booths.BoothInput{Links: links(1, "https://example.org/"+strings.Repeat("x", booths.MaxURL))}},
		{"link without a title", "links", booths.BoothInput{Links: &[]booths.Link{{URL: "https://example.org/"}}}},
		{"link with a long title", "links", booths.BoothInput{Links: &[]booths.Link{{Title: strings.Repeat("l", booths.MaxLinkTitle+1), URL: "https://example.org/"}}}},
		{"unknown zone", "time_zone", booths.BoothInput{TimeZone: ptr("Mars/Olympus_Mons")}},
		{"server's zone", "time_zone", booths.BoothInput{TimeZone: ptr("Local")}},
		{"empty zone", "time_zone", booths.BoothInput{TimeZone: ptr("")}},
		{"not a date", "hours", booths.BoothInput{Hours: hours(day("2020-11-31", "09:00", "12:00"))}},
		{"date in words", "hours", booths.BoothInput{Hours: hours(day("2 November", "09:00", "12:00"))}},
		{"opens 24:00", "hours", booths.BoothInput{Hours: hours(day("2020-11-02", "24:00", "24:00"))}},
		{"opens 9:00", "hours", booths.BoothInput{Hours: hours(day("2020-11-02", "9:00", "12:00"))}},
		{"closes 25:00", "hours", booths.BoothInput{Hours: hours(day("2020-11-02", "09:00", "25:00"))}},
		{"closes before it opens", "hours", booths.BoothInput{Hours: hours(day("2020-11-02", "12:00", "09:00"))}},
		{"closes as it opens", "hours", booths.BoothInput{Hours: hours(day("2020-11-02", "09:00", "09:00"))}},
		{"closes at 00:00", "hours", booths.BoothInput{Hours: hours(day("2020-11-02", "22:00", "00:00"))}},
		{"overlapping", "hours", booths.BoothInput{Hours: hours(day("2020-11-02", "09:00", "12:00"), day("2020-11-02", "11:00", "13:00"))}},
		{"too many", "hours", booths.BoothInput{Hours: func() *[]booths.Hours {
			var h []booths.Hours
			for i := range booths.MaxHours + 1 {
				h = append(h, day(fmt.Sprintf("2020-11-%02d", 1+i/4), fmt.Sprintf("%02d:00", i%4), fmt.Sprintf("%02d:30", i%4)))
			}
			return &h
		}()}},
		// The clocks go from 02:00 to 03:00 in Oslo on 29 March 2020.
		{"a time the clocks skip", "hours", booths.BoothInput{TimeZone: ptr("Europe/Oslo"), Hours: hours(day("2020-03-29", "02:30", "05:00"))}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := svc.UpdateBooth(t.Context(), sec, v.ID, tc.in)
			wantCode(t, err, apperr.ValidationFailed, tc.field)
		})
	}
	got, err := svc.Booth(t.Context(), v.ID)
	if err != nil || !got.UpdatedAt.Equal(v.UpdatedAt) || got.Title != v.Title {
		t.Fatalf("a refused update changed the booth: %+v %v", got, err)
	}
}

func TestBoothStoredForm(t *testing.T) {
	now := time.Date(2020, 11, 2, 8, 0, 0, 0, time.UTC)
	svc, _ := village(t, &now)
	o := newOrg(t, svc, "Org")
	b, err := svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: o.ID, BoothInput: booths.BoothInput{
		Title:       ptr("  حسین\u200cزاده booth "),
		Description: ptr("# Welcome\r\n\r\n* one\r\n\t* two\r\n"),
		Themes:      &[]string{"trust", "data", "trust"},
		Languages:   &[]string{"EN", "fr-ca", "en"},
		Links:       &[]booths.Link{{Title: " Report ", URL: " https://example.org/r.pdf "}},
		TimeZone:    ptr("Africa/Nairobi"),
		Hours: &[]booths.Hours{
			{Date: "2020-11-03", Opens: "09:00", Closes: "12:00"},
			{Date: "2020-11-02", Opens: "14:00", Closes: "24:00"},
			{Date: "2020-11-02", Opens: "09:00", Closes: "14:00"}, // touching is not overlapping
		},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "حسین\u200cزاده booth" || b.Description != "# Welcome\n\n* one\n\t* two" ||
		!slices.Equal(b.Themes, []string{"trust", "data"}) || !slices.Equal(b.Languages, []string{"en", "fr-CA"}) ||
		b.Links[0] != (booths.Link{Title: "Report", URL: "https://example.org/r.pdf"}) {
		t.Fatalf("stored form: %+v", b)
	}
	// Sorted, and as UTC instants: Nairobi is UTC+3.
	want := []struct{ date, opens, start, end string }{
		{"2020-11-02", "09:00", "2020-11-02T06:00:00Z", "2020-11-02T11:00:00Z"},
		{"2020-11-02", "14:00", "2020-11-02T11:00:00Z", "2020-11-02T21:00:00Z"},
		{"2020-11-03", "09:00", "2020-11-03T06:00:00Z", "2020-11-03T09:00:00Z"},
	}
	for i, w := range want {
		h := b.Hours[i]
		if h.Date != w.date || h.Opens != w.opens || h.StartsAt.Format(time.RFC3339) != w.start || h.EndsAt.Format(time.RFC3339) != w.end {
			t.Errorf("opening %d: %+v, want %+v", i, h, w)
		}
	}
}

// TestWhoEditsBooths: the secretariat edits every field of every booth;
// staff their own booth's content only; nobody else anything.
func TestWhoEditsBooths(t *testing.T) {
	now := time.Now()
	svc, _ := village(t, &now)
	a, b := newOrg(t, svc, "A"), newOrg(t, svc, "B")
	for _, o := range []*booths.Organisation{a, b} {
		if _, err := svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: o.ID}); err != nil {
			t.Fatal(err)
		}
	}
	staffA := &accounts.Person{ID: "p-a", Role: accounts.RoleStaff, OrganisationID: a.ID}
	part := &accounts.Person{ID: "p-p", Role: accounts.RoleParticipant, OrganisationID: a.ID}
	content := booths.BoothInput{Title: ptr("Our booth"), Description: ptr("Hello"), Themes: &[]string{"data"},
		Languages: &[]string{"fr"}, Links: &[]booths.Link{}, TimeZone: ptr("Europe/Paris"), Hours: &[]booths.Hours{}}
	for _, tc := range []struct {
		name string
		who  *accounts.Person
		org  *booths.Organisation
		in   booths.BoothInput
		want apperr.Code
	}{
		{"staff, own booth's content", staffA, a, content, ""},
		{"staff, own booth's kind", staffA, a, booths.BoothInput{Kind: ptr("nri")}, apperr.Forbidden},
		{"staff, own booth's region", staffA, a, booths.BoothInput{Region: ptr("african")}, apperr.Forbidden},
		{"staff, own booth's stakeholder group", staffA, a, booths.BoothInput{StakeholderGroup: ptr("government")}, apperr.Forbidden},
		{"staff, another booth", staffA, b, booths.BoothInput{Description: ptr("Hijacked")}, apperr.Forbidden},
		{"participant of the organisation", part, a, booths.BoothInput{Description: ptr("x")}, apperr.Forbidden},
		{"secretariat, every field", sec, b, booths.BoothInput{Kind: ptr("nri"), Region: ptr("african"), StakeholderGroup: ptr("government"), Title: ptr("B's booth")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			id := booths.BoothID(tc.org.ID)
			before, _ := svc.Booth(t.Context(), id)
			if err := svc.MayEditBooth(t.Context(), tc.who, id); tc.want == apperr.Forbidden && tc.in.Kind == nil && tc.in.Region == nil && tc.in.StakeholderGroup == nil {
				wantCode(t, err, apperr.Forbidden, "")
			} else if err != nil {
				t.Fatalf("MayEditBooth: %v", err)
			}
			now = now.Add(time.Second)
			got, err := svc.UpdateBooth(t.Context(), tc.who, id, tc.in)
			if tc.want != "" {
				wantCode(t, err, tc.want, "")
				after, _ := svc.Booth(t.Context(), id)
				if !after.UpdatedAt.Equal(before.UpdatedAt) {
					t.Fatal("a refused edit changed the booth")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tc.in.Title != nil && got.Title != *tc.in.Title || tc.in.Kind != nil && got.Kind != *tc.in.Kind {
				t.Fatalf("edit not applied: %+v", got)
			}
		})
	}
	if err := svc.MayEditBooth(t.Context(), sec, "booth-nowhere"); apperr.CodeOf(err) != apperr.NotFound {
		t.Fatalf("MayEditBooth of no booth: %v", err)
	}
}

// fakePresence is who is in each room.
type fakePresence map[string][]protocol.Member

func (f fakePresence) Present(room string, each func(protocol.Member)) {
	for _, m := range f[room] {
		each(m)
	}
}

// crowd puts visitors and staff of org in booth's room. Staff of another
// organisation and the secretariat count as visitors.
func (f fakePresence) crowd(booth, org string, visitors, staff int) {
	room := booths.BoothRoom(booth)
	for i := range visitors {
		m := protocol.Member{ID: fmt.Sprint("v", i), Role: string(accounts.RoleParticipant)}
		switch i {
		case 0:
			m.Role, m.Organisation = string(accounts.RoleStaff), "org-elsewhere"
		case 1:
			m.Role = string(accounts.RoleSecretariat)
		}
		f[room] = append(f[room], m)
	}
	for i := range staff {
		f[room] = append(f[room], protocol.Member{ID: fmt.Sprint("s", i), Role: string(accounts.RoleStaff), Organisation: org})
	}
}

// TestListBooths: the filters, paging, open now and the live figures.
func TestListBooths(t *testing.T) {
	// 10:30 UTC on 2 November 2020: 13:30 in Nairobi, 05:30 in Bogotá.
	now := time.Date(2020, 11, 2, 10, 30, 0, 0, time.UTC)
	presence := fakePresence{}
	svc, _ := village(t, &now, booths.WithPresence(presence))
	type spec struct {
		title, kind, region, zone, description string
		themes, languages                      []string
		open                                   bool
	}
	specs := []spec{
		{"Community Networks", "civil_society", "african", "Africa/Nairobi", "Rural *connectivity*", []string{"inclusion"}, []string{"sw", "en"}, true},
		{"andean Data Lab", "academia", "grulac", "America/Bogota", "Open data in the Andes", []string{"data"}, []string{"es-419"}, true},
		{"Ally", "technical_community", "weog", "Africa/Nairobi", "Routing security", []string{"trust", "data"}, []string{"fr-CA"}, true},
		{"Closed Booth", "civil_society", "african", "Africa/Nairobi", "Connectivity, later", []string{"inclusion"}, []string{"en"}, false},
	}
	for _, sp := range specs {
		o, err := svc.Create(t.Context(), booths.OrganisationInput{Name: ptr(sp.title), Kind: ptr(sp.kind),
			StakeholderGroup: ptr("civil_society"), Region: ptr(sp.region)})
		if err != nil {
			t.Fatal(err)
		}
		v, err := svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: o.ID, BoothInput: booths.BoothInput{
			Description: ptr(sp.description), Themes: &sp.themes, Languages: &sp.languages, TimeZone: ptr(sp.zone),
			Hours: &[]booths.Hours{{Date: "2020-11-02", Opens: "09:00", Closes: "17:00"}},
		}})
		if err != nil {
			t.Fatal(err)
		}
		if sp.title == "Ally" {
			presence.crowd(v.ID, o.ID, 7, 2)
		}
		if sp.open {
			if _, err := svc.SetOpen(t.Context(), v.ID, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	yes, no := true, false
	for _, tc := range []struct {
		name string
		q    booths.BoothQuery
		want string // titles, then the total
	}{
		{"all, by folded title", booths.BoothQuery{}, "Ally,andean Data Lab,Closed Booth,Community Networks,4"},
		{"text in the title", booths.BoothQuery{Text: "DATA"}, "andean Data Lab,1"},
		{"text in the description", booths.BoothQuery{Text: "connectivity"}, "Closed Booth,Community Networks,2"},
		{"theme", booths.BoothQuery{Theme: "data"}, "Ally,andean Data Lab,2"},
		{"language by its base", booths.BoothQuery{Language: "fr"}, "Ally,1"},
		{"language, a regional tag", booths.BoothQuery{Language: "es-ES"}, "andean Data Lab,1"},
		{"region", booths.BoothQuery{Region: "african"}, "Closed Booth,Community Networks,2"},
		{"kind", booths.BoothQuery{Kind: "academia"}, "andean Data Lab,1"},
		// Bogotá's booth opens at 09:00 there, 14:00 UTC; the closed booth is in its hours but closed.
		{"open now", booths.BoothQuery{OpenNow: &yes}, "Ally,Community Networks,2"},
		{"not open now", booths.BoothQuery{OpenNow: &no}, "andean Data Lab,Closed Booth,2"},
		{"combined", booths.BoothQuery{OpenNow: &yes, Theme: "inclusion", Region: "african"}, "Community Networks,1"},
		{"a page", booths.BoothQuery{Offset: 1, Limit: 2}, "andean Data Lab,Closed Booth,4"},
		{"past the end", booths.BoothQuery{Offset: 10, Limit: 2}, "4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items, total, err := svc.Booths(t.Context(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range items {
				got = append(got, v.Title)
			}
			if s := strings.Join(append(got, fmt.Sprint(total)), ","); s != tc.want {
				t.Fatalf("got %s, want %s", s, tc.want)
			}
		})
	}
	items, _, _ := svc.Booths(t.Context(), booths.BoothQuery{Text: "ally"})
	if len(items) != 1 || items[0].VisitorsNow != 7 || items[0].StaffOnline != 2 || !items[0].OpenNow {
		t.Fatalf("live figures: %+v", items)
	}
	one, err := svc.Booth(t.Context(), items[0].ID)
	if err != nil || one.VisitorsNow != 7 {
		t.Fatalf("one booth's figures: %+v %v", one, err)
	}
	items, _, _ = svc.Booths(t.Context(), booths.BoothQuery{Text: "andean"})
	if items[0].VisitorsNow != 0 || items[0].StaffOnline != 0 {
		t.Fatalf("a booth the presence does not name: %+v", items[0])
	}
	staffed, unstaffed := true, false
	if items, total, _ := svc.Booths(t.Context(), booths.BoothQuery{StaffedNow: &staffed}); total != 1 || items[0].Title != "Ally" {
		t.Fatalf("staffed now: %d booths, %+v", total, items)
	}
	if _, total, _ := svc.Booths(t.Context(), booths.BoothQuery{StaffedNow: &unstaffed}); total != len(specs)-1 {
		t.Fatalf("not staffed now: %d booths, want %d", total, len(specs)-1)
	}
	// Bogotá's 09:00 is 14:00 UTC: its opening is next; Nairobi's is on now.
	if n := items[0].NextOpening; n == nil || n.StartsAt.Format(time.RFC3339) != "2020-11-02T14:00:00Z" || items[0].OpenNow {
		t.Fatalf("next opening in Bogotá: %+v", items[0].NextOpening)
	}
	if items, _, _ := svc.Booths(t.Context(), booths.BoothQuery{Text: "closed booth"}); items[0].NextOpening != nil {
		t.Fatalf("a closed booth has a next opening: %+v", items[0].NextOpening)
	}
	if items, _, _ := svc.Booths(t.Context(), booths.BoothQuery{Text: "community networks"}); items[0].NextOpening == nil ||
		items[0].NextOpening.EndsAt.Format(time.RFC3339) != "2020-11-02T14:00:00Z" {
		t.Fatalf("the opening on now in Nairobi: %+v", items[0].NextOpening)
	}
	now = now.Add(24 * time.Hour) // every opening is over
	if items, _, _ := svc.Booths(t.Context(), booths.BoothQuery{Text: "community networks"}); items[0].NextOpening != nil || items[0].OpenNow {
		t.Fatalf("after the last opening: %+v", items[0])
	}
	now = now.Add(-24 * time.Hour)
	// Closing takes a booth out of open now at once.
	if _, err := svc.SetOpen(t.Context(), one.ID, false); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := svc.Booths(t.Context(), booths.BoothQuery{OpenNow: &yes}); total != 1 {
		t.Fatalf("open now after closing one: %d", total)
	}

	for _, tc := range []struct {
		field string
		q     booths.BoothQuery
	}{
		{"theme", booths.BoothQuery{Theme: "astrology"}},
		{"language", booths.BoothQuery{Language: "not a tag"}},
		{"region", booths.BoothQuery{Region: "atlantis"}},
		{"kind", booths.BoothQuery{Kind: "circus"}},
		{"stakeholder_group", booths.BoothQuery{StakeholderGroup: "x"}},
		{"q", booths.BoothQuery{Text: strings.Repeat("q", booths.MaxQueryText+1)}},
		{"q", booths.BoothQuery{Text: "a\x00b"}},
		{"q", booths.BoothQuery{Text: "\xff"}},
	} {
		_, _, err := svc.Booths(t.Context(), tc.q)
		wantCode(t, err, apperr.ValidationFailed, tc.field)
	}
}
