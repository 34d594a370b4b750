package main

import (
	"fmt"
	"io"
	"strconv"
	"time"
)

// BreakReport is what the break scenario measured.
type BreakReport struct {
	BreakID      string    `json:"break_id"`
	StartsAt     time.Time `json:"starts_at"`
	EndsAt       time.Time `json:"ends_at"`
	Minutes      int       `json:"minutes"` // the break's length, in its own minutes
	RoundMinutes int       `json:"round_minutes"`
	Minute       string    `json:"minute"` // how long one of them lasted (the node's VILLAGE_BREAK_MINUTE)
	TableSize    int       `json:"table_size"`
	Languages    []string  `json:"languages"`
	// Participants read their profile; those whose profile has a language
	// the break offers signed up, with all of those languages.
	Profiles     int64             `json:"profiles_read"`
	SignedUp     int64             `json:"signed_up"`
	NoLanguage   int64             `json:"no_language_offered"`
	SignUpFailed map[string]uint64 `json:"sign_up_failed"`
	// Chose counts the people who chose each language; ChoseTwoOrMore
	// those who chose more than one.
	Chose          map[string]int `json:"chose"`
	ChoseTwoOrMore int            `json:"chose_two_or_more"`
	InBreakRoom    int64          `json:"in_break_room"`
	JoinRetries    int64          `json:"break_join_retries"` // refused before the room opened
	BreakJoin      Percentiles    `json:"break_join_latency"`
	Rounds         []BreakRound   `json:"rounds"`
	// Pairs are the distinct pairs of participants that the break.table
	// events put at one table, over the whole break; RepeatPairs those
	// that sat together in more than one round.
	Pairs       int `json:"pairs"`
	RepeatPairs int `json:"repeat_pairs"`
	Mismatches  int `json:"mismatches"`
	Alone       int `json:"alone"`
	// Contacts are the secretariat's figures before and after the break.
	ContactsBefore ContactFigures `json:"contacts_before"`
	ContactsAfter  ContactFigures `json:"contacts_after"`
	// NewContacts are the distinct new contacts of kind table the product
	// recorded during the run, against ContactsTarget.
	NewContacts    int  `json:"new_contacts"`
	NewPairs       int  `json:"new_pairs"` // of every kind
	ContactsTarget int  `json:"contacts_target"`
	TargetMet      bool `json:"target_met"`
	// Latency runs from a line's send to each receipt at its table;
	// SendLatency to its acknowledgement.
	Latency       Percentiles `json:"chat_delivery_latency"`
	SendLatency   Percentiles `json:"chat_send_reply_latency"`
	ChatSkipped   int64       `json:"chat_skipped"` // lines not said: the person had moved on
	UnknownEvents int64       `json:"unknown_events"`
}

// BreakRound is one round as the participants saw it.
type BreakRound struct {
	Round    int       `json:"round"`
	StartsAt time.Time `json:"starts_at"`
	EndsAt   time.Time `json:"ends_at"`
	// Present were in the break's room when the round began (as the tool
	// counts them); Seated got a break.table; Waiting got only a
	// break.waiting (by reason); Unplaced got neither.
	Present         int64          `json:"present"`
	Seated          int            `json:"seated"`
	Waiting         int            `json:"waiting"`
	WaitingByReason map[string]int `json:"waiting_by_reason"`
	Unplaced        int            `json:"unplaced"`
	Tables          int            `json:"tables"`
	TableSizes      map[string]int `json:"table_sizes"` // tables by people at them
	// TimeToSeat runs from the round's start to each person's first
	// break.table of the round.
	TimeToSeat Percentiles `json:"time_to_seat"`
	// Mismatches: people told a table in a language they did not choose.
	Mismatches int `json:"mismatches"`
	// Alone: people at a table of one.
	Alone int `json:"alone"`
	Pairs int `json:"pairs"`
	// RepeatPairs sat together in an earlier round of this run.
	RepeatPairs int           `json:"repeat_pairs"`
	Server      *roundSummary `json:"server,omitempty"` // the latest break.round
	Chat        TableChat     `json:"chat"`
}

// TableChat is the chat at a round's tables.
type TableChat struct {
	Sent      int64 `json:"sent"`
	Acked     int64 `json:"acknowledged"`
	Refused   int64 `json:"refused"`
	Expected  int64 `json:"expected_deliveries"`
	Delivered int64 `json:"delivered"`
}

// ContactFigures are GET /api/contacts/figures, as far as the run reads them.
type ContactFigures struct {
	Contacts int            `json:"contacts"`
	Pairs    int            `json:"pairs"`
	People   int            `json:"people"`
	ByKind   map[string]int `json:"by_kind"`
}

// roundReport takes round ro's figures; earlier rounds' pairs make its
// repeats.
func (b *breakRun) roundReport(ro *roundObs) BreakRound {
	earlier := map[uint64]bool{}
	for _, e := range b.rounds[:ro.n-1] {
		e.mu.Lock()
		for k := range e.pairs {
			earlier[k] = true
		}
		e.mu.Unlock()
	}
	br := BreakRound{Round: ro.n, StartsAt: ro.startsAt, EndsAt: ro.endsAt, Present: ro.present.Load(),
		WaitingByReason: map[string]int{}, TableSizes: map[string]int{}, TimeToSeat: ro.toSeat.summary(),
		Chat: TableChat{Sent: ro.sent.Load(), Acked: ro.acked.Load(), Refused: ro.refused.Load(),
			Expected: ro.expected.Load(), Delivered: ro.delivered.Load()}}
	ro.mu.Lock()
	defer ro.mu.Unlock()
	br.Seated = len(ro.seat)
	sizes := map[string]int{}
	for _, s := range ro.seat {
		sizes[s.room] = max(sizes[s.room], s.members)
		if s.mismatch {
			br.Mismatches++
		}
		if s.members == 1 {
			br.Alone++
		}
	}
	br.Tables = len(sizes)
	for _, n := range sizes {
		br.TableSizes[strconv.Itoa(n)]++
	}
	for _, reason := range ro.waiting {
		br.Waiting++
		br.WaitingByReason[reason]++
	}
	br.Unplaced = max(0, int(br.Present)-br.Seated-br.Waiting)
	br.Pairs = len(ro.pairs)
	for k := range ro.pairs {
		if earlier[k] {
			br.RepeatPairs++
		}
	}
	if ro.server != nil {
		s := *ro.server
		br.Server = &s
	}
	return br
}

