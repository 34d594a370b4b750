package seed

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata" // time zones load even where the system has no tzdata

	"golang.org/x/text/language"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

// fakeStore is a map-based Store. Claims and inserts fail with
// store.ErrDuplicate on a taken key, as the real backends do.
type fakeStore struct {
	mu       sync.Mutex
	claims   map[string]time.Time
	people   map[string]accounts.Person
	emails   map[string]string
	orgs     map[string]booths.Organisation
	booths   map[string]booths.Booth
	slots    map[string]booths.Slot
	holds    map[string]string // key to owner
	writes   int
	claimErr error // if set, Claim fails with it
	writeErr error // if set, CreatePerson fails with it
}

var _ Store = (*fakeStore)(nil)

func newFakeStore() *fakeStore {
	return &fakeStore{
		claims: map[string]time.Time{},
		people: map[string]accounts.Person{},
		emails: map[string]string{},
		orgs:   map[string]booths.Organisation{},
		booths: map[string]booths.Booth{},
		slots:  map[string]booths.Slot{},
		holds:  map[string]string{},
	}
}

func (s *fakeStore) CreateSlot(_ context.Context, sl *booths.Slot) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	if _, ok := s.slots[sl.ID]; ok {
		return fmt.Errorf("slot %s: %w", sl.ID, store.ErrDuplicate)
	}
	s.slots[sl.ID] = *sl
	return nil
}

func (s *fakeStore) Hold(_ context.Context, h *agenda.Hold) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	if _, ok := s.holds[h.Key]; ok {
		return fmt.Errorf("hold %s: %w", h.Key, store.ErrDuplicate)
	}
	s.holds[h.Key] = h.Owner
	return nil
}

func (s *fakeStore) Release(_ context.Context, keys ...string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	for _, k := range keys {
		delete(s.holds, k)
	}
	return nil
}

func (s *fakeStore) Claim(_ context.Context, key string, at time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.claimErr != nil {
		return s.claimErr
	}
	if _, ok := s.claims[key]; ok {
		return fmt.Errorf("claim %q: %w", key, store.ErrDuplicate)
	}
	s.claims[key] = at
	return nil
}

func (s *fakeStore) Claimed(_ context.Context, key string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.claims[key]
	return ok, nil
}

func (s *fakeStore) CreatePerson(_ context.Context, p *accounts.Person) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	if s.writeErr != nil {
		return s.writeErr
	}
	if _, ok := s.people[p.ID]; ok {
		return fmt.Errorf("person %s: %w", p.ID, store.ErrDuplicate)
	}
	if _, ok := s.emails[p.Email]; ok {
		return fmt.Errorf("email %s: %w", p.Email, store.ErrDuplicate)
	}
	s.people[p.ID] = *p
	s.emails[p.Email] = p.ID
	return nil
}

func (s *fakeStore) CreateOrganisation(_ context.Context, o *booths.Organisation) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	if _, ok := s.orgs[o.ID]; ok {
		return fmt.Errorf("organisation %s: %w", o.ID, store.ErrDuplicate)
	}
	s.orgs[o.ID] = *o
	return nil
}

func (s *fakeStore) CreateBooth(_ context.Context, b *booths.Booth) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.writes++
	if _, ok := s.booths[b.ID]; ok {
		return fmt.Errorf("booth %s: %w", b.ID, store.ErrDuplicate)
	}
	s.booths[b.ID] = *b
	return nil
}

func (s *fakeStore) sortedBooths() []booths.Booth {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]booths.Booth, 0, len(s.booths))
	for _, b := range s.booths {
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b booths.Booth) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// sortedPeople returns the stored people in ID order.
func (s *fakeStore) sortedPeople() []accounts.Person {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]accounts.Person, 0, len(s.people))
	for _, p := range s.people {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b accounts.Person) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func (s *fakeStore) sortedOrgs() []booths.Organisation {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]booths.Organisation, 0, len(s.orgs))
	for _, o := range s.orgs {
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b booths.Organisation) int { return strings.Compare(a.ID, b.ID) })
	return out
}

var testNow = time.Date(2020, 11, 2, 8, 30, 15, 123456789, time.FixedZone("CET", 3600))

