package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// meetingPair is two people in zones 14 hours apart, Bogota and Tokyo,
// whose working hours (08:00 to 20:00 each) overlap from 23:00 to 01:00
// UTC, and that evening in two days.
type meetingPair struct {
	a, b       *testkit.Client // a in America/Bogota, b in Asia/Tokyo
	aID, bID   string
	overlap    time.Time // 23:00 UTC in two days: 18:00 in Bogota, 08:00 in Tokyo
	outsideAll time.Time // 12:00 UTC that day: 07:00 in Bogota, 21:00 in Tokyo
}

func newMeetingPair(t *testing.T, n *testkit.Node) *meetingPair {
	t.Helper()
	ra, rb := testkit.Registration(1), testkit.Registration(2)
	ra["time_zone"], rb["time_zone"] = "America/Bogota", "Asia/Tokyo"
	p := &meetingPair{}
	var acc map[string]any
	p.a, acc = n.Client(t).Register(t, ra)
	p.aID = acc["id"].(string)
	p.b, acc = n.Client(t).Register(t, rb)
	p.bID = acc["id"].(string)
	day := time.Now().UTC().Truncate(24 * time.Hour).Add(48 * time.Hour)
	p.overlap, p.outsideAll = day.Add(23*time.Hour), day.Add(12*time.Hour)
	return p
}

func rfc3339(t time.Time) string { return t.Format(time.RFC3339) }

