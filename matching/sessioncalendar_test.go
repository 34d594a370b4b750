package matching_test

import (
	"strings"
	"testing"
	"time"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/matching"
)

// TestSessionEvent: a session's event has the session's UID, times and
// page, names its type and organiser (or a former participant), and its
// status follows the session's: listed is confirmed, a proposal
// tentative, a refused or cancelled session cancelled.
func TestSessionEvent(t *testing.T) {
	start := time.Date(2020, 11, 2, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		status string
		want   agenda.Status
	}{
		{matching.StatusListed, agenda.Confirmed},
		{matching.StatusProposed, agenda.Tentative},
		{matching.StatusRefused, agenda.Cancelled},
		{matching.StatusCancelled, agenda.Cancelled},
	}
	for _, c := range cases {
		v := &matching.SessionView{ID: "ses-1", Type: matching.TypeRegional, Title: "Sahel", Description: "Bring questions.",
			Language: "fr", StartsAt: start, EndsAt: start.Add(time.Hour), Status: c.status, CreatedAt: start.Add(-time.Hour)}
		e := v.Event("village.example", "https://village.example/sessions/ses-1")
		if e.Status != c.want || e.UID != "ses-1@village.example" || !e.Start.Equal(start) || !e.End.Equal(start.Add(time.Hour)) ||
			e.URL != "https://village.example/sessions/ses-1" || e.Summary != "Sahel" {
			t.Errorf("%s: %+v", c.status, e)
		}
		for _, want := range []string{"Regional get-together", "(a former participant)", "Language: fr", "Bring questions.", e.URL} {
			if !strings.Contains(e.Description, want) {
				t.Errorf("%s: the description lacks %q: %q", c.status, want, e.Description)
			}
		}
	}
}
