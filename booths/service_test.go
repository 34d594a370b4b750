package booths_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

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
