package seed

import (
	"fmt"
	"strings"
	"time"

	"github.com/igf-village/village/booths"
)

// BoothsClaimKey marks the demo booths as seeded. It is a claim apart from
// ClaimKey so that a demo village seeded before booths existed gets them
// at its next start.
const BoothsClaimKey = "seed:demo-booths"

// EventDays is how many days the demo event runs: IGF 2020's two phases,
// 2–6 and 9–17 November, are twelve weekdays.
const EventDays = 12

// eventDays are the demo event's days from the seeding day: it opens on
// the day the village is seeded (whatever the weekday, so that `make run`
// shows booths open at once), then runs on weekdays only.
func eventDays(now time.Time) []time.Time {
	day := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	days := []time.Time{day}
	for len(days) < EventDays {
		day = day.AddDate(0, 0, 1)
		if wd := day.Weekday(); wd != time.Saturday && wd != time.Sunday {
			days = append(days, day)
		}
	}
	return days
}

// zonesByRegion are where booths of each region keep their hours; a
// region's booths take them in turn.
var zonesByRegion = map[string][]string{
	"african":          {"Africa/Nairobi", "Africa/Lagos", "Africa/Dakar", "Africa/Johannesburg"},
	"asia_pacific":     {"Asia/Bangkok", "Asia/Kolkata", "Pacific/Auckland", "Asia/Tokyo", "Asia/Manila"},
	"eastern_european": {"Europe/Bucharest", "Europe/Warsaw", "Europe/Belgrade"},
	"grulac":           {"America/Bogota", "America/Sao_Paulo", "America/Mexico_City", "America/Port_of_Spain"},
	"weog":             {"Europe/Paris", "America/New_York", "Europe/London", "Europe/Oslo"},
	"igo":              {"Europe/Zurich"},
}

var languagesByRegion = map[string][]string{
	"african":          {"en", "fr", "sw"},
	"asia_pacific":     {"en", "zh", "hi"},
	"eastern_european": {"en", "ru"},
	"grulac":           {"es", "en", "pt"},
	"weog":             {"en", "fr"},
	"igo":              {"en", "fr", "es"},
}

// themeWords find a booth's themes in its organisation's name and
// description.
var themeWords = []struct {
	theme string
	words []string
}{
	{"data", []string{"data", "measure", "research", "observatory"}},
	{"environment", []string{"environment", "climate", "energy", "solar", "green", "island", "resilien"}},
	{"inclusion", []string{"access", "inclusion", "gender", "connect", "disab", "language", "youth", "young", "women", "librar", "local", "rural", "mobile", "community"}},
	{"trust", []string{"security", "trust", "rights", "privacy", "safety", "cyber", "freedom", "dns", "routing", "law", "harm", "fact"}},
	{"digital_cooperation", []string{"cooperation", "multistakeholder", "forum", "governance", "ministr", "regulator", "standards", "dialogue"}},
}

// materials are what booths show, a few each.
var materials = []struct{ title, file string }{
	{"Annual report 2020", "annual-report-2020.pdf"},
	{"Our work in five minutes (video)", "video"},
	{"Policy brief", "policy-brief.pdf"},
	{"Toolkit for practitioners", "toolkit"},
	{"Newsletter", "newsletter"},
}

// demoBooths gives every organisation its booth: most open (every ninth is
// still setting up), each with a Markdown description, themes, languages,
// two to five materials and opening hours over the event days, two
// sessions a day in its zone. The Secretariat's help desk and the NRIs'
// joint booth are staffed around the clock, every day, so that some booth
// is open now whenever the demo runs.
func demoBooths(now time.Time, orgs []booths.Organisation) []booths.Booth {
	days := eventDays(now)
	perRegion := map[string]int{}
	out := make([]booths.Booth, len(orgs))
	for i, o := range orgs {
		spec := orgSpecs[i]
		zones := zonesByRegion[o.Region]
		zone := zones[perRegion[o.Region]%len(zones)]
		perRegion[o.Region]++
		b := booths.Booth{
			ID: booths.BoothID(o.ID), OrganisationID: o.ID, Title: o.Name, Kind: o.Kind,
			StakeholderGroup: o.StakeholderGroup, Region: o.Region,
			Description: description(o, spec.about),
			Themes:      themesOf(o.Name + " " + spec.about),
			Languages:   languagesOf(spec.slug, o.Region),
			TimeZone:    zone,
			Open:        i%9 != 8,
			CreatedAt:   now, UpdatedAt: now,
		}
		for k := range 2 + i%4 {
			m := materials[(i+k)%len(materials)]
			b.Links = append(b.Links, booths.Link{Title: m.title, URL: fmt.Sprintf("https://example.org/%s/%s", spec.slug, m.file)})
		}
		if spec.slug == slugSecretariat || spec.slug == slugNRIs {
			first, last := days[0].AddDate(0, 0, -1), days[len(days)-1].AddDate(0, 0, 1)
			for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
				b.Hours = append(b.Hours, booths.Hours{Date: d.Format(time.DateOnly), Opens: "00:00", Closes: "24:00"})
			}
		} else {
			// Mornings start at 08:00 to 10:00, by booth, so that the
			// village does not open all at once.
			start := 8 + i%3
			for _, d := range days {
				date := d.Format(time.DateOnly)
				b.Hours = append(b.Hours,
					booths.Hours{Date: date, Opens: fmt.Sprintf("%02d:00", start), Closes: fmt.Sprintf("%02d:00", start+4)},
					booths.Hours{Date: date, Opens: fmt.Sprintf("%02d:00", start+5), Closes: fmt.Sprintf("%02d:30", start+8)})
			}
		}
		out[i] = b
	}
	return out
}

func description(o booths.Organisation, about string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## About us\n\n%s\n\n## At our booth\n\n", about)
	b.WriteString("- Meet our staff: **knock** to talk now, or book a 1:1 slot.\n")
	b.WriteString("- Browse our materials below, and take what is useful.\n")
	switch o.Kind {
	case "best_practice_forum", "dynamic_coalition":
		b.WriteString("- Join our work: the mailing list and meetings are open to everyone.\n")
	case "nri":
		b.WriteString("- Find the national or regional IGF nearest to you.\n")
	case "secretariat":
		b.WriteString("- Ask anything about the Forum: this help desk is staffed around the clock.\n")
	default:
		b.WriteString("- Tell us about your own work: we are here to listen as much as to present.\n")
	}
	fmt.Fprintf(&b, "\nMore at [our website](https://example.org/%s).", strings.TrimPrefix(o.ID, "org-"))
	return b.String()
}

func themesOf(text string) []string {
	text = strings.ToLower(text)
	var out []string
	for _, tw := range themeWords {
		for _, w := range tw.words {
			if strings.Contains(text, w) {
				out = append(out, tw.theme)
				break
			}
		}
	}
	if len(out) == 0 {
		out = []string{"digital_cooperation"}
	}
	return out
}

func languagesOf(slug, region string) []string {
	switch slug {
	case slugSecretariat:
		return []string{"en", "fr", "es", "ar", "zh", "ru"}
	case "nri-arab-igf", "maghreb-digital-citizenship":
		return []string{"ar", "fr", "en"}
	case "andean-digital-inclusion-forum", "andean-telecom-regulators", "condor-fibre-networks":
		return []string{"es", "qu"}
	}
	return languagesByRegion[region]
}
