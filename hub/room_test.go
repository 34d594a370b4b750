package hub

import (
	"hash/maphash"
	"slices"
	"testing"

	"github.com/igf-village/village/protocol"
)

// TestSnapshotOrder: a snapshot lists the first members by name then ID,
// kept in order as people come and go on any node.
func TestSnapshotOrder(t *testing.T) {
	h := &Hub{metrics: NewMetrics(nil), seed: maphash.MakeSeed()}
	h.cfg.SnapshotMembers = 3
	h.cfg.fill()
	for i := range h.rooms {
		h.rooms[i].rooms = map[string]*room{}
	}
	h.cluster = newCluster(h)
	r := h.room("plaza", true)
	for _, m := range []protocol.Member{{ID: "5", Name: "Zhang"}, {ID: "2", Name: "Amina"}, {ID: "9", Name: "Olga"}, {ID: "1", Name: "Amina"}, {ID: "4", Name: "Carlos"}} {
		r.remote("node-b", m, true)
	}
	names := func() []string {
		var out []string
		for _, m := range r.snapshot().Members {
			out = append(out, m.Name+m.ID)
		}
		return out
	}
	if got, snap := names(), r.snapshot(); !slices.Equal(got, []string{"Amina1", "Amina2", "Carlos4"}) || !snap.Truncated || snap.Count != 5 {
		t.Fatalf("snapshot %v (%+v)", got, snap)
	}
	r.remote("node-b", protocol.Member{ID: "2", Name: "Amina"}, false)
	r.remote("node-b", protocol.Member{ID: "1", Name: "Amina"}, false)
	if got, snap := names(), r.snapshot(); !slices.Equal(got, []string{"Carlos4", "Olga9", "Zhang5"}) || snap.Truncated || snap.Count != 3 {
		t.Fatalf("after two left: %v (%+v)", got, snap)
	}
}
