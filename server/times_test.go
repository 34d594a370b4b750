package server_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

type suggestedTimes struct {
	Minutes int `json:"minutes"`
	You     struct {
		TimeZone string `json:"time_zone"`
		WorkFrom string `json:"work_from"`
		WorkTo   string `json:"work_to"`
	} `json:"you"`
	Them struct {
		ID       string `json:"id"`
		Name     string `json:"name"`
		TimeZone string `json:"time_zone"`
		WorkFrom string `json:"work_from"`
		WorkTo   string `json:"work_to"`
	} `json:"them"`
	Times []struct {
		StartsAt time.Time `json:"starts_at"`
		EndsAt   time.Time `json:"ends_at"`
	} `json:"times"`
}

func getTimes(t *testing.T, c *testkit.Client, personID, query string) suggestedTimes {
	t.Helper()
	var v suggestedTimes
	c.Do(http.MethodGet, "/api/people/"+personID+"/times"+query, nil).Want(t, http.StatusOK).Decode(t, &v)
	return v
}

// TestSuggestTimes: the next free times of two people, clear of a booking
// at a booth, a slot a staff member offers, a confirmed place in a
// session, a coffee break and a confirmed meeting; every bad parameter
// refused naming it.
func TestSuggestTimes(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		w := newSlotWorld(t, n)
		p2ID := w.p2.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
		before := getTimes(t, w.p1, p2ID, "?count=10")
		if before.Minutes != 30 || before.You.TimeZone != "Africa/Dakar" || before.You.WorkFrom != "08:00" || before.You.WorkTo != "20:00" ||
			before.Them.ID != p2ID || before.Them.Name == "" || before.Them.TimeZone != "Africa/Dakar" || len(before.Times) != 10 {
			t.Fatalf("times: %+v", before)
		}
		if d := getTimes(t, w.p1, p2ID, ""); len(d.Times) != 5 || d.Minutes != 30 {
			t.Errorf("the defaults: %d times of %d minutes, want 5 of 30", len(d.Times), d.Minutes)
		}
		now := time.Now()
		for _, tm := range before.Times {
			local := tm.StartsAt.UTC() // Dakar is UTC all year
			if tm.StartsAt.Before(now.Add(15*time.Minute)) || tm.EndsAt.Sub(tm.StartsAt) != 30*time.Minute ||
				local.Hour() < 8 || tm.EndsAt.UTC().After(time.Date(local.Year(), local.Month(), local.Day(), 20, 0, 0, 0, time.UTC)) {
				t.Errorf("%v-%v is not in both people's hours, 15 minutes ahead", tm.StartsAt, tm.EndsAt)
			}
		}

		// p1 books a slot at the first time; p2 takes a place in a
		// session at the second; staff offers a slot at the first; p1
		// signs up for a coffee break at the third.
		first, second, third := before.Times[0].StartsAt, before.Times[1].StartsAt, before.Times[2].StartsAt
		slot := w.publish(t, w.staffA, w.boothA, slotBody(first, 30, "en"))
		book(w.p1, slot).Want(t, http.StatusCreated)
		w.publish(t, w.staffA2, w.boothA, slotBody(first, 30, "en"))
		organiser, _ := n.Client(t).Register(t, testkit.Registration(7))
		ses := organiser.Do(http.MethodPost, "/api/sessions", map[string]any{"type": "bof", "title": "Data governance", "language": "en",
			"minutes": 30, "capacity": 5, "starts_at": second.Format(time.RFC3339)}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		w.p2.Do(http.MethodPost, "/api/sessions/"+ses+"/signup", nil).Want(t, http.StatusCreated)
		coffee := w.sec.Do(http.MethodPost, "/api/breaks", map[string]any{"title": "Coffee", "starts_at": third.Format(time.RFC3339),
			"ends_at": third.Add(30 * time.Minute).Format(time.RFC3339)}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		w.p1.Do(http.MethodPost, "/api/breaks/"+coffee+"/signup", map[string]any{"languages": []string{"en"}}).Want(t, http.StatusCreated)

		clear := func(who string, got suggestedTimes, busy ...time.Time) {
			t.Helper()
			if len(got.Times) == 0 {
				t.Fatalf("%s: no times", who)
			}
			for _, tm := range got.Times {
				for _, b := range busy {
					if tm.StartsAt.Before(b.Add(30*time.Minute)) && b.Before(tm.EndsAt) {
						t.Errorf("%s: %v overlaps a commitment at %v", who, tm.StartsAt, b)
					}
				}
			}
		}
		clear("p1 with p2", getTimes(t, w.p1, p2ID, "?count=10"), first, second, third)
		clear("p2 with p1", getTimes(t, w.p2, w.p1ID, "?count=10"), first, second, third)
		// Two others meet at the first time suggested to them.
		a, b := zoned(t, n, 21, "Africa/Dakar"), zoned(t, n, 22, "Africa/Dakar")
		bID := b.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
		at := getTimes(t, a, bID, "?count=1").Times[0].StartsAt.Format(time.RFC3339)
		meeting := a.Do(http.MethodPost, "/api/meetings", map[string]any{"with": bID, "minutes": 30, "times": []string{at}}).
			Want(t, http.StatusCreated).Map(t)["id"].(string)
		b.Do(http.MethodPost, "/api/meetings/"+meeting+"/accept", map[string]any{"starts_at": at}).Want(t, http.StatusOK)
		met, _ := time.Parse(time.RFC3339, at)
		clear("a confirmed meeting", getTimes(t, a, bID, "?count=10"), met)
		clear("staff offering a slot", getTimes(t, w.staffA2, p2ID, "?count=10&minutes=60"), first.Add(-30*time.Minute), first, second.Add(-30*time.Minute), second)

		for _, c := range []struct{ query, field string }{
			{"?minutes=abc", "minutes"}, {"?minutes=10", "minutes"}, {"?minutes=32", "minutes"}, {"?minutes=125", "minutes"},
			{"?count=0", "count"}, {"?count=11", "count"}, {"?count=two", "count"},
		} {
			e := w.p1.Do(http.MethodGet, "/api/people/"+p2ID+"/times"+c.query, nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
			if e.Fields[c.field] == "" {
				t.Errorf("%s: fields %v, want %s named", c.query, e.Fields, c.field)
			}
		}
		e := w.p1.Do(http.MethodGet, "/api/people/"+w.p1ID+"/times", nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed").Error(t)
		if e.Fields["id"] == "" {
			t.Errorf("oneself: fields %v, want id named", e.Fields)
		}
		w.p1.Do(http.MethodGet, "/api/people/nobody/times", nil).WantError(t, http.StatusNotFound, "not_found")
		n.Client(t).Do(http.MethodGet, "/api/people/"+p2ID+"/times", nil).WantError(t, http.StatusUnauthorized, "unauthenticated")
	})
}

// TestSuggestTimesAcrossZones: Tokyo and Bogota share two hours a day with
// the default hours (08:00-10:00 in Tokyo is 18:00-20:00 in Bogota); each
// side's zone and hours come back for the browser to show both.
func TestSuggestTimesAcrossZones(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		tokyo, bogota := zoned(t, n, 11, "Asia/Tokyo"), zoned(t, n, 12, "America/Bogota")
		bogotaID := bogota.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
		got := getTimes(t, tokyo, bogotaID, "?minutes=60&count=3")
		if got.You.TimeZone != "Asia/Tokyo" || got.Them.TimeZone != "America/Bogota" || got.Minutes != 60 || len(got.Times) != 3 {
			t.Fatalf("times: %+v", got)
		}
		tz := func(name string) *time.Location { l, _ := time.LoadLocation(name); return l }
		for i, tm := range got.Times {
			tk, bg := tm.StartsAt.In(tz("Asia/Tokyo")), tm.EndsAt.In(tz("America/Bogota"))
			if tk.Hour() < 8 || tk.Hour() >= 9 || bg.Hour() < 18 || bg.Hour()*60+bg.Minute() > 20*60 {
				t.Errorf("%v: %s in Tokyo, ends %s in Bogota", tm.StartsAt, tk.Format("15:04"), bg.Format("15:04"))
			}
			if i > 0 && tm.StartsAt.Sub(got.Times[i-1].StartsAt) < 20*time.Hour {
				t.Errorf("two times on one day: %v, %v", got.Times[i-1].StartsAt, tm.StartsAt)
			}
		}
		var meta struct {
			EventDays []string `json:"event_days"`
		}
		n.Client(t).Do(http.MethodGet, "/api/meta", nil).Want(t, http.StatusOK).Decode(t, &meta)
		if today := time.Now().UTC().Format(time.DateOnly); len(meta.EventDays) != 14 || meta.EventDays[0] != today {
			t.Errorf("event days %v, want 14 from %s", meta.EventDays, today)
		}
	})
}

// TestSuggestTimesEventDays: a configured event that is over has no
// times, and meta says its days.
func TestSuggestTimesEventDays(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		a, b := zoned(t, n, 13, "Europe/Paris"), zoned(t, n, 14, "Asia/Kolkata")
		bID := b.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK).Map(t)["id"].(string)
		if got := getTimes(t, a, bID, ""); len(got.Times) != 0 {
			t.Errorf("an event that is over: %+v", got.Times)
		}
		var meta struct {
			EventDays []string `json:"event_days"`
		}
		n.Client(t).Do(http.MethodGet, "/api/meta", nil).Want(t, http.StatusOK).Decode(t, &meta)
		if len(meta.EventDays) != 6 || meta.EventDays[0] != "2020-11-02" || meta.EventDays[5] != "2020-11-09" {
			t.Errorf("event days %v", meta.EventDays)
		}
	}, func(c *server.Config) { c.EventDays = "2020-11-02/2020-11-06,2020-11-09" })
}

// zoned registers participant i living in zone.
func zoned(t *testing.T, n *testkit.Node, i int, zone string) *testkit.Client {
	t.Helper()
	body := testkit.Registration(i)
	body["time_zone"] = zone
	c, _ := n.Client(t).Register(t, body)
	return c
}
