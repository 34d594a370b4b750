package memory

import (
	"path/filepath"
	"testing"

	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/store/storetest"
)

// TestLeadsAreDurable: leads, and their removal with their person and
// their booth, survive a reopen of the file.
func TestLeadsAreDurable(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "village.db")
	s := open(t, path)
	for _, i := range []int{1, 2} {
		if err := s.CreatePerson(ctx, storetest.NewPerson(i)); err != nil {
			t.Fatal(err)
		}
		if err := s.CreateBooth(ctx, storetest.NewBooth(i)); err != nil {
			t.Fatal(err)
		}
	}
	kept := storetest.NewLead(1, 1)
	for _, l := range []*booths.Lead{kept, storetest.NewLead(1, 2), storetest.NewLead(2, 1), storetest.NewLead(1, 3)} {
		if err := s.CreateLead(ctx, l); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.DeletePerson(ctx, storetest.NewPerson(2).ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteBooth(ctx, storetest.NewBooth(2).ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteLead(ctx, storetest.NewBooth(1).ID, storetest.NewPerson(3).ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = open(t, path)
	list, total, err := s.BoothLeads(ctx, storetest.NewBooth(1).ID, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if total != 1 || len(list) != 1 {
		t.Fatalf("after reopening: %d leads at booth 1 (%+v), want 1", total, list)
	}
	if d := storetest.Diff(&list[0], kept); d != "" {
		t.Errorf("after reopening: %s", d)
	}
	if mine, err := s.PersonLeads(ctx, storetest.NewPerson(1).ID); err != nil || len(mine) != 1 {
		t.Errorf("person 1's leads after reopening: %+v, %v", mine, err)
	}
}
