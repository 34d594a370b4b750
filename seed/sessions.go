package seed

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

// SessionsClaimKey marks the demo sessions as seeded: a claim apart, so
// that a demo village seeded before sessions existed gets them at its
// next start.
const SessionsClaimKey = "seed:demo-sessions"

// sessionStore is what seeding sessions needs; both backends are. A store
// that is not (the seed's own tests' fake) gets no sessions.
type sessionStore interface {
	CreateSession(ctx context.Context, s *matching.Session) error
	HoldSessionTime(ctx context.Context, h *agenda.Hold) error
	CreateSignup(ctx context.Context, g *matching.Signup) error
}

// demoSession is one demo session: who organises it (the k-th participant)
// and when (hours after the next full hour from seeding), with how many
// places and how many sign-ups (more than places: a waitlist to see).
type demoSession struct {
	typ, title, desc, lang string
	themes                 []string
	organiser              int
	inHours, minutes       int
	capacity, signups      int
}

var demoSessions = []demoSession{
	{matching.TypeBoF, "Community networks: lessons from the field",
		"An informal round of **community network** builders. Bring one lesson, one question.\n\n- Spectrum\n- Backhaul\n- Sustainability",
		"en", []string{"inclusion"}, 0, 1, 60, 12, 15},
	{matching.TypeTownHall, "Youth IGF town hall",
		"Young people from the national and regional Youth IGFs ask the MAG what comes next.", "en", []string{"digital_cooperation"}, 1, 3, 90, 40, 25},
	{matching.TypeRegional, "GRULAC: encuentro regional",
		"Encuentro de la comunidad de América Latina y el Caribe.", "es", []string{"inclusion", "trust"}, 2, 5, 60, 30, 10},
	{matching.TypeRegional, "Rencontre des IGF africains",
		"Les initiatives nationales et régionales d'Afrique se retrouvent.", "fr", []string{"data"}, 3, 26, 60, 25, 8},
	{matching.TypeBoF, "Data flows with trust",
		"Cross-border data flows: where do the frameworks meet?", "en", []string{"data", "trust"}, 4, 28, 45, 8, 12},
	{matching.TypeBoF, "Environmental footprint of the Internet",
		"Measuring the footprint of networks and data centres.", "en", []string{"environment"}, 5, 50, 60, 20, 6},
}

// seedSessions writes the demo sessions, each with its organiser's time
// held and its sign-ups, once, under their own claim; it says how many it
// wrote. A session whose time its organiser holds already is left out.
func seedSessions(ctx context.Context, s Store, v village) (int, error) {
	ss, ok := s.(sessionStore)
	if !ok {
		return 0, nil
	}
	if err := s.Claim(ctx, SessionsClaimKey, v.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return 0, nil
		}
		return 0, fmt.Errorf("seed: claim %q: %w", SessionsClaimKey, err)
	}
	var participants []string
	for _, p := range v.people {
		if p.Role == accounts.RoleParticipant {
			participants = append(participants, p.ID)
		}
	}
	if len(participants) < 2 {
		return 0, nil
	}
	top := v.now.UTC().Truncate(time.Hour).Add(time.Hour)
	n := 0
	for i, d := range demoSessions {
		org := participants[d.organiser%len(participants)]
		start := top.Add(time.Duration(d.inHours) * time.Hour)
		se := &matching.Session{
			ID: fmt.Sprintf("ses-demo-%d", i+1), Type: d.typ, Title: d.title, Description: d.desc,
			Language: d.lang, Themes: d.themes, StartsAt: start, EndsAt: start.Add(time.Duration(d.minutes) * time.Minute),
			Capacity: d.capacity, OrganiserID: org, Status: matching.StatusListed, CreatedAt: v.now, UpdatedAt: v.now,
		}
		held := true
		for _, k := range matching.OrganiserTime.Keys(org, se.StartsAt, se.EndsAt) {
			err := ss.HoldSessionTime(ctx, &agenda.Hold{Key: k, Owner: se.ID, At: v.now})
			if errors.Is(err, store.ErrDuplicate) {
				held = false
				break
			}
			if err != nil {
				return n, fmt.Errorf("seed: hold the time of session %s: %w", se.ID, err)
			}
		}
		if !held {
			continue
		}
		if err := ss.CreateSession(ctx, se); err != nil {
			if errors.Is(err, store.ErrDuplicate) {
				continue
			}
			return n, fmt.Errorf("seed: create session %s: %w", se.ID, err)
		}
		n++
		// Sign-ups from the participants after the organiser, in turn.
		for k := range min(d.signups, len(participants)-1) {
			who := participants[(d.organiser+1+k+i*7)%len(participants)]
			if who == org {
				continue
			}
			g := &matching.Signup{ID: matching.SignupID(se.ID, who), SessionID: se.ID, PersonID: who,
				Arrival: v.now.UnixNano() + int64(k), CreatedAt: v.now}
			if err := ss.CreateSignup(ctx, g); err != nil && !errors.Is(err, store.ErrDuplicate) {
				return n, fmt.Errorf("seed: sign %s up for session %s: %w", who, se.ID, err)
			}
		}
	}
	return n, nil
}
