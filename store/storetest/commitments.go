package storetest

import (
	"slices"
	"testing"

	"github.com/igf-village/village/matching"
)

// The reads of one person's sessions and breaks, for the times they are
// busy (matching.CommitmentStore).
var commitmentTests = []test{
	{"Commitments/SessionsOfOrganiser", testSessionsOfOrganiser},
	{"Commitments/BreakSignUpsOfPerson", testBreakSignUpsOfPerson},
}

func testSessionsOfOrganiser(t *testing.T, s Store) {
	ctx := t.Context()
	cancelled := NewSession(1, "person-a", 10)
	cancelled.Status = matching.StatusCancelled
	for _, se := range []*matching.Session{NewSession(3, "person-a", 10), cancelled, NewSession(2, "person-b", 10)} {
		must(t, s.CreateSession(ctx, se), "CreateSession")
	}
	for person, want := range map[string][]string{"person-a": {"ses-0001", "ses-0003"}, "person-b": {"ses-0002"}, "person-c": {}} {
		list, err := s.SessionsOfOrganiser(ctx, person)
		must(t, err, "SessionsOfOrganiser")
		if got := ids(list, func(se matching.Session) string { return se.ID }); !slices.Equal(got, want) {
			t.Errorf("SessionsOfOrganiser(%s) = %v, want %v", person, got, want)
		}
	}
	list, err := s.SessionsOfOrganiser(ctx, "person-a")
	must(t, err, "SessionsOfOrganiser")
	wantSame(t, &list[0], cancelled, "a session read back")
}

func testBreakSignUpsOfPerson(t *testing.T, s Store) {
	ctx := t.Context()
	for _, i := range []int{1, 2, 3} {
		must(t, s.CreateBreak(ctx, NewBreak(i)), "CreateBreak")
	}
	// person-0005 signs up last to break 1, first to break 3.
	for _, su := range []*matching.SignUp{NewSignUp("break-0001", 5), NewSignUp("break-0003", 4), NewSignUp("break-0002", 6)} {
		su.PersonID, su.ID = "person-0005", matching.SignUpID(su.BreakID, "person-0005")
		must(t, s.CreateSignUp(ctx, su), "CreateSignUp")
	}
	must(t, s.CreateSignUp(ctx, NewSignUp("break-0001", 7)), "CreateSignUp")
	must(t, s.DeleteSignUp(ctx, "break-0002", "person-0005"), "DeleteSignUp")
	for person, want := range map[string][]string{"person-0005": {"break-0003", "break-0001"}, "person-0007": {"break-0001"}, "person-0009": {}} {
		list, err := s.SignUpsOfPerson(ctx, person)
		must(t, err, "SignUpsOfPerson")
		if got := ids(list, func(su matching.SignUp) string { return su.BreakID }); !slices.Equal(got, want) {
			t.Errorf("SignUpsOfPerson(%s) = %v, want %v", person, got, want)
		}
	}
}
