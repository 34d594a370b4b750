package matching_test

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
)

// base is a BCP 47 tag's base language.
func base(tag string) string {
	b, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(b)
}

// candidates counts, up to limit, the people who may be on p's list: in
// the directory, not the secretariat, not p, not p's colleague, not met,
// sharing a base language with p.
func candidates(people []accounts.Person, byLang map[string][]int, p *accounts.Person, met contacts.Pairs, limit int) int {
	seen := map[int]bool{}
	for _, l := range p.Languages {
		for _, j := range byLang[base(l)] {
			q := &people[j]
			if seen[j] || q.ID == p.ID || met.Has(p.ID, q.ID) ||
				(p.Role == accounts.RoleStaff && q.Role == accounts.RoleStaff && q.OrganisationID == p.OrganisationID) {
				continue
			}
			seen[j] = true
			if len(seen) == limit {
				return limit
			}
		}
	}
	return len(seen)
}

func findableByLanguage(people []accounts.Person) map[string][]int {
	out := map[string][]int{}
	for i, p := range people {
		if !p.DirectoryOptIn || p.Role == accounts.RoleSecretariat {
			continue
		}
		for _, l := range p.Languages {
			b := base(l)
			if !slices.Contains(out[b], i) {
				out[b] = append(out[b], i)
			}
		}
	}
	return out
}

// TestRecommendCoverageAndCap: over a village shaped like DOMAIN.md's
// (5,000 participants, the phase's registrations, with the booths' staff),
// everyone with a shared-language candidate gets SuggestedPeople of them,
// or all they have when they have fewer; nobody is on more than 2% of the
// lists; every list keeps the rules (a shared language, nobody met, no
// colleague, nobody out of the directory, not the secretariat).
func TestRecommendCoverageAndCap(t *testing.T) {
	people, bs := benchVillage(t, 5000)
	// Some contacts: each participant met the next three.
	met := contacts.Pairs{}
	for i := 0; i+3 < len(people); i += 7 {
		for k := 1; k <= 3; k++ {
			addPair(met, people[i].ID, people[i+k].ID)
		}
	}
	rec := matching.Recommend(matching.RecommendInput{People: people, Booths: bs, Met: met, Day: eventDay})
	if limit := int(math.Floor(matching.ExposureShare * float64(rec.Lists))); rec.Cap > limit {
		t.Fatalf("cap %d over 2%% of %d lists (%d)", rec.Cap, rec.Lists, limit)
	}
	byLang := findableByLanguage(people)
	byID := map[string]*accounts.Person{}
	for i := range people {
		byID[people[i].ID] = &people[i]
	}
	on := map[string]int{}
	short, lonely := 0, 0
	for i := range people {
		p := &people[i]
		list := rec.Listed(p.ID)
		want := candidates(people, byLang, p, met, matching.SuggestedPeople)
		if want == 0 {
			lonely++
		}
		if len(list) != want {
			short++
			if short < 5 {
				t.Errorf("%s (%v) has %d suggestions, want %d", p.ID, p.Languages, len(list), want)
			}
		}
		for _, id := range list {
			on[id]++
			q := byID[id]
			switch {
			case len(sharedBases(p.Languages, q.Languages)) == 0:
				t.Errorf("%s %v is suggested %s %v: no shared language", p.ID, p.Languages, q.ID, q.Languages)
			case met.Has(p.ID, q.ID):
				t.Errorf("%s is suggested %s, whom they met", p.ID, q.ID)
			case q.ID == p.ID:
				t.Errorf("%s is suggested to themselves", p.ID)
			case !q.DirectoryOptIn:
				t.Errorf("%s, out of the directory, is suggested to %s", q.ID, p.ID)
			case q.Role == accounts.RoleSecretariat:
				t.Errorf("the secretariat is suggested to %s", p.ID)
			case p.Role == accounts.RoleStaff && q.OrganisationID == p.OrganisationID:
				t.Errorf("%s is suggested their colleague %s", p.ID, q.ID)
			}
		}
		if len(slices.Compact(slices.Sorted(slices.Values(list)))) != len(list) {
			t.Errorf("%s's list has someone twice: %v", p.ID, list)
		}
	}
	if short > 0 {
		t.Errorf("%d of %d lists short of what they could hold", short, len(people))
	}
	most := 0
	for id, n := range on {
		most = max(most, n)
		if n != rec.Exposure(id) {
			t.Errorf("%s is on %d lists, Exposure says %d", id, n, rec.Exposure(id))
		}
	}
	if float64(most) > matching.ExposureShare*float64(rec.Lists) {
		t.Errorf("someone is on %d of %d lists: over 2%%", most, rec.Lists)
	}
	t.Logf("%d lists, cap %d, most exposed on %d, %d people with no candidate", rec.Lists, rec.Cap, most, lonely)
}

