package storetest

import (
	"slices"
	"testing"

	"github.com/igf-village/village/accounts"
)

var directoryTests = []test{
	{"Directory/Search", testSearchPeople},
	{"Directory/FollowsUpdates", testSearchFollowsUpdates},
}

// directory is the people the search table runs against. "AMINA DIALLO"
// and "Amina Diallo" fold to the same name, so ID decides between them;
// "bruno Costa" sorts before "Chen Wei" only when case is folded. The
// opted-out person matches every query of the table and must never appear.
func directory() []*accounts.Person {
	person := func(i int, name, expertise string, themes, tags []string, group, region string, langs []string, youth bool) *accounts.Person {
		p := NewPerson(i)
		p.DisplayName, p.Expertise = name, expertise
		p.Themes, p.Tags, p.Languages = themes, tags, langs
		p.StakeholderGroup, p.Region, p.Youth = group, region, youth
		return p
	}
	optedOut := person(6, "Amina Hidden", "data, (policy), security",
		[]string{"data", "trust", "inclusion", "environment", "digital_cooperation"},
		[]string{"privacy", "connectivity", "ai", "climate", "security"},
		"technical_community", "african", []string{"fr", "pt-BR", "en", "zh-Hans"}, true)
	optedOut.DirectoryOptIn = false
	// Inserted out of order so that insertion order cannot pass for sorting.
	return []*accounts.Person{
		person(5, "AMINA DIALLO", "Cybersecurity", []string{"trust"}, []string{"security"},
			"private_sector", "weog", []string{"en-US"}, false),
		person(3, "Chen Wei", "AI governance (policy)", []string{"trust", "digital_cooperation"}, []string{"ai"},
			"government", "asia_pacific", []string{"zh-Hans", "en-GB"}, false),
		optedOut,
		person(1, "Amina Diallo", "Data protection law", []string{"data", "trust"}, []string{"privacy", "gdpr"},
			"civil_society", "african", []string{"fr", "en"}, false),
		person(4, "Dana Ionescu", "Open data", []string{"data", "environment"}, []string{"climate", "open-data"},
			"technical_community", "eastern_european", []string{"ro", "fr-CA"}, true),
		person(2, "bruno Costa", "Community networks", []string{"inclusion"}, []string{"connectivity"},
			"technical_community", "grulac", []string{"pt-BR", "es"}, true),
	}
}

func testSearchPeople(t *testing.T, s Store) {
	ctx := t.Context()
	for _, p := range directory() {
		must(t, s.CreatePerson(ctx, p), "CreatePerson")
	}
	yes, no := true, false
	const (
		p1, p2, p3, p4, p5 = "person-0001", "person-0002", "person-0003", "person-0004", "person-0005"
	)
	all := []string{p1, p5, p2, p3, p4}
	tests := []struct {
		name  string
		q     accounts.DirectoryQuery
		want  []string
		total int
	}{
		{"everyone opted in, sorted", accounts.DirectoryQuery{}, all, 5},
		{"text in expertise", accounts.DirectoryQuery{Text: "data"}, []string{p1, p4}, 2},
		{"text in name, any case", accounts.DirectoryQuery{Text: "aMiNa"}, []string{p1, p5}, 2},
		{"text is literal", accounts.DirectoryQuery{Text: "(policy)"}, []string{p3}, 1},
		{"text is not a pattern", accounts.DirectoryQuery{Text: "."}, []string{}, 0},
		{"theme", accounts.DirectoryQuery{Theme: "trust"}, []string{p1, p5, p3}, 3},
		{"tag", accounts.DirectoryQuery{Tag: "climate"}, []string{p4}, 1},
		{"stakeholder group", accounts.DirectoryQuery{StakeholderGroup: "technical_community"}, []string{p2, p4}, 2},
		{"region", accounts.DirectoryQuery{Region: "african"}, []string{p1}, 1},
		{"language exact", accounts.DirectoryQuery{Language: "ro"}, []string{p4}, 1},
		{"language base finds regional", accounts.DirectoryQuery{Language: "fr"}, []string{p1, p4}, 2},
		{"language base with script", accounts.DirectoryQuery{Language: "zh"}, []string{p3}, 1},
		{"language regional finds its base", accounts.DirectoryQuery{Language: "pt-PT"}, []string{p2}, 1},
		{"language regional finds siblings", accounts.DirectoryQuery{Language: "en-GB"}, []string{p1, p5, p3}, 3},
		{"youth", accounts.DirectoryQuery{Youth: &yes}, []string{p2, p4}, 2},
		{"not youth", accounts.DirectoryQuery{Youth: &no}, []string{p1, p5, p3}, 3},
		{"filters combine", accounts.DirectoryQuery{Theme: "data", Youth: &yes}, []string{p4}, 1},
		{"text and region", accounts.DirectoryQuery{Text: "a", Region: "weog"}, []string{p5}, 1},
		{"no match", accounts.DirectoryQuery{Tag: "nothing"}, []string{}, 0},
		{"first page", accounts.DirectoryQuery{Limit: 2}, all[:2], 5},
		{"middle page", accounts.DirectoryQuery{Offset: 2, Limit: 2}, all[2:4], 5},
		{"last page", accounts.DirectoryQuery{Offset: 4, Limit: 2}, all[4:], 5},
		{"past the end", accounts.DirectoryQuery{Offset: 10, Limit: 2}, []string{}, 5},
		{"offset without limit", accounts.DirectoryQuery{Offset: 1}, all[1:], 5},
		{"page of a filter", accounts.DirectoryQuery{Theme: "trust", Offset: 1, Limit: 1}, []string{p5}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, total, err := s.SearchPeople(ctx, tc.q)
			must(t, err, "SearchPeople")
			gotIDs := ids(got, func(p accounts.Person) string { return p.ID })
			if !slices.Equal(gotIDs, tc.want) || total != tc.total {
				t.Errorf("SearchPeople(%+v) = %v, total %d; want %v, total %d", tc.q, gotIDs, total, tc.want, tc.total)
			}
		})
	}

	// Results carry every field.
	want := directory()[3]
	got, _, err := s.SearchPeople(ctx, accounts.DirectoryQuery{Tag: "gdpr"})
	must(t, err, "SearchPeople")
	if len(got) != 1 {
		t.Fatalf("SearchPeople(gdpr) gave %d people, want 1", len(got))
	}
	wantSame(t, &got[0], want, "search result")
}

func testSearchFollowsUpdates(t *testing.T, s Store) {
	ctx := t.Context()
	p := NewPerson(1)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")
	count := func() int {
		t.Helper()
		_, total, err := s.SearchPeople(ctx, accounts.DirectoryQuery{Tag: "privacy"})
		must(t, err, "SearchPeople")
		return total
	}
	if n := count(); n != 1 {
		t.Fatalf("before opting out: %d found, want 1", n)
	}
	p.DirectoryOptIn = false
	must(t, s.UpdatePerson(ctx, p), "UpdatePerson")
	if n := count(); n != 0 {
		t.Errorf("after opting out: %d found, want 0", n)
	}
	p.DirectoryOptIn = true
	must(t, s.UpdatePerson(ctx, p), "UpdatePerson")
	must(t, s.DeletePerson(ctx, p.ID), "DeletePerson")
	if n := count(); n != 0 {
		t.Errorf("after delete: %d found, want 0", n)
	}
}
