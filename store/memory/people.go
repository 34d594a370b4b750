package memory

import (
	"cmp"
	"context"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/matching"
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

// CreatePerson claims both the ID and the e-mail, checking both before it
// writes anything. The ID is checked here although insert checks it again,
// so that creating the same person twice reports the ID, not the e-mail.
func (s *Store) CreatePerson(ctx context.Context, p *accounts.Person) error {
	return s.update(ctx, "CreatePerson", func() error {
		if s.people.has(p.ID) {
			return duplicate("person ID")
		}
		email := emailKey(p.Email)
		if _, taken := s.byEmail[email]; taken {
			return duplicate("person e-mail")
		}
		if err := s.people.insert(*p); err != nil {
			return err
		}
		s.byEmail[email] = p.ID
		return nil
	})
}

func (s *Store) Person(ctx context.Context, id string) (*accounts.Person, error) {
	return view(ctx, s, "Person", func() (*accounts.Person, error) { return s.people.get(id) })
}

func (s *Store) PersonByEmail(ctx context.Context, email string) (*accounts.Person, error) {
	return view(ctx, s, "PersonByEmail", func() (*accounts.Person, error) {
		id, ok := s.byEmail[emailKey(email)]
		if !ok {
			return nil, notFound("person")
		}
		return s.people.get(id)
	})
}

func (s *Store) UpdatePerson(ctx context.Context, p *accounts.Person) error {
	return s.update(ctx, "UpdatePerson", func() error {
		old, err := s.people.get(p.ID)
		if err != nil {
			return err
		}
		email := emailKey(p.Email)
		if owner, taken := s.byEmail[email]; taken && owner != p.ID {
			return duplicate("person e-mail")
		}
		if err := s.people.replace(*p); err != nil {
			return err
		}
		delete(s.byEmail, emailKey(old.Email))
		s.byEmail[email] = p.ID
		return nil
	})
}

// DeletePerson removes the person, their refresh tokens, their photos, the
// leads they left, their contacts and their sign-ups to breaks, in one bbolt
// transaction, so a crash cannot leave
// tokens that sign in a deleted account, or a photo or the contact details
// of one.
func (s *Store) DeletePerson(ctx context.Context, id string) error {
	return s.update(ctx, "DeletePerson", func() error {
		p, err := s.people.get(id)
		if err != nil {
			return err
		}
		tokens := s.refreshTokens.keysWhere(func(t auth.RefreshToken) bool { return t.PersonID == id })
		photos := s.photos.keysWhere(func(m photoMeta) bool { return m.PersonID == id })
		leads := s.leads.keysWhere(func(l booths.Lead) bool { return l.PersonID == id })
		met := s.contacts.keysWhere(func(c contacts.Contact) bool { return c.A == id || c.B == id })
		signUps := s.signUps.keysWhere(func(su matching.SignUp) bool { return su.PersonID == id })
		blocks := s.blocks.keysWhere(func(b accounts.Block) bool { return b.BlockerID == id || b.BlockedID == id })
		wishes := s.wishes.keysWhere(func(w matching.Wish) bool { return w.From == id || w.To == id })
		err = commit(s.db, func(tx *bolt.Tx) error {
			if err := s.refreshTokens.deleteTx(tx, tokens...); err != nil {
				return err
			}
			if err := s.deletePhotosTx(tx, photos...); err != nil {
				return err
			}
			if err := s.leads.deleteTx(tx, leads...); err != nil {
				return err
			}
			if err := s.contacts.deleteTx(tx, met...); err != nil {
				return err
			}
			if err := s.signUps.deleteTx(tx, signUps...); err != nil {
				return err
			}
			if err := s.blocks.deleteTx(tx, blocks...); err != nil {
				return err
			}
			if err := s.wishes.deleteTx(tx, wishes...); err != nil {
				return err
			}
			return s.people.deleteTx(tx, id)
		})
		if err != nil {
			return err
		}
		s.refreshTokens.forget(tokens...)
		s.photos.forget(photos...)
		s.leads.forget(leads...)
		s.contacts.forget(met...)
		s.signUps.forget(signUps...)
		s.blocks.forget(blocks...)
		s.wishes.forget(wishes...)
		s.people.forget(id)
		delete(s.byEmail, emailKey(p.Email))
		return nil
	})
}

// ClearOrganisation demotes only people whose role is staff: a stray
// OrganisationID on a secretariat account must not cost it its role. An
// empty orgID matches nobody, as it would in MongoDB where the field is
// omitted when empty. The e-mails do not change, so byEmail stays as it is.
func (s *Store) ClearOrganisation(ctx context.Context, orgID string) error {
	return s.update(ctx, "ClearOrganisation", func() error {
		if orgID == "" {
			return nil
		}
		var changed []accounts.Person
		for _, p := range s.people.rows {
			if p.Role == accounts.RoleStaff && p.OrganisationID == orgID {
				p.Role = accounts.RoleParticipant
				p.OrganisationID = ""
				changed = append(changed, p)
			}
		}
		return s.people.save(changed...)
	})
}

// SearchPeople scans every person. An event has a few thousand, so a scan
// under the read lock costs less than keeping indexes for each filter in
// step with every write. Only the page returned is copied.
func (s *Store) SearchPeople(ctx context.Context, q accounts.DirectoryQuery) (page []accounts.Person, total int, err error) {
	page, err = view(ctx, s, "SearchPeople", func() ([]accounts.Person, error) {
		// Sort small (key, id) pairs, each key folded once, and copy only
		// the page: the whole directory of a large event is thousands of
		// people, a page is twenty.
		type hit struct{ key, id string }
		m := newMatcher(q)
		var hits []hit
		for id, p := range s.people.rows {
			if m.match(&p) {
				hits = append(hits, hit{strings.ToLower(p.DisplayName), id})
			}
		}
		slices.SortFunc(hits, func(a, b hit) int {
			return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(a.id, b.id))
		})
		total = len(hits)
		hits = hits[min(max(q.Offset, 0), total):]
		if q.Limit > 0 && q.Limit < len(hits) {
			hits = hits[:q.Limit]
		}
		out := make([]accounts.Person, len(hits))
		for i, h := range hits {
			out[i] = clonePerson(s.people.rows[h.id])
		}
		return out, nil
	})
	return page, total, err
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
