package booths_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store/memory"
)

// leadVillage is two organisations with a booth each, their staff, a
// participant (all stored) and the leads of the booths.
type leadVillage struct {
	svc          *booths.Service
	st           *memory.Store
	leads        *booths.Leads
	a, b         string // booth IDs
	staffA       *accounts.Person
	staffB       *accounts.Person
	visitor      *accounts.Person
	orgB         string
	now          *time.Time
	beforeInsert func() // run by CreateLead before it inserts, when set
}

// hookedStore lets a test act while a lead is being written.
type hookedStore struct {
	*memory.Store
	v *leadVillage
}

func (h hookedStore) CreateLead(ctx context.Context, l *booths.Lead) error {
	if h.v.beforeInsert != nil {
		h.v.beforeInsert()
	}
	return h.Store.CreateLead(ctx, l)
}

func newLeadVillage(t *testing.T) *leadVillage {
	t.Helper()
	now := time.Date(2020, 11, 2, 10, 0, 0, 0, time.UTC)
	svc, st := village(t, &now)
	a, b := newOrg(t, svc, "DC on Community Connectivity"), newOrg(t, svc, "BPF Cybersecurity")
	v := &leadVillage{svc: svc, st: st, now: &now, orgB: b.ID}
	v.leads = booths.NewLeads(svc, hookedStore{st, v})
	for _, o := range []*booths.Organisation{a, b} {
		if _, err := svc.CreateBooth(t.Context(), booths.BoothCreate{OrganisationID: o.ID}); err != nil {
			t.Fatal(err)
		}
	}
	v.a, v.b = booths.BoothID(a.ID), booths.BoothID(b.ID)
	person := func(id, name string, role accounts.Role, org string) *accounts.Person {
		p := &accounts.Person{ID: id, Email: id + "@village.example", DisplayName: name, StakeholderGroup: "civil_society",
			Region: "african", Country: "SN", Languages: []string{"fr", "wo"}, TimeZone: "Africa/Dakar",
			Expertise: "kept out of leads", Role: role, OrganisationID: org}
		if err := st.CreatePerson(t.Context(), p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	v.staffA = person("p-staff-a", "Ana Staff", accounts.RoleStaff, a.ID)
	v.staffB = person("p-staff-b", "Bo Staff", accounts.RoleStaff, b.ID)
	v.visitor = person("p-visitor", "Amina Diallo", accounts.RoleParticipant, "")
	return v
}

// leave previews booth as p and leaves the lead with the consent shown.
func (v *leadVillage) leave(t *testing.T, p *accounts.Person, booth, note string) *booths.LeadView {
	t.Helper()
	pre, err := v.leads.Preview(t.Context(), p, booth)
	if err != nil {
		t.Fatalf("Preview: %v", err)
	}
	l, err := v.leads.Leave(t.Context(), p, booth, booths.LeadInput{Consent: pre.Consent, Note: note})
	if err != nil {
		t.Fatalf("Leave: %v", err)
	}
	return l
}

func (v *leadVillage) count(t *testing.T, booth string) int {
	t.Helper()
	_, total, err := v.leads.OfBooth(t.Context(), sec, booth, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	return total
}

func TestLeadPreviewIsWhatIsShared(t *testing.T) {
	v := newLeadVillage(t)
	pre, err := v.leads.Preview(t.Context(), v.visitor, v.a)
	if err != nil {
		t.Fatal(err)
	}
	want := booths.Contact{Name: "Amina Diallo", Email: "p-visitor@village.example", StakeholderGroup: "civil_society",
		Country: "SN", Languages: []string{"fr", "wo"}}
	if pre.BoothID != v.a || pre.BoothTitle != "DC on Community Connectivity" || !equalContact(pre.Contact, want) ||
		!slices.Equal(pre.Fields, []string{"name", "email", "stakeholder_group", "country", "languages"}) || pre.Consent == "" {
		t.Fatalf("Preview = %+v", pre)
	}
	// Staff of another organisation share its name as well.
	pre, err = v.leads.Preview(t.Context(), v.staffB, v.a)
	if err != nil {
		t.Fatal(err)
	}
	if pre.Contact.Organisation != "BPF Cybersecurity" || !slices.Contains(pre.Fields, "organisation") {
		t.Fatalf("Preview of staff = %+v", pre)
	}

	*v.now = v.now.Add(time.Minute)
	l := v.leave(t, v.visitor, v.a, "  Please send the report.\r\nThanks  ")
	if !equalContact(l.Contact, want) || l.Note != "Please send the report.\nThanks" || !l.ConsentedAt.Equal(*v.now) ||
		l.BoothTitle != "DC on Community Connectivity" || l.PersonID != v.visitor.ID {
		t.Fatalf("Leave = %+v", l)
	}
	list, total, err := v.leads.OfBooth(t.Context(), v.staffA, v.a, 0, 0)
	if err != nil || total != 1 || !equalContact(list[0].Contact, want) {
		t.Fatalf("OfBooth = %+v, %d, %v", list, total, err)
	}
}

func equalContact(a, b booths.Contact) bool {
	return a.Name == b.Name && a.Email == b.Email && a.Organisation == b.Organisation &&
		a.StakeholderGroup == b.StakeholderGroup && a.Country == b.Country && slices.Equal(a.Languages, b.Languages)
}

// TestLeaveLeadRefusals: every refusal has its code, and stores nothing.
func TestLeaveLeadRefusals(t *testing.T) {
	v := newLeadVillage(t)
	ctx := t.Context()
	pre, err := v.leads.Preview(ctx, v.visitor, v.a)
	if err != nil {
		t.Fatal(err)
	}
	other, err := v.leads.Preview(ctx, v.visitor, v.b)
	if err != nil {
		t.Fatal(err)
	}
	changed := *v.visitor
	changed.Email = "new-address@village.example"
	for _, tc := range []struct {
		name  string
		who   *accounts.Person
		booth string
		in    booths.LeadInput
		code  apperr.Code
		field string
	}{
		{"no consent", v.visitor, v.a, booths.LeadInput{}, apperr.ValidationFailed, "consent"},
		{"made-up consent", v.visitor, v.a, booths.LeadInput{Consent: "yes"}, apperr.ValidationFailed, "consent"},
		{"another booth's consent", v.visitor, v.a, booths.LeadInput{Consent: other.Consent}, apperr.ValidationFailed, "consent"},
		{"profile changed since the preview", &changed, v.a, booths.LeadInput{Consent: pre.Consent}, apperr.ValidationFailed, "consent"},
		{"note too long", v.visitor, v.a, booths.LeadInput{Consent: pre.Consent, Note: strings.Repeat("n", booths.MaxLeadNote+1)}, apperr.ValidationFailed, "note"},
		{"note with a control character", v.visitor, v.a, booths.LeadInput{Consent: pre.Consent, Note: "a\x1bb"}, apperr.ValidationFailed, "note"},
		{"note with a bidi override", v.visitor, v.a, booths.LeadInput{Consent: pre.Consent, Note: "call \u202e me"}, apperr.ValidationFailed, "note"},
		{"no such booth", v.visitor, "booth-nowhere", booths.LeadInput{Consent: pre.Consent}, apperr.NotFound, ""},
		{"staff of the booth itself", v.staffA, v.a, booths.LeadInput{Consent: pre.Consent}, apperr.Forbidden, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := v.leads.Leave(ctx, tc.who, tc.booth, tc.in)
			wantCode(t, err, tc.code, tc.field)
			if n := v.count(t, v.a); n != 0 {
				t.Fatalf("a refused lead was stored: %d", n)
			}
		})
	}
	if _, err := v.leads.Preview(ctx, v.staffA, v.a); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("Preview by the booth's own staff: %v", err)
	}
	if _, err := v.leads.Preview(ctx, v.visitor, "booth-nowhere"); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("Preview of no booth: %v", err)
	}
	if err := v.leads.MayLeave(ctx, v.staffA, v.a); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("MayLeave by the booth's own staff: %v", err)
	}
	if err := v.leads.MayLeave(ctx, sec, v.a); err != nil {
		t.Errorf("MayLeave by the secretariat: %v", err)
	}

	// The changed profile, previewed again, is what is shared.
	if err := v.st.UpdatePerson(ctx, &changed); err != nil {
		t.Fatal(err)
	}
	if l := v.leave(t, &changed, v.a, ""); l.Contact.Email != changed.Email {
		t.Fatalf("shared %q, not the address shown", l.Contact.Email)
	}
	// Twice at one booth is a conflict, and the first lead stays.
	_, err = v.leads.Leave(ctx, &changed, v.a, booths.LeadInput{Consent: pre.Consent})
	wantCode(t, err, apperr.ValidationFailed, "consent")
	again, _ := v.leads.Preview(ctx, &changed, v.a)
	_, err = v.leads.Leave(ctx, &changed, v.a, booths.LeadInput{Consent: again.Consent, Note: "again"})
	wantCode(t, err, apperr.Conflict, "")
	if list, _, _ := v.leads.OfBooth(ctx, sec, v.a, 0, 0); len(list) != 1 || list[0].Note != "" {
		t.Fatalf("after the second lead: %+v", list)
	}
}