func testOptions(participants int) Options {
	return Options{Participants: participants, Hash: accounts.CheapHash, Now: testNow}
}

// seeded runs Village on a fresh fake store and fails the test on error.
func seeded(t *testing.T, opt Options) (*fakeStore, Result) {
	t.Helper()
	s := newFakeStore()
	res, err := Village(context.Background(), s, opt)
	if err != nil {
		t.Fatalf("Village: %v", err)
	}
	return s, res
}

// DOMAIN.md's shares, in percent, written out again here so that the test
// does not trust the package's own tables.
var (
	wantGroupShares = map[string]float64{
		"civil_society": 40.9, "government": 17.3, "private_sector": 17,
		"technical_community": 15.6, "intergovernmental": 8.9, "press_media": 0.1,
	}
	wantRegionShares = map[string]float64{
		"weog": 35, "asia_pacific": 17, "african": 15, "grulac": 13, "eastern_european": 12, "igo": 8,
	}
)

// checkShares fails unless every code's count is within one person of its
// exact quota (shares normalised to add up to 100%).
func checkShares(t *testing.T, what string, n int, got map[string]int, want map[string]float64) {
	t.Helper()
	sum := 0.0
	for _, w := range want {
		sum += w
	}
	total := 0
	for code, c := range got {
		if _, ok := want[code]; !ok {
			t.Errorf("%s: unexpected code %q", what, code)
		}
		total += c
	}
	if total != n {
		t.Errorf("%s: %d people in all, want %d", what, total, n)
	}
	for code, w := range want {
		quota := float64(n) * w / sum
		if math.Abs(float64(got[code])-quota) > 1 {
			t.Errorf("%s %s: %d people, want %.2f ± 1", what, code, got[code], quota)
		}
	}
}

func TestVillageCounts(t *testing.T) {
	for _, n := range []int{400, 100, 250, 1000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			s, res := seeded(t, testOptions(n))
			if res.AlreadySeeded {
				t.Fatal("AlreadySeeded on a fresh store")
			}
			if res.Organisations != 71 || len(s.orgs) != 71 {
				t.Errorf("organisations: result %d, stored %d, want 71", res.Organisations, len(s.orgs))
			}
			if res.Participants != n {
				t.Errorf("Result.Participants = %d, want %d", res.Participants, n)
			}

			perOrg := map[string]int{}
			groups, regions := map[string]int{}, map[string]int{}
			var staff, parts, secs, youth, optIn, gov, parl int
			for _, p := range s.sortedPeople() {
				switch p.Role {
				case accounts.RoleStaff:
					staff++
					perOrg[p.OrganisationID]++
				case accounts.RoleSecretariat:
					secs++
				case accounts.RoleParticipant:
					parts++
					groups[p.StakeholderGroup]++
					regions[p.Region]++
					if p.Youth {
						youth++
					}
					if p.DirectoryOptIn {
						optIn++
					}
					if p.StakeholderGroup == "government" {
						gov++
						if p.Parliamentarian {
							parl++
						}
					}
				}
			}
			if parts != n {
				t.Errorf("%d participants stored, want %d", parts, n)
			}
			if secs != 1 {
				t.Errorf("%d secretariat accounts, want 1", secs)
			}
			if staff != res.Staff {
				t.Errorf("%d staff stored, Result.Staff = %d", staff, res.Staff)
			}
			for id := range s.orgs {
				if c := perOrg[id]; c < 2 || c > 5 {
					t.Errorf("%s has %d staff, want 2 to 5", id, c)
				}
			}
			checkShares(t, "stakeholder group", n, groups, wantGroupShares)
			checkShares(t, "region", n, regions, wantRegionShares)
			if groups["press_media"] < 1 {
				t.Error("no press among the participants")
			}
			for _, f := range []struct {
				name      string
				got, of   int
				pct, slop float64
			}{
				{"youth", youth, n, 20, 1},
				{"directory opt-in", optIn, n, 80, 1},
				{"parliamentarians among government", parl, gov, 10, 1},
			} {
				if want := float64(f.of) * f.pct / 100; math.Abs(float64(f.got)-want) > f.slop {
					t.Errorf("%s: %d of %d, want %.1f", f.name, f.got, f.of, want)
				}
			}
		})
	}
}

