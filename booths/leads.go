package booths

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Leads: a visitor leaves their contact details at a booth, and its staff
// may then reach them. A person's e-mail leaves the server only with their
// consent, so leaving a lead is shaped around what the visitor saw:
//
//   - The preview shows exactly the fields and values that would be
//     shared, with a consent value: a digest of those values and the
//     booth. Leaving the lead sends the consent back; the server shares
//     only if the values it would store now give the same digest. Should
//     the profile have changed since the preview (a new e-mail, a new
//     organisation), the visitor is asked to look again, rather than
//     sharing what they were not shown.
//   - The lead stores a snapshot of those values with the time of
//     consent: a later change of profile does not reach the booth.
//   - One lead per person per booth: its ID is (booth, person), so that a
//     second is a refused insert, however the requests race. Leaving one
//     again is a conflict, not an update: the visitor withdraws it first,
//     and then consents to what is shared now.
//   - Staff of the booth's organisation and the secretariat (the rule of
//     mayEdit) list and export them. Staff of the booth's own
//     organisation do not leave leads at it: its staff have their
//     colleagues' details already, and a lead of theirs would only be
//     noise in the export.
//   - The visitor sees every lead they left and withdraws any: the lead
//     is deleted, so it leaves every list and export at once. Deleting
//     the account deletes its leads (the store's DeletePerson), and
//     removing a booth deletes the leads left there (DeleteBooth): a new
//     booth of the same organisation, which has the same ID, starts with
//     none.

// MaxLeadNote bounds the note a visitor may add to their lead.
const MaxLeadNote = 500

// Contact is what a lead shares: the visitor's name, e-mail, their
// organisation (the one they are staff of; none for participants),
// stakeholder group, country and languages. Nothing else of the profile
// (interests, expertise, time zone) goes: a lead is a way to reach
// someone, not their profile.
type Contact struct {
	Name             string   `json:"name" bson:"name"`
	Email            string   `json:"email" bson:"email"`
	Organisation     string   `json:"organisation,omitempty" bson:"organisation,omitempty"`
	StakeholderGroup string   `json:"stakeholder_group" bson:"stakeholder_group"`
	Country          string   `json:"country" bson:"country"`
	Languages        []string `json:"languages" bson:"languages"`
}

// fields names the fields of c that are shared, in the order shown.
func (c Contact) fields() []string {
	out := []string{"name", "email"}
	if c.Organisation != "" {
		out = append(out, "organisation")
	}
	return append(out, "stakeholder_group", "country", "languages")
}

// Lead is a visitor's contact details left at a booth, as they were when
// the visitor consented.
type Lead struct {
	ID          string    `json:"id" bson:"_id"` // LeadID(BoothID, PersonID)
	BoothID     string    `json:"booth_id" bson:"booth_id"`
	PersonID    string    `json:"person_id" bson:"person_id"`
	Contact     Contact   `json:"contact" bson:"contact"`
	Note        string    `json:"note,omitempty" bson:"note,omitempty"`
	ConsentedAt time.Time `json:"consented_at" bson:"consented_at"`
}

// LeadID is the ID of personID's lead at boothID: the claim of "one lead
// per person per booth". No booth or person ID holds a "|" (they are
// prefixed slugs and base64url), so no two pairs share one.
func LeadID(boothID, personID string) string { return boothID + "|" + personID }

// LeadStore is what leads need from storage. Errors wrap
// store.ErrNotFound and store.ErrDuplicate.
type LeadStore interface {
	// CreateLead inserts l: ErrDuplicate if its ID is taken (the person
	// left a lead at the booth already).
	CreateLead(ctx context.Context, l *Lead) error
	// BoothLeads lists the leads left at boothID, newest consent first,
	// then by ID; from offset, at most limit of them (0: all), with how
	// many there are in all.
	BoothLeads(ctx context.Context, boothID string, offset, limit int) ([]Lead, int, error)
	// PersonLeads lists every lead personID left, newest consent first,
	// then by ID.
	PersonLeads(ctx context.Context, personID string) ([]Lead, error)
	// DeleteLead removes personID's lead at boothID: ErrNotFound if there
	// is none.
	DeleteLead(ctx context.Context, boothID, personID string) error
	// Person reads an account, to learn that it was deleted while its
	// lead was being written.
	Person(ctx context.Context, id string) (*accounts.Person, error)
}

// Leads applies the rules of leads.
type Leads struct {
	booths *Service
	store  LeadStore
}

