package booths_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/protocol"
)

// metRecorder is a booths.Contacts that keeps what it was told.
type metRecorder struct {
	mu    sync.Mutex
	calls []met
}

type met struct {
	kind, place, occasion string
	people                []string
	at                    time.Time
}

func (r *metRecorder) Record(_ context.Context, kind, place, occasion string, people []string, at time.Time) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, met{kind, place, occasion, slices.Clone(people), at})
}

func (r *metRecorder) take() []met {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.calls
	r.calls = nil
	return out
}

// TestKnockTakenIsAContact: a taken knock records its visitor and the
// staff member who took it; a declined or withdrawn one records nothing.
func TestKnockTakenIsAContact(t *testing.T) {
	kv := newKnockVillage(t)
	ctx := t.Context()
	for i, end := range []func() error{
		func() error { return kv.svc.Decline(ctx, kv.staff(1), kv.booth, "v1", "Sorry, we are closing") },
		func() error { return kv.svc.Withdraw(ctx, visitor(1), kv.booth) },
	} {
		if _, err := kv.svc.Ask(ctx, visitor(1), kv.booth, ""); err != nil {
			t.Fatal(err)
		}
		if err := end(); err != nil {
			t.Fatal(err)
		}
		if got := kv.met.take(); len(got) != 0 {
			t.Fatalf("ending %d recorded contacts: %+v", i, got)
		}
	}
	pos, err := kv.svc.Ask(ctx, visitor(1), kv.booth, "About community networks")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := kv.svc.Take(ctx, kv.staff(2), kv.booth, ""); err != nil {
		t.Fatal(err)
	}
	got := kv.met.take()
	if len(got) != 1 {
		t.Fatalf("%d contacts recorded, want 1", len(got))
	}
	want := met{contacts.KindKnock, kv.booth, "", []string{"v1", "s2"}, *kv.now}
	if g := got[0]; g.kind != want.kind || g.place != want.place || !strings.HasPrefix(g.occasion, "k") ||
		!slices.Equal(g.people, want.people) || !g.at.Equal(want.at) {
		t.Fatalf("recorded %+v, want %+v with the knock's ID (position %+v)", g, want, pos)
	}
}

// TestBookingRoomIsAContact: either side entering the booking's room
// records the two, as of the booking's start; a refused entry records
// nothing.
func TestBookingRoomIsAContact(t *testing.T) {
	f := newSlotFixture(t)
	f.book(t, f.p1)
	rec := &metRecorder{}
	slots := booths.NewSlots(f.st, func() time.Time { return *f.clock }, []byte(strings.Repeat("k", 32)), booths.SlotsWithContacts(rec))
	join := slots.RoomKind().Join
	*f.clock = f.slot.StartsAt.Add(-time.Hour) // too early
	if err := join(t.Context(), protocol.Identity{ID: f.p1.ID}, f.slot.ID); err == nil {
		t.Fatal("entered an hour early")
	}
	if err := join(t.Context(), protocol.Identity{ID: f.p2.ID}, f.slot.ID); err == nil {
		t.Fatal("someone else entered")
	}
	if got := rec.take(); len(got) != 0 {
		t.Fatalf("refused entries recorded %+v", got)
	}
	*f.clock = f.slot.StartsAt.Add(time.Minute)
	if err := join(t.Context(), protocol.Identity{ID: f.staff.ID}, f.slot.ID); err != nil {
		t.Fatal(err)
	}
	got := rec.take()
	if len(got) != 1 || got[0].kind != contacts.KindSlot || got[0].place != "booth-a" || got[0].occasion != f.slot.ID ||
		!slices.Equal(got[0].people, []string{f.p1.ID, f.staff.ID}) || !got[0].at.Equal(f.slot.StartsAt) {
		t.Fatalf("recorded %+v, want p1 and staff-a at slot %s of booth-a, at its start", got, f.slot.ID)
	}
}