func addPair(p contacts.Pairs, a, b string) {
	if b < a {
		a, b = b, a
	}
	p[[2]string{a, b}] = struct{}{}
}

func sharedBases(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if base(x) == base(y) {
				out = append(out, base(x))
			}
		}
	}
	return out
}

// recPerson is a findable participant with the fields the score reads.
func recPerson(id, lang, group, region string, themes ...string) accounts.Person {
	return accounts.Person{ID: id, DisplayName: id, Role: accounts.RoleParticipant, DirectoryOptIn: true,
		Languages: []string{lang}, StakeholderGroup: group, Region: region, Themes: themes, TimeZone: "UTC"}
}

// TestRecommendSmallPools: someone whose language few others speak gets
// all of them, and a popular person is not on more lists than the cap even
// when everyone would rank them first.
func TestRecommendSmallPools(t *testing.T) {
	var people []accounts.Person
	// 4 speakers of Mongolian only: each has 3 candidates.
	for i := range 4 {
		people = append(people, recPerson(fmt.Sprintf("mn-%d", i), "mn", "civil_society", "asia_pacific", "data"))
	}
	// One star who fits everyone best, and 600 others who speak English
	// and Mongolian (so they compete with the Mongolian-only for them).
	star := recPerson("star", "en", "government", "weog", "data", "trust", "inclusion")
	star.Languages = []string{"en", "mn"}
	star.Tags = []string{"ai"}
	people = append(people, star)
	for i := range 600 {
		p := recPerson(fmt.Sprintf("en-%03d", i), "en", "civil_society", "weog", "data", "trust", "inclusion")
		p.Tags = []string{"ai"}
		if i%50 == 0 {
			p.Languages = append(p.Languages, "mn")
		}
		people = append(people, p)
	}
	// One who shares no language with anyone.
	people = append(people, recPerson("alone", "kl", "civil_society", "weog", "data"))

	rec := matching.Recommend(matching.RecommendInput{People: people, Met: contacts.Pairs{}, Day: eventDay})
	for i := range 4 {
		id := fmt.Sprintf("mn-%d", i)
		if got := rec.Listed(id); len(got) != matching.SuggestedPeople {
			t.Errorf("%s has %d suggestions (%v), want %d: 3 Mongolian speakers, %d bilingual ones and the star",
				id, len(got), got, matching.SuggestedPeople, 600/50)
		}
	}
	if got := rec.Listed("alone"); len(got) != 0 {
		t.Errorf("someone who shares no language is suggested %v", got)
	}
	if n := rec.Exposure("star"); n > rec.Cap {
		t.Errorf("the star is on %d lists, over the cap of %d", n, rec.Cap)
	}
	if n := rec.Exposure("star"); n < rec.Cap {
		t.Errorf("the star is on %d lists, want the cap %d: everyone ranks them first", n, rec.Cap)
	}
}

// TestRecommendFewerThanTen: a language of fewer than eleven speakers
// gives each of them everyone else, and no more.
func TestRecommendFewerThanTen(t *testing.T) {
	var people []accounts.Person
	for i := range 6 {
		people = append(people, recPerson(fmt.Sprintf("is-%d", i), "is", "civil_society", "weog"))
	}
	people[5].DirectoryOptIn = false // may not be suggested, gets a list
	rec := matching.Recommend(matching.RecommendInput{People: people, Met: contacts.Pairs{}, Day: eventDay})
	for i := range 5 {
		if got := rec.Listed(people[i].ID); len(got) != 4 || slices.Contains(got, "is-5") {
			t.Errorf("%s is suggested %v, want the 4 others in the directory", people[i].ID, got)
		}
	}
	if got := rec.Listed("is-5"); len(got) != 5 {
		t.Errorf("someone out of the directory is suggested %v, want the 5 others", got)
	}
}

// TestRecommendReciprocal: a pair's score is the same from both sides, and
// lower than its better side's when they differ: a generalist who shares
// one theme with a specialist of it scores below two specialists.
func TestRecommendReciprocal(t *testing.T) {
	people := []accounts.Person{
		recPerson("specialist", "en", "government", "african", "data"),
		recPerson("generalist", "en", "government", "african", "data", "trust", "inclusion", "environment"),
		recPerson("peer", "en", "government", "african", "data"),
	}
	rec := matching.Recommend(matching.RecommendInput{People: people, Met: contacts.Pairs{}, Day: eventDay})
	score := func(a, b int) float64 {
		ps, _ := rec.For(&people[a], nil)
		for _, s := range ps {
			if s.Person.ID == people[b].ID {
				return s.Score
			}
		}
		t.Fatalf("%s not suggested to %s", people[b].ID, people[a].ID)
		return 0
	}
	if ab, ba := score(0, 1), score(1, 0); math.Abs(ab-ba) > 1e-9 {
		t.Errorf("specialist→generalist %.4f, generalist→specialist %.4f: want the same", ab, ba)
	}
	if sg, sp := score(0, 1), score(0, 2); sg >= sp {
		t.Errorf("the specialist scores the generalist %.4f, the peer %.4f: want the peer first", sg, sp)
	}
	if s := score(0, 2); s <= 0 || s > 1 {
		t.Errorf("score %.4f out of (0, 1]", s)
	}
}

