package seed

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/igf-village/village/accounts"
)

// unLanguages are the six official UN languages, which the Forum
// interpreted into.
var unLanguages = []string{"ar", "zh", "en", "fr", "ru", "es"}

// tags are the free interests people pick from, lower case.
var tags = []string{
	"connectivity", "cybersecurity", "ai", "human rights", "gender", "youth",
	"open data", "privacy", "content moderation", "community networks",
	"accessibility", "digital identity", "multilingualism", "internet shutdowns",
	"ipv6", "sustainability",
}

// expertise is, per stakeholder group, what people say they know about.
var expertise = map[string][]string{
	"government": {
		"National broadband policy", "Cybersecurity strategy", "Telecommunications regulation",
		"Digital government services", "Data protection law", "Spectrum management",
	},
	"intergovernmental": {
		"ICT for development programmes", "Capacity building", "Multilateral digital cooperation",
		"Internet access statistics", "Digital skills for sustainable development",
	},
	"civil_society": {
		"Digital rights advocacy", "Community network deployment", "Gender and ICT research",
		"Online child protection", "Web accessibility", "Media and information literacy",
		"Internet shutdowns research", "Local content in local languages",
	},
	"technical_community": {
		"DNS operations", "IPv6 deployment", "Internet exchange points", "Routing security (RPKI)",
		"Web standards", "Network measurement", "Incident response (CSIRT)",
	},
	"private_sector": {
		"Cloud infrastructure", "Mobile payments", "Content moderation at scale",
		"Data protection compliance", "Satellite connectivity", "Start-up ecosystems",
	},
	"press_media": {
		"Technology journalism", "Fact-checking", "Data journalism",
	},
}

// groupDomains are participants' e-mail domains, per stakeholder group.
var groupDomains = map[string]string{
	"government":          "government.example",
	"intergovernmental":   "igo.example",
	"civil_society":       "civil-society.example",
	"technical_community": "technical.example",
	"private_sector":      "business.example",
	"press_media":         "press.example",
}

// generator draws people from one random stream.
type generator struct {
	r     *rand.Rand
	now   time.Time
	width int // digits of the zero-padded index in IDs
}

// personID is "p-" and index zero-padded to width digits, so that IDs sort
// in index order.
func personID(width, index int) string { return fmt.Sprintf("p-%0*d", width, index) }

// person draws someone of group living in region, with an e-mail address
// at domain made unique by index. Role and flags are the caller's.
func (g *generator) person(index int, group, region, domain string) accounts.Person {
	r := g.r
	pl := pickPlace(r, places[region])
	pool := pl.pool
	if pool == nil {
		pool = allPools[r.IntN(len(allPools))]
	}
	female := r.IntN(2) == 0
	given := pick(r, pool.male)
	if female {
		given = pick(r, pool.female)
	}
	family := pick(r, pool.family)
	if masc, fem, ok := strings.Cut(family, "/"); ok {
		family = masc
		if female {
			family = fem
		}
	}
	return accounts.Person{
		ID:               personID(g.width, index),
		Email:            fmt.Sprintf("%s.%s.%d@%s", emailPart(given), emailPart(family), index, domain),
		DisplayName:      given + " " + family,
		StakeholderGroup: group,
		Region:           region,
		Country:          pl.country,
		Languages:        languages(r, pl, pool),
		TimeZone:         pl.zone,
		Themes:           pickSome(r, accounts.Themes, 1, 3),
		Tags:             pickSome(r, tags, 0, 3),
		Expertise:        pick(r, expertise[group]),
		CreatedAt:        g.now,
		UpdatedAt:        g.now,
	}
}

// languages are the place's, then (for international staff) the person's
// own, then often English and sometimes another UN language.
func languages(r *rand.Rand, pl place, pool *namePool) []string {
	ls := slices.Clone(pl.langs)
	add := func(l string) {
		if !slices.Contains(ls, l) {
			ls = append(ls, l)
		}
	}
	if pl.pool == nil {
		add(pool.lang)
	}
	if r.IntN(100) < 60 {
		add("en")
	}
	if r.IntN(100) < 12 {
		add(pick(r, unLanguages))
	}
	return ls
}

func pickPlace(r *rand.Rand, ps []place) place {
	total := 0
	for _, p := range ps {
		total += p.weight
	}
	n := r.IntN(total)
	for _, p := range ps {
		if n < p.weight {
			return p
		}
		n -= p.weight
	}
	panic("seed: unreachable")
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// pickSome returns between lo and hi distinct elements of list, in list
// order.
func pickSome(r *rand.Rand, list []string, lo, hi int) []string {
	k := lo + r.IntN(hi-lo+1)
	idx := r.Perm(len(list))[:k]
	slices.Sort(idx)
	out := make([]string, k)
	for i, j := range idx {
		out[i] = list[j]
	}
	return out
}

// emailFold spells letters that do not decompose into a base letter and
// marks.
var emailFold = strings.NewReplacer("ł", "l", "Ł", "L", "đ", "d", "Đ", "D", "ø", "o", "Ø", "O", "æ", "ae", "ß", "ss", "ı", "i")

// emailPart turns a name into the ASCII of an address's local part:
// "Élodie" → "elodie", "van der Merwe" → "van-der-merwe", "O'Brien" →
// "obrien".
func emailPart(name string) string {
	s := norm.NFD.String(emailFold.Replace(name)) // "é" → "e" + U+0301, dropped below
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteRune(c)
		case c == ' ', c == '-':
			b.WriteByte('-')
		}
	}
	return b.String()
}