func TestVillageRecordsValid(t *testing.T) {
	s, _ := seeded(t, testOptions(400))
	now := testNow.UTC().Truncate(time.Millisecond)

	names := map[string]bool{}
	for _, o := range s.sortedOrgs() {
		if !strings.HasPrefix(o.ID, "org-") {
			t.Errorf("organisation ID %q lacks the org- prefix", o.ID)
		}
		if names[o.Name] {
			t.Errorf("organisation name %q used twice", o.Name)
		}
		names[o.Name] = true
		if !accounts.OneOf(booths.Kinds, o.Kind) {
			t.Errorf("%s: kind %q not in booths.Kinds", o.ID, o.Kind)
		}
		if !accounts.OneOf(accounts.StakeholderGroups, o.StakeholderGroup) {
			t.Errorf("%s: stakeholder group %q", o.ID, o.StakeholderGroup)
		}
		if !accounts.OneOf(accounts.Regions, o.Region) {
			t.Errorf("%s: region %q", o.ID, o.Region)
		}
		if o.Website != "https://example.org/"+strings.TrimPrefix(o.ID, "org-") {
			t.Errorf("%s: website %q", o.ID, o.Website)
		}
		if !strings.HasSuffix(o.Description, ".") || strings.Count(o.Description, ". ") > 0 {
			t.Errorf("%s: description %q is not one sentence", o.ID, o.Description)
		}
		if !o.CreatedAt.Equal(now) || o.CreatedAt.Location() != time.UTC || !o.UpdatedAt.Equal(now) {
			t.Errorf("%s: created %v, updated %v, want %v UTC", o.ID, o.CreatedAt, o.UpdatedAt, now)
		}
	}
	for _, name := range []string{
		"BPF Cybersecurity", "BPF Gender and Access", "BPF Data and New Technologies in an Internet Context",
		"BPF Local Content", "National, Regional and Youth IGF Initiatives", "IGF Secretariat", "UN DESA",
		"Dynamic Coalition on Internet Universality Indicators", "Dynamic Coalition on Internet and Jobs",
		"Dynamic Coalition on Data Driven Health Technologies", "Dynamic Coalition on Data and Trust",
	} {
		if !names[name] {
			t.Errorf("no organisation named %q", name)
		}
	}

	ids, emails := map[string]bool{}, map[string]bool{}
	zones := map[string]bool{}
	speakers := map[string]int{}
	participants := 0
	for _, p := range s.sortedPeople() {
		if ids[p.ID] || emails[p.Email] {
			t.Errorf("%s: ID or e-mail %q not unique", p.ID, p.Email)
		}
		ids[p.ID], emails[p.Email] = true, true
		if p.Email != strings.ToLower(p.Email) || !strings.HasSuffix(p.Email, ".example") || strings.Count(p.Email, "@") != 1 {
			t.Errorf("%s: e-mail %q", p.ID, p.Email)
		}
		if p.DisplayName == "" || p.Expertise == "" || p.PasswordHash == "" {
			t.Errorf("%s: empty display name, expertise or password hash: %+v", p.ID, p)
		}
		if !p.Role.Valid() {
			t.Errorf("%s: role %q", p.ID, p.Role)
		}
		if !accounts.OneOf(accounts.StakeholderGroups, p.StakeholderGroup) {
			t.Errorf("%s: stakeholder group %q", p.ID, p.StakeholderGroup)
		}
		if !accounts.OneOf(accounts.Regions, p.Region) {
			t.Errorf("%s: region %q", p.ID, p.Region)
		}
		if len(p.Country) != 2 || p.Country != strings.ToUpper(p.Country) {
			t.Errorf("%s: country %q", p.ID, p.Country)
		}
		if !zones[p.TimeZone] {
			if _, err := time.LoadLocation(p.TimeZone); err != nil {
				t.Errorf("%s: time zone: %v", p.ID, err)
			}
			zones[p.TimeZone] = true
		}
		if len(p.Languages) == 0 {
			t.Errorf("%s: no languages", p.ID)
		}
		for _, l := range p.Languages {
			tag, err := language.Parse(l)
			if err != nil || tag.String() != l {
				t.Errorf("%s: language %q is not a canonical BCP 47 tag (%v, %v)", p.ID, l, tag, err)
			}
		}
		if hasDuplicates(p.Languages) || hasDuplicates(p.Themes) || hasDuplicates(p.Tags) {
			t.Errorf("%s: repeated language, theme or tag: %v %v %v", p.ID, p.Languages, p.Themes, p.Tags)
		}
		if len(p.Themes) < 1 || len(p.Themes) > 3 {
			t.Errorf("%s: %d themes, want 1 to 3", p.ID, len(p.Themes))
		}
		for _, th := range p.Themes {
			if !accounts.OneOf(accounts.Themes, th) {
				t.Errorf("%s: theme %q", p.ID, th)
			}
		}
		if len(p.Tags) > 3 {
			t.Errorf("%s: %d tags, want at most 3", p.ID, len(p.Tags))
		}
		for _, tag := range p.Tags {
			if tag != strings.ToLower(tag) {
				t.Errorf("%s: tag %q is not lower case", p.ID, tag)
			}
		}
		if p.Parliamentarian && p.StakeholderGroup != "government" {
			t.Errorf("%s: parliamentarian in %s", p.ID, p.StakeholderGroup)
		}
		switch p.Role {
		case accounts.RoleParticipant:
			if p.OrganisationID != "" {
				t.Errorf("%s: participant of organisation %q", p.ID, p.OrganisationID)
			}
			participants++
			for _, l := range p.Languages {
				speakers[l]++
			}
		default:
			o, ok := s.orgs[p.OrganisationID]
			if !ok {
				t.Errorf("%s: organisation %q does not exist", p.ID, p.OrganisationID)
			} else if p.Role == accounts.RoleStaff && (p.StakeholderGroup != o.StakeholderGroup || p.Region != o.Region) {
				t.Errorf("%s: staff of %s in %s/%s, organisation in %s/%s",
					p.ID, o.ID, p.StakeholderGroup, p.Region, o.StakeholderGroup, o.Region)
			}
		}
		if !p.CreatedAt.Equal(now) || p.CreatedAt.Location() != time.UTC || !p.UpdatedAt.Equal(now) {
			t.Errorf("%s: created %v, updated %v, want %v UTC", p.ID, p.CreatedAt, p.UpdatedAt, now)
		}
	}
	// The six UN languages are each spoken by a fair share of participants.
	for _, l := range []string{"ar", "zh", "en", "fr", "ru", "es"} {
		if speakers[l] < participants/50 {
			t.Errorf("%d of %d participants speak %s, want at least 2%%", speakers[l], participants, l)
		}
	}
	t.Logf("languages spoken by participants: %v", speakers)
}

