package matching_test

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store/memory"
)

// TestCommitments: an organiser is busy for their listed and proposed
// sessions, not for those cancelled or refused; a participant for the
// sessions they have a confirmed place in, not on the waitlist nor in a
// cancelled one; anyone for the breaks they signed up for; only within
// the window asked about.
func TestCommitments(t *testing.T) {
	ctx := t.Context()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	at := func(h int) time.Time { return day.Truncate(24 * time.Hour).Add(time.Duration(h) * time.Hour) }
	session := func(id, organiser, status string, h, capacity int) {
		must(st.CreateSession(ctx, &matching.Session{ID: id, Type: matching.TypeBoF, Title: id, Language: "en",
			StartsAt: at(h), EndsAt: at(h + 1), Capacity: capacity, OrganiserID: organiser, Status: status}))
	}
	signup := func(sessionID, personID string, arrival int64) {
		must(st.CreateSignup(ctx, &matching.Signup{ID: matching.SignupID(sessionID, personID), SessionID: sessionID, PersonID: personID, Arrival: arrival}))
	}
	session("listed", "org", matching.StatusListed, 10, 5)
	session("proposed", "org", matching.StatusProposed, 12, 5)
	session("cancelled", "org", matching.StatusCancelled, 14, 5)
	session("refused", "org", matching.StatusRefused, 15, 5)
	session("small", "other", matching.StatusListed, 16, 1)
	signup("small", "first", 1)
	signup("small", "second", 2)
	signup("cancelled", "first", 1)
	must(st.CreateBreak(ctx, &matching.Break{ID: "coffee", Title: "Coffee", StartsAt: at(18), EndsAt: at(18).Add(30 * time.Minute),
		Languages: []string{"en"}, TableSize: 4, RoundMinutes: 10}))
	must(st.CreateSignUp(ctx, &matching.SignUp{ID: matching.SignUpID("coffee", "second"), BreakID: "coffee", PersonID: "second", Languages: []string{"en"}, At: at(1)}))

	c := matching.NewCommitments(st)
	cases := []struct {
		person   string
		from, to time.Time
		want     []string // "what@hour"
	}{
		{"org", at(0), at(24), []string{"session@10", "session@12"}},
		{"org", at(11), at(12), nil},
		{"org", at(12), at(24), []string{"session@12"}},
		{"first", at(0), at(24), []string{"session@16"}},
		{"second", at(0), at(24), []string{"break@18"}},
		{"second", at(19), at(24), nil},
		{"other", at(0), at(24), []string{"session@16"}},
		{"nobody", at(0), at(24), nil},
	}
	for _, tc := range cases {
		list, err := c.Busy(ctx, tc.person, tc.from, tc.to)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, iv := range list {
			got = append(got, iv.What+"@"+iv.Start.Format("15"))
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s from %v to %v: %v, want %v", tc.person, tc.from, tc.to, got, tc.want)
		}
	}
}