// TestMeetings: a request across time zones, answered with other times,
// accepted, in each box, in its calendar file and both feeds, told live,
// then cancelled; and the refusals of bad input, on both backends.
func TestMeetings(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		p := newMeetingPair(t, n)
		aLive, bLive := n.Live(t, p.a.Token), n.Live(t, p.b.Token)

		// Bad input changes nothing.
		for _, c := range []struct {
			name   string
			body   any
			status int
			code   string
		}{
			{"to oneself", map[string]any{"with": p.aID, "times": []string{rfc3339(p.overlap)}}, 422, "validation_failed"},
			{"nobody named", map[string]any{"times": []string{rfc3339(p.overlap)}}, 422, "validation_failed"},
			{"with of the wrong type", map[string]any{"with": 5, "times": []string{rfc3339(p.overlap)}}, 422, "validation_failed"},
			{"times not a list", map[string]any{"with": p.bID, "times": rfc3339(p.overlap)}, 422, "validation_failed"},
			{"an unknown field", map[string]any{"with": p.bID, "times": []string{rfc3339(p.overlap)}, "where": "Paris"}, 422, "validation_failed"},
			{"four times", map[string]any{"with": p.bID, "times": []string{rfc3339(p.overlap), rfc3339(p.overlap.Add(time.Hour)), rfc3339(p.overlap.Add(2 * time.Hour)), rfc3339(p.overlap.Add(3 * time.Hour))}}, 422, "validation_failed"},
			{"in the past", map[string]any{"with": p.bID, "times": []string{rfc3339(time.Now().UTC().Truncate(time.Hour).Add(-time.Hour))}}, 422, "validation_failed"},
			{"too long", map[string]any{"with": p.bID, "times": []string{rfc3339(p.overlap)}, "minutes": 180}, 422, "validation_failed"},
			{"a note too long", map[string]any{"with": p.bID, "times": []string{rfc3339(p.overlap)}, "note": strings.Repeat("a", 501)}, 422, "validation_failed"},
			{"outside working hours", map[string]any{"with": p.bID, "times": []string{rfc3339(p.outsideAll)}}, 422, "outside_hours"},
			// The test node's event is the 14 days from today.
			{"outside the event", map[string]any{"with": p.bID, "times": []string{rfc3339(p.overlap.Add(20 * 24 * time.Hour))}}, 422, "outside_event"},
			{"to nobody there", map[string]any{"with": "p-ghost", "times": []string{rfc3339(p.overlap)}}, 404, "not_found"},
			{"not JSON", "{", 400, "bad_request"},
		} {
			p.a.Do(http.MethodPost, "/api/meetings", c.body).WantError(t, c.status, c.code)
		}
		if got := p.a.Do(http.MethodGet, "/api/meetings?box=outbox", nil).Want(t, http.StatusOK).Map(t)["total"]; got != 0.0 {
			t.Fatalf("after refused requests the outbox holds %v", got)
		}
		p.a.Do(http.MethodGet, "/api/meetings?box=trash", nil).WantError(t, 422, "validation_failed")

		// Amina asks, with two times.
		var v matching.MeetingView
		p.a.Do(http.MethodPost, "/api/meetings", map[string]any{
			"with": p.bID, "minutes": 30, "note": "Community networks?",
			"times": []string{rfc3339(p.overlap), rfc3339(p.overlap.Add(30 * time.Minute))},
		}).Want(t, http.StatusCreated).Decode(t, &v)
		if v.Status != "pending" || v.Turn != p.bID || v.With.ID != p.bID || v.With.TimeZone != "Asia/Tokyo" || v.AskerID != p.aID {
			t.Fatalf("asked: %+v", v)
		}
		id := v.ID
		var ev matching.MeetingEvent
		_ = json.Unmarshal(bLive.Await("meeting.requested", "").Payload, &ev)
		if ev.Meeting.ID != id || ev.Meeting.With.ID != p.aID || ev.Meeting.With.TimeZone != "America/Bogota" || ev.By != p.aID {
			t.Fatalf("meeting.requested to the one asked: %+v", ev)
		}
		if got := p.b.Do(http.MethodGet, "/api/meetings", nil).Want(t, http.StatusOK).Map(t); got["total"] != 1.0 || got["time_zone"] != "Asia/Tokyo" {
			t.Errorf("the inbox of the one asked: %v", got)
		}

		// Not Amina's turn; Kenji answers with another time; then it is hers.
		p.a.Do(http.MethodPost, "/api/meetings/"+id+"/accept", map[string]any{"starts_at": rfc3339(p.overlap)}).WantError(t, 403, "forbidden")
		p.b.Do(http.MethodPost, "/api/meetings/"+id+"/propose", map[string]any{"times": []string{rfc3339(p.overlap.Add(time.Hour))}, "note": "A bit later?"}).Want(t, http.StatusOK).Decode(t, &v)
		if v.Turn != p.aID || len(v.Proposals) != 2 {
			t.Fatalf("proposed: %+v", v)
		}
		_ = json.Unmarshal(aLive.Await("meeting.updated", "").Payload, &ev)
		if ev.Action != "proposed" || ev.By != p.bID {
			t.Fatalf("meeting.updated to the asker: %+v", ev)
		}
		p.b.Do(http.MethodPost, "/api/meetings/"+id+"/accept", map[string]any{"starts_at": rfc3339(p.overlap.Add(time.Hour))}).WantError(t, 403, "forbidden")
		p.a.Do(http.MethodPost, "/api/meetings/"+id+"/accept", map[string]any{"starts_at": rfc3339(p.overlap)}).WantError(t, 422, "validation_failed")
		p.a.Do(http.MethodPost, "/api/meetings/"+id+"/accept", map[string]any{"starts_at": rfc3339(p.overlap.Add(time.Hour))}).Want(t, http.StatusOK).Decode(t, &v)
		if v.Status != "confirmed" || v.Room != "meeting:"+id || !v.StartsAt.Equal(p.overlap.Add(time.Hour)) {
			t.Fatalf("accepted: %+v", v)
		}
		for _, w := range []*testkit.WS{aLive, bLive} {
			if w == bLive {
				_ = json.Unmarshal(w.Await("meeting.updated", "").Payload, &ev) // the proposal
			}
			_ = json.Unmarshal(w.Await("meeting.updated", "").Payload, &ev)
			if ev.Action != "accepted" || ev.Meeting.Status != "confirmed" {
				t.Fatalf("meeting.updated on acceptance: %+v", ev)
			}
		}
		for _, c := range []*testkit.Client{p.a, p.b} {
			if got := c.Do(http.MethodGet, "/api/meetings?box=upcoming", nil).Want(t, http.StatusOK).Map(t)["total"]; got != 1.0 {
				t.Errorf("upcoming: %v", got)
			}
		}
		// Suggested times for the two keep clear of it: two hours, the
		// whole of their shared evening, fit only on the other days.
		var sug struct {
			Times []struct {
				StartsAt time.Time `json:"starts_at"`
				EndsAt   time.Time `json:"ends_at"`
			} `json:"times"`
		}
		p.a.Do(http.MethodGet, "/api/people/"+p.bID+"/times?minutes=120&count=10", nil).Want(t, http.StatusOK).Decode(t, &sug)
		after := false
		for _, x := range sug.Times {
			if x.StartsAt.Before(*v.EndsAt) && v.StartsAt.Before(x.EndsAt) {
				t.Errorf("suggested %v-%v over the confirmed meeting", x.StartsAt, x.EndsAt)
			}
			after = after || x.StartsAt.After(*v.StartsAt)
		}
		if !after {
			t.Errorf("no suggestion after the meeting: %+v", sug.Times)
		}
		// Accepted twice; another request over that hour.
		p.a.Do(http.MethodPost, "/api/meetings/"+id+"/accept", map[string]any{"starts_at": rfc3339(p.overlap.Add(time.Hour))}).WantError(t, 409, "conflict")
		p.b.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.aID, "times": []string{rfc3339(p.overlap.Add(time.Hour + 15*time.Minute))}}).WantError(t, 409, "overlaps")

		// Its calendar file, and both feeds.
		ics := p.a.Do(http.MethodGet, "/api/meetings/"+id+"/event.ics", nil).Want(t, http.StatusOK)
		if body := string(ics.Body); !strings.Contains(body, "UID:"+id+"@") || !strings.Contains(body, "STATUS:CONFIRMED") {
			t.Errorf("event.ics: %s", body)
		}
		for _, c := range []*testkit.Client{p.a, p.b} {
			if body := feed(t, c); !strings.Contains(body, "UID:"+id+"@") {
				t.Errorf("the feed lacks the meeting: %s", body)
			}
		}

		// Kenji cancels: both are told, the hour is free again.
		p.b.Do(http.MethodPost, "/api/meetings/"+id+"/cancel", map[string]any{"message": "Sorry, a clash."}).Want(t, http.StatusOK).Decode(t, &v)
		if v.Status != "cancelled" || v.Message != "Sorry, a clash." || v.ClosedBy != p.bID {
			t.Fatalf("cancelled: %+v", v)
		}
		_ = json.Unmarshal(aLive.Await("meeting.updated", "").Payload, &ev)
		if ev.Action != "cancelled" {
			t.Fatalf("meeting.updated on cancellation: %+v", ev)
		}
		p.b.Do(http.MethodPost, "/api/meetings/"+id+"/cancel", map[string]any{}).WantError(t, 410, "gone")
		if body := string(p.b.Do(http.MethodGet, "/api/meetings/"+id+"/event.ics", nil).Want(t, http.StatusOK).Body); !strings.Contains(body, "STATUS:CANCELLED") {
			t.Errorf("event.ics after cancelling: %s", body)
		}
		p.b.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.aID, "times": []string{rfc3339(p.overlap.Add(time.Hour))}}).Want(t, http.StatusCreated)

		// A stranger sees none of it.
		stranger, _ := n.Client(t).Register(t, testkit.Registration(3))
		stranger.Do(http.MethodGet, "/api/meetings/"+id, nil).WantError(t, 404, "not_found")
	})
}

