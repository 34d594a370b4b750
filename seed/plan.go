package seed

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
)

// Staff per organisation: "a handful of staff each, taking turns".
const (
	minStaff = 2
	maxStaff = 5
)

// Percentages of people with a flag set.
const (
	youthPct           = 20 // of participants
	parliamentarianPct = 10 // of government participants
	optInPct           = 80 // directory opt-in
	staffYouthPct      = 10
)

// Independent random streams, so that changing how staff are drawn does
// not reshuffle the participants.
const (
	streamStaff        = 0x5eed0001
	streamParticipants = 0x5eed0002
)

// village is everything Village writes, before the password hash is set.
// people are in ID order: the secretariat, staff by organisation, then
// participants.
type village struct {
	now          time.Time
	orgs         []booths.Organisation
	booths       []booths.Booth
	people       []accounts.Person
	logins       []Login
	staff        int
	participants int
}

// build draws the village from opt (defaults applied). It is a pure
// function of opt.
func build(opt Options) village {
	now := opt.Now
	v := village{now: now, orgs: organisations(now), participants: opt.Participants}
	v.booths = demoBooths(now, v.orgs)

	staffRand := rand.New(rand.NewPCG(uint64(opt.Seed), streamStaff))
	perOrg := make([]int, len(v.orgs))
	for i := range perOrg {
		perOrg[i] = minStaff + staffRand.IntN(maxStaff-minStaff+1)
		v.staff += perOrg[i]
	}
	total := 1 + v.staff + opt.Participants
	width := max(5, len(strconv.Itoa(total)))
	v.people = make([]accounts.Person, 0, total)

	index := 1
	v.people = append(v.people, secretariat(now, personID(width, index)))

	g := &generator{r: staffRand, now: now, width: width}
	for i, o := range v.orgs {
		domain := orgSpecs[i].slug + ".example"
		for range perOrg[i] {
			index++
			p := g.person(index, o.StakeholderGroup, o.Region, domain)
			p.Role = accounts.RoleStaff
			p.OrganisationID = o.ID
			p.Youth = o.ID == orgID("nri-youth-igf") || staffRand.IntN(100) < staffYouthPct
			p.DirectoryOptIn = staffRand.IntN(100) < optInPct
			v.people = append(v.people, p)
		}
	}

	g.r = rand.New(rand.NewPCG(uint64(opt.Seed), streamParticipants))
	v.people = append(v.people, participants(g, index+1, opt.Participants)...)
	v.logins = logins(v)
	return v
}

// participants draws n participants indexed from first. Stakeholder groups
// and regions are apportioned exactly (see apportion); IGO staff are
// paired with the IGO region first, since both count the same people.
func participants(g *generator, first, n int) []accounts.Person {
	r := g.r
	groups := expand(groupShares, apportion(n, groupShares))
	regions := expand(regionShares, apportion(n, regionShares))
	r.Shuffle(n, func(i, j int) { groups[i], groups[j] = groups[j], groups[i] })
	r.Shuffle(n, func(i, j int) { regions[i], regions[j] = regions[j], regions[i] })
	frontFirst(groups, "intergovernmental")
	frontFirst(regions, "igo")
	r.Shuffle(n, func(i, j int) {
		groups[i], groups[j] = groups[j], groups[i]
		regions[i], regions[j] = regions[j], regions[i]
	})

	youth := flags(r, n, youthPct)
	optIn := flags(r, n, optInPct)
	governments := 0
	for _, gr := range groups {
		if gr == "government" {
			governments++
		}
	}
	parliament := flags(r, governments, parliamentarianPct)

	out := make([]accounts.Person, n)
	gov := 0
	for i := range n {
		p := g.person(first+i, groups[i], regions[i], groupDomains[groups[i]])
		p.Role = accounts.RoleParticipant
		p.Youth = youth[i]
		p.DirectoryOptIn = optIn[i]
		if groups[i] == "government" {
			p.Parliamentarian = parliament[gov]
			gov++
		}
		out[i] = p
	}
	return out
}

// secretariat is the one account with the secretariat role.
func secretariat(now time.Time, id string) accounts.Person {
	return accounts.Person{
		ID:               id,
		Email:            SecretariatEmail,
		DisplayName:      "IGF Secretariat",
		StakeholderGroup: "intergovernmental",
		Region:           "igo",
		Country:          "CH",
		Languages:        []string{"en", "fr"},
		TimeZone:         "Europe/Zurich",
		Themes:           []string{"inclusion", "digital_cooperation"},
		Tags:             []string{"accessibility", "youth"},
		Expertise:        "Hosting the village and its guided tour",
		DirectoryOptIn:   true,
		Role:             accounts.RoleSecretariat,
		OrganisationID:   orgID(slugSecretariat),
		CreatedAt:        now,
		UpdatedAt:        now,
	}
}

// logins picks the accounts printed at start-up: the secretariat, the
// first staff member of BPF Cybersecurity and of the NRIs' joint booth,
// and the first participants whose first language is Arabic, Spanish and
// French. A small village may lack some of the participants.
func logins(v village) []Login {
	names := make(map[string]string, len(v.orgs))
	for _, o := range v.orgs {
		names[o.ID] = o.Name
	}
	out := []Login{{Email: SecretariatEmail, Role: string(accounts.RoleSecretariat), Organisation: names[orgID(slugSecretariat)]}}
	for _, slug := range []string{slugBPFCyber, slugNRIs} {
		for _, p := range v.people {
			if p.Role == accounts.RoleStaff && p.OrganisationID == orgID(slug) {
				out = append(out, Login{Email: p.Email, Role: string(p.Role), Organisation: names[p.OrganisationID]})
				break
			}
		}
	}
	for _, lang := range []string{"ar", "es", "fr"} {
		for _, p := range v.people {
			if p.Role == accounts.RoleParticipant && p.Languages[0] == lang {
				out = append(out, Login{Email: p.Email, Role: string(p.Role)})
				break
			}
		}
	}
	return out
}
