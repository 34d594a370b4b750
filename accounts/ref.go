package accounts

import "context"

// PersonRef names a person in a list, a schedule or a session: their ID
// and display name as it is now (empty if the account is gone). Never
// their e-mail.
type PersonRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// PersonReader reads a person by ID: every store of people does.
type PersonReader interface {
	Person(ctx context.Context, id string) (*Person, error)
}

// Names caches display names while a list is built, so that a person on
// every row is read once. A nil Names reads every time.
type Names map[string]string

// Ref names person id, from n or else from people.
func (n Names) Ref(ctx context.Context, people PersonReader, id string) PersonRef {
	if name, ok := n[id]; ok {
		return PersonRef{ID: id, Name: name}
	}
	name := ""
	if p, err := people.Person(ctx, id); err == nil {
		name = p.DisplayName
	}
	if n != nil {
		n[id] = name
	}
	return PersonRef{ID: id, Name: name}
}