// NewLeads returns the leads of the booths of svc, stored in st.
func NewLeads(svc *Service, st LeadStore) *Leads { return &Leads{booths: svc, store: st} }

// LeadPreview is what a visitor is shown before leaving their details.
type LeadPreview struct {
	BoothID    string  `json:"booth_id"`
	BoothTitle string  `json:"booth_title"`
	Contact    Contact `json:"contact"`
	// Fields names the fields of Contact that are shared.
	Fields []string `json:"fields"`
	// Consent is sent back to leave the lead: it stands for exactly these
	// values at this booth.
	Consent string `json:"consent"`
}

// LeadInput is what a visitor sends to leave their details.
type LeadInput struct {
	Consent string `json:"consent"`
	Note    string `json:"note"`
}

// LeadView is a lead as the API shows it, with its booth's title.
type LeadView struct {
	BoothID     string    `json:"booth_id"`
	BoothTitle  string    `json:"booth_title"`
	PersonID    string    `json:"person_id"`
	Contact     Contact   `json:"contact"`
	Note        string    `json:"note,omitempty"`
	ConsentedAt time.Time `json:"consented_at"`
}

func leadView(l *Lead, title string) LeadView {
	c := l.Contact
	c.Languages = nonNil(c.Languages)
	return LeadView{BoothID: l.BoothID, BoothTitle: title, PersonID: l.PersonID, Contact: c,
		Note: l.Note, ConsentedAt: l.ConsentedAt}
}

// mayLeave refuses staff of the booth's own organisation.
func mayLeave(p *accounts.Person, b *Booth) error {
	if p.Role == accounts.RoleStaff && p.OrganisationID != "" && p.OrganisationID == b.OrganisationID {
		return apperr.New(apperr.Forbidden, "staff of this booth's organisation do not leave their details at it")
	}
	return nil
}

// mayRead lets through those who may edit the booth: its organisation's
// staff and the secretariat.
func mayRead(p *accounts.Person, b *Booth) error {
	if mayEdit(p, b) != nil {
		return apperr.New(apperr.Forbidden, "only the booth's staff and the secretariat see its leads")
	}
	return nil
}

// contact is what p would share now.
func (l *Leads) contact(ctx context.Context, p *accounts.Person) (Contact, error) {
	c := Contact{Name: p.DisplayName, Email: p.Email, StakeholderGroup: p.StakeholderGroup,
		Country: p.Country, Languages: nonNil(p.Languages)}
	if p.Role == accounts.RoleStaff && p.OrganisationID != "" {
		o, err := l.booths.store.Organisation(ctx, p.OrganisationID)
		switch {
		case err == nil:
			c.Organisation = o.Name
		case !errors.Is(err, store.ErrNotFound): // one being removed is none
			return Contact{}, err
		}
	}
	return c, nil
}

// consent is the digest of c shared at boothID. JSON of a struct has one
// form, so equal values give equal digests.
func consent(boothID string, c Contact) string {
	raw, _ := json.Marshal(struct {
		Booth   string  `json:"booth"`
		Contact Contact `json:"contact"`
	}{boothID, c})
	sum := sha256.Sum256(raw)
	return base64.RawURLEncoding.EncodeToString(sum[:])
}

