package memory

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store"
)

// TestCreateSlotsHeld: all or nothing, and durable.
func TestCreateSlotsHeld(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	at := time.Date(2020, 11, 2, 9, 0, 0, 0, time.UTC)
	slot := func(id string) booths.Slot {
		return booths.Slot{ID: id, BoothID: "booth-a", StaffID: "s", Language: "en", StartsAt: at, EndsAt: at.Add(10 * time.Minute)}
	}
	hold := func(k string) booths.Hold { return booths.Hold{Key: k, Owner: "x", At: at} }
	if err := s.CreateSlotsHeld(ctx, []booths.Slot{slot("a"), slot("b")}, []booths.Hold{hold("k1"), hold("k2")}); err != nil {
		t.Fatal(err)
	}
	refused := []struct {
		name  string
		slots []booths.Slot
		holds []booths.Hold
	}{
		{"a held key", []booths.Slot{slot("c")}, []booths.Hold{hold("k3"), hold("k1")}},
		{"a taken slot ID", []booths.Slot{slot("c"), slot("a")}, []booths.Hold{hold("k3")}},
		{"a key twice", []booths.Slot{slot("c")}, []booths.Hold{hold("k3"), hold("k3")}},
	}
	for _, tc := range refused {
		if err := s.CreateSlotsHeld(ctx, tc.slots, tc.holds); !errors.Is(err, store.ErrDuplicate) {
			t.Errorf("%s: %v, want ErrDuplicate", tc.name, err)
		}
		if _, err := s.Slot(ctx, "c"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: slot c was written", tc.name)
		}
		if err := s.Hold(ctx, &booths.Hold{Key: "k3"}); err != nil {
			t.Errorf("%s: k3 was held: %v", tc.name, err)
		}
		if err := s.Release(ctx, "k3"); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Slot(ctx, "b"); err != nil {
		t.Errorf("slot b after reopening: %v", err)
	}
	if err := s.Hold(ctx, &booths.Hold{Key: "k2"}); !errors.Is(err, store.ErrDuplicate) {
		t.Errorf("k2 after reopening: %v, want held", err)
	}
}
