package matching

import (
	"slices"
	"strings"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
)

// Reason codes: why a person or a booth is suggested. The wire carries the
// code and its parameters; the browser writes the sentence in the reader's
// language ("you both work on Data governance").
const (
	ReasonThemes       = "themes"        // Themes: thematic tracks both follow
	ReasonTags         = "tags"          // Tags: free interests both named
	ReasonLanguages    = "languages"     // Languages: base languages both speak
	ReasonStakeholders = "stakeholders"  // Mine, Theirs: groups that complement each other
	ReasonRegion       = "region"        // Region: the same UN regional group
	ReasonRegions      = "regions"       // Mine, Theirs: regional groups that work together
	ReasonHours        = "hours_overlap" // Hours: whole hours of working day in common
)

// SuggestionReason is one reason of a suggestion: a code and the parameters its
// sentence needs. Only the fields of its code are set.
type SuggestionReason struct {
	Code      string   `json:"code"`
	Themes    []string `json:"themes,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	Languages []string `json:"languages,omitempty"`
	Region    string   `json:"region,omitempty"`
	Mine      string   `json:"mine,omitempty"`
	Theirs    string   `json:"theirs,omitempty"`
	Hours     int      `json:"hours,omitempty"`
}

// Stakeholder groups that complement each other. The Forum is
// multistakeholder because each group holds what the others lack, and
// these are the pairs its own sessions put side by side:
//   - government and civil society: those who make policy and those who
//     speak for the people it touches, and hold it to account;
//   - government and the private sector: the regulator and the regulated,
//     and who invests in connectivity;
//   - government and the technical community: policy that must be
//     technically sound (DNS, IPv6, incident response);
//   - government and intergovernmental organisations: national policy and
//     the international programmes and capacity building behind it;
//   - civil society and the private sector: rights meet platforms
//     (content moderation, privacy, access);
//   - civil society and the technical community: community networks,
//     standards that carry human rights;
//   - the private sector and the technical community: operators and the
//     standards and infrastructure they run on;
//   - intergovernmental organisations and civil society: programmes and
//     the organisations that carry them out;
//   - the press with everyone: journalists look for sources in every
//     group, and every group wants to be heard.
//
// A pair of the same group is worth something (peers compare notes) but
// less; any other pair a little.
var complementGroups = symmetric(append([][2]string{
	{"government", "civil_society"},
	{"government", "private_sector"},
	{"government", "technical_community"},
	{"government", "intergovernmental"},
	{"civil_society", "private_sector"},
	{"civil_society", "technical_community"},
	{"private_sector", "technical_community"},
	{"intergovernmental", "civil_society"},
}, withPress()...))

func withPress() [][2]string {
	var out [][2]string
	for _, g := range accounts.StakeholderGroups {
		if g != "press_media" {
			out = append(out, [2]string{"press_media", g})
		}
	}
	return out
}

// symmetric is the set of pairs, both ways round.
func symmetric(pairs [][2]string) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, p := range pairs {
		out[p] = true
		out[[2]string{p[1], p[0]}] = true
	}
	return out
}

// Regional groups that work together, beside the same group: IGO staff
// work across every region, and WEOG's donors, registries and companies
// are the usual partners of capacity building in Africa, Asia-Pacific and
// Latin America, and of the EU's neighbours in Eastern Europe.
var complementRegions = symmetric([][2]string{
	{"igo", "african"}, {"igo", "asia_pacific"}, {"igo", "eastern_european"}, {"igo", "grulac"}, {"igo", "weog"},
	{"weog", "african"}, {"weog", "asia_pacific"}, {"weog", "grulac"}, {"weog", "eastern_european"},
})

// groupFit is how well group b complements group a, 0 to 1.
func groupFit(a, b string) float64 {
	switch {
	case a == "" || b == "":
		return 0
	case complementGroups[[2]string{a, b}]:
		return 1
	case a == b:
		return 0.4
	}
	return 0.2
}

// regionFit is how well region b suits region a, 0 to 1.
func regionFit(a, b string) float64 {
	switch {
	case a == "" || b == "":
		return 0
	case a == b:
		return 1
	case complementRegions[[2]string{a, b}]:
		return 0.5
	}
	return 0
}

// baseLanguage is the primary subtag of a BCP 47 tag, folded: "fr" of
// "fr-CA". Two people share a language when they share its base.
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(base)
}

// sharedLanguages are the base languages of a also in b, in a's order.
func sharedLanguages(a, b []string) []string {
	var out []string
	for _, x := range a {
		bx := baseLanguage(x)
		if slices.Contains(out, bx) {
			continue
		}
		if slices.ContainsFunc(b, func(y string) bool { return baseLanguage(y) == bx }) {
			out = append(out, bx)
		}
	}
	return out
}

// shared are the elements of a also in b, in a's order.
func shared(a, b []string) []string {
	var out []string
	for _, x := range a {
		if slices.Contains(b, x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// personReasons says why a and b are suggested to each other, as a reads
// it: the themes and interests they share, the languages they both speak,
// their groups and regions when they fit, and the working hours they have
// in common (overlap, in minutes).
func personReasons(a, b *accounts.Person, overlap int) []SuggestionReason {
	var out []SuggestionReason
	if t := shared(a.Themes, b.Themes); len(t) > 0 {
		out = append(out, SuggestionReason{Code: ReasonThemes, Themes: t})
	}
	if t := shared(a.Tags, b.Tags); len(t) > 0 {
		out = append(out, SuggestionReason{Code: ReasonTags, Tags: t})
	}
	if l := sharedLanguages(a.Languages, b.Languages); len(l) > 0 {
		out = append(out, SuggestionReason{Code: ReasonLanguages, Languages: l})
	}
	if complementGroups[[2]string{a.StakeholderGroup, b.StakeholderGroup}] {
		out = append(out, SuggestionReason{Code: ReasonStakeholders, Mine: a.StakeholderGroup, Theirs: b.StakeholderGroup})
	}
	out = appendRegion(out, a.Region, b.Region)
	if h := overlap / 60; h >= 1 {
		out = append(out, SuggestionReason{Code: ReasonHours, Hours: h})
	}
	return out
}

func appendRegion(out []SuggestionReason, mine, theirs string) []SuggestionReason {
	switch {
	case mine == "" || theirs == "":
	case mine == theirs:
		out = append(out, SuggestionReason{Code: ReasonRegion, Region: mine})
	case complementRegions[[2]string{mine, theirs}]:
		out = append(out, SuggestionReason{Code: ReasonRegions, Mine: mine, Theirs: theirs})
	}
	return out
}

// boothReasons says why booth b is suggested to p.
func boothReasons(p *accounts.Person, b *booths.Booth) []SuggestionReason {
	var out []SuggestionReason
	if t := shared(p.Themes, b.Themes); len(t) > 0 {
		out = append(out, SuggestionReason{Code: ReasonThemes, Themes: t})
	}
	if l := sharedLanguages(p.Languages, b.Languages); len(l) > 0 {
		out = append(out, SuggestionReason{Code: ReasonLanguages, Languages: l})
	}
	if complementGroups[[2]string{p.StakeholderGroup, b.StakeholderGroup}] {
		out = append(out, SuggestionReason{Code: ReasonStakeholders, Mine: p.StakeholderGroup, Theirs: b.StakeholderGroup})
	}
	return appendRegion(out, p.Region, b.Region)
}
