package booths_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store/memory"
)

func ptr(s string) *string { return &s }

func TestOrganisationValidation(t *testing.T) {
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := booths.NewService(st, nil)
	valid := func() booths.OrganisationInput {
		return booths.OrganisationInput{Name: ptr(" DC on Net Neutrality "), Kind: ptr("dynamic_coalition"),
			StakeholderGroup: ptr("civil_society"), Region: ptr("weog"), Website: ptr("https://example.org/dcnn")}
	}
	o, err := svc.Create(t.Context(), valid())
	if err != nil || o.Name != "DC on Net Neutrality" || !strings.HasPrefix(o.ID, "org-") {
		t.Fatalf("Create: %+v %v", o, err)
	}
	cases := []struct {
		field string
		set   func(*booths.OrganisationInput)
	}{
		{"name", func(in *booths.OrganisationInput) { in.Name = ptr("") }},
		{"name", func(in *booths.OrganisationInput) { in.Name = ptr(strings.Repeat("n", booths.MaxName+1)) }},
		{"name", func(in *booths.OrganisationInput) { in.Name = ptr("DC on Net \u202eytilartueN") }},
		{"name", func(in *booths.OrganisationInput) { in.Name = ptr("DC on Net Neu\u200btrality") }},
		{"kind", func(in *booths.OrganisationInput) { in.Kind = ptr("circus") }},
		{"stakeholder_group", func(in *booths.OrganisationInput) { in.StakeholderGroup = ptr("x") }},
		{"region", func(in *booths.OrganisationInput) { in.Region = ptr("x") }},
		{"website", func(in *booths.OrganisationInput) { in.Website = ptr("javascript:alert(1)") }},
		{"logo_url", func(in *booths.OrganisationInput) { in.LogoURL = ptr("ftp://example.org/logo.png") }},
		{"description", func(in *booths.OrganisationInput) { in.Description = ptr(strings.Repeat("d", booths.MaxDescription+1)) }},
	}
	for _, tc := range cases {
		in := valid()
		tc.set(&in)
		_, err := svc.Create(t.Context(), in)
		var ae *apperr.Error
		if !errors.As(err, &ae) || ae.Code != apperr.ValidationFailed || ae.Fields[tc.field] == "" {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
	all, _ := svc.List(t.Context())
	if len(all) != 1 {
		t.Fatalf("refused organisations were stored: %d", len(all))
	}
}

// TestMayEnterStaffRoom: an organisation's staff room is for its staff and
// the secretariat, and exists only while the organisation does.
func TestMayEnterStaffRoom(t *testing.T) {
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := booths.NewService(st, nil)
	create := func(name string) string {
		o, err := svc.Create(t.Context(), booths.OrganisationInput{Name: ptr(name), Kind: ptr("dynamic_coalition"),
			StakeholderGroup: ptr("civil_society"), Region: ptr("weog")})
		if err != nil {
			t.Fatal(err)
		}
		return o.ID
	}
	orgA, orgB, gone := create("A"), create("B"), create("Gone")
	if err := svc.Delete(t.Context(), gone); err != nil {
		t.Fatal(err)
	}
	secretariat := &accounts.Person{ID: "p-sec", Role: accounts.RoleSecretariat}
	staffA := &accounts.Person{ID: "p-a", Role: accounts.RoleStaff, OrganisationID: orgA}
	staffGone := &accounts.Person{ID: "p-g", Role: accounts.RoleStaff, OrganisationID: gone}
	participant := &accounts.Person{ID: "p-p", Role: accounts.RoleParticipant, OrganisationID: orgA}
	for _, tc := range []struct {
		name string
		who  *accounts.Person
		org  string
		want apperr.Code // "": may enter
	}{
		{"staff, own organisation", staffA, orgA, ""},
		{"staff, another organisation", staffA, orgB, apperr.Forbidden},
		{"secretariat", secretariat, orgB, ""},
		{"participant naming the organisation", participant, orgA, apperr.Forbidden},
		{"secretariat, no such organisation", secretariat, "org-nowhere", apperr.NotFound},
		{"secretariat, a deleted organisation", secretariat, gone, apperr.NotFound},
		{"staff of a deleted organisation", staffGone, gone, apperr.NotFound},
		{"participant, no such organisation", participant, "org-nowhere", apperr.NotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := svc.MayEnterStaffRoom(t.Context(), tc.who, tc.org)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var ae *apperr.Error
			if !errors.As(err, &ae) || ae.Code != tc.want || ae.Message == "" {
				t.Fatalf("got %v, want %s", err, tc.want)
			}
		})
	}
}