// TestLeadOutlivesNothing: a lead written while its person's account or
// its booth is deleted does not stay behind.
func TestLeadOutlivesNothing(t *testing.T) {
	v := newLeadVillage(t)
	ctx := t.Context()
	pre, _ := v.leads.Preview(ctx, v.visitor, v.a)
	v.beforeInsert = func() {
		if err := v.st.DeletePerson(ctx, v.visitor.ID); err != nil {
			t.Error(err)
		}
	}
	_, err := v.leads.Leave(ctx, v.visitor, v.a, booths.LeadInput{Consent: pre.Consent})
	wantCode(t, err, apperr.Unauthenticated, "")
	if n := v.count(t, v.a); n != 0 {
		t.Fatalf("the deleted account's lead stayed: %d", n)
	}

	pre, _ = v.leads.Preview(ctx, v.staffB, v.a)
	v.beforeInsert = func() {
		if err := v.svc.DeleteBooth(ctx, v.a); err != nil {
			t.Error(err)
		}
	}
	_, err = v.leads.Leave(ctx, v.staffB, v.a, booths.LeadInput{Consent: pre.Consent})
	wantCode(t, err, apperr.NotFound, "")
	v.beforeInsert = nil
	if mine, _ := v.leads.Mine(ctx, v.staffB); len(mine) != 0 {
		t.Fatalf("the removed booth's lead stayed: %+v", mine)
	}
}

