package hub

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/protocol"
)

// kinds finds a room's kind by its name: an exact name first, then the
// longest prefix, so that "staff:" and "staff:lead:" could live side by
// side.
type kinds struct {
	exact    map[string]*protocol.RoomKind
	prefixed []*protocol.RoomKind // longest prefix first
}

func newKinds(list []protocol.RoomKind) (kinds, error) {
	k := kinds{exact: map[string]*protocol.RoomKind{}}
	seen := map[string]bool{}
	for i := range list {
		kind := &list[i]
		name := kind.Prefix
		if kind.Exact {
			name = "=" + name
		}
		if seen[name] {
			return kinds{}, fmt.Errorf("hub: two room kinds named %q", kind.Prefix)
		}
		seen[name] = true
		if kind.Exact {
			k.exact[kind.Prefix] = kind
		} else {
			k.prefixed = append(k.prefixed, kind)
		}
	}
	slices.SortFunc(k.prefixed, func(a, b *protocol.RoomKind) int {
		return cmp.Compare(len(b.Prefix), len(a.Prefix))
	})
	return k, nil
}

var errNoRoom = apperr.New(apperr.NotFound, "no such room")

// find returns the kind of room and the room's key in it.
func (k kinds) find(room string) (*protocol.RoomKind, string, error) {
	if kind := k.exact[room]; kind != nil {
		return kind, "", nil
	}
	for _, kind := range k.prefixed {
		if key, ok := strings.CutPrefix(room, kind.Prefix); ok && key != "" {
			return kind, key, nil
		}
	}
	return nil, "", errNoRoom
}

// requests are the domain's message types, by type. A domain type may not
// take one of the hub's own.
func newRequests(list []protocol.Request) (map[string]*protocol.Request, error) {
	own := map[string]bool{
		protocol.TypeAuth: true, protocol.TypeJoin: true, protocol.TypeLeave: true, protocol.TypeSend: true,
		protocol.TypeHistory: true, protocol.TypeDirect: true, protocol.TypePing: true,
		protocol.TypePresence: true, protocol.TypeDelete: true,
	}
	out := map[string]*protocol.Request{}
	for i := range list {
		r := &list[i]
		if r.Type == "" || own[r.Type] || out[r.Type] != nil || r.Handle == nil {
			return nil, fmt.Errorf("hub: request type %q is empty, the hub's own, taken twice or has no handler", r.Type)
		}
		out[r.Type] = r
	}
	return out, nil
}
