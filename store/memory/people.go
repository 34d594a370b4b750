package memory

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/accounts"
)

// emailKey is the e-mail index key. accounts stores e-mail lower-cased
// already; folding here as well means a caller that forgets cannot create
// two accounts that differ only in case.
func emailKey(email string) string { return strings.ToLower(email) }

// clonePerson copies the slices so that neither the caller's value nor the
// map's can change the other.
func clonePerson(p accounts.Person) accounts.Person {
	p.Languages = slices.Clone(p.Languages)
	p.Themes = slices.Clone(p.Themes)
	p.Tags = slices.Clone(p.Tags)
	return p
}

func (s *Store) CreatePerson(ctx context.Context, p *accounts.Person) (err error) {
	defer s.observe("CreatePerson", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if _, taken := s.people[p.ID]; taken {
		return duplicate("person ID")
	}
	email := emailKey(p.Email)
	if _, taken := s.byEmail[email]; taken {
		return duplicate("person e-mail")
	}
	rec := clonePerson(*p)
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketPeople, rec.ID, rec) }); err != nil {
		return err
	}
	s.people[rec.ID] = rec
	s.byEmail[email] = rec.ID
	return nil
}

func (s *Store) Person(ctx context.Context, id string) (_ *accounts.Person, err error) {
	defer s.observe("Person", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	p, ok := s.people[id]
	if !ok {
		return nil, notFound("person")
	}
	p = clonePerson(p)
	return &p, nil
}

func (s *Store) PersonByEmail(ctx context.Context, email string) (_ *accounts.Person, err error) {
	defer s.observe("PersonByEmail", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, err
	}
	id, ok := s.byEmail[emailKey(email)]
	if !ok {
		return nil, notFound("person")
	}
	p := clonePerson(s.people[id])
	return &p, nil
}

func (s *Store) UpdatePerson(ctx context.Context, p *accounts.Person) (err error) {
	defer s.observe("UpdatePerson", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	old, ok := s.people[p.ID]
	if !ok {
		return notFound("person")
	}
	email := emailKey(p.Email)
	if owner, taken := s.byEmail[email]; taken && owner != p.ID {
		return duplicate("person e-mail")
	}
	rec := clonePerson(*p)
	if err := s.write(func(tx *bolt.Tx) error { return put(tx, bucketPeople, rec.ID, rec) }); err != nil {
		return err
	}
	delete(s.byEmail, emailKey(old.Email))
	s.people[rec.ID] = rec
	s.byEmail[email] = rec.ID
	return nil
}

// DeletePerson removes the person and their refresh tokens in one bbolt
// transaction, so a crash cannot leave tokens that sign in a deleted
// account.
func (s *Store) DeletePerson(ctx context.Context, id string) (err error) {
	defer s.observe("DeletePerson", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	p, ok := s.people[id]
	if !ok {
		return notFound("person")
	}
	var tokens []string
	for hash, t := range s.refreshTokens {
		if t.PersonID == id {
			tokens = append(tokens, hash)
		}
	}
	err = s.write(func(tx *bolt.Tx) error {
		for _, hash := range tokens {
			if err := del(tx, bucketRefreshTokens, hash); err != nil {
				return err
			}
		}
		return del(tx, bucketPeople, id)
	})
	if err != nil {
		return err
	}
	for _, hash := range tokens {
		delete(s.refreshTokens, hash)
	}
	delete(s.byEmail, emailKey(p.Email))
	delete(s.people, id)
	return nil
}

// ClearOrganisation demotes only people whose role is staff: a stray
// OrganisationID on a secretariat account must not cost it its role. An
// empty orgID matches nobody, as it would in MongoDB where the field is
// omitted when empty.
func (s *Store) ClearOrganisation(ctx context.Context, orgID string) (err error) {
	defer s.observe("ClearOrganisation", time.Now(), &err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.usable(ctx); err != nil {
		return err
	}
	if orgID == "" {
		return nil
	}
	var changed []accounts.Person
	for _, p := range s.people {
		if p.Role == accounts.RoleStaff && p.OrganisationID == orgID {
			p = clonePerson(p)
			p.Role = accounts.RoleParticipant
			p.OrganisationID = ""
			changed = append(changed, p)
		}
	}
	if len(changed) == 0 {
		return nil
	}
	err = s.write(func(tx *bolt.Tx) error {
		for _, p := range changed {
			if err := put(tx, bucketPeople, p.ID, p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, p := range changed {
		s.people[p.ID] = p
	}
	return nil
}

// SearchPeople scans every person. An event has a few thousand, so a scan
// under the read lock costs less than keeping indexes for each filter in
// step with every write.
func (s *Store) SearchPeople(ctx context.Context, q accounts.DirectoryQuery) (_ []accounts.Person, _ int, err error) {
	defer s.observe("SearchPeople", time.Now(), &err)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.usable(ctx); err != nil {
		return nil, 0, err
	}
	m := newMatcher(q)
	var found []accounts.Person
	for _, p := range s.people {
		if m.match(&p) {
			found = append(found, p)
		}
	}
	slices.SortFunc(found, func(a, b accounts.Person) int {
		return cmp.Or(
			strings.Compare(strings.ToLower(a.DisplayName), strings.ToLower(b.DisplayName)),
			strings.Compare(a.ID, b.ID),
		)
	})
	total := len(found)
	page := found[min(max(q.Offset, 0), total):]
	if q.Limit > 0 && q.Limit < len(page) {
		page = page[:q.Limit]
	}
	out := make([]accounts.Person, len(page))
	for i, p := range page {
		out[i] = clonePerson(p)
	}
	return out, total, nil
}

// matcher holds a DirectoryQuery with its text and language folded once.
type matcher struct {
	q        accounts.DirectoryQuery
	text     string
	language string
}

func newMatcher(q accounts.DirectoryQuery) matcher {
	return matcher{q: q, text: strings.ToLower(q.Text), language: baseLanguage(q.Language)}
}

func (m matcher) match(p *accounts.Person) bool {
	q := m.q
	switch {
	case !p.DirectoryOptIn:
		return false
	case m.text != "" &&
		!strings.Contains(strings.ToLower(p.DisplayName), m.text) &&
		!strings.Contains(strings.ToLower(p.Expertise), m.text):
		return false
	case q.Theme != "" && !slices.Contains(p.Themes, q.Theme):
		return false
	case q.Tag != "" && !slices.Contains(p.Tags, q.Tag):
		return false
	case q.StakeholderGroup != "" && p.StakeholderGroup != q.StakeholderGroup:
		return false
	case q.Region != "" && p.Region != q.Region:
		return false
	case q.Youth != nil && p.Youth != *q.Youth:
		return false
	case m.language != "" && !slices.ContainsFunc(p.Languages, func(tag string) bool {
		return baseLanguage(tag) == m.language
	}):
		return false
	}
	return true
}

// baseLanguage is the primary subtag of a BCP 47 tag ("fr" of "fr-CA"),
// folded because tags are case-insensitive. Comparing bases covers the
// exact match too.
func baseLanguage(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(base)
}
