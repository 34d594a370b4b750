package seed

import (
	"time"

	"github.com/igf-village/village/booths"
)

// Slugs of the organisations that other parts of the seed refer to.
const (
	slugSecretariat = "igf-secretariat"
	slugBPFCyber    = "bpf-cybersecurity"
	slugNRIs        = "nris"
)

// orgSpec is one exhibitor of the demo village. Its ID is "org-" + slug,
// its website https://example.org/<slug>.
type orgSpec struct {
	slug, name, kind, group, region, about string
}

// orgSpecs are the 71 exhibitors of the village, as many as IGF 2020's
// phase 1 counted: the intersessional communities of DOMAIN.md by their
// real names, then invented exhibitors from every stakeholder group and
// region. Invented names are deliberately generic so that none passes for
// a real organisation.
var orgSpecs = []orgSpec{
	// The IGF itself and its host.
	{slugSecretariat, "IGF Secretariat", "secretariat", "intergovernmental", "igo",
		"The Secretariat convenes the Forum, runs the village and hosts its guided tour."},
	{"mag", "Multistakeholder Advisory Group (MAG)", "mag", "intergovernmental", "igo",
		"About fifty members from every stakeholder group who shape the Forum's programme."},
	{"un-desa", "UN DESA", "un_agency", "intergovernmental", "igo",
		"The United Nations Department of Economic and Social Affairs, institutional home of the IGF."},

	// Best Practice Forums of 2020.
	{slugBPFCyber, "BPF Cybersecurity", "best_practice_forum", "intergovernmental", "igo",
		"Studies cybersecurity agreements and the norms that make them work in practice."},
	{"bpf-gender-and-access", "BPF Gender and Access", "best_practice_forum", "intergovernmental", "igo",
		"Collects practices that close the gender gap in meaningful Internet access."},
	{"bpf-data-and-new-technologies", "BPF Data and New Technologies in an Internet Context", "best_practice_forum", "intergovernmental", "igo",
		"Looks at how data flows through AI, the Internet of Things and other new technologies."},
	{"bpf-local-content", "BPF Local Content", "best_practice_forum", "intergovernmental", "igo",
		"Shares what helps local languages, creators and culture thrive online."},

	// Dynamic Coalitions: the five new in 2020, then long-standing ones.
	{"dc-internet-universality-indicators", "Dynamic Coalition on Internet Universality Indicators", "dynamic_coalition", "intergovernmental", "igo",
		"Helps countries assess their Internet against rights, openness, access and participation indicators."},
	{"dc-internet-standards", "Dynamic Coalition on Internet Standards, Security and Safety", "dynamic_coalition", "technical_community", "weog",
		"Works to make security-related Internet standards deployed by default."},
	{"dc-internet-and-jobs", "Dynamic Coalition on Internet and Jobs", "dynamic_coalition", "private_sector", "asia_pacific",
		"Explores how the Internet reshapes work, skills and employment."},
	{"dc-data-driven-health", "Dynamic Coalition on Data Driven Health Technologies", "dynamic_coalition", "private_sector", "weog",
		"Brings patients, clinicians and engineers together on trustworthy digital health."},
	{"dc-data-and-trust", "Dynamic Coalition on Data and Trust", "dynamic_coalition", "civil_society", "eastern_european",
		"Asks what makes data practices trustworthy across borders."},
	{"dc-accessibility-and-disability", "Dynamic Coalition on Accessibility and Disability", "dynamic_coalition", "civil_society", "weog",
		"Makes sure persons with disabilities can take part in the Forum and in the Internet at large."},
	{"dc-child-online-safety", "Dynamic Coalition on Child Online Safety", "dynamic_coalition", "civil_society", "weog",
		"Advocates for children's safety and rights in online spaces."},
	{"dc-community-connectivity", "Dynamic Coalition on Community Connectivity", "dynamic_coalition", "civil_society", "grulac",
		"Supports community networks that connect the places markets leave behind."},
	{"dc-internet-rights-and-principles", "Dynamic Coalition on Internet Rights and Principles", "dynamic_coalition", "civil_society", "weog",
		"Promotes the charter of human rights and principles for the Internet."},
	{"dc-gender-and-internet-governance", "Dynamic Coalition on Gender and Internet Governance", "dynamic_coalition", "civil_society", "asia_pacific",
		"Brings a gender lens to every Internet governance debate."},
	{"dc-small-island-developing-states", "Dynamic Coalition on Small Island Developing States", "dynamic_coalition", "government", "asia_pacific",
		"Voices the connectivity and resilience needs of small island states."},
	{"dc-blockchain-technologies", "Dynamic Coalition on Blockchain Technologies", "dynamic_coalition", "technical_community", "weog",
		"Examines the governance questions raised by blockchain applications."},
	{"dc-public-access-in-libraries", "Dynamic Coalition on Public Access in Libraries", "dynamic_coalition", "civil_society", "weog",
		"Champions libraries as places of free public Internet access and skills."},
	{"dc-net-neutrality", "Dynamic Coalition on Net Neutrality", "dynamic_coalition", "civil_society", "grulac",
		"Tracks net neutrality rules and their effect on users and innovation."},
	{"dc-schools-of-internet-governance", "Dynamic Coalition on Schools of Internet Governance", "dynamic_coalition", "civil_society", "african",
		"Connects the schools that train newcomers to Internet governance."},
	{"dc-core-internet-values", "Dynamic Coalition on Core Internet Values", "dynamic_coalition", "technical_community", "asia_pacific",
		"Defends the openness, interoperability and end-to-end design of the Internet."},
	{"dc-platform-responsibility", "Dynamic Coalition on Platform Responsibility", "dynamic_coalition", "civil_society", "grulac",
		"Studies how online platforms can respect users' rights by design."},
	{"dc-connecting-the-unconnected", "Dynamic Coalition on Innovative Approaches to Connecting the Unconnected", "dynamic_coalition", "technical_community", "african",
		"Gathers low-cost, innovative ways to bring the next billions online."},

	// National, regional and youth IGF initiatives: the joint booth and a few
	// of the initiatives themselves.
	{slugNRIs, "National, Regional and Youth IGF Initiatives", "nri", "intergovernmental", "igo",
		"The joint booth of the more than 130 national, regional and youth IGFs."},
	{"nri-african-igf", "African IGF", "nri", "intergovernmental", "african",
		"The continent-wide forum on Internet governance in Africa."},
	{"nri-aprigf", "Asia Pacific Regional IGF", "nri", "civil_society", "asia_pacific",
		"The regional multistakeholder forum of Asia and the Pacific."},
	{"nri-eurodig", "EuroDIG", "nri", "civil_society", "weog",
		"The European Dialogue on Internet Governance, open to all of Europe."},
	{"nri-seedig", "SEEDIG", "nri", "civil_society", "eastern_european",
		"The South Eastern European Dialogue on Internet Governance."},
	{"nri-lacigf", "LACIGF", "nri", "technical_community", "grulac",
		"The Latin American and Caribbean Internet Governance Forum."},
	{"nri-arab-igf", "Arab IGF", "nri", "intergovernmental", "asia_pacific",
		"The Arab region's forum on Internet governance and digital development."},
	{"nri-youth-igf", "Youth IGF", "nri", "civil_society", "african",
		"Young people organising youth IGFs and bringing their voice to the Forum."},

	// Civil society.
	{"pacific-digital-rights-network", "Pacific Digital Rights Network", "civil_society", "civil_society", "asia_pacific",
		"Defends freedom of expression and privacy across the Pacific islands."},
	{"open-spectrum-alliance", "Open Spectrum Alliance", "civil_society", "civil_society", "weog",
		"Campaigns for shared and unlicensed spectrum for community access."},
	{"sahel-community-networks", "Sahel Community Networks Collective", "civil_society", "civil_society", "african",
		"Helps villages across the Sahel build and run their own networks."},
	{"andean-digital-inclusion-forum", "Andean Digital Inclusion Forum", "civil_society", "civil_society", "grulac",
		"Brings indigenous languages and rural users into digital policy in the Andes."},
	{"balkan-media-freedom-lab", "Balkan Media Freedom Lab", "civil_society", "civil_society", "eastern_european",
		"Supports independent online media and fact-checkers in South-East Europe."},
	{"caribbean-accessibility-network", "Caribbean Accessibility Network", "civil_society", "civil_society", "grulac",
		"Pushes for accessible public websites and apps across the Caribbean."},
	{"east-african-women-in-tech", "East African Women in Tech Circle", "civil_society", "civil_society", "african",
		"Mentors women engineers and policy makers in East Africa."},
	{"south-asia-privacy-watch", "South Asia Privacy Watch", "civil_society", "civil_society", "asia_pacific",
		"Follows data protection laws and digital ID schemes in South Asia."},
	{"nordic-digital-commons", "Nordic Digital Commons Foundation", "civil_society", "civil_society", "weog",
		"Funds open knowledge and public-interest digital infrastructure."},
	{"mekong-youth-internet-forum", "Mekong Youth Internet Forum", "civil_society", "civil_society", "asia_pacific",
		"Trains young people of the Mekong region to take part in Internet policy."},
	{"baltic-open-data-collective", "Baltic Open Data Collective", "civil_society", "civil_society", "eastern_european",
		"Helps governments publish open data that people can actually use."},
	{"maghreb-digital-citizenship", "Maghreb Digital Citizenship Initiative", "civil_society", "civil_society", "african",
		"Teaches online safety and digital rights in Arabic and French."},

	// Academia.
	{"institute-network-society-research", "Institute for Network Society Research", "academia", "civil_society", "weog",
		"Interdisciplinary research on how the Internet changes societies."},
	{"lagos-school-digital-policy", "Lagos School of Digital Policy", "academia", "civil_society", "african",
		"Graduate courses and short trainings in Internet law and policy."},
	{"central-asian-ig-observatory", "Central Asian Internet Governance Observatory", "academia", "civil_society", "asia_pacific",
		"Tracks Internet regulation across Central Asia and publishes it openly."},
	{"carpathian-cyber-law-clinic", "Carpathian Cyber Law Clinic", "academia", "civil_society", "eastern_european",
		"Law students giving free advice to victims of online harm."},
	{"rio-plata-internet-research", "Río de la Plata Internet Research Centre", "academia", "technical_community", "grulac",
		"Measures Internet performance and access in the Southern Cone."},

	// Technical community.
	{"oceania-number-registry", "Oceania Number Resource Registry", "technical_community", "technical_community", "asia_pacific",
		"An invented regional registry allocating IP addresses and AS numbers to its members."},
	{"open-protocols-standards-council", "Open Protocols Standards Council", "technical_community", "technical_community", "weog",
		"An open standards body where anyone can propose and review protocols."},
	{"savanna-ixp-partnership", "Savanna Internet Exchange Partnership", "technical_community", "technical_community", "african",
		"Helps networks peer locally so that African traffic stays in Africa."},
	{"latin-dns-operators-group", "Latin American DNS Operators Group", "technical_community", "technical_community", "grulac",
		"Shares DNS and DNSSEC operational practice among registries and operators."},
	{"danube-network-operators-group", "Danube Network Operators Group", "technical_community", "technical_community", "eastern_european",
		"A meeting place for network engineers along the Danube."},
	{"resilient-routing-initiative", "Resilient Routing Initiative", "technical_community", "technical_community", "weog",
		"Promotes route filtering and RPKI to keep routing secure."},
	{"himalayan-wireless-trust", "Himalayan Community Wireless Trust", "technical_community", "technical_community", "asia_pacific",
		"Builds solar-powered wireless links for mountain communities."},

	// Private sector.
	{"baobab-mobile-payments", "Baobab Mobile Payments", "private_sector", "private_sector", "african",
		"Mobile money for small traders, built for basic phones."},
	{"kestrel-cloud-services", "Kestrel Cloud Services", "private_sector", "private_sector", "weog",
		"Cloud hosting with data centres on four continents."},
	{"lotus-satellite-broadband", "Lotus Satellite Broadband", "private_sector", "private_sector", "asia_pacific",
		"Satellite backhaul for remote islands and mountain valleys."},
	{"condor-fibre-networks", "Condor Fibre Networks", "private_sector", "private_sector", "grulac",
		"Open-access fibre for towns across the Andes."},
	{"amber-cybersecurity-labs", "Amber Cybersecurity Labs", "private_sector", "private_sector", "eastern_european",
		"Incident response and security training for small businesses."},
	{"data-centres-association", "Meridian Data Centres Association", "private_sector", "private_sector", "weog",
		"An industry association working on energy-efficient data centres."},

	// Governments and regulators.
	{"island-states-digital-ministers", "Island States Digital Ministers' Network", "government", "government", "asia_pacific",
		"Ministers of small island states coordinating on connectivity and resilience."},
	{"west-african-ict-ministries", "West African ICT Ministries Working Group", "government", "government", "african",
		"Harmonises ICT policy and spectrum planning among West African ministries."},
	{"andean-telecom-regulators", "Andean Telecommunications Regulators Network", "government", "government", "grulac",
		"Regulators sharing practice on roaming, spectrum and consumer protection."},
	{"black-sea-digital-regulators", "Black Sea Digital Regulators Forum", "government", "government", "eastern_european",
		"Regulators of the Black Sea region working on cross-border digital markets."},

	// Intergovernmental organisations.
	{"intergovernmental-digital-bureau", "Intergovernmental Bureau for Digital Cooperation", "intergovernmental", "intergovernmental", "igo",
		"An invented treaty body helping member states cooperate on digital policy."},
	{"multilateral-connectivity-fund", "Multilateral Connectivity Fund", "intergovernmental", "intergovernmental", "igo",
		"Co-finances rural broadband and digital skills in developing countries."},

	// Press and media.
	{"tech-policy-newswire", "Tech Policy Newswire", "media", "press_media", "weog",
		"Daily news and analysis on Internet policy around the world."},
	{"africa-digital-reporters", "Africa Digital Reporters Network", "media", "press_media", "african",
		"Journalists covering technology and society across Africa."},
}

func orgID(slug string) string { return "org-" + slug }

// organisations turns orgSpecs into records created at now.
func organisations(now time.Time) []booths.Organisation {
	orgs := make([]booths.Organisation, len(orgSpecs))
	for i, s := range orgSpecs {
		orgs[i] = booths.Organisation{
			ID:               orgID(s.slug),
			Name:             s.name,
			Kind:             s.kind,
			StakeholderGroup: s.group,
			Region:           s.region,
			Website:          "https://example.org/" + s.slug,
			Description:      s.about,
			CreatedAt:        now,
			UpdatedAt:        now,
		}
	}
	return orgs
}
