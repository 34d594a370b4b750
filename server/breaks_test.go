package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

func breakBody(start time.Time, minutes int) map[string]any {
	return map[string]any{"title": "Coffee by language", "starts_at": start.Format(time.RFC3339),
		"ends_at": start.Add(time.Duration(minutes) * time.Minute).Format(time.RFC3339)}
}

func with(body map[string]any, kv ...any) map[string]any {
	out := map[string]any{}
	for k, v := range body {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i].(string)] = kv[i+1]
	}
	return out
}

func breaksTotal(t *testing.T, c *testkit.Client) int {
	t.Helper()
	return len(c.Do(http.MethodGet, "/api/breaks?past=true", nil).Want(t, http.StatusOK).Map(t)["items"].([]any))
}

// TestBreakScheduling: the secretariat schedules, edits and cancels a
// break; defaults; every bad input is refused with its code, naming the
// field, and changes nothing.
func TestBreakScheduling(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		part, _ := n.Client(t).Register(t, testkit.Registration(1))
		start := time.Now().UTC().Truncate(time.Hour).Add(24 * time.Hour)
		got := sec.Do(http.MethodPost, "/api/breaks", breakBody(start, 25)).Want(t, http.StatusCreated).Map(t)
		id := got["id"].(string)
		if got["table_size"] != 4.0 || got["round_minutes"] != 10.0 || got["rounds"] != 3.0 || got["room"] != "break:"+id ||
			!slices.Equal(texts(got["languages"]), matching.UNLanguages) || got["signed_up"] != 0.0 || got["mine"] != nil {
			t.Fatalf("scheduled with defaults: %v", got)
		}
		got = sec.Do(http.MethodPost, "/api/breaks", with(breakBody(start, 30), "languages", []string{"PT-br", "en", "en"}, "table_size", 6, "round_minutes", 15)).
			Want(t, http.StatusCreated).Map(t)
		if !slices.Equal(texts(got["languages"]), []string{"pt-BR", "en"}) || got["table_size"] != 6.0 || got["rounds"] != 2.0 {
			t.Fatalf("scheduled: %v", got)
		}

		bad := []struct {
			name   string
			caller *testkit.Client
			body   any
			status int
			code   string
			field  string
		}{
			{"a participant scheduling", part, breakBody(start, 30), 403, "forbidden", ""},
			{"malformed JSON", sec, "{nope", 400, "bad_request", ""},
			{"not an object", sec, []int{1}, 400, "bad_request", ""},
			{"unknown field", sec, with(breakBody(start, 30), "room", "x"), 422, "validation_failed", "room"},
			{"table of 2", sec, with(breakBody(start, 30), "table_size", 2), 422, "validation_failed", "table_size"},
			{"table of 7", sec, with(breakBody(start, 30), "table_size", 7), 422, "validation_failed", "table_size"},
			{"table size not a number", sec, with(breakBody(start, 30), "table_size", "four"), 422, "validation_failed", "table_size"},
			{"rounds of 1 minute", sec, with(breakBody(start, 30), "round_minutes", 1), 422, "validation_failed", "round_minutes"},
			{"no title", sec, with(breakBody(start, 30), "title", " "), 422, "validation_failed", "title"},
			{"in the past", sec, breakBody(time.Now().UTC().Add(-time.Hour), 30), 422, "validation_failed", "starts_at"},
			{"not a time", sec, with(breakBody(start, 30), "starts_at", "tomorrow"), 422, "validation_failed", "starts_at"},
			{"ends before it starts", sec, with(breakBody(start, 30), "ends_at", start.Add(-time.Minute).Format(time.RFC3339)), 422, "validation_failed", "ends_at"},
			{"a day long", sec, breakBody(start, 24*60), 422, "validation_failed", "ends_at"},
			{"unknown language", sec, with(breakBody(start, 30), "languages", []string{"en", "klingon!"}), 422, "validation_failed", "languages"},
			{"no language", sec, with(breakBody(start, 30), "languages", []string{}), 422, "validation_failed", "languages"},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				e := tc.caller.Do(http.MethodPost, "/api/breaks", tc.body).WantError(t, tc.status, tc.code).Error(t)
				if tc.field != "" && e.Fields[tc.field] == "" {
					t.Errorf("the error names no %s: %+v", tc.field, e)
				}
				if got := breaksTotal(t, sec); got != 2 {
					t.Errorf("%d breaks after a refused one, want 2", got)
				}
			})
		}

		// Edits before the start; the same bounds; a participant may not.
		got = sec.Do(http.MethodPatch, "/api/breaks/"+id, map[string]any{"title": "Tea", "table_size": 3}).Want(t, http.StatusOK).Map(t)
		if got["title"] != "Tea" || got["table_size"] != 3.0 || got["round_minutes"] != 10.0 {
			t.Fatalf("edited: %v", got)
		}
		sec.Do(http.MethodPatch, "/api/breaks/"+id, map[string]any{"table_size": 9}).WantError(t, 422, "validation_failed")
		part.Do(http.MethodPatch, "/api/breaks/"+id, map[string]any{"title": "x"}).WantError(t, 403, "forbidden")
		sec.Do(http.MethodPatch, "/api/breaks/break-nope", map[string]any{"title": "x"}).WantError(t, 404, "not_found")
		if got := sec.Do(http.MethodGet, "/api/breaks/"+id, nil).Want(t, http.StatusOK).Map(t); got["title"] != "Tea" || got["table_size"] != 3.0 {
			t.Fatalf("after refused edits: %v", got)
		}
		// A break that has begun is not edited.
		begun := storeBreak(t, n, time.Now().UTC().Add(-time.Minute), 30)
		sec.Do(http.MethodPatch, "/api/breaks/"+begun, map[string]any{"title": "x"}).WantError(t, 409, "conflict")

		part.Do(http.MethodDelete, "/api/breaks/"+id, nil).WantError(t, 403, "forbidden")
		sec.Do(http.MethodDelete, "/api/breaks/"+id, nil).Want(t, http.StatusNoContent)
		sec.Do(http.MethodDelete, "/api/breaks/"+id, nil).WantError(t, 404, "not_found")
		sec.Do(http.MethodGet, "/api/breaks/"+id, nil).WantError(t, 404, "not_found")
		// The list shows what is not over; past=true all.
		ended := storeBreak(t, n, time.Now().UTC().Add(-time.Hour), 30)
		list := ids(part.Do(http.MethodGet, "/api/breaks", nil).Want(t, http.StatusOK).Map(t)["items"].([]any))
		if slices.Contains(list, ended) || !slices.Contains(list, begun) {
			t.Errorf("upcoming and running breaks: %v (ended %s, running %s)", list, ended, begun)
		}
		if list := ids(part.Do(http.MethodGet, "/api/breaks?past=true", nil).Want(t, http.StatusOK).Map(t)["items"].([]any)); !slices.Contains(list, ended) {
			t.Errorf("past=true: %v lacks %s", list, ended)
		}
		part.Do(http.MethodGet, "/api/breaks?past=yes", nil).WantError(t, 422, "validation_failed")
	})
}