// report takes the break's figures once it is over.
func (b *breakRun) report(before, after ContactFigures) *BreakReport {
	rep := &BreakReport{BreakID: b.brk.ID, StartsAt: b.brk.StartsAt, EndsAt: b.brk.EndsAt,
		Minutes: int(b.brk.EndsAt.Sub(b.brk.StartsAt) / b.minute()), RoundMinutes: b.brk.RoundMinutes,
		Minute: b.minute().String(), TableSize: b.brk.TableSize, Languages: b.brk.Languages,
		Profiles: b.c.profiles.Load(), SignedUp: b.c.signedUp.Load(), NoLanguage: b.c.noLanguage.Load(),
		SignUpFailed: b.c.signUpFailed.snapshot(), Chose: map[string]int{},
		InBreakRoom: b.c.inBreak.Load(), JoinRetries: b.c.joinRetries.Load(), BreakJoin: b.c.joinLat.summary(),
		ContactsBefore: before, ContactsAfter: after, ContactsTarget: ContactsTarget,
		ChatSkipped: b.c.chatSkipped.Load(), UnknownEvents: b.c.unknownEvents.Load()}
	for _, p := range b.people {
		for _, l := range p.langs {
			rep.Chose[l]++
		}
		if len(p.langs) > 1 {
			rep.ChoseTwoOrMore++
		}
	}
	all := map[uint64]int{}
	for _, ro := range b.rounds {
		br := b.roundReport(ro)
		rep.Rounds = append(rep.Rounds, br)
		rep.Mismatches += br.Mismatches
		rep.Alone += br.Alone
		ro.mu.Lock()
		for k := range ro.pairs {
			all[k]++
		}
		ro.mu.Unlock()
	}
	rep.Pairs = len(all)
	for _, n := range all {
		if n > 1 {
			rep.RepeatPairs++
		}
	}
	rep.NewContacts = after.ByKind["table"] - before.ByKind["table"]
	rep.NewPairs = after.Pairs - before.Pairs
	rep.TargetMet = rep.NewContacts > ContactsTarget
	return rep
}

func (br *BreakReport) print(w io.Writer, lat func(Percentiles) string) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	p("break        %s, %d minutes in rounds of %d (a minute lasted %s), tables of %d, languages %v",
		br.BreakID, br.Minutes, br.RoundMinutes, br.Minute, br.TableSize, br.Languages)
	p("  sign-ups   %d profiles read, %d signed up, %d with no language offered, failures %s",
		br.Profiles, br.SignedUp, br.NoLanguage, joinTally(br.SignUpFailed))
	p("  chose      %s; %d chose two or more", joinTally(toU(br.Chose)), br.ChoseTwoOrMore)
	p("  room       %d in the break's room (%d joins retried before it opened); join %s", br.InBreakRoom, br.JoinRetries, lat(br.BreakJoin))
	for _, r := range br.Rounds {
		srv := "none"
		if r.Server != nil {
			srv = fmt.Sprintf("%d seated at %d tables, %d waiting", r.Server.Seated, r.Server.Tables, r.Server.Waiting)
		}
		p("round %d      %d present, %d seated at %d tables (sizes %s), %d waiting (%s), %d unplaced; the node's figures: %s",
			r.Round, r.Present, r.Seated, r.Tables, joinTally(toU(r.TableSizes)), r.Waiting, joinTally(toU(r.WaitingByReason)), r.Unplaced, srv)
		p("  to seat    %s", lat(r.TimeToSeat))
		p("  tables     %d mismatched languages, %d alone, %d pairs, %d of them sat together in an earlier round", r.Mismatches, r.Alone, r.Pairs, r.RepeatPairs)
		p("  chat       %d lines sent, %d acknowledged, %d refused; %d of %d deliveries", r.Chat.Sent, r.Chat.Acked, r.Chat.Refused, r.Chat.Delivered, r.Chat.Expected)
	}
	p("  chat       send to delivery %s", lat(br.Latency))
	p("             send to ack      %s", lat(br.SendLatency))
	verdict := "below"
	if br.TargetMet {
		verdict = "above"
	}
	p("contacts     %d new of kind table (%d new pairs of every kind; %d -> %d), %s the target of %d; the tables seen put %d distinct pairs together (%d repeats)",
		br.NewContacts, br.NewPairs, br.ContactsBefore.Pairs, br.ContactsAfter.Pairs, verdict, br.ContactsTarget, br.Pairs, br.RepeatPairs)
	if br.ChatSkipped > 0 || br.UnknownEvents > 0 {
		p("  also       %d lines not said (moved on), %d events of another break or round", br.ChatSkipped, br.UnknownEvents)
	}
}

func toU(m map[string]int) map[string]uint64 {
	out := make(map[string]uint64, len(m))
	for k, v := range m {
		out[k] = uint64(v)
	}
	return out
}
