package seed

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/store"
)

// MeetingsClaimKey marks the demo meetings as seeded: a claim apart, so
// that a demo village seeded before meetings existed gets them at its
// next start.
const MeetingsClaimKey = "seed:demo-meetings"

// meetingStore is what seeding meetings needs; both backends are. A store
// that is not (the seed's own tests' fake) gets no meetings.
type meetingStore interface {
	CreateMeeting(ctx context.Context, m *matching.Meeting) error
}

// Demo meetings: each demo login but the secretariat's has, with
// participants who share a language with them and whose working hours
// overlap theirs, two requests waiting for their answer, one of theirs
// waiting for the other's, and two confirmed meetings in the coming days
// (one they asked for, one they were asked), every time inside both
// people's working hours and from a day after seeding.
const (
	demoMeetingMinutes = 30
	demoIncoming       = 2
	demoOutgoing       = 1
	demoConfirmed      = 2
)

// seedMeetings writes the demo meetings once, under their own claim, and
// says how many it wrote. A confirmed meeting holds both people's time as
// any other does (agenda.MeetingTime); a time held already (a slot a demo
// staff member meets in) is passed over for the next.
func seedMeetings(ctx context.Context, s Store, v village) (int, error) {
	ms, ok := s.(meetingStore)
	if !ok {
		return 0, nil
	}
	if err := s.Claim(ctx, MeetingsClaimKey, v.now); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return 0, nil
		}
		return 0, fmt.Errorf("seed: claim %q: %w", MeetingsClaimKey, err)
	}
	byEmail := make(map[string]*accounts.Person, len(v.people))
	for i := range v.people {
		byEmail[v.people[i].Email] = &v.people[i]
	}
	isLogin := map[string]bool{}
	for _, l := range v.logins {
		if p := byEmail[l.Email]; p != nil {
			isLogin[p.ID] = true
		}
	}
	var busy agenda.Busy
	if cs, ok := s.(matching.CommitmentStore); ok {
		busy = matching.NewCommitments(cs)
	}
	n := 0
	used := map[string]bool{} // partners already given a demo meeting
	for li, l := range v.logins {
		me := byEmail[l.Email]
		if me == nil || me.Role == accounts.RoleSecretariat {
			continue
		}
		partners := demoPartners(v, me, isLogin, used, li, demoIncoming+demoOutgoing+demoConfirmed)
		for k, other := range partners {
			used[other.ID] = true
			asker, with := other, me
			if k == demoIncoming || k == demoIncoming+demoOutgoing+1 {
				asker, with = me, other
			}
			m := &matching.Meeting{
				ID: fmt.Sprintf("meet-demo-%d-%d", li, k), AskerID: asker.ID, WithID: with.ID,
				Minutes: demoMeetingMinutes, CreatedAt: v.now,
			}
			from := v.now.Truncate(time.Hour).Add(time.Duration(24+6*k) * time.Hour)
			times := sharedTimes(me, other, from, 3)
			if len(times) == 0 {
				continue
			}
			note := demoNotes[(li+k)%len(demoNotes)]
			if k < demoIncoming+demoOutgoing {
				m.Proposals = []matching.Proposal{{By: asker.ID, Times: times, Note: note, At: v.now}}
			} else {
				start, err := holdFirstFree(ctx, s, busy, m.ID, times, me, other, v.now)
				if err != nil {
					return n, err
				}
				if start.IsZero() {
					continue
				}
				m.Proposals = []matching.Proposal{{By: asker.ID, Times: []time.Time{start}, Note: note, At: v.now}}
				m.Confirmed = &matching.MeetingConfirmation{StartsAt: start,
					EndsAt: start.Add(demoMeetingMinutes * time.Minute), By: with.ID, At: v.now}
			}
			if err := ms.CreateMeeting(ctx, m); err != nil {
				if errors.Is(err, store.ErrDuplicate) {
					continue
				}
				return n, fmt.Errorf("seed: create meeting %s: %w", m.ID, err)
			}
			n++
		}
	}
	return n, nil
}

var demoNotes = []string{
	"I saw your work on community networks: could we compare notes?",
	"Would you have half an hour to talk about data governance in our region?",
	"Hello! I would like to hear how your organisation works with the national IGF.",
	"We are preparing a joint session proposal for next year: interested?",
	"Quick question about your experience with multilingual content online.",
}

// demoPartners are up to want participants for me, none of them a demo
// login or already given a demo meeting, each sharing a language with me
// and with working hours that overlap mine, taken from a place in the
// list that depends on offset.
func demoPartners(v village, me *accounts.Person, isLogin, used map[string]bool, offset, want int) []*accounts.Person {
	var out []*accounts.Person
	start := (offset * 37) % max(len(v.people), 1)
	for i := range v.people {
		p := &v.people[(start+i)%len(v.people)]
		if len(out) == want {
			break
		}
		if p.ID == me.ID || p.Role != accounts.RoleParticipant || isLogin[p.ID] || used[p.ID] {
			continue
		}
		if !shareLanguage(me, p) || len(sharedTimes(me, p, v.now.Add(24*time.Hour), 1)) == 0 {
			continue
		}
		out = append(out, p)
	}
	return out
}

func shareLanguage(a, b *accounts.Person) bool {
	for _, l := range a.Languages {
		if slices.Contains(b.Languages, l) {
			return true
		}
	}
	return false
}

// sharedTimes are up to n starts from from (on the half hour), within
// three days, three hours apart at least, at which a demo meeting lies in
// both people's working hours.
func sharedTimes(a, b *accounts.Person, from time.Time, n int) []time.Time {
	var out []time.Time
	length := demoMeetingMinutes * time.Minute
	t := from.UTC().Truncate(30 * time.Minute)
	for end := t.Add(72 * time.Hour); t.Before(end) && len(out) < n; t = t.Add(30 * time.Minute) {
		if len(out) > 0 && t.Sub(out[len(out)-1]) < 3*time.Hour {
			continue
		}
		if a.Hours().Contains(a.Location(), t, t.Add(length)) && b.Hours().Contains(b.Location(), t, t.Add(length)) {
			out = append(out, t)
		}
	}
	return out
}

// holdFirstFree holds both people's time at the first of times that
// neither has taken (a hold, or a commitment busy knows of), for meeting
// id, and returns it; zero if none is free.
func holdFirstFree(ctx context.Context, s Store, busy agenda.Busy, id string, times []time.Time, a, b *accounts.Person, now time.Time) (time.Time, error) {
	length := demoMeetingMinutes * time.Minute
	for _, t := range times {
		free := true
		for _, p := range []*accounts.Person{a, b} {
			if busy == nil {
				break
			}
			list, err := busy.Busy(ctx, p.ID, t, t.Add(length))
			if err != nil {
				return time.Time{}, fmt.Errorf("seed: read %s's commitments: %w", p.ID, err)
			}
			free = free && len(list) == 0
		}
		if !free {
			continue
		}
		keys := append(agenda.MeetingTime.Keys(a.ID, t, t.Add(length)), agenda.MeetingTime.Keys(b.ID, t, t.Add(length))...)
		err := agenda.HoldAll(ctx, s, keys, "meeting:"+id, now)
		if err == nil {
			return t, nil
		}
		if !errors.Is(err, store.ErrDuplicate) {
			return time.Time{}, fmt.Errorf("seed: hold the time of meeting %s: %w", id, err)
		}
	}
	return time.Time{}, nil
}