func texts(v any) []string {
	var out []string
	for _, s := range v.([]any) {
		out = append(out, s.(string))
	}
	return out
}

func ids(items []any) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.(map[string]any)["id"].(string))
	}
	return out
}

// storeBreak puts a break straight into the store, for times the API
// refuses (in the past), in English, French and Arabic.
func storeBreak(t *testing.T, n *testkit.Node, start time.Time, minutes int) string {
	t.Helper()
	start = start.UTC().Truncate(time.Second)
	b := &matching.Break{ID: "break-stored-" + start.Format("150405.000"), Title: "Stored", StartsAt: start,
		EndsAt: start.Add(time.Duration(minutes) * time.Minute), Languages: []string{"en", "fr", "ar"},
		TableSize: 4, RoundMinutes: 10, CreatedBy: "secretariat", CreatedAt: start, UpdatedAt: start}
	if err := n.Store.CreateBreak(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return b.ID
}

// TestBreakSignUp: the errors of signing up, and withdrawing.
func TestBreakSignUp(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		p1, _ := n.Client(t).Register(t, testkit.Registration(1)) // speaks fr, en
		p2, _ := n.Client(t).Register(t, testkit.Registration(2))
		start := time.Now().UTC().Truncate(time.Hour).Add(24 * time.Hour)
		id := sec.Do(http.MethodPost, "/api/breaks", with(breakBody(start, 30), "languages", []string{"en", "es", "ar"})).Want(t, http.StatusCreated).Map(t)["id"].(string)
		signUp := func(c *testkit.Client, id string, body any) *testkit.Response {
			return c.Do(http.MethodPost, "/api/breaks/"+id+"/signup", body)
		}
		got := signUp(p1, id, map[string]any{"languages": []string{"EN"}}).Want(t, http.StatusCreated).Map(t)
		if !slices.Equal(texts(got["languages"]), []string{"en"}) {
			t.Fatalf("signed up: %v", got)
		}
		ended := storeBreak(t, n, time.Now().UTC().Add(-time.Hour), 30)
		bad := []struct {
			name   string
			caller *testkit.Client
			id     string
			body   any
			status int
			code   string
			field  string
		}{
			{"a language not spoken", p2, id, map[string]any{"languages": []string{"en", "es"}}, 422, "validation_failed", "languages"},
			{"a language not offered", p2, id, map[string]any{"languages": []string{"fr"}}, 422, "validation_failed", "languages"},
			{"no language", p2, id, map[string]any{"languages": []string{}}, 422, "validation_failed", "languages"},
			{"no languages field", p2, id, map[string]any{}, 422, "validation_failed", "languages"},
			{"not a tag", p2, id, map[string]any{"languages": []string{"!!"}}, 422, "validation_failed", "languages"},
			{"unknown field", p2, id, map[string]any{"languages": []string{"en"}, "table": 1}, 422, "validation_failed", "table"},
			{"malformed JSON", p2, id, "{nope", 400, "bad_request", ""},
			{"twice", p1, id, map[string]any{"languages": []string{"en"}}, 409, "conflict", ""},
			{"after the break ended", p2, ended, map[string]any{"languages": []string{"en"}}, 410, "gone", ""},
			{"no such break", p2, "break-nope", map[string]any{"languages": []string{"en"}}, 404, "not_found", ""},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				e := signUp(tc.caller, tc.id, tc.body).WantError(t, tc.status, tc.code).Error(t)
				if tc.field != "" && e.Fields[tc.field] == "" {
					t.Errorf("the error names no %s: %+v", tc.field, e)
				}
				if got := sec.Do(http.MethodGet, "/api/breaks/"+id, nil).Want(t, http.StatusOK).Map(t)["signed_up"]; got != 1.0 {
					t.Errorf("%v signed up after a refused sign-up, want 1", got)
				}
			})
		}
		e := signUp(p2, id, map[string]any{"languages": []string{"en", "es"}}).Error(t)
		if e.Fields["languages"] != `"es" is not among the languages of your profile` {
			t.Errorf("the error does not name the language: %+v", e)
		}
		if mine := p1.Do(http.MethodGet, "/api/breaks/"+id, nil).Want(t, http.StatusOK).Map(t)["mine"]; mine == nil {
			t.Errorf("the break does not show p1's sign-up")
		}
		if mine := p2.Do(http.MethodGet, "/api/breaks/"+id, nil).Want(t, http.StatusOK).Map(t)["mine"]; mine != nil {
			t.Errorf("the break shows p2 a sign-up: %v", mine)
		}
		// Withdraw, and sign up again with other languages.
		p1.Do(http.MethodDelete, "/api/breaks/"+id+"/signup", nil).Want(t, http.StatusNoContent)
		p1.Do(http.MethodDelete, "/api/breaks/"+id+"/signup", nil).WantError(t, 404, "not_found")
		p1.Do(http.MethodDelete, "/api/breaks/"+ended+"/signup", nil).WantError(t, 410, "gone")
		signUp(p1, id, map[string]any{"languages": []string{"en"}}).Want(t, http.StatusCreated)
		// Not seated: the break has not begun.
		p1.Do(http.MethodGet, "/api/breaks/"+id+"/table", nil).WantError(t, 404, "not_found")
	})
}