func hasDuplicates(s []string) bool {
	seen := map[string]bool{}
	for _, v := range s {
		if seen[v] {
			return true
		}
		seen[v] = true
	}
	return false
}

func TestVillageSeedsOnce(t *testing.T) {
	opt := testOptions(120)
	s, first := seeded(t, opt)
	writes := s.writes

	second, err := Village(context.Background(), s, opt)
	if err != nil {
		t.Fatalf("second Village: %v", err)
	}
	if !second.AlreadySeeded {
		t.Error("second call did not report AlreadySeeded")
	}
	if s.writes != writes {
		t.Errorf("second call wrote %d records", s.writes-writes)
	}
	if second.Organisations != 0 || second.Staff != 0 || second.Participants != 0 {
		t.Errorf("second call counts writes: %+v", second)
	}
	if !reflect.DeepEqual(second.Logins, first.Logins) {
		t.Errorf("logins differ:\nfirst  %v\nsecond %v", first.Logins, second.Logins)
	}
}

func TestVillageDeterministic(t *testing.T) {
	opt := testOptions(300)
	a, resA := seeded(t, opt)
	b, resB := seeded(t, opt)
	if !reflect.DeepEqual(resA, resB) {
		t.Errorf("results differ:\n%+v\n%+v", resA, resB)
	}
	if !reflect.DeepEqual(a.sortedOrgs(), b.sortedOrgs()) {
		t.Error("organisations differ between two runs with the same options")
	}
	if !reflect.DeepEqual(a.sortedBooths(), b.sortedBooths()) {
		t.Error("booths differ between two runs with the same options")
	}
	// Hashes are salted: everything else must match.
	unhashed := func(ps []accounts.Person) []accounts.Person {
		for i := range ps {
			ps[i].PasswordHash = ""
		}
		return ps
	}
	pa, pb := unhashed(a.sortedPeople()), unhashed(b.sortedPeople())
	if len(pa) != len(pb) {
		t.Fatalf("%d people, then %d", len(pa), len(pb))
	}
	for i := range pa {
		if !reflect.DeepEqual(pa[i], pb[i]) {
			t.Fatalf("people differ:\n%+v\n%+v", pa[i], pb[i])
		}
	}

	opt.Seed = 7
	c, _ := seeded(t, opt)
	if reflect.DeepEqual(pa, unhashed(c.sortedPeople())) {
		t.Error("another seed gave the same people")
	}
}

