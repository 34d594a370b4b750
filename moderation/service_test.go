package moderation_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/moderation"
	"github.com/igf-village/village/store/memory"
)

var (
	sec      = &accounts.Person{ID: "person-sec", Role: accounts.RoleSecretariat}
	sec2     = &accounts.Person{ID: "person-sec2", Role: accounts.RoleSecretariat}
	staffA   = &accounts.Person{ID: "person-staff-a", Role: accounts.RoleStaff, OrganisationID: "org-a"}
	staffB   = &accounts.Person{ID: "person-staff-b", Role: accounts.RoleStaff, OrganisationID: "org-b"}
	visitor  = &accounts.Person{ID: "person-visitor", Role: accounts.RoleParticipant}
	visitor2 = &accounts.Person{ID: "person-visitor2", Role: accounts.RoleParticipant}
)

type people map[string]*accounts.Person

func (p people) Person(_ context.Context, id string) (*accounts.Person, error) {
	if q, ok := p[id]; ok {
		return q, nil
	}
	return nil, apperr.New(apperr.NotFound, "no such person")
}

// recorder stands for the sessions and the hub: it notes whom a ban ended.
type recorder struct {
	mu           sync.Mutex
	sessions     []string
	disconnected []string
}

func (r *recorder) EndOtherSessions(_ context.Context, personID, keep string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if keep != "" {
		panic("a ban keeps no session")
	}
	r.sessions = append(r.sessions, personID)
	return nil
}

func (r *recorder) Disconnect(personID string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.disconnected = append(r.disconnected, personID)
}

// clock is a settable now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// boothStaff: booth-a is org-a's, booth-b org-b's; nothing else is a booth.
func boothStaff(_ context.Context, p *accounts.Person, room string) error {
	org, ok := map[string]string{"booth-a": "org-a", "booth-b": "org-b"}[room]
	switch {
	case !ok:
		return apperr.New(apperr.NotFound, "no such booth")
	case p.Role == accounts.RoleStaff && p.OrganisationID == org:
		return nil
	}
	return apperr.New(apperr.Forbidden, "staff moderate only their own booth")
}

