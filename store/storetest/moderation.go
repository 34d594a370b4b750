package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/igf-village/village/moderation"
	"github.com/igf-village/village/store"
)

var moderationTests = []test{
	{"Moderation/BanRoundTrip", testBanRoundTrip},
	{"Moderation/BansInForceNewestFirst", testBansInForce},
	{"Moderation/MuteRoundTrip", testMuteRoundTrip},
	{"Moderation/MutesOfRoomRunning", testMutesOfRoom},
	{"Moderation/LogNewestFirstFiltered", testModerationLog},
}

// NewBan is person's ban by the secretariat at fixture time i, with no end.
func NewBan(i int, personID string) *moderation.Ban {
	return &moderation.Ban{PersonID: personID, By: "person-0000", Reason: fmt.Sprintf("reason %d", i), At: At(i)}
}

// NewMute is person's mute in room from fixture time i for minutes.
func NewMute(i int, room, personID string, minutes int) *moderation.Mute {
	return &moderation.Mute{
		ID: moderation.MuteID(room, personID), Room: room, PersonID: personID, By: "person-0000",
		Reason: fmt.Sprintf("reason %d", i), At: At(i), Until: At(i).Add(time.Duration(minutes) * time.Minute),
	}
}

func testBanRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	open := NewBan(1, "person-0001")
	until := At(100)
	timed := NewBan(2, "person-0002")
	timed.Until = &until
	for _, b := range []*moderation.Ban{open, timed} {
		must(t, s.CreateBan(ctx, b), "CreateBan")
		got, err := s.Ban(ctx, b.PersonID)
		must(t, err, "Ban")
		wantSame(t, got, b, "Ban")
	}
	again := NewBan(3, open.PersonID)
	wantErr(t, s.CreateBan(ctx, again), store.ErrDuplicate, "CreateBan of a banned person")
	got, err := s.Ban(ctx, open.PersonID)
	must(t, err, "Ban after the duplicate")
	wantSame(t, got, open, "Ban after the duplicate")

	must(t, s.DeleteBan(ctx, open.PersonID), "DeleteBan")
	_, err = s.Ban(ctx, open.PersonID)
	wantErr(t, err, store.ErrNotFound, "Ban after DeleteBan")
	wantErr(t, s.DeleteBan(ctx, open.PersonID), store.ErrNotFound, "DeleteBan again")
	must(t, s.CreateBan(ctx, again), "CreateBan after DeleteBan")
}

func testBansInForce(t *testing.T, s Store) {
	ctx := t.Context()
	now := At(50)
	ended, ending, later := At(40), At(50), At(60)
	bans := []*moderation.Ban{
		NewBan(1, "person-0001"), // no end
		NewBan(3, "person-0002"), // ended before now
		NewBan(3, "person-0003"), // ends exactly now: no longer in force
		NewBan(3, "person-0004"), // ends later; same At as 0005, so by ID
		NewBan(3, "person-0005"),
		NewBan(2, "person-0006"),
	}
	bans[1].Until, bans[2].Until, bans[3].Until = &ended, &ending, &later
	for _, b := range bans {
		must(t, s.CreateBan(ctx, b), "CreateBan")
	}
	list, total, err := s.Bans(ctx, now, 0, 0)
	must(t, err, "Bans")
	want := []string{"person-0004", "person-0005", "person-0006", "person-0001"}
	if got := ids(list, func(b moderation.Ban) string { return b.PersonID }); !slices.Equal(got, want) || total != 4 {
		t.Fatalf("Bans = %v (total %d), want %v (total 4)", got, total, want)
	}
	wantSame(t, list[0], *bans[3], "Bans: a ban with an end")
	list, total, err = s.Bans(ctx, now, 1, 2)
	must(t, err, "Bans page")
	if got := ids(list, func(b moderation.Ban) string { return b.PersonID }); !slices.Equal(got, want[1:3]) || total != 4 {
		t.Errorf("Bans(offset 1, limit 2) = %v (total %d), want %v (total 4)", got, total, want[1:3])
	}
	list, _, err = s.Bans(ctx, now, 10, 2)
	must(t, err, "Bans past the end")
	if list == nil || len(list) != 0 {
		t.Errorf("Bans past the end = %#v, want an empty list", list)
	}
}