// liveBreak is a break whose people are in its room, about to start.
type liveBreak struct {
	id     string
	sec    *testkit.Client
	people []*testkit.Client
	ids    []string
	ws     []*testkit.WS
}

// openBreak schedules a break starting in four minutes (its room is open),
// signs up people in English and has each join its room on the node
// given, and waits until every node sees them all.
func openBreak(t *testing.T, sec *testkit.Client, nodes []*testkit.Node, people int) *liveBreak {
	t.Helper()
	start := time.Now().UTC().Add(4 * time.Minute).Truncate(time.Second)
	lb := &liveBreak{sec: sec}
	lb.id = sec.Do(http.MethodPost, "/api/breaks", breakBody(start, 30)).Want(t, http.StatusCreated).Map(t)["id"].(string)
	for i := range people {
		n := nodes[i%len(nodes)]
		c, acc := n.Client(t).Register(t, testkit.Registration(i+1))
		c.Do(http.MethodPost, "/api/breaks/"+lb.id+"/signup", map[string]any{"languages": []string{"en"}}).Want(t, http.StatusCreated)
		w := n.Live(t, c.Token)
		var j protocol.JoinResult
		w.Request("join", matching.BreakRoom(lb.id), nil).Ok(&j)
		lb.people, lb.ids, lb.ws = append(lb.people, c), append(lb.ids, acc["id"].(string)), append(lb.ws, w)
	}
	for _, w := range lb.ws {
		waitFor(t, 10*time.Second, "everyone in the break's room", func() bool {
			var pr protocol.Presence
			w.Request("presence", matching.BreakRoom(lb.id), nil).Ok(&pr)
			return pr.Count == people
		})
	}
	return lb
}