func TestVillageLogins(t *testing.T) {
	s, res := seeded(t, testOptions(400))
	byEmail := map[string]accounts.Person{}
	for _, p := range s.sortedPeople() {
		byEmail[p.Email] = p
	}
	want := []struct {
		role, org, firstLanguage string
	}{
		{"secretariat", "IGF Secretariat", ""},
		{"staff", "BPF Cybersecurity", ""},
		{"staff", "National, Regional and Youth IGF Initiatives", ""},
		{"participant", "", "ar"},
		{"participant", "", "es"},
		{"participant", "", "fr"},
	}
	if len(res.Logins) != len(want) {
		t.Fatalf("%d logins, want %d: %v", len(res.Logins), len(want), res.Logins)
	}
	for i, w := range want {
		l := res.Logins[i]
		p, ok := byEmail[l.Email]
		if !ok {
			t.Errorf("login %d: no account %s", i, l.Email)
			continue
		}
		if l.Role != w.role || string(p.Role) != w.role || l.Organisation != w.org {
			t.Errorf("login %d: %+v (account role %s), want role %s of %q", i, l, p.Role, w.role, w.org)
		}
		if w.org != "" && s.orgs[p.OrganisationID].Name != w.org {
			t.Errorf("login %d: account of %s, want %s", i, p.OrganisationID, w.org)
		}
		if w.firstLanguage != "" && p.Languages[0] != w.firstLanguage {
			t.Errorf("login %d: languages %v, want %s first", i, p.Languages, w.firstLanguage)
		}
		t.Logf("login %+v", l)
	}
	secretariat := byEmail[SecretariatEmail]
	if ok, err := accounts.CheckPassword(secretariat.PasswordHash, DemoPassword); err != nil || !ok {
		t.Errorf("CheckPassword(secretariat, DemoPassword) = %v, %v", ok, err)
	}
	if ok, _ := accounts.CheckPassword(secretariat.PasswordHash, "wrong"); ok {
		t.Error("a wrong password matches")
	}
}

func TestVillagePassword(t *testing.T) {
	opt := testOptions(10)
	opt.Password = "another-secret"
	s, res := seeded(t, opt)
	p := s.people[s.emails[res.Logins[1].Email]]
	if ok, err := accounts.CheckPassword(p.PasswordHash, "another-secret"); err != nil || !ok {
		t.Errorf("CheckPassword with Options.Password = %v, %v", ok, err)
	}
}

func TestVillageErrors(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name      string
		opt       Options
		claimErr  error
		writeErr  error
		wantErr   error // nil: any error
		wantClaim bool
	}{
		{name: "negative participants", opt: Options{Participants: -1}},
		{name: "claim fails", opt: testOptions(10), claimErr: boom, wantErr: boom},
		{name: "write fails", opt: testOptions(10), writeErr: boom, wantErr: boom, wantClaim: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newFakeStore()
			s.claimErr, s.writeErr = tt.claimErr, tt.writeErr
			_, err := Village(context.Background(), s, tt.opt)
			if err == nil || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Fatalf("Village error = %v, want %v", err, tt.wantErr)
			}
			if _, claimed := s.claims[ClaimKey]; claimed != tt.wantClaim {
				t.Errorf("claimed = %v, want %v", claimed, tt.wantClaim)
			}
			if tt.writeErr == nil && s.writes != 0 {
				t.Errorf("%d records written", s.writes)
			}
		})
	}
}

