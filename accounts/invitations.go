package accounts

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/store"
)

// Invitation limits.
const (
	DefaultInvitationTTL = 14 * 24 * time.Hour
	MaxInvitationTTL     = 90 * 24 * time.Hour
	// MaxInvitationTTLHours is MaxInvitationTTL as the ttl_hours a request
	// may ask for.
	MaxInvitationTTLHours = int(MaxInvitationTTL / time.Hour)
	MaxNote               = 200
)

// InvitationRequest is what the secretariat sends to create an invite link.
// The caller checks that OrganisationID names an organisation.
type InvitationRequest struct {
	Role           Role   `json:"role"`
	OrganisationID string `json:"organisation_id"`
	Note           string `json:"note"`
	TTLHours       int    `json:"ttl_hours"`
}

// CreateInvitation makes a single-use invitation.
func (s *Service) CreateInvitation(ctx context.Context, by string, r InvitationRequest) (*Invitation, error) {
	var f apperr.Fields
	switch r.Role {
	case RoleStaff:
		if r.OrganisationID == "" {
			f.Add("organisation_id", "a staff invitation names its organisation")
		}
	case RoleSecretariat:
		if r.OrganisationID != "" {
			f.Add("organisation_id", "a secretariat invitation names no organisation")
		}
	default:
		f.Add("role", "must be staff or secretariat")
	}
	note := strings.TrimSpace(r.Note)
	if utf8.RuneCountInString(note) > MaxNote || hasControl(note) {
		f.Add("note", "at most %d characters, no control characters", MaxNote)
	}
	ttl := DefaultInvitationTTL
	if r.TTLHours != 0 {
		// The range is checked on the number itself: multiplied first, a
		// large one wraps around int64 and passes as an expiry in the past
		// or a few minutes away.
		if r.TTLHours < 1 || r.TTLHours > MaxInvitationTTLHours {
			f.Add("ttl_hours", "from 1 to %d hours", MaxInvitationTTLHours)
		} else {
			ttl = time.Duration(r.TTLHours) * time.Hour
		}
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	now := s.clock()
	inv := &Invitation{
		// The ID is the secret of the link: 24 random bytes.
		ID: NewID("inv-", 24), Role: r.Role, OrganisationID: r.OrganisationID, Note: note,
		CreatedBy: by, CreatedAt: now, ExpiresAt: now.Add(ttl),
	}
	if err := s.store.CreateInvitation(ctx, inv); err != nil {
		return nil, err
	}
	return inv, nil
}

// InvitationState is an invitation with whether it can still be accepted.
type InvitationState struct {
	Invitation
	Used    bool `json:"used"`
	Expired bool `json:"expired"`
}

// Invitation returns an invitation and its state.
func (s *Service) Invitation(ctx context.Context, id string) (*InvitationState, error) {
	inv, err := s.store.Invitation(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, apperr.New(apperr.NotFound, "no such invitation; check the link")
	}
	if err != nil {
		return nil, err
	}
	return s.state(ctx, inv)
}

func (s *Service) state(ctx context.Context, inv *Invitation) (*InvitationState, error) {
	_, err := s.store.Redemption(ctx, inv.ID)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	return &InvitationState{Invitation: *inv, Used: err == nil, Expired: !s.clock().Before(inv.ExpiresAt)}, nil
}

// Invitations lists every invitation with its state, newest first.
func (s *Service) Invitations(ctx context.Context) ([]InvitationState, error) {
	invs, err := s.store.Invitations(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]InvitationState, 0, len(invs))
	for i := range invs {
		st, err := s.state(ctx, &invs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, *st)
	}
	return out, nil
}

// DeleteInvitation withdraws an invitation.
func (s *Service) DeleteInvitation(ctx context.Context, id string) error {
	err := s.store.DeleteInvitation(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return apperr.New(apperr.NotFound, "no such invitation")
	}
	return err
}

// Accept gives the person the invitation's role. The redemption insert is
// the claim: of people racing for one link, exactly one gets the role. A
// staff invitation to an organisation that is closing is gone (410), even
// when the closing races with the accept (see CloseOrganisation).
func (s *Service) Accept(ctx context.Context, personID, invitationID string) (*Person, error) {
	st, err := s.Invitation(ctx, invitationID)
	if err != nil {
		return nil, err
	}
	switch {
	case st.Used:
		return nil, apperr.New(apperr.Conflict, "this invitation has already been used")
	case st.Expired:
		return nil, apperr.New(apperr.Gone, "this invitation has expired; ask the Secretariat for a new one")
	}
	// Checked here too, so that a link to an organisation already closing
	// is not used up; the check that counts comes after the write.
	if st.Role == RoleStaff {
		closed, err := s.OrganisationClosed(ctx, st.OrganisationID)
		if err != nil {
			return nil, err
		}
		if closed {
			return nil, errOrganisationClosed()
		}
	}
	p, err := s.Person(ctx, personID)
	if err != nil {
		return nil, err
	}
	if p.Role == RoleSecretariat && st.Role == RoleStaff {
		return nil, apperr.New(apperr.Conflict, "a secretariat account cannot become staff of an organisation")
	}
	err = s.store.Redeem(ctx, &Redemption{InvitationID: st.ID, PersonID: p.ID, At: s.clock()})
	if errors.Is(err, store.ErrDuplicate) {
		return nil, apperr.New(apperr.Conflict, "this invitation has already been used")
	}
	if err != nil {
		return nil, err
	}
	was, wasOrg := p.Role, p.OrganisationID
	stands, err := s.setRole(ctx, p, st.Role, st.OrganisationID)
	if stands {
		return p, nil
	}
	// The organisation began closing before the membership was written,
	// so its demotion may have missed this person: undo it here. The
	// invitation stays used; its organisation is leaving anyway.
	if uerr := s.undoRole(ctx, p, was, wasOrg); uerr != nil {
		return nil, errors.Join(err, uerr)
	}
	if err != nil {
		return nil, err
	}
	return nil, errOrganisationClosed()
}

// CreateAdmin makes or promotes a secretariat account, for `village admin
// create` and the configured first administrator. An existing account with
// the e-mail is promoted and keeps its password.
func (s *Service) CreateAdmin(ctx context.Context, email, password, name string) (*Person, bool, error) {
	var f apperr.Fields
	email = NormalizeEmail(email, &f)
	if err := f.Err(); err != nil {
		return nil, false, err
	}
	if p, err := s.store.PersonByEmail(ctx, email); err == nil {
		if p.Role == RoleSecretariat {
			return p, false, nil
		}
		p.Role, p.OrganisationID, p.UpdatedAt = RoleSecretariat, "", s.clock()
		return p, false, s.store.UpdatePerson(ctx, p)
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, false, err
	}
	if name == "" {
		name = "IGF Secretariat"
	}
	p, err := s.Register(ctx, Registration{Email: email, Password: password, Profile: Profile{
		DisplayName: name, StakeholderGroup: "intergovernmental", Region: "igo", Country: "CH",
		Languages: []string{"en"}, TimeZone: "Europe/Zurich",
	}})
	if err != nil {
		return nil, false, err
	}
	p.Role = RoleSecretariat
	return p, true, s.store.UpdatePerson(ctx, p)
}