// TestRecommendReasons: the reasons say what the two share, as the reader
// reads it.
func TestRecommendReasons(t *testing.T) {
	a := recPerson("amina", "fr", "government", "african", "data", "trust")
	a.Languages = []string{"fr-CA", "ar"}
	a.Tags = []string{"ai", "privacy"}
	a.TimeZone = "Africa/Nairobi" // 08:00-20:00 is 05:00-17:00 UTC
	b := recPerson("bruno", "fr", "civil_society", "african", "data")
	b.Tags = []string{"privacy"}
	b.TimeZone = "America/Sao_Paulo" // 08:00-20:00 is 11:00-23:00 UTC
	b.WorkFrom, b.WorkTo = "08:00", "20:00"
	people := []accounts.Person{a, b}
	rec := matching.Recommend(matching.RecommendInput{People: people, Met: contacts.Pairs{}, Day: eventDay})
	ps, _ := rec.For(&people[0], nil)
	if len(ps) != 1 {
		t.Fatalf("suggestions %+v, want bruno", ps)
	}
	want := []matching.SuggestionReason{
		{Code: "themes", Themes: []string{"data"}},
		{Code: "tags", Tags: []string{"privacy"}},
		{Code: "languages", Languages: []string{"fr"}},
		{Code: "stakeholders", Mine: "government", Theirs: "civil_society"},
		{Code: "region", Region: "african"},
		{Code: "hours_overlap", Hours: 6},
	}
	if got := ps[0].Reasons; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("reasons\n got %+v\nwant %+v", got, want)
	}
}

// TestRecommendBooths: open booths only, those speaking the person's
// language, the ones sharing their themes first; not their own.
func TestRecommendBooths(t *testing.T) {
	staff := recPerson("staff", "es", "civil_society", "grulac", "inclusion")
	staff.Role, staff.OrganisationID = accounts.RoleStaff, "org-own"
	people := []accounts.Person{staff}
	bs := []booths.Booth{
		{ID: "b-own", OrganisationID: "org-own", Open: true, Languages: []string{"es"}, Themes: []string{"inclusion"}},
		{ID: "b-closed", OrganisationID: "org-1", Open: false, Languages: []string{"es"}, Themes: []string{"inclusion"}},
		{ID: "b-fr", OrganisationID: "org-2", Open: true, Languages: []string{"fr"}, Themes: []string{"inclusion"}},
		{ID: "b-match", OrganisationID: "org-3", Open: true, Languages: []string{"es-419"}, Themes: []string{"inclusion"}, Region: "grulac", StakeholderGroup: "government"},
		{ID: "b-other", OrganisationID: "org-4", Open: true, Languages: []string{"es"}, Themes: []string{"trust"}},
		{ID: "b-any", OrganisationID: "org-5", Open: true, Themes: []string{"inclusion"}},
	}
	rec := matching.Recommend(matching.RecommendInput{People: people, Booths: bs, Met: contacts.Pairs{}, Day: eventDay})
	_, got := rec.For(&people[0], nil)
	var ids []string
	for _, b := range got {
		ids = append(ids, b.Booth.ID)
	}
	if want := []string{"b-match", "b-any", "b-other"}; !slices.Equal(ids, want) {
		t.Fatalf("booths %v, want %v", ids, want)
	}
	if r := fmt.Sprint(got[0].Reasons); r != fmt.Sprint([]matching.SuggestionReason{
		{Code: "themes", Themes: []string{"inclusion"}}, {Code: "languages", Languages: []string{"es"}},
		{Code: "stakeholders", Mine: "civil_society", Theirs: "government"}, {Code: "region", Region: "grulac"},
	}) {
		t.Errorf("reasons %s", r)
	}
}

// TestRecommendNewcomer: someone who joined after the lists were made is
// ranked alone against them, with the same rules.
func TestRecommendNewcomer(t *testing.T) {
	people := []accounts.Person{
		recPerson("a", "en", "government", "weog", "data"),
		recPerson("b", "en", "civil_society", "weog", "data"),
		recPerson("c", "ru", "civil_society", "weog", "data"),
	}
	rec := matching.Recommend(matching.RecommendInput{People: people, Met: contacts.Pairs{}, Day: eventDay})
	n := recPerson("new", "en-GB", "civil_society", "weog", "data")
	ps, _ := rec.For(&n, []string{"b"})
	if len(ps) != 1 || ps[0].Person.ID != "a" {
		t.Errorf("newcomer's suggestions %+v, want a only (b met, c no shared language)", ps)
	}
}
