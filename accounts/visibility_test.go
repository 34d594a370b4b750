package accounts_test

import (
	"testing"

	"github.com/igf-village/village/accounts"
)

func TestSeesProfile(t *testing.T) {
	listed := &accounts.Person{ID: "p-listed", Role: accounts.RoleParticipant, DirectoryOptIn: true}
	unlisted := &accounts.Person{ID: "p-unlisted", Role: accounts.RoleParticipant}
	staff := &accounts.Person{ID: "p-staff", Role: accounts.RoleStaff, OrganisationID: "org-1"}
	sec := &accounts.Person{ID: "p-sec", Role: accounts.RoleSecretariat}
	cases := []struct {
		name         string
		viewer, seen *accounts.Person
		want         bool
	}{
		{"someone in the directory", unlisted, listed, true},
		{"someone not in it", listed, unlisted, false},
		{"staff not in it, to staff", staff, &accounts.Person{ID: "p-2", Role: accounts.RoleStaff, OrganisationID: "org-1"}, false},
		{"oneself, not in it", unlisted, unlisted, true},
		{"the secretariat, anyone", sec, unlisted, true},
		{"the secretariat, to a participant", unlisted, sec, false},
	}
	for _, tc := range cases {
		if got := accounts.SeesProfile(tc.viewer, tc.seen); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