type fixture struct {
	svc   *moderation.Service
	clock *clock
	rec   *recorder
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	st, err := memory.Open(filepath.Join(t.TempDir(), "v.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	c := &clock{t: time.Date(2020, 11, 10, 9, 0, 0, 0, time.UTC)}
	rec := &recorder{}
	ps := people{}
	for _, p := range []*accounts.Person{sec, sec2, staffA, staffB, visitor, visitor2} {
		ps[p.ID] = p
	}
	svc := moderation.NewService(st, ps, c.now,
		moderation.WithSessions(rec), moderation.WithDisconnector(rec), moderation.WithRoomStaff(boothStaff))
	return fixture{svc: svc, clock: c, rec: rec}
}

func wantCode(t *testing.T, err error, code apperr.Code, what string) {
	t.Helper()
	if apperr.CodeOf(err) != code {
		t.Errorf("%s: got %v, want code %s", what, err, code)
	}
}

func wantField(t *testing.T, err error, field, what string) {
	t.Helper()
	e, ok := err.(*apperr.Error)
	if !ok || e.Code != apperr.ValidationFailed || e.Fields[field] == "" {
		t.Errorf("%s: got %v, want validation_failed on %s", what, err, field)
	}
}

func TestBanEndsSessionsAndConnections(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	b, err := f.svc.Ban(ctx, sec, moderation.BanInput{PersonID: visitor.ID, Reason: "  harassment at booth-a  "})
	if err != nil {
		t.Fatal(err)
	}
	if b.Reason != "harassment at booth-a" || b.By != sec.ID || b.Until != nil || !b.At.Equal(f.clock.now()) {
		t.Errorf("ban = %+v", b)
	}
	if !slices.Equal(f.rec.sessions, []string{visitor.ID}) || !slices.Equal(f.rec.disconnected, []string{visitor.ID}) {
		t.Errorf("sessions ended %v, disconnected %v: want the visitor's", f.rec.sessions, f.rec.disconnected)
	}
	if banned, err := f.svc.IsBanned(ctx, visitor.ID); !banned || err != nil {
		t.Errorf("IsBanned = %v %v", banned, err)
	}
	err = f.svc.CheckNotBanned(ctx, visitor.ID)
	wantCode(t, err, apperr.Banned, "CheckNotBanned")
	if err := f.svc.CheckNotBanned(ctx, visitor2.ID); err != nil {
		t.Errorf("CheckNotBanned of someone else: %v", err)
	}
	_, err = f.svc.Ban(ctx, sec2, moderation.BanInput{PersonID: visitor.ID, Reason: "again"})
	wantCode(t, err, apperr.Conflict, "banning twice")

	wantCode(t, f.svc.Unban(ctx, staffA, visitor.ID, ""), apperr.Forbidden, "Unban by staff")
	if err := f.svc.Unban(ctx, sec2, visitor.ID, "apologised"); err != nil {
		t.Fatal(err)
	}
	if banned, _ := f.svc.IsBanned(ctx, visitor.ID); banned {
		t.Error("still banned after Unban")
	}
	wantCode(t, f.svc.Unban(ctx, sec2, visitor.ID, ""), apperr.NotFound, "Unban twice")

	log, total, err := f.svc.Log(ctx, sec, moderation.LogQuery{})
	if err != nil || total != 2 || log[0].Action != moderation.ActionUnban || log[0].By != sec2.ID || log[0].Reason != "apologised" ||
		log[1].Action != moderation.ActionBan || log[1].PersonID != visitor.ID || log[1].Reason != "harassment at booth-a" {
		t.Errorf("Log = %+v (total %d) %v", log, total, err)
	}
	_, _, err = f.svc.Log(ctx, staffA, moderation.LogQuery{})
	wantCode(t, err, apperr.Forbidden, "Log by staff")
}

func TestBanUntilRunsOut(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	until := f.clock.now().Add(time.Hour).Format(time.RFC3339)
	if _, err := f.svc.Ban(ctx, sec, moderation.BanInput{PersonID: visitor.ID, Reason: "cool off", Until: until}); err != nil {
		t.Fatal(err)
	}
	err := f.svc.CheckNotBanned(ctx, visitor.ID)
	if apperr.CodeOf(err) != apperr.Banned || !strings.Contains(err.Error(), until) {
		t.Errorf("CheckNotBanned = %v, want banned until %s", err, until)
	}
	f.clock.add(time.Hour)
	if err := f.svc.CheckNotBanned(ctx, visitor.ID); err != nil {
		t.Errorf("after the end: %v", err)
	}
	if list, total, _ := f.svc.Bans(ctx, 0, 10); len(list) != 0 || total != 0 {
		t.Errorf("Bans after the end = %v", list)
	}
	// A spent ban is replaced by the next, not a conflict.
	if _, err := f.svc.Ban(ctx, sec, moderation.BanInput{PersonID: visitor.ID, Reason: "again"}); err != nil {
		t.Errorf("banning after a ban ran out: %v", err)
	}
	wantCode(t, f.svc.CheckNotBanned(ctx, visitor.ID), apperr.Banned, "banned again")
}

func TestBanRefusesBadInput(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	past := f.clock.now().Add(-time.Minute).Format(time.RFC3339)
	cases := []struct {
		name  string
		actor *accounts.Person
		in    moderation.BanInput
		code  apperr.Code
		field string
	}{
		{"staff", staffA, moderation.BanInput{PersonID: visitor.ID, Reason: "x"}, apperr.Forbidden, ""},
		{"participant", visitor2, moderation.BanInput{PersonID: visitor.ID, Reason: "x"}, apperr.Forbidden, ""},
		{"no person", sec, moderation.BanInput{Reason: "x"}, apperr.ValidationFailed, "person_id"},
		{"unknown person", sec, moderation.BanInput{PersonID: "person-nobody", Reason: "x"}, apperr.ValidationFailed, "person_id"},
		{"oneself", sec, moderation.BanInput{PersonID: sec.ID, Reason: "x"}, apperr.ValidationFailed, "person_id"},
		{"the secretariat", sec, moderation.BanInput{PersonID: sec2.ID, Reason: "x"}, apperr.ValidationFailed, "person_id"},
		{"no reason", sec, moderation.BanInput{PersonID: visitor.ID, Reason: "   "}, apperr.ValidationFailed, "reason"},
		{"long reason", sec, moderation.BanInput{PersonID: visitor.ID, Reason: strings.Repeat("r", moderation.MaxReason+1)}, apperr.ValidationFailed, "reason"},
		{"control character", sec, moderation.BanInput{PersonID: visitor.ID, Reason: "a\x07b"}, apperr.ValidationFailed, "reason"},
		{"format character", sec, moderation.BanInput{PersonID: visitor.ID, Reason: "a\u202eb"}, apperr.ValidationFailed, "reason"},
		{"until in the past", sec, moderation.BanInput{PersonID: visitor.ID, Reason: "x", Until: past}, apperr.ValidationFailed, "until"},
		{"until not a time", sec, moderation.BanInput{PersonID: visitor.ID, Reason: "x", Until: "tomorrow"}, apperr.ValidationFailed, "until"},
	}
	for _, tc := range cases {
		_, err := f.svc.Ban(ctx, tc.actor, tc.in)
		wantCode(t, err, tc.code, tc.name)
		if tc.field != "" {
			wantField(t, err, tc.field, tc.name)
		}
	}
	// A reason of exactly the limit, in letters of several bytes, is fine.
	if _, err := f.svc.Ban(ctx, sec, moderation.BanInput{PersonID: visitor.ID, Reason: strings.Repeat("é", moderation.MaxReason)}); err != nil {
		t.Errorf("a reason of %d characters: %v", moderation.MaxReason, err)
	}
	if log, total, _ := f.svc.Log(ctx, sec, moderation.LogQuery{}); total != 1 || len(f.rec.sessions) != 1 {
		t.Errorf("refused bans changed something: log %v, sessions ended %v", log, f.rec.sessions)
	}
}

func TestMutes(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	m, err := f.svc.Mute(ctx, staffA, "booth-a", moderation.MuteInput{PersonID: visitor.ID, Minutes: 10, Reason: "flooding"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Room != "booth-a" || !m.Until.Equal(f.clock.now().Add(10*time.Minute)) {
		t.Errorf("mute = %+v", m)
	}
	until, muted, err := f.svc.MutedUntil(ctx, "booth-a", visitor.ID, f.clock.now())
	if !muted || !until.Equal(m.Until) || err != nil {
		t.Errorf("MutedUntil = %v %v %v", until, muted, err)
	}
	if _, muted, _ := f.svc.MutedUntil(ctx, "booth-b", visitor.ID, f.clock.now()); muted {
		t.Error("muted in another booth")
	}
	wantCode(t, f.svc.CheckNotMuted(ctx, "booth-a", visitor.ID), apperr.Muted, "CheckNotMuted")
	_, err = f.svc.Mute(ctx, sec, "booth-a", moderation.MuteInput{PersonID: visitor.ID, Minutes: 5, Reason: "again"})
	wantCode(t, err, apperr.Conflict, "muting twice")
	list, err := f.svc.Mutes(ctx, staffA, "booth-a")
	if err != nil || len(list) != 1 || list[0].PersonID != visitor.ID {
		t.Errorf("Mutes = %v %v", list, err)
	}
	_, err = f.svc.Mutes(ctx, staffB, "booth-a")
	wantCode(t, err, apperr.Forbidden, "Mutes by another organisation's staff")

	f.clock.add(10 * time.Minute)
	if _, muted, _ := f.svc.MutedUntil(ctx, "booth-a", visitor.ID, f.clock.now()); muted {
		t.Error("still muted when the mute ran out")
	}
	wantCode(t, f.svc.Unmute(ctx, staffA, "booth-a", visitor.ID, ""), apperr.NotFound, "Unmute of a mute that ran out")
	// A mute that ran out is replaced by the next.
	if _, err := f.svc.Mute(ctx, sec, "booth-a", moderation.MuteInput{PersonID: visitor.ID, Minutes: 1440, Reason: "again"}); err != nil {
		t.Fatalf("muting after the mute ran out: %v", err)
	}
	wantCode(t, f.svc.Unmute(ctx, staffB, "booth-a", visitor.ID, ""), apperr.Forbidden, "Unmute by another organisation's staff")
	if err := f.svc.Unmute(ctx, staffA, "booth-a", visitor.ID, "calmed down"); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.CheckNotMuted(ctx, "booth-a", visitor.ID); err != nil {
		t.Errorf("CheckNotMuted after Unmute: %v", err)
	}
	log, total, _ := f.svc.Log(ctx, sec, moderation.LogQuery{Room: "booth-a"})
	var got []moderation.Action
	for _, e := range log {
		got = append(got, e.Action)
	}
	want := []moderation.Action{moderation.ActionUnmute, moderation.ActionMute, moderation.ActionMute}
	if total != 3 || !slices.Equal(got, want) || log[0].Reason != "calmed down" || log[2].By != staffA.ID || log[2].Until == nil {
		t.Errorf("log of booth-a = %+v, want %v", log, want)
	}
}

func TestMuteRefusesBadInput(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	ok := moderation.MuteInput{PersonID: visitor.ID, Minutes: 10, Reason: "flooding"}
	with := func(change func(*moderation.MuteInput)) moderation.MuteInput { in := ok; change(&in); return in }
	cases := []struct {
		name  string
		actor *accounts.Person
		room  string
		in    moderation.MuteInput
		code  apperr.Code
		field string
	}{
		{"participant", visitor2, "booth-a", ok, apperr.Forbidden, ""},
		{"another organisation's staff", staffB, "booth-a", ok, apperr.Forbidden, ""},
		{"staff outside a booth", staffA, "lobby", ok, apperr.NotFound, ""},
		{"no minutes", staffA, "booth-a", with(func(in *moderation.MuteInput) { in.Minutes = 0 }), apperr.ValidationFailed, "minutes"},
		{"over a day", staffA, "booth-a", with(func(in *moderation.MuteInput) { in.Minutes = 1441 }), apperr.ValidationFailed, "minutes"},
		{"no reason", staffA, "booth-a", with(func(in *moderation.MuteInput) { in.Reason = "" }), apperr.ValidationFailed, "reason"},
		{"long reason", staffA, "booth-a", with(func(in *moderation.MuteInput) { in.Reason = strings.Repeat("r", 501) }), apperr.ValidationFailed, "reason"},
		{"no person", staffA, "booth-a", with(func(in *moderation.MuteInput) { in.PersonID = "" }), apperr.ValidationFailed, "person_id"},
		{"unknown person", staffA, "booth-a", with(func(in *moderation.MuteInput) { in.PersonID = "person-nobody" }), apperr.ValidationFailed, "person_id"},
		{"oneself", staffA, "booth-a", with(func(in *moderation.MuteInput) { in.PersonID = staffA.ID }), apperr.ValidationFailed, "person_id"},
		{"a moderator of the room", sec, "booth-a", with(func(in *moderation.MuteInput) { in.PersonID = staffA.ID }), apperr.ValidationFailed, "person_id"},
		{"the secretariat", staffA, "booth-a", with(func(in *moderation.MuteInput) { in.PersonID = sec.ID }), apperr.ValidationFailed, "person_id"},
	}
	for _, tc := range cases {
		_, err := f.svc.Mute(ctx, tc.actor, tc.room, tc.in)
		wantCode(t, err, tc.code, tc.name)
		if tc.field != "" {
			wantField(t, err, tc.field, tc.name)
		}
	}
	if _, total, _ := f.svc.Log(ctx, sec, moderation.LogQuery{}); total != 0 {
		t.Errorf("refused mutes were logged: %d entries", total)
	}
	// Staff of another booth may be muted in this one.
	if _, err := f.svc.Mute(ctx, staffA, "booth-a", with(func(in *moderation.MuteInput) { in.PersonID = staffB.ID })); err != nil {
		t.Errorf("muting another organisation's staff: %v", err)
	}
}

func TestLogMessageDeleted(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	if err := f.svc.LogMessageDeleted(ctx, staffA, moderation.DeletedMessage{Room: "booth-a", Seq: 7, AuthorID: visitor.ID, Reason: " slur "}); err != nil {
		t.Fatal(err)
	}
	f.clock.add(time.Second)
	// The message is gone already: a reason the live side let through is
	// kept, cut to the limit, rather than the entry lost.
	long := strings.Repeat("é", moderation.MaxReason+5)
	if err := f.svc.LogMessageDeleted(ctx, sec, moderation.DeletedMessage{Room: "booth-b", Seq: 3, AuthorID: visitor2.ID, Reason: long}); err != nil {
		t.Fatal(err)
	}
	log, total, err := f.svc.Log(ctx, sec, moderation.LogQuery{PersonID: visitor.ID})
	if err != nil || total != 1 {
		t.Fatalf("Log = %v %d %v", log, total, err)
	}
	e := log[0]
	if e.Action != moderation.ActionMessageDeleted || e.By != staffA.ID || e.Room != "booth-a" || e.Seq != 7 || e.Reason != "slur" || !e.At.Equal(f.clock.now().Add(-time.Second)) {
		t.Errorf("entry = %+v", e)
	}
	all, _, _ := f.svc.Log(ctx, sec, moderation.LogQuery{})
	if len(all) != 2 || all[0].PersonID != visitor2.ID || all[0].Reason != long[:2*moderation.MaxReason] {
		t.Errorf("newest first, reason cut to %d characters: %+v", moderation.MaxReason, all)
	}
}