// begin moves the break's start to a second from now: a node's next tick
// seats round 1.
func (lb *liveBreak) begin(t *testing.T) {
	t.Helper()
	lb.sec.Do(http.MethodPatch, "/api/breaks/"+lb.id, map[string]any{
		"starts_at": time.Now().UTC().Add(2 * time.Second).Format(time.RFC3339),
	}).Want(t, http.StatusOK)
}

// tables awaits each person's break.table and returns them.
func (lb *liveBreak) tables(t *testing.T) []matching.TableView {
	t.Helper()
	out := make([]matching.TableView, len(lb.ws))
	for i, w := range lb.ws {
		env := w.Await(matching.EventTable, "")
		if err := json.Unmarshal(env.Payload, &out[i]); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestBreakRoundLive: four people sign up and wait in the break's room;
// the round comes; each is told the same table in English with the four of
// them on it; they join its room and chat; REST says the same; the table
// is recorded as contacts; someone not seated there may not enter.
func TestBreakRoundLive(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		lb := openBreak(t, sec, []*testkit.Node{n}, 4)
		outsider, _ := n.Client(t).Register(t, testkit.Registration(9))
		outsiderWS := n.Live(t, outsider.Token)
		outsiderWS.Request("join", matching.BreakRoom(lb.id), nil).Fails("forbidden")
		lb.begin(t)
		tables := lb.tables(t)
		for i, tv := range tables {
			if tv.Round != 1 || tv.Table != tables[0].Table || tv.Language != "en" || tv.Room != tables[0].Room || len(tv.Members) != 4 {
				t.Fatalf("person %d: %+v, person 0: %+v", i, tv, tables[0])
			}
			var members []string
			for _, m := range tv.Members {
				members = append(members, m.ID)
				if m.Name == "" {
					t.Errorf("a member's card has no name: %+v", m)
				}
			}
			slices.Sort(members)
			want := slices.Sorted(slices.Values(lb.ids))
			if !slices.Equal(members, want) {
				t.Fatalf("members %v, want %v", members, want)
			}
		}
		room := tables[0].Room
		for _, w := range lb.ws {
			w.Request("join", room, nil).Ok()
		}
		outsiderWS.Request("join", room, nil).Fails("not_found")
		lb.ws[0].Request("send", room, map[string]string{"text": "Hello, table!"}).Ok()
		for _, w := range lb.ws[1:] {
			if env := w.Await(protocol.TypeMessage, room); !jsonHas(env.Payload, "Hello, table!") {
				t.Fatalf("chat: %s", env.Payload)
			}
		}
		// REST, for a reload.
		place := lb.people[1].Do(http.MethodGet, "/api/breaks/"+lb.id+"/table", nil).Want(t, http.StatusOK).Map(t)
		if place["status"] != "seated" || place["table"].(map[string]any)["room"] != room {
			t.Fatalf("my table: %v", place)
		}
		outsider.Do(http.MethodGet, "/api/breaks/"+lb.id+"/table", nil).WantError(t, 404, "not_found")
		// The secretariat sees the round.
		r := sec.Do(http.MethodGet, "/api/breaks/"+lb.id+"/rounds/1", nil).Want(t, http.StatusOK).Map(t)
		if len(r["seating"].(map[string]any)["tables"].([]any)) != 1 {
			t.Fatalf("round 1: %v", r)
		}
		sec.Do(http.MethodGet, "/api/breaks/"+lb.id+"/rounds/2", nil).WantError(t, 404, "not_found")
		// The table made contacts: each met the three others there.
		met := lb.people[0].Do(http.MethodGet, "/api/me/contacts", nil).Want(t, http.StatusOK).Map(t)["items"].([]any)
		if len(met) != 3 || met[0].(map[string]any)["where"].([]any)[0].(map[string]any)["kind"] != "table" {
			t.Fatalf("contacts after the table: %v", met)
		}
		// A late arrival signs up and joins: seated at the table (room
		// for up to 6), which everyone at it is told.
		late, lateAcc := n.Client(t).Register(t, testkit.Registration(5))
		late.Do(http.MethodPost, "/api/breaks/"+lb.id+"/signup", map[string]any{"languages": []string{"en"}}).Want(t, http.StatusCreated)
		lw := n.Live(t, late.Token)
		lw.Request("join", matching.BreakRoom(lb.id), nil).Ok()
		var lt matching.TableView
		_ = json.Unmarshal(lw.Await(matching.EventTable, "").Payload, &lt)
		if lt.Room != room || len(lt.Members) != 5 {
			t.Fatalf("late arrival: %+v", lt)
		}
		var again matching.TableView
		_ = json.Unmarshal(lb.ws[0].Await(matching.EventTable, "").Payload, &again)
		if !slices.ContainsFunc(again.Members, func(m protocol.Member) bool { return m.ID == lateAcc["id"] }) {
			t.Fatalf("the table was not told of the late arrival: %+v", again)
		}
	})
}