// feed fetches c's calendar feed.
func feed(t *testing.T, c *testkit.Client) string {
	t.Helper()
	url := c.Do(http.MethodGet, "/api/me/calendar", nil).Want(t, http.StatusOK).Map(t)["url"].(string)
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return string(body)
}

// TestMeetingRoom: a confirmed meeting's room opens to its two minutes
// before the start, to nobody else; both are reminded; and coming in
// records the two as met.
func TestMeetingRoom(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		p := newMeetingPair(t, n)
		// Soon, whatever the time of day: both agree to it outside hours.
		start := time.Now().UTC().Truncate(5 * time.Minute).Add(5 * time.Minute)
		if time.Until(start) < 30*time.Second {
			start = start.Add(5 * time.Minute)
		}
		ears := n.Live(t, p.b.Token)
		var v matching.MeetingView
		p.a.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.bID, "times": []string{rfc3339(start)}, "outside_hours": true}).Want(t, http.StatusCreated).Decode(t, &v)
		room := "meeting:" + v.ID
		n.Live(t, p.a.Token).Request("join", room, nil).Fails("forbidden") // not confirmed yet
		// Unless it falls inside both people's hours, accepting it needs
		// the accepter's agreement too.
		if h := start.Hour(); h != 23 && h != 0 {
			p.b.Do(http.MethodPost, "/api/meetings/"+v.ID+"/accept", map[string]any{"starts_at": rfc3339(start)}).WantError(t, 422, "outside_hours")
		}
		p.b.Do(http.MethodPost, "/api/meetings/"+v.ID+"/accept", map[string]any{"starts_at": rfc3339(start), "outside_hours": true}).Want(t, http.StatusOK)

		stranger, _ := n.Client(t).Register(t, testkit.Registration(3))
		n.Live(t, stranger.Token).Request("join", room, nil).Fails("not_found")
		a := n.Live(t, p.a.Token)
		waitFor(t, time.Until(start.Add(-4*time.Minute))+5*time.Second, "the meeting's room to open", func() bool {
			r := a.Request("join", room, nil)
			if r.Type == "reply" {
				return true
			}
			r.Fails("forbidden")
			return false
		})
		b := n.Live(t, p.b.Token)
		b.Request("join", room, nil).Ok()
		a.Request("send", room, map[string]string{"text": "こんにちは"}).Ok()
		if env := b.Await("message", room); !strings.Contains(string(env.Payload), "こんにちは") {
			t.Fatalf("message in the meeting's room: %s", env.Payload)
		}
		var ev matching.MeetingEvent
		_ = json.Unmarshal(ears.Await("meeting.reminder", "").Payload, &ev)
		if ev.Meeting.ID != v.ID {
			t.Fatalf("reminder: %+v", ev)
		}
		met := p.a.Do(http.MethodGet, "/api/me/contacts", nil).Want(t, http.StatusOK)
		if !strings.Contains(string(met.Body), p.bID) || !strings.Contains(string(met.Body), "meeting") {
			t.Errorf("contacts after the room: %s", met.Body)
		}
	})
}

