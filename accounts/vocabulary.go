package accounts

// The closed lists a profile draws from, as DOMAIN.md names them. The wire
// carries the codes; the browser app translates them.

// StakeholderGroups a participant picks one of.
var StakeholderGroups = []string{
	"government",
	"intergovernmental",
	"civil_society",
	"technical_community",
	"private_sector",
	"press_media",
}

// Regions are the UN regional groups; IGO staff are counted apart.
var Regions = []string{
	"african",
	"asia_pacific",
	"eastern_european",
	"grulac",
	"weog",
	"igo",
}

// Themes are the four thematic tracks and the informal fifth.
var Themes = []string{
	"data",
	"environment",
	"inclusion",
	"trust",
	"digital_cooperation",
}

// OneOf reports whether v is in list.
func OneOf(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}
