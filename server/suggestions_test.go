package server_test

import (
	"encoding/json"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

type suggestionsBody struct {
	People []struct {
		Person struct {
			ID        string   `json:"id"`
			Name      string   `json:"name"`
			Languages []string `json:"languages"`
		} `json:"person"`
		Score   float64 `json:"score"`
		Reasons []struct {
			Code      string   `json:"code"`
			Languages []string `json:"languages"`
			Themes    []string `json:"themes"`
		} `json:"reasons"`
		Wished bool `json:"wished"`
	} `json:"people"`
	Booths     []json.RawMessage `json:"booths"`
	ComputedAt time.Time         `json:"computed_at"`
}

func (b suggestionsBody) ids() []string {
	var out []string
	for _, p := range b.People {
		out = append(out, p.Person.ID)
	}
	return out
}

// TestSuggestions: a participant is suggested the people who share a
// language with them and are in the directory, with reasons, and not
// those out of the directory, those speaking none of their languages or
// the secretariat; a wish shows as wished.
func TestSuggestions(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		_ = sec
		me, _ := n.Client(t).Register(t, testkit.Registration(1))
		_, friend := n.Client(t).Register(t, testkit.Registration(2))
		hidden := testkit.Registration(3)
		hidden["directory_opt_in"] = false
		_, hid := n.Client(t).Register(t, hidden)
		russian := testkit.Registration(4)
		russian["languages"] = []string{"ru"}
		_, ru := n.Client(t).Register(t, russian)
		canadian := testkit.Registration(5)
		canadian["languages"] = []string{"fr-CA"}
		canadian["stakeholder_group"] = "government"
		_, ca := n.Client(t).Register(t, canadian)

		var got suggestionsBody
		me.Do(http.MethodGet, "/api/me/suggestions", nil).Want(t, http.StatusOK).Decode(t, &got)
		ids := got.ids()
		want := map[string]bool{friend["id"].(string): true, ca["id"].(string): true}
		if len(ids) != len(want) || !want[ids[0]] || !want[ids[1]] {
			t.Fatalf("suggested %v, want %v (not %s out of the directory, not %s in Russian)", ids, want, hid["id"], ru["id"])
		}
		if ids[0] != ca["id"] {
			t.Errorf("first suggestion %s, want the government member %s (complementary groups)", ids[0], ca["id"])
		}
		first := got.People[0]
		codes := map[string]bool{}
		for _, r := range first.Reasons {
			codes[r.Code] = true
			if r.Code == "languages" && (len(r.Languages) != 1 || r.Languages[0] != "fr") {
				t.Errorf("languages reason %+v, want fr", r)
			}
		}
		for _, c := range []string{"themes", "languages", "stakeholders", "region", "hours_overlap"} {
			if !codes[c] {
				t.Errorf("reasons %+v lack %s", first.Reasons, c)
			}
		}
		if first.Score <= 0 || first.Score > 1 || first.Wished || got.ComputedAt.IsZero() {
			t.Errorf("suggestion %+v, computed at %v", first, got.ComputedAt)
		}

		me.Do(http.MethodPut, "/api/me/wishes/"+ca["id"].(string), nil).Want(t, http.StatusOK)
		me.Do(http.MethodGet, "/api/me/suggestions", nil).Want(t, http.StatusOK).Decode(t, &got)
		if !got.People[0].Wished || got.People[1].Wished {
			t.Errorf("after a wish: %+v", got.People)
		}

		// A block takes the blocked person out at once, both ways.
		me.Do(http.MethodPut, "/api/me/blocks/"+friend["id"].(string), nil).Want(t, http.StatusCreated)
		me.Do(http.MethodGet, "/api/me/suggestions", nil).Want(t, http.StatusOK).Decode(t, &got)
		if ids := got.ids(); len(ids) != 1 || ids[0] != ca["id"] {
			t.Errorf("after blocking %s: suggested %v", friend["id"], ids)
		}
	})
}