// TestMeetingAcrossNodes: a request made on one node is told live to the
// one asked on the other, who accepts there; the asker hears it back.
func TestMeetingAcrossNodes(t *testing.T) {
	natsURL := testkit.NATSServer(t)
	one := testkit.StartNode(t, "mongo", func(c *server.Config) { c.NATSURL = natsURL })
	two := testkit.StartNode(t, "mongo", func(c *server.Config) {
		c.NATSURL, c.MongoURI, c.MongoDatabase = natsURL, one.Config.MongoURI, one.Config.MongoDatabase
	})
	p := newMeetingPair(t, one)
	bOnTwo := two.Client(t)
	bOnTwo.Token = p.b.Token
	aLive, bLive := one.Live(t, p.a.Token), two.Live(t, p.b.Token)

	var v matching.MeetingView
	p.a.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.bID, "times": []string{rfc3339(p.overlap)}}).Want(t, http.StatusCreated).Decode(t, &v)
	var ev matching.MeetingEvent
	_ = json.Unmarshal(bLive.Await("meeting.requested", "").Payload, &ev)
	if ev.Meeting.ID != v.ID {
		t.Fatalf("meeting.requested on the other node: %+v", ev)
	}
	bOnTwo.Do(http.MethodPost, "/api/meetings/"+v.ID+"/accept", map[string]any{"starts_at": rfc3339(p.overlap)}).Want(t, http.StatusOK)
	_ = json.Unmarshal(aLive.Await("meeting.updated", "").Payload, &ev)
	if ev.Action != "accepted" || ev.Meeting.ID != v.ID || ev.Meeting.Status != "confirmed" {
		t.Fatalf("meeting.updated back on the first node: %+v", ev)
	}
}

