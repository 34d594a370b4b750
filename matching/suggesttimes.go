package matching

import (
	"context"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
)

// Bounds of "Suggest times": a meeting's length in minutes (a multiple of
// agenda.Step) and how many times are proposed at once.
const (
	MinSuggestMinutes     = 15
	MaxSuggestMinutes     = 120
	DefaultSuggestMinutes = 30
	MaxSuggestCount       = 10
	DefaultSuggestCount   = 5
)

// Times suggests when two people could meet (agenda.Suggest): inside both
// people's working hours in their own zones, within the event's days,
// clear of every commitment of either that busy knows of. The meeting
// requests and who-to-meet (a mutual match is offered times) call it.
type Times struct {
	busy  agenda.Busy
	event func(now time.Time) agenda.EventDays
	now   func() time.Time
}

// NewTimes suggests times clear of busy (the union of every source of
// commitments, agenda.BusyAll), within event(now)'s days. now may be nil
// for time.Now.
func NewTimes(busy agenda.Busy, event func(now time.Time) agenda.EventDays, now func() time.Time) *Times {
	if now == nil {
		now = time.Now
	}
	return &Times{busy: busy, event: event, now: now}
}

// Party is p's side of a meeting: their hours in their zone.
func Party(p *accounts.Person) agenda.Party {
	return agenda.Party{Hours: p.Hours(), Loc: p.Location()}
}

// For lists up to count times of minutes for a (who asks) to meet b,
// earliest first; none, and no error, when their hours never meet or
// every time is taken. Minutes and count out of bounds, or a and b the
// same person, are validation_failed naming the field.
func (t *Times) For(ctx context.Context, a, b *accounts.Person, minutes, count int) ([]agenda.Interval, error) {
	var f apperr.Fields
	agenda.CheckMinutes(&f, &minutes, MinSuggestMinutes, MaxSuggestMinutes)
	if count < 1 || count > MaxSuggestCount {
		f.Add("count", "must be from 1 to %d", MaxSuggestCount)
	}
	if a.ID == b.ID {
		f.Add("id", "you cannot meet yourself: choose someone else")
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	now := t.now()
	event := t.event(now)
	to := now.Add(agenda.MaxAhead)
	if end := event.End(); end.Before(to) {
		to = end
	}
	if !now.Before(to) {
		return []agenda.Interval{}, nil
	}
	busyA, err := t.busy.Busy(ctx, a.ID, now, to)
	if err != nil {
		return nil, err
	}
	busyB, err := t.busy.Busy(ctx, b.ID, now, to)
	if err != nil {
		return nil, err
	}
	out := agenda.Suggest(agenda.SuggestQuery{
		A: Party(a), B: Party(b), Busy: append(busyA, busyB...), Event: event, Now: now,
		Length: time.Duration(minutes) * time.Minute, Count: count,
	})
	if out == nil {
		out = []agenda.Interval{}
	}
	return out, nil
}