type wishBody struct {
	Person struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"person"`
	At             time.Time         `json:"at"`
	Mutual         bool              `json:"mutual"`
	SuggestedTimes []json.RawMessage `json:"suggested_times"`
}

// TestWishes: wishing, listing, taking back; a wish back is a mutual match
// told to both once, live; bad wishes change nothing.
func TestWishes(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		a, accA := n.Client(t).Register(t, testkit.Registration(1))
		b, accB := n.Client(t).Register(t, testkit.Registration(2))
		idA, idB := accA["id"].(string), accB["id"].(string)
		liveA, liveB := n.Live(t, a.Token), n.Live(t, b.Token)
		c, accC := n.Client(t).Register(t, testkit.Registration(3))
		idC := accC["id"].(string)
		c.Do(http.MethodPut, "/api/me/blocks/"+idA, nil).Want(t, http.StatusCreated)

		var w wishBody
		a.Do(http.MethodPut, "/api/me/wishes/"+idB, nil).Want(t, http.StatusOK).Decode(t, &w)
		if w.Person.ID != idB || w.Mutual || w.At.IsZero() {
			t.Fatalf("first wish: %+v", w)
		}
		var again wishBody
		a.Do(http.MethodPut, "/api/me/wishes/"+idB, nil).Want(t, http.StatusOK).Decode(t, &again)
		if !again.At.Equal(w.At) || again.Mutual {
			t.Errorf("the same wish again: %+v, want %+v", again, w)
		}
		var list struct{ Items []wishBody }
		a.Do(http.MethodGet, "/api/me/wishes", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 1 || list.Items[0].Person.ID != idB || list.Items[0].Mutual {
			t.Errorf("wishes %+v", list)
		}

		for _, bad := range []struct {
			name, path string
			status     int
			code       string
		}{
			{"oneself", "/api/me/wishes/" + idA, http.StatusUnprocessableEntity, "validation_failed"},
			{"nobody", "/api/me/wishes/p-nobody", http.StatusNotFound, "not_found"},
			{"someone who blocked them", "/api/me/wishes/" + idC, http.StatusForbidden, "blocked"},
		} {
			a.Do(http.MethodPut, bad.path, nil).WantError(t, bad.status, bad.code)
		}
		b.Do(http.MethodDelete, "/api/me/wishes/"+idA, nil).WantError(t, http.StatusNotFound, "not_found")
		a.Do(http.MethodGet, "/api/me/wishes", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 1 {
			t.Errorf("bad wishes changed the list: %+v", list)
		}

		// B wishes back: a mutual match, told to both.
		var back wishBody
		b.Do(http.MethodPut, "/api/me/wishes/"+idA, nil).Want(t, http.StatusOK).Decode(t, &back)
		if !back.Mutual || back.Person.ID != idA || back.SuggestedTimes == nil {
			t.Errorf("wish back: %+v, want mutual with suggested times", back)
		}
		for _, side := range []struct {
			ws    *testkit.WS
			other string
		}{{liveA, idB}, {liveB, idA}} {
			env := side.ws.Await("meeting.mutual", "")
			var m struct {
				Person struct{ ID string } `json:"person"`
			}
			if err := json.Unmarshal(env.Payload, &m); err != nil || m.Person.ID != side.other {
				t.Errorf("meeting.mutual %s, want the other %s", env.Payload, side.other)
			}
		}
		a.Do(http.MethodGet, "/api/me/wishes", nil).Want(t, http.StatusOK).Decode(t, &list)
		if len(list.Items) != 1 || !list.Items[0].Mutual {
			t.Errorf("wishes after the match: %+v", list)
		}

		// Taking back and wishing again is mutual, but not told again.
		a.Do(http.MethodDelete, "/api/me/wishes/"+idB, nil).Want(t, http.StatusNoContent)
		a.Do(http.MethodDelete, "/api/me/wishes/"+idB, nil).WantError(t, http.StatusNotFound, "not_found")
		a.Do(http.MethodPut, "/api/me/wishes/"+idB, nil).Want(t, http.StatusOK).Decode(t, &w)
		if !w.Mutual || w.SuggestedTimes != nil {
			t.Errorf("wished again: %+v, want mutual, told already", w)
		}
		noMore(t, liveA, "meeting.mutual")
	})
}

// noMore fails if ws gets an event of type typ within a short while.
func noMore(t *testing.T, ws *testkit.WS, typ string) {
	t.Helper()
	deadline := time.Now().Add(500 * time.Millisecond)
	for time.Now().Before(deadline) {
		env, err := ws.TryNext(time.Until(deadline))
		if err != nil {
			return // nothing more within the while
		}
		if env.Type == typ {
			t.Errorf("a second %s: %s", typ, env.Payload)
		}
	}
}

// TestMutualWishRace: two people wishing each other at the same instant
// are told once each.
func TestMutualWishRace(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		for round := range 5 {
			a, accA := n.Client(t).Register(t, testkit.Registration(10+2*round))
			b, accB := n.Client(t).Register(t, testkit.Registration(11+2*round))
			liveA, liveB := n.Live(t, a.Token), n.Live(t, b.Token)
			var wg sync.WaitGroup
			mutual := make([]bool, 2)
			for i, c := range []struct {
				cl *testkit.Client
				to string
			}{{a, accB["id"].(string)}, {b, accA["id"].(string)}} {
				wg.Go(func() {
					var w wishBody
					c.cl.Do(http.MethodPut, "/api/me/wishes/"+c.to, nil).Want(t, http.StatusOK).Decode(t, &w)
					mutual[i] = w.Mutual
				})
			}
			wg.Wait()
			if !mutual[0] && !mutual[1] {
				t.Errorf("round %d: neither wish saw the other", round)
			}
			liveA.Await("meeting.mutual", "")
			liveB.Await("meeting.mutual", "")
			noMore(t, liveA, "meeting.mutual")
			noMore(t, liveB, "meeting.mutual")
		}
	})
}

// TestMutualWishTwoNodes: two people on two nodes (one database, linked by
// NATS) wish each other at the same instant, each through their own node:
// both are told once, on their own node, and either node suggests each
// to the other.
func TestMutualWishTwoNodes(t *testing.T) {
	natsURL := testkit.NATSServer(t)
	na := testkit.StartNode(t, "mongo", func(c *server.Config) { c.NATSURL = natsURL })
	nb := testkit.StartNode(t, "mongo", func(c *server.Config) {
		c.NATSURL, c.MongoURI, c.MongoDatabase = natsURL, na.Config.MongoURI, na.Config.MongoDatabase
	})
	a, accA := na.Client(t).Register(t, testkit.Registration(1))
	b, accB := nb.Client(t).Register(t, testkit.Registration(2))
	idA, idB := accA["id"].(string), accB["id"].(string)
	var sa, sb suggestionsBody
	a.Do(http.MethodGet, "/api/me/suggestions", nil).Want(t, http.StatusOK).Decode(t, &sa)
	b.Do(http.MethodGet, "/api/me/suggestions", nil).Want(t, http.StatusOK).Decode(t, &sb)
	if ids := sa.ids(); len(ids) != 1 || ids[0] != idB {
		t.Errorf("node A suggests %v to A, want B", ids)
	}
	if ids := sb.ids(); len(ids) != 1 || ids[0] != idA {
		t.Errorf("node B suggests %v to B, want A", ids)
	}

	liveA, liveB := na.Live(t, a.Token), nb.Live(t, b.Token)
	var wg sync.WaitGroup
	for _, c := range []struct {
		cl *testkit.Client
		to string
	}{{a, idB}, {b, idA}} {
		wg.Go(func() { c.cl.Do(http.MethodPut, "/api/me/wishes/"+c.to, nil).Want(t, http.StatusOK) })
	}
	wg.Wait()
	for _, side := range []struct {
		ws    *testkit.WS
		other string
	}{{liveA, idB}, {liveB, idA}} {
		var m struct {
			Person struct{ ID string } `json:"person"`
		}
		if err := json.Unmarshal(side.ws.Await("meeting.mutual", "").Payload, &m); err != nil || m.Person.ID != side.other {
			t.Errorf("meeting.mutual names %+v, want %s", m, side.other)
		}
		noMore(t, side.ws, "meeting.mutual")
	}
}

// BenchmarkSuggestions is one person's GET /api/me/suggestions over HTTP
// on loopback, in the demo village of 6,000 participants, once the
// village's lists are computed (the first call computes them): the
// reader's contacts and blocks, the ten people read again, JSON.
func BenchmarkSuggestions(b *testing.B) {
	for _, backend := range testkit.Backends {
		b.Run(backend, func(b *testing.B) {
			n, token := benchNode(b, backend)
			get(b, n.URL+"/api/me/suggestions", token) // computes the lists
			for b.Loop() {
				get(b, n.URL+"/api/me/suggestions", token)
			}
		})
	}
}