// TestMeetingRefusals: over REST, on both backends, the refusals that
// rest on other people's records: blocks either way, who may ask, the
// cap, and commitments elsewhere in the village (a session organised, a
// booking at a booth); each changes nothing.
func TestMeetingRefusals(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		ctx := t.Context()
		p := newMeetingPair(t, n)
		c, acc := n.Client(t).Register(t, testkit.Registration(3))
		cID := acc["id"].(string)
		ask := func(from *testkit.Client, with string, at time.Time) *testkit.Response {
			return from.Do(http.MethodPost, "/api/meetings", map[string]any{"with": with, "times": []string{rfc3339(at)}, "outside_hours": true})
		}
		outbox := func(cl *testkit.Client) float64 {
			return cl.Do(http.MethodGet, "/api/meetings?box=outbox", nil).Want(t, http.StatusOK).Map(t)["total"].(float64)
		}

		// c blocked a: neither may ask the other.
		if err := n.Store.CreateBlock(ctx, &accounts.Block{ID: accounts.BlockID(cID, p.aID), BlockerID: cID, BlockedID: p.aID, At: time.Now().UTC().Truncate(time.Millisecond)}); err != nil {
			t.Fatal(err)
		}
		ask(p.a, cID, p.overlap).WantError(t, 403, "blocked")
		ask(c, p.aID, p.overlap).WantError(t, 403, "blocked")

		// b takes requests from nobody, then only from people met.
		for _, policy := range []accounts.AskPolicy{accounts.AskNobody, accounts.AskMet} {
			b, err := n.Store.Person(ctx, p.bID)
			if err != nil {
				t.Fatal(err)
			}
			b.AskPolicy = policy
			if err := n.Store.UpdatePerson(ctx, b); err != nil {
				t.Fatal(err)
			}
			ask(p.a, p.bID, p.overlap).WantError(t, 403, "not_accepting")
		}
		if outbox(p.a) != 0 || outbox(c) != 0 {
			t.Fatal("refused requests were stored")
		}

		// b organises a session at that hour: a's request over it is refused.
		body := sessionBody(p.overlap.Add(2*time.Hour), 60, 5)
		p.b.Do(http.MethodPost, "/api/sessions", body).Want(t, http.StatusCreated)
		ask(c, p.bID, p.overlap.Add(2*time.Hour+30*time.Minute)).WantError(t, 403, "not_accepting")
		b, _ := n.Store.Person(ctx, p.bID)
		b.AskPolicy = accounts.AskAnyone
		if err := n.Store.UpdatePerson(ctx, b); err != nil {
			t.Fatal(err)
		}
		ask(c, p.bID, p.overlap.Add(2*time.Hour+30*time.Minute)).WantError(t, 409, "overlaps")

		// The cap: ten requests await an answer; the eleventh is refused.
		for i := range matching.MaxPendingOutgoing {
			ask(c, p.bID, p.overlap.Add(time.Duration(i)*5*time.Minute-time.Hour)).Want(t, http.StatusCreated)
		}
		ask(c, p.bID, p.overlap.Add(4*time.Hour)).WantError(t, 409, "pending_cap")
		if got := outbox(c); got != matching.MaxPendingOutgoing {
			t.Errorf("c's outbox holds %v, want %d", got, matching.MaxPendingOutgoing)
		}
	})
}

// TestMeetingsOfADeletedAccount: deleting one's account cancels one's
// requests and meetings to come; the others are told, and their time is
// free again.
func TestMeetingsOfADeletedAccount(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		p := newMeetingPair(t, n)
		var pending, confirmed matching.MeetingView
		p.a.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.bID, "times": []string{rfc3339(p.overlap)}}).Want(t, http.StatusCreated).Decode(t, &pending)
		p.b.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.aID, "times": []string{rfc3339(p.overlap.Add(time.Hour))}}).Want(t, http.StatusCreated).Decode(t, &confirmed)
		p.a.Do(http.MethodPost, "/api/meetings/"+confirmed.ID+"/accept", map[string]any{"starts_at": rfc3339(p.overlap.Add(time.Hour))}).Want(t, http.StatusOK)
		bLive := n.Live(t, p.b.Token)

		p.a.Do(http.MethodDelete, "/api/me", nil).Want(t, http.StatusNoContent)
		cancelled := map[string]bool{}
		for range 2 {
			var ev matching.MeetingEvent
			_ = json.Unmarshal(bLive.Await("meeting.updated", "").Payload, &ev)
			if ev.Action == "cancelled" {
				cancelled[ev.Meeting.ID] = true
			}
		}
		if !cancelled[pending.ID] || !cancelled[confirmed.ID] {
			t.Fatalf("told of cancellations: %v", cancelled)
		}
		for _, box := range []string{"inbox", "outbox", "upcoming"} {
			if got := p.b.Do(http.MethodGet, "/api/meetings?box="+box, nil).Want(t, http.StatusOK).Map(t)["total"]; got != 0.0 {
				t.Errorf("b's %s holds %v", box, got)
			}
		}
		// b's hour is free: b meets someone else then.
		c, acc := n.Client(t).Register(t, testkit.Registration(3))
		var v matching.MeetingView
		p.b.Do(http.MethodPost, "/api/meetings", map[string]any{"with": acc["id"], "times": []string{rfc3339(p.overlap.Add(time.Hour))}, "outside_hours": true}).Want(t, http.StatusCreated).Decode(t, &v)
		c.Do(http.MethodPost, "/api/meetings/"+v.ID+"/accept", map[string]any{"starts_at": rfc3339(p.overlap.Add(time.Hour)), "outside_hours": true}).Want(t, http.StatusOK)
	})
}

