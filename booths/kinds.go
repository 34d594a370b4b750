package booths

// Kinds of organisation that exhibit in the village: the intersessional
// communities of DOMAIN.md and the exhibitors from every stakeholder group.
var Kinds = []string{
	"best_practice_forum",
	"dynamic_coalition",
	"nri",
	"mag",
	"secretariat",
	"un_agency",
	"government",
	"intergovernmental",
	"civil_society",
	"academia",
	"technical_community",
	"private_sector",
	"media",
}
