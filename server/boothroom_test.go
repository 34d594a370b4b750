package server_test

import (
	"net/http"
	"testing"
	"time"

	"github.com/igf-village/village/protocol"
	"github.com/igf-village/village/testkit"
)

// TestBoothRoom: a booth's live room through the server. Anyone signed in
// enters an existing booth's room; the booth's figures in the REST API
// come from who is in it; the pinned announcement arrives with the join
// and live; staff take a message out, a visitor may not; bad input
// changes nothing.
func TestBoothRoom(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		sec := n.Secretariat(t)
		org := sec.Do(http.MethodPost, "/api/organisations", orgBody("BPF Local Content")).Want(t, http.StatusCreated).Map(t)["id"].(string)
		booth := sec.Do(http.MethodPost, "/api/booths", map[string]any{"organisation_id": org}).Want(t, http.StatusCreated).Map(t)["id"].(string)
		staff := newStaff(t, n, sec, org)
		p, pAcc := n.Client(t).Register(t, testkit.Registration(3))
		room := "booth:" + booth

		n.Live(t, p.Token).Request("join", "booth:booth-nowhere", nil).Fails("not_found")

		visitor := n.Live(t, p.Token)
		var joined protocol.JoinResult
		visitor.Request("join", room, nil).Ok(&joined)
		if string(joined.State) != `{"announcement":""}` {
			t.Fatalf("a booth room's state on joining: %s", joined.State)
		}
		desk := n.Live(t, staff.Token)
		desk.Request("join", room, nil).Ok()

		// The figures come from the room's presence.
		figures := func() (visitors, staffOnline float64) {
			b := p.Do(http.MethodGet, "/api/booths/"+booth, nil).Want(t, http.StatusOK).Map(t)
			return b["visitors_now"].(float64), b["staff_online"].(float64)
		}
		deadline := time.Now().Add(5 * time.Second)
		for v, s := figures(); v != 1 || s != 1; v, s = figures() {
			if time.Now().After(deadline) {
				t.Fatalf("booth figures %v visitors, %v staff; want 1 and 1", v, s)
			}
			time.Sleep(20 * time.Millisecond)
		}
		var list struct {
			Items []map[string]any `json:"items"`
			Total int              `json:"total"`
		}
		p.Do(http.MethodGet, "/api/booths?staffed_now=true", nil).Want(t, http.StatusOK).Decode(t, &list)
		if list.Total != 1 || list.Items[0]["id"] != booth || list.Items[0]["staff_online"].(float64) != 1 {
			t.Fatalf("staffed now: %+v", list)
		}
		p.Do(http.MethodGet, "/api/booths?staffed_now=maybe", nil).WantError(t, http.StatusUnprocessableEntity, "validation_failed")

		// A bad announcement changes nothing and tells nobody.
		staff.Do(http.MethodPatch, "/api/booths/"+booth, map[string]any{"announcement": "two\nlines"}).
			WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		staff.Do(http.MethodPatch, "/api/booths/"+booth, map[string]any{"announcement": "Our director is here until 15:00 UTC"}).Want(t, http.StatusOK)
		ev := visitor.Await("booth.announcement", room)
		if string(ev.Payload) != `{"announcement":"Our director is here until 15:00 UTC"}` {
			t.Fatalf("announcement event %s", ev.Payload)
		}
		n.Live(t, p.Token).Request("join", room, nil).Ok(&joined)
		if string(joined.State) != `{"announcement":"Our director is here until 15:00 UTC"}` {
			t.Fatalf("state after the announcement: %s", joined.State)
		}

		// Moderation: staff take a visitor's message out; the visitor may not.
		var sent map[string]uint64
		visitor.Request("send", room, map[string]string{"text": "buy my stuff"}).Ok(&sent)
		visitor.Request("delete", room, map[string]any{"seq": sent["seq"], "reason": "mine"}).Fails("forbidden")
		desk.Request("delete", room, map[string]any{"seq": sent["seq"], "reason": "advertising"}).Ok()
		if ev := visitor.Await(protocol.TypeDeleted, room); ev.Room != room {
			t.Fatalf("deleted event %+v", ev)
		}
		var page protocol.HistoryResult
		visitor.Request("history", room, map[string]any{"after": 0}).Ok(&page)
		if len(page.Messages) != 1 || !page.Messages[0].Deleted || page.Messages[0].Text != "" {
			t.Fatalf("history after the delete: %+v", page.Messages)
		}
		var log struct {
			Items []map[string]any `json:"items"`
		}
		sec.Do(http.MethodGet, "/api/moderation/log?room="+booth, nil).Want(t, http.StatusOK).Decode(t, &log)
		if len(log.Items) != 1 || log.Items[0]["action"] != "message_deleted" || log.Items[0]["reason"] != "advertising" ||
			log.Items[0]["person_id"] != pAcc["id"] || log.Items[0]["seq"].(float64) != float64(sent["seq"]) {
			t.Fatalf("moderation log after the delete: %+v", log.Items)
		}

		// A mute set over REST holds in the live room, and only there.
		staff.Do(http.MethodPost, "/api/booths/"+booth+"/mutes", map[string]any{"person_id": pAcc["id"], "minutes": 10, "reason": "flooding"}).
			Want(t, http.StatusCreated)
		visitor.Request("send", room, map[string]string{"text": "still here"}).Fails("muted")
		visitor.Request("join", "lobby", nil).Ok()
		visitor.Request("send", "lobby", map[string]string{"text": "elsewhere I may"}).Ok()
		staff.Do(http.MethodDelete, "/api/booths/"+booth+"/mutes/"+pAcc["id"].(string), nil).Want(t, http.StatusNoContent)
		visitor.Request("send", room, map[string]string{"text": "back"}).Ok()
	})
}