func TestApportion(t *testing.T) {
	tests := []struct {
		n      int
		shares []share
		want   []int
	}{
		{400, regionShares, []int{140, 68, 60, 52, 48, 32}},
		// Largest remainders go to civil society, IGO and technical
		// community; press then takes its one seat from the technical
		// community, the most over its quota.
		{400, groupShares, []int{164, 69, 68, 62, 36, 1}},
		{3, []share{{"a", 1}, {"b", 1}, {"c", 1}}, []int{1, 1, 1}},
		{2, []share{{"a", 90}, {"b", 9}, {"c", 1}}, []int{2, 0, 0}}, // too few for everyone
		{0, groupShares, []int{0, 0, 0, 0, 0, 0}},
	}
	for _, tt := range tests {
		if got := apportion(tt.n, tt.shares); !slices.Equal(got, tt.want) {
			t.Errorf("apportion(%d, %v) = %v, want %v", tt.n, tt.shares, got, tt.want)
		}
	}
}

func TestEmailPart(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Élodie", "elodie"},
		{"van der Merwe", "van-der-merwe"},
		{"O'Brien", "obrien"},
		{"Michał", "michal"},
		{"Đorđević", "dordevic"},
		{"Yılmaz", "yilmaz"},
		{"Nguyễn", "nguyen"},
		{"Jean-Claude", "jean-claude"},
	}
	for _, tt := range tests {
		if got := emailPart(tt.in); got != tt.want {
			t.Errorf("emailPart(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestVillageRacingNodes(t *testing.T) {
	s := newFakeStore()
	const nodes = 4
	results := make([]Result, nodes)
	errs := make([]error, nodes)
	var wg sync.WaitGroup
	for i := range nodes {
		wg.Go(func() { results[i], errs[i] = Village(context.Background(), s, testOptions(50)) })
	}
	wg.Wait()
	seeders := 0
	for i := range nodes {
		if errs[i] != nil {
			t.Fatalf("node %d: %v", i, errs[i])
		}
		if !results[i].AlreadySeeded {
			seeders++
		}
		if !reflect.DeepEqual(results[i].Logins, results[0].Logins) {
			t.Errorf("node %d printed other logins", i)
		}
	}
	if seeders != 1 {
		t.Errorf("%d nodes seeded, want 1", seeders)
	}
	if got, want := len(s.sortedPeople()), 1+staffOf(results)+50; got != want {
		t.Errorf("%d people stored, want %d", got, want)
	}
}

// staffOf returns the staff count of the one result that seeded.
func staffOf(rs []Result) int {
	for _, r := range rs {
		if !r.AlreadySeeded {
			return r.Staff
		}
	}
	return 0
}

func TestOptionsDefaults(t *testing.T) {
	got, err := Options{}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if got.Participants != 400 || got.Password != DemoPassword || got.Hash != accounts.DefaultHash || got.Seed != 2020 {
		t.Errorf("defaults = %+v", got)
	}
	if got.Now.Location() != time.UTC || !got.Now.Equal(got.Now.Truncate(time.Millisecond)) || time.Since(got.Now) > time.Minute {
		t.Errorf("default Now = %v, want the present in UTC, in whole milliseconds", got.Now)
	}

	// The zero Seed is the default one, not another village.
	zero, _ := Options{Now: testNow}.withDefaults()
	def, _ := Options{Now: testNow, Seed: DefaultSeed}.withDefaults()
	if !reflect.DeepEqual(build(zero), build(def)) {
		t.Error("Seed 0 and DefaultSeed build different villages")
	}
}

// TestVillageBooths: every organisation has a valid booth, most open, with
// a description, themes, languages, two to five materials and hours over
// the event days; at every hour of the first day some booth is open.
func TestVillageBooths(t *testing.T) {
	s, res := seeded(t, testOptions(50))
	list := s.sortedBooths()
	if res.Booths != 71 || len(list) != 71 {
		t.Fatalf("booths: result %d, stored %d, want 71", res.Booths, len(list))
	}
	days := eventDays(testNow.UTC())
	if len(days) != EventDays || !days[0].Equal(time.Date(2020, 11, 2, 0, 0, 0, 0, time.UTC)) ||
		!days[EventDays-1].Equal(time.Date(2020, 11, 17, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("event days %v, want IGF 2020's weekdays from 2 to 17 November", days)
	}
	open := 0
	for _, b := range list {
		if _, ok := s.orgs[b.OrganisationID]; !ok || b.ID != booths.BoothID(b.OrganisationID) {
			t.Errorf("%s: of no organisation (%s)", b.ID, b.OrganisationID)
		}
		checked := b
		checked.Themes, checked.Languages = slices.Clone(b.Themes), slices.Clone(b.Languages)
		checked.Links, checked.Hours = slices.Clone(b.Links), slices.Clone(b.Hours)
		if err := booths.Check(&checked); err != nil {
			t.Errorf("%s: %v", b.ID, err)
		} else if !reflect.DeepEqual(checked, b) {
			t.Errorf("%s is not in stored form:\n%+v\n%+v", b.ID, b, checked)
		}
		if b.Open {
			open++
		}
		if !strings.Contains(b.Description, "## About us") || len(b.Themes) == 0 || len(b.Languages) == 0 {
			t.Errorf("%s: description %q, themes %v, languages %v", b.ID, b.Description, b.Themes, b.Languages)
		}
		if n := len(b.Links); n < 2 || n > 5 {
			t.Errorf("%s: %d materials, want 2 to 5", b.ID, n)
		}
		dates := map[string]bool{}
		for _, h := range b.Hours {
			dates[h.Date] = true
		}
		for _, d := range days {
			if !dates[d.Format(time.DateOnly)] {
				t.Errorf("%s: no hours on %s", b.ID, d.Format(time.DateOnly))
			}
		}
	}
	if open < 60 || open == 71 {
		t.Errorf("%d of 71 booths open, want most but not all", open)
	}
	for h := range 24 {
		at := days[0].Add(time.Duration(h)*time.Hour + 30*time.Minute)
		n := 0
		for _, b := range list {
			loc, err := time.LoadLocation(b.TimeZone)
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range b.Hours {
				if start, end := o.Span(loc); b.Open && !at.Before(start) && at.Before(end) {
					n++
					break
				}
			}
		}
		if n == 0 {
			t.Errorf("no booth open at %s", at.Format(time.RFC3339))
		}
	}
}

// TestVillageBoothsForAnOlderVillage: a demo village seeded before booths
// existed gets them at its next start, once.
func TestVillageBoothsForAnOlderVillage(t *testing.T) {
	s := newFakeStore()
	if err := s.Claim(context.Background(), ClaimKey, testNow); err != nil {
		t.Fatal(err)
	}
	res, err := Village(context.Background(), s, testOptions(50))
	if err != nil || !res.AlreadySeeded || res.Booths != 71 || len(s.sortedBooths()) != 71 {
		t.Fatalf("older village: %+v %v, %d booths stored", res, err, len(s.sortedBooths()))
	}
	writes := s.writes
	res, err = Village(context.Background(), s, testOptions(50))
	if err != nil || res.Booths != 0 || s.writes != writes {
		t.Fatalf("again: %+v %v, %d writes", res, err, s.writes-writes)
	}
}

// TestVillageSlots: the demo slots are each in their booth's hours, met by
// a staff member of its organisation in one of its languages, in the
// future, never overlapping for a staff member, with their holds taken;
// and the help desk has one within the next hour or so of seeding.
func TestVillageSlots(t *testing.T) {
	s, res := seeded(t, testOptions(50))
	if res.Slots < 71*EventDays || len(s.slots) != res.Slots {
		t.Fatalf("slots: result %d, stored %d, want at least %d", res.Slots, len(s.slots), 71*EventDays)
	}
	byStaff := map[string][]booths.Slot{}
	soon := 0
	for _, sl := range s.slots {
		b, ok := s.booths[sl.BoothID]
		staff, known := s.people[sl.StaffID]
		switch {
		case !ok || b.OrganisationID != sl.OrganisationID:
			t.Errorf("%s: of no booth (%s)", sl.ID, sl.BoothID)
			continue
		case !known || staff.Role != accounts.RoleStaff || staff.OrganisationID != b.OrganisationID:
			t.Errorf("%s: met by %s, not staff of %s", sl.ID, sl.StaffID, b.OrganisationID)
		case !slices.Contains(b.Languages, sl.Language) && sl.Language != "en":
			t.Errorf("%s: in %s, not a language of the booth %v", sl.ID, sl.Language, b.Languages)
		case !sl.StartsAt.After(testNow) || sl.EndsAt.Sub(sl.StartsAt) != demoSlotMinutes*time.Minute:
			t.Errorf("%s: %s to %s, seeded at %s", sl.ID, sl.StartsAt, sl.EndsAt, testNow)
		case !sl.StartsAt.Equal(sl.StartsAt.Truncate(agenda.Step)):
			t.Errorf("%s: starts off the grid at %s", sl.ID, sl.StartsAt)
		}
		loc, err := time.LoadLocation(b.TimeZone)
		if err != nil {
			t.Fatal(err)
		}
		inHours := false
		for _, h := range b.Hours {
			if start, end := h.Span(loc); !sl.StartsAt.Before(start) && !sl.EndsAt.After(end) {
				inHours = true
			}
		}
		if !inHours {
			t.Errorf("%s: %s is outside the hours of %s", sl.ID, sl.StartsAt, b.ID)
		}
		for _, k := range booths.MeetingTime.Keys(sl.StaffID, sl.StartsAt, sl.EndsAt) {
			if s.holds[k] != sl.ID {
				t.Errorf("%s: hold %s is %q", sl.ID, k, s.holds[k])
			}
		}
		byStaff[sl.StaffID] = append(byStaff[sl.StaffID], sl)
		if sl.StartsAt.Sub(testNow) <= time.Hour {
			soon++
		}
	}
	for id, list := range byStaff {
		slices.SortFunc(list, func(a, b booths.Slot) int { return a.StartsAt.Compare(b.StartsAt) })
		for i := 1; i < len(list); i++ {
			if list[i].StartsAt.Before(list[i-1].EndsAt) {
				t.Errorf("%s: %s overlaps %s", id, list[i].ID, list[i-1].ID)
			}
		}
	}
	if soon == 0 {
		t.Error("no slot starts within an hour of seeding")
	}
}

// TestVillageSlotsForAnOlderVillage: a demo village seeded before slots
// existed gets them at its next start, once.
func TestVillageSlotsForAnOlderVillage(t *testing.T) {
	s := newFakeStore()
	for _, key := range []string{ClaimKey, BoothsClaimKey} {
		if err := s.Claim(context.Background(), key, testNow); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Village(context.Background(), s, testOptions(50))
	if err != nil || !res.AlreadySeeded || res.Slots == 0 || len(s.slots) != res.Slots {
		t.Fatalf("older village: %+v %v, %d slots stored", res, err, len(s.slots))
	}
	writes := s.writes
	res, err = Village(context.Background(), s, testOptions(50))
	if err != nil || res.Slots != 0 || s.writes != writes {
		t.Fatalf("again: %+v %v, %d writes", res, err, s.writes-writes)
	}
}

// TestVillageSlotsSkipHeldTime: a demo slot whose time its staff member
// holds already (by hand, in an older village) is left out, and the hold
// stays theirs.
func TestVillageSlotsSkipHeldTime(t *testing.T) {
	s := newFakeStore()
	opt, _ := testOptions(50).withDefaults()
	first := demoSlots(build(opt))[0]
	key := booths.MeetingTime.Keys(first.StaffID, first.StartsAt, first.EndsAt)[1]
	s.holds[key] = "slot-by-hand"
	res, err := Village(context.Background(), s, testOptions(50))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := s.slots[first.ID]; ok || res.Slots != len(demoSlots(build(opt)))-1 {
		t.Errorf("slot %s over held time: stored %v; %d slots seeded", first.ID, ok, res.Slots)
	}
	if s.holds[key] != "slot-by-hand" {
		t.Errorf("the hold is now %q", s.holds[key])
	}
	for _, k := range booths.MeetingTime.Keys(first.StaffID, first.StartsAt, first.EndsAt) {
		if k != key && s.holds[k] != "" {
			t.Errorf("hold %s of the left-out slot is %q", k, s.holds[k])
		}
	}
}