func jsonHas(raw json.RawMessage, text string) bool {
	var m protocol.Message
	return json.Unmarshal(raw, &m) == nil && m.Text == text
}

// TestBreakRoundTwoNodes: two nodes on one MongoDB, linked by NATS, both
// tick at the round's start; the people are spread over both. Exactly one
// node seats the round: everyone is told one table once, and the break's
// room hears of one seating.
func TestBreakRoundTwoNodes(t *testing.T) {
	natsURL := testkit.NATSServer(t)
	a := testkit.StartNode(t, "mongo", func(c *server.Config) { c.NATSURL = natsURL })
	b := testkit.StartNode(t, "mongo", func(c *server.Config) {
		c.NATSURL, c.MongoURI, c.MongoDatabase = natsURL, a.Config.MongoURI, a.Config.MongoDatabase
	})
	lb := openBreak(t, a.Secretariat(t), []*testkit.Node{a, b}, 6)
	lb.begin(t)
	tables := lb.tables(t)
	for i, tv := range tables {
		if tv.Round != 1 || tv.Language != "en" || len(tv.Members) != 3 {
			t.Fatalf("person %d: %+v", i, tv)
		}
	}
	// Nothing more comes: no second table, no second seating. (A second
	// seating would come within a tick of the first.) Everyone listens for
	// the same three quiet seconds.
	var wg sync.WaitGroup
	for i, w := range lb.ws {
		wg.Add(1)
		go func() {
			defer wg.Done()
			figures := 0
			for {
				env, err := w.TryNext(3 * time.Second)
				if err != nil {
					return // the quiet we wait for
				}
				if env.Type == matching.EventTable || env.Type == matching.EventWaiting {
					t.Errorf("person %d was told again: %s %s", i, env.Type, env.Payload)
				}
				if env.Type == matching.EventRound {
					if figures++; figures > 1 {
						t.Errorf("person %d heard of a second seating: %s", i, env.Payload)
					}
					var sum matching.RoundSummary
					_ = json.Unmarshal(env.Payload, &sum)
					if sum.Round != 1 || sum.Seated != 6 || sum.Tables != 2 {
						t.Errorf("person %d: round figures %+v", i, sum)
					}
				}
			}
		}()
	}
	wg.Wait()
	seated := 0
	r, err := a.Store.Round(context.Background(), lb.id, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range r.Seating.Tables {
		seated += len(tb.People)
	}
	if seated != 6 {
		t.Fatalf("the stored round seats %d, want 6", seated)
	}
}

// TestBreakShortMinute: a node whose break minute is a second turns a
// break's 3-minute rounds every 3 seconds: the break says so in
// round_seconds, and the people waiting are seated again, live, when round
// 2 comes.
func TestBreakShortMinute(t *testing.T) {
	n := testkit.StartNode(t, "memory", func(c *server.Config) { c.BreakMinute = time.Second })
	sec := n.Secretariat(t)
	lb := openBreak(t, sec, []*testkit.Node{n}, 3)
	v := sec.Do(http.MethodPatch, "/api/breaks/"+lb.id, map[string]any{"round_minutes": 3}).Want(t, http.StatusOK).Map(t)
	if v["round_minutes"] != 3.0 || v["round_seconds"] != 3.0 {
		t.Fatalf("a 3-minute round of 1-second minutes: %v minutes, %v seconds", v["round_minutes"], v["round_seconds"])
	}
	lb.begin(t)
	for round := 1; round <= 2; round++ {
		for i, tv := range lb.tables(t) {
			if tv.Round != round || len(tv.Members) != 3 || tv.EndsAt.Sub(tv.StartsAt) != 3*time.Second {
				t.Fatalf("round %d, person %d: %+v", round, i, tv)
			}
		}
	}
}