// Preview shows p what leaving their details at booth id would share.
func (l *Leads) Preview(ctx context.Context, p *accounts.Person, id string) (*LeadPreview, error) {
	b, err := l.booths.booth(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := mayLeave(p, b); err != nil {
		return nil, err
	}
	c, err := l.contact(ctx, p)
	if err != nil {
		return nil, err
	}
	return &LeadPreview{BoothID: b.ID, BoothTitle: b.Title, Contact: c, Fields: c.fields(), Consent: consent(b.ID, c)}, nil
}

// MayLeave says whether p may leave a lead at booth id at all, so that the
// caller can refuse before reading the request.
func (l *Leads) MayLeave(ctx context.Context, p *accounts.Person, id string) error {
	b, err := l.booths.booth(ctx, id)
	if err != nil {
		return err
	}
	return mayLeave(p, b)
}

// Leave stores p's details at booth id, if in's consent stands for what
// would be shared now.
func (l *Leads) Leave(ctx context.Context, p *accounts.Person, id string, in LeadInput) (*LeadView, error) {
	b, err := l.booths.booth(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := mayLeave(p, b); err != nil {
		return nil, err
	}
	c, err := l.contact(ctx, p)
	if err != nil {
		return nil, err
	}
	var f apperr.Fields
	note := checkNote(in.Note, &f)
	switch {
	case in.Consent == "":
		f.Add("consent", "is required: send the consent of GET /api/booths/%s/lead-preview", b.ID)
	case in.Consent != consent(b.ID, c):
		f.Add("consent", "does not match what would be shared now: your details have changed since the preview, or it was another booth's; look at the preview again")
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	lead := &Lead{ID: LeadID(b.ID, p.ID), BoothID: b.ID, PersonID: p.ID, Contact: c, Note: note,
		ConsentedAt: l.booths.stamp()}
	if err := l.store.CreateLead(ctx, lead); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return nil, apperr.New(apperr.Conflict, "you left your details at this booth already; withdraw them to leave them anew")
		}
		return nil, err
	}
	// The account or the booth may have been deleted while the lead was
	// written, after their deletion removed their leads: then this one
	// would outlive them. Each deletion removes the leads, then the record;
	// if the record is still there now, the removal of its leads comes
	// after this insert and finds it.
	if err := l.orphaned(ctx, lead); err != nil {
		if derr := l.store.DeleteLead(ctx, b.ID, p.ID); derr != nil && !errors.Is(derr, store.ErrNotFound) {
			return nil, errors.Join(err, derr)
		}
		return nil, err
	}
	v := leadView(lead, b.Title)
	return &v, nil
}

// orphaned says, as an error, whether lead's person or booth is gone.
func (l *Leads) orphaned(ctx context.Context, lead *Lead) error {
	if _, err := l.store.Person(ctx, lead.PersonID); errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.Unauthenticated, "this account no longer exists")
	} else if err != nil {
		return err
	}
	_, err := l.booths.booth(ctx, lead.BoothID)
	return err
}

// checkNote returns the note in stored form: trimmed, line ends made \n.
func checkNote(v string, f *apperr.Fields) string {
	v = strings.TrimSpace(strings.ReplaceAll(v, "\r\n", "\n"))
	switch {
	case utf8.RuneCountInString(v) > MaxLeadNote:
		f.Add("note", "at most %d characters", MaxLeadNote)
	case strings.IndexFunc(v, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) >= 0:
		f.Add("note", "must not contain control characters other than line breaks and tabs")
	case accounts.HasFormatCharacter(v):
		f.Add("note", accounts.FormatCharacterMessage)
	}
	return v
}

// Mine lists every lead p left, newest first, with their booths' titles.
func (l *Leads) Mine(ctx context.Context, p *accounts.Person) ([]LeadView, error) {
	leads, err := l.store.PersonLeads(ctx, p.ID)
	if err != nil {
		return nil, err
	}
	// A person leaves details at a few booths of some seventy: one read of
	// them all costs less than one read per lead.
	all, err := l.booths.store.Booths(ctx)
	if err != nil {
		return nil, err
	}
	titles := make(map[string]string, len(all))
	for _, b := range all {
		titles[b.ID] = b.Title
	}
	out := make([]LeadView, 0, len(leads))
	for i := range leads {
		out = append(out, leadView(&leads[i], titles[leads[i].BoothID]))
	}
	return out, nil
}

// Withdraw deletes p's lead at booth id: it leaves every list and export.
// Withdrawing one that is not there (twice, say) is not_found.
func (l *Leads) Withdraw(ctx context.Context, p *accounts.Person, id string) error {
	err := l.store.DeleteLead(ctx, id, p.ID)
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "you have no details left at this booth")
	}
	return err
}

// OfBooth lists the leads left at booth id, as p: newest first, from
// offset, at most limit (0: all), and how many there are.
func (l *Leads) OfBooth(ctx context.Context, p *accounts.Person, id string, offset, limit int) ([]LeadView, int, error) {
	b, err := l.booths.booth(ctx, id)
	if err != nil {
		return nil, 0, err
	}
	if err := mayRead(p, b); err != nil {
		return nil, 0, err
	}
	leads, total, err := l.store.BoothLeads(ctx, b.ID, max(offset, 0), max(limit, 0))
	if err != nil {
		return nil, 0, err
	}
	out := make([]LeadView, 0, len(leads))
	for i := range leads {
		out = append(out, leadView(&leads[i], b.Title))
	}
	return out, total, nil
}

// CompareLeads is the order of lists of leads: newest consent first, then
// by ID. The stores sort so.
func CompareLeads(a, b *Lead) int {
	return cmp.Or(b.ConsentedAt.Compare(a.ConsentedAt), strings.Compare(a.ID, b.ID))
}