func testMuteRoundTrip(t *testing.T, s Store) {
	ctx := t.Context()
	m := NewMute(1, "booth-a", "person-0001", 30)
	must(t, s.CreateMute(ctx, m), "CreateMute")
	got, err := s.Mute(ctx, m.ID)
	must(t, err, "Mute")
	wantSame(t, got, m, "Mute")
	// The same person in another room is another mute.
	must(t, s.CreateMute(ctx, NewMute(1, "booth-b", "person-0001", 30)), "CreateMute in another room")
	wantErr(t, s.CreateMute(ctx, NewMute(2, "booth-a", "person-0001", 5)), store.ErrDuplicate, "CreateMute twice")
	must(t, s.DeleteMute(ctx, m.ID), "DeleteMute")
	_, err = s.Mute(ctx, m.ID)
	wantErr(t, err, store.ErrNotFound, "Mute after DeleteMute")
	wantErr(t, s.DeleteMute(ctx, m.ID), store.ErrNotFound, "DeleteMute again")
}

func testMutesOfRoom(t *testing.T, s Store) {
	ctx := t.Context()
	for _, m := range []*moderation.Mute{
		NewMute(1, "booth-a", "person-0001", 60), // until At(61)
		NewMute(1, "booth-a", "person-0002", 5),  // until At(6): over at now
		NewMute(1, "booth-a", "person-0003", 20), // until At(21)
		NewMute(9, "booth-a", "person-0004", 12), // until At(21): same end, by person
		NewMute(1, "booth-b", "person-0005", 60), // another room
	} {
		must(t, s.CreateMute(ctx, m), "CreateMute")
	}
	list, err := s.Mutes(ctx, "booth-a", At(10))
	must(t, err, "Mutes")
	want := []string{"person-0003", "person-0004", "person-0001"}
	if got := ids(list, func(m moderation.Mute) string { return m.PersonID }); !slices.Equal(got, want) {
		t.Errorf("Mutes = %v, want %v", got, want)
	}
	list, err = s.Mutes(ctx, "booth-c", At(10))
	must(t, err, "Mutes of a quiet room")
	if list == nil || len(list) != 0 {
		t.Errorf("Mutes of a quiet room = %#v, want an empty list", list)
	}
}

func testModerationLog(t *testing.T, s Store) {
	ctx := t.Context()
	until := At(90)
	entries := []*moderation.Entry{
		{ID: "0001", Action: moderation.ActionBan, By: "person-0000", At: At(1), Reason: "spam", PersonID: "person-0001", Until: &until},
		{ID: "0002", Action: moderation.ActionMute, By: "person-0009", At: At(2), Reason: "shouting", PersonID: "person-0002", Room: "booth-a", Until: &until},
		{ID: "0003", Action: moderation.ActionMessageDeleted, By: "person-0009", At: At(3), PersonID: "person-0001", Room: "booth-a", Seq: 42},
		{ID: "0004", Action: moderation.ActionUnban, By: "person-0000", At: At(4), PersonID: "person-0001"},
	}
	for _, e := range entries {
		must(t, s.AppendModeration(ctx, e), "AppendModeration")
	}
	wantErr(t, s.AppendModeration(ctx, &moderation.Entry{ID: "0001", Action: moderation.ActionUnmute}), store.ErrDuplicate, "AppendModeration of a taken ID")
	cases := []struct {
		name string
		q    moderation.LogQuery
		want []string
		all  int
	}{
		{"all", moderation.LogQuery{}, []string{"0004", "0003", "0002", "0001"}, 4},
		{"page", moderation.LogQuery{Offset: 1, Limit: 2}, []string{"0003", "0002"}, 4},
		{"person", moderation.LogQuery{PersonID: "person-0001"}, []string{"0004", "0003", "0001"}, 3},
		{"room", moderation.LogQuery{Room: "booth-a"}, []string{"0003", "0002"}, 2},
		{"both", moderation.LogQuery{PersonID: "person-0001", Room: "booth-a"}, []string{"0003"}, 1},
		{"none", moderation.LogQuery{Room: "booth-z"}, []string{}, 0},
	}
	for _, tc := range cases {
		list, total, err := s.ModerationLog(ctx, tc.q)
		must(t, err, "ModerationLog "+tc.name)
		if got := ids(list, func(e moderation.Entry) string { return e.ID }); !slices.Equal(got, tc.want) || total != tc.all || list == nil {
			t.Errorf("ModerationLog %s = %v (total %d), want %v (total %d)", tc.name, got, total, tc.want, tc.all)
		}
	}
	list, _, err := s.ModerationLog(ctx, moderation.LogQuery{})
	must(t, err, "ModerationLog")
	for i, e := range list {
		wantSame(t, e, *entries[len(entries)-1-i], "entry "+e.ID)
	}
}