func TestWhoSeesLeads(t *testing.T) {
	v := newLeadVillage(t)
	ctx := t.Context()
	v.leave(t, v.visitor, v.a, "")
	for _, tc := range []struct {
		name string
		who  *accounts.Person
		want apperr.Code
	}{
		{"the booth's staff", v.staffA, ""},
		{"the secretariat", sec, ""},
		{"staff of another organisation", v.staffB, apperr.Forbidden},
		{"the visitor who left it", v.visitor, apperr.Forbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list, total, err := v.leads.OfBooth(ctx, tc.who, v.a, 0, 0)
			if tc.want != "" {
				wantCode(t, err, tc.want, "")
				if list != nil {
					t.Fatalf("a refusal came with leads: %+v", list)
				}
				return
			}
			if err != nil || total != 1 || list[0].Contact.Email != v.visitor.Email {
				t.Fatalf("OfBooth = %+v, %d, %v", list, total, err)
			}
		})
	}
	if _, _, err := v.leads.OfBooth(ctx, sec, "booth-nowhere", 0, 0); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("OfBooth of no booth: %v", err)
	}
}

func TestMineAndWithdraw(t *testing.T) {
	v := newLeadVillage(t)
	ctx := t.Context()
	v.leave(t, v.visitor, v.a, "")
	*v.now = v.now.Add(time.Minute)
	v.leave(t, v.visitor, v.b, "later")
	v.leave(t, v.staffB, v.a, "")

	mine, err := v.leads.Mine(ctx, v.visitor)
	if err != nil {
		t.Fatal(err)
	}
	if len(mine) != 2 || mine[0].BoothID != v.b || mine[0].BoothTitle != "BPF Cybersecurity" || mine[1].BoothID != v.a {
		t.Fatalf("Mine = %+v, want booth B (newest) then A", mine)
	}

	if err := v.leads.Withdraw(ctx, v.visitor, v.a); err != nil {
		t.Fatal(err)
	}
	wantCode(t, v.leads.Withdraw(ctx, v.visitor, v.a), apperr.NotFound, "")
	wantCode(t, v.leads.Withdraw(ctx, v.visitor, "booth-nowhere"), apperr.NotFound, "")
	list, total, err := v.leads.OfBooth(ctx, v.staffA, v.a, 0, 0)
	if err != nil || total != 1 || list[0].PersonID != v.staffB.ID {
		t.Fatalf("booth A after the withdrawal: %+v, %d, %v", list, total, err)
	}
	if mine, _ := v.leads.Mine(ctx, v.visitor); len(mine) != 1 || mine[0].BoothID != v.b {
		t.Fatalf("Mine after the withdrawal = %+v", mine)
	}
	// Withdrawn, the visitor may leave their details anew.
	v.leave(t, v.visitor, v.a, "")
}