// TestMeetingAcceptRace: ten people ask one person for times that all
// overlap; the one asked accepts every request at the same instant, over
// HTTP; exactly one is confirmed, the others are told overlaps.
func TestMeetingAcceptRace(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		p := newMeetingPair(t, n)
		const racers = 10
		ids := make([]string, racers)
		starts := make([]time.Time, racers)
		for i := range racers {
			reg := testkit.Registration(10 + i)
			reg["time_zone"] = "America/Bogota"
			c, _ := n.Client(t).Register(t, reg)
			starts[i] = p.overlap.Add(time.Duration(i%6) * 5 * time.Minute)
			var v matching.MeetingView
			c.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.bID, "times": []string{rfc3339(starts[i])}}).Want(t, http.StatusCreated).Decode(t, &v)
			ids[i] = v.ID
		}
		start := make(chan struct{})
		res := make([]*testkit.Response, racers)
		var wg sync.WaitGroup
		for i := range racers {
			wg.Go(func() {
				<-start
				res[i] = p.b.Do(http.MethodPost, "/api/meetings/"+ids[i]+"/accept", map[string]any{"starts_at": rfc3339(starts[i])})
			})
		}
		close(start)
		wg.Wait()
		wins := 0
		for i, r := range res {
			switch r.Status {
			case http.StatusOK:
				wins++
			case http.StatusConflict:
				r.WantError(t, http.StatusConflict, "overlaps")
			default:
				t.Errorf("accept %d: %d %s", i, r.Status, r.Body)
			}
		}
		if wins != 1 {
			t.Fatalf("%d of %d accepted, want 1", wins, racers)
		}
		if got := p.b.Do(http.MethodGet, "/api/meetings?box=upcoming", nil).Want(t, http.StatusOK).Map(t)["total"]; got != 1.0 {
			t.Errorf("upcoming: %v", got)
		}
	})
}

// TestMeetingsEndedByABlock: blocking someone cancels the requests and
// meetings between the two (the other is told), and no other.
func TestMeetingsEndedByABlock(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		p := newMeetingPair(t, n)
		c, acc := n.Client(t).Register(t, testkit.Registration(3))
		var pending, confirmed, other matching.MeetingView
		p.a.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.bID, "times": []string{rfc3339(p.overlap)}}).Want(t, http.StatusCreated).Decode(t, &pending)
		p.b.Do(http.MethodPost, "/api/meetings", map[string]any{"with": p.aID, "times": []string{rfc3339(p.overlap.Add(time.Hour))}}).Want(t, http.StatusCreated).Decode(t, &confirmed)
		p.a.Do(http.MethodPost, "/api/meetings/"+confirmed.ID+"/accept", map[string]any{"starts_at": rfc3339(p.overlap.Add(time.Hour))}).Want(t, http.StatusOK)
		p.a.Do(http.MethodPost, "/api/meetings", map[string]any{"with": acc["id"], "times": []string{rfc3339(p.overlap)}, "outside_hours": true}).Want(t, http.StatusCreated).Decode(t, &other)
		bLive := n.Live(t, p.b.Token)

		p.b.Do(http.MethodPut, "/api/me/blocks/"+p.aID, nil).Want(t, http.StatusCreated)
		for _, id := range []string{pending.ID, confirmed.ID} {
			if got := p.a.Do(http.MethodGet, "/api/meetings/"+id, nil).Want(t, http.StatusOK).Map(t)["status"]; got != "cancelled" {
				t.Errorf("%s after the block: %v", id, got)
			}
		}
		var ev matching.MeetingEvent
		_ = json.Unmarshal(bLive.Await("meeting.updated", "").Payload, &ev)
		if ev.Action != "cancelled" || ev.By != p.bID {
			t.Errorf("told of the block's cancellation: %+v", ev)
		}
		if got := c.Do(http.MethodGet, "/api/meetings/"+other.ID, nil).Want(t, http.StatusOK).Map(t)["status"]; got != "pending" {
			t.Errorf("a request to someone else after the block: %v", got)
		}
	})
}