// banRace: of racing bans of one person, one is stored.
var banRace = race{
	name: "SameBan",
	attempt: func(ctx context.Context, s Store, i int) error {
		b := NewBan(i, "person-banned")
		b.By = racer(i)
		return s.CreateBan(ctx, b)
	},
	check: func(t *testing.T, s Store, winner int) {
		got, err := s.Ban(t.Context(), "person-banned")
		must(t, err, "Ban")
		if got.By != racer(winner) {
			t.Errorf("the ban is by %s, the winner was %s", got.By, racer(winner))
		}
	},
}

// muteRace: of racing mutes of one person in one room, one is stored.
var muteRace = race{
	name: "SameMute",
	attempt: func(ctx context.Context, s Store, i int) error {
		m := NewMute(i, "booth-a", "person-muted", 10)
		m.By = racer(i)
		return s.CreateMute(ctx, m)
	},
	check: func(t *testing.T, s Store, winner int) {
		got, err := s.Mute(t.Context(), moderation.MuteID("booth-a", "person-muted"))
		must(t, err, "Mute")
		if got.By != racer(winner) {
			t.Errorf("the mute is by %s, the winner was %s", got.By, racer(winner))
		}
	},
}

// durableModeration writes moderation records for RunDurability: a ban
// with an end, a lifted ban, a mute and a log entry.
func durableModeration(t *testing.T, s Store) {
	ctx := t.Context()
	ban, lifted := NewBan(1, "person-0001"), NewBan(2, "person-0002")
	until := At(99)
	ban.Until = &until
	must(t, s.CreateBan(ctx, ban), "CreateBan")
	must(t, s.CreateBan(ctx, lifted), "CreateBan")
	must(t, s.DeleteBan(ctx, lifted.PersonID), "DeleteBan")
	must(t, s.CreateMute(ctx, NewMute(1, "booth-a", "person-0003", 30)), "CreateMute")
	must(t, s.AppendModeration(ctx, durableEntry()), "AppendModeration")
}

func durableEntry() *moderation.Entry {
	return &moderation.Entry{ID: "0001", Action: moderation.ActionMessageDeleted, By: "person-0000", At: At(1), Reason: "slur", PersonID: "person-0003", Room: "booth-a", Seq: 9}
}

// checkDurableModeration checks, after a reopen, what durableModeration
// wrote, and that its keys still hold.
func checkDurableModeration(t *testing.T, s Store) {
	ctx := t.Context()
	ban := NewBan(1, "person-0001")
	until := At(99)
	ban.Until = &until
	got, err := s.Ban(ctx, ban.PersonID)
	must(t, err, "Ban after reopen")
	wantSame(t, got, ban, "ban after reopen")
	_, err = s.Ban(ctx, "person-0002")
	wantErr(t, err, store.ErrNotFound, "Ban lifted before reopen")
	wantErr(t, s.CreateBan(ctx, NewBan(3, ban.PersonID)), store.ErrDuplicate, "CreateBan after reopen")
	mute := NewMute(1, "booth-a", "person-0003", 30)
	gotMute, err := s.Mute(ctx, mute.ID)
	must(t, err, "Mute after reopen")
	wantSame(t, gotMute, mute, "mute after reopen")
	wantErr(t, s.CreateMute(ctx, mute), store.ErrDuplicate, "CreateMute after reopen")
	log, _, err := s.ModerationLog(ctx, moderation.LogQuery{})
	must(t, err, "ModerationLog after reopen")
	if len(log) != 1 {
		t.Fatalf("ModerationLog after reopen holds %d entries, want 1", len(log))
	}
	wantSame(t, log[0], *durableEntry(), "log entry after reopen")
}