func TestLeadsCSV(t *testing.T) {
	at := time.Date(2020, 11, 2, 9, 30, 0, 0, time.UTC)
	leads := []booths.LeadView{
		{Contact: booths.Contact{Name: "Zoë Ñúñez", Email: "zoe@example.org", Organisation: "Org, \"quoted\"",
			StakeholderGroup: "government", Country: "ES", Languages: []string{"es", "en"}}, Note: "line one\nline two", ConsentedAt: at},
		{Contact: booths.Contact{Name: "=HYPERLINK(\"https://evil.example\",\"x\")", Email: "+1@example.org",
			Organisation: "-2+3", StakeholderGroup: "@SUM(A1)", Country: "SN", Languages: []string{}}, Note: "\tcmd", ConsentedAt: at},
		{Contact: booths.Contact{Name: "\rname", Email: "a@example.org", Languages: []string{"fr"}}, Note: "fine = fine", ConsentedAt: at},
	}
	var buf bytes.Buffer
	if err := booths.WriteLeadsCSV(&buf, leads); err != nil {
		t.Fatal(err)
	}
	raw := buf.String()
	body, ok := strings.CutPrefix(raw, "\ufeff")
	if !ok {
		t.Fatalf("no byte order mark: %q", raw[:10])
	}
	if !strings.HasPrefix(body, "Name,E-mail,Organisation,Stakeholder group,Country,Languages,Note,Left at (UTC)\r\n") {
		t.Fatalf("header row: %q", body)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Zoë Ñúñez", "zoe@example.org", "Org, \"quoted\"", "government", "ES", "es en", "line one\nline two", "2020-11-02T09:30:00Z"},
		{"'=HYPERLINK(\"https://evil.example\",\"x\")", "'+1@example.org", "'-2+3", "'@SUM(A1)", "SN", "", "'\tcmd", "2020-11-02T09:30:00Z"},
		// With CRLF line ends encoding/csv writes no lone CR; the cell
		// was made text before.
		{"'name", "a@example.org", "", "", "", "fr", "fine = fine", "2020-11-02T09:30:00Z"},
	}

	if len(rows) != len(want)+1 {
		t.Fatalf("%d rows, want a header and %d", len(rows), len(want))
	}
	for i, w := range want {
		if !slices.Equal(rows[i+1], w) {
			t.Errorf("row %d = %q, want %q", i+1, rows[i+1], w)
		}
	}
	// Empty: the mark and the header alone.
	buf.Reset()
	if err := booths.WriteLeadsCSV(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "\ufeffName,E-mail,Organisation,Stakeholder group,Country,Languages,Note,Left at (UTC)\r\n" {
		t.Errorf("empty export = %q", got)
	}
}
