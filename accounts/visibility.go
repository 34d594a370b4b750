package accounts

import "context"

// Who sees how much of whom. Everyone signed in sees a card of any person
// (name, role, organisation, photo): enough to recognise someone they saw
// online and wave to them. The whole profile (languages, interests,
// expertise...) is for people who chose to be in the directory; and one
// always sees one's own, the secretariat everyone's.

// SeesProfile says whether viewer sees p's whole profile rather than the
// card.
func SeesProfile(viewer, p *Person) bool {
	return p.DirectoryOptIn || viewer.ID == p.ID || viewer.Role == RoleSecretariat
}

// PersonSeenBy returns the person with id, and whether viewer sees their
// whole profile (SeesProfile); not_found when there is no such person.
func (s *Service) PersonSeenBy(ctx context.Context, viewer *Person, id string) (*Person, bool, error) {
	p, err := s.Person(ctx, id)
	if err != nil {
		return nil, false, err
	}
	return p, SeesProfile(viewer, p), nil
}
