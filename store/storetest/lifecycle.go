package storetest

import (
	"errors"
	"testing"

	"github.com/igf-village/village/store"
)

var lifecycleTests = []test{
	{"Lifecycle/PingThenClose", testPingClose},
}

func testPingClose(t *testing.T, s Store) {
	ctx := t.Context()
	must(t, s.Ping(ctx), "Ping of an open store")
	p := NewPerson(1)
	must(t, s.CreatePerson(ctx, p), "CreatePerson")
	must(t, s.Close(), "Close")

	if err := s.Ping(ctx); err == nil {
		t.Errorf("Ping after Close = nil, want an error")
	}
	// A closed store must not pass for an empty one: "not found" would
	// tell a caller that the person does not exist.
	_, err := s.Person(ctx, p.ID)
	if err == nil || errors.Is(err, store.ErrNotFound) {
		t.Errorf("Person after Close: %v, want an error other than ErrNotFound", err)
	}
	if err := s.CreatePerson(ctx, NewPerson(2)); err == nil {
		t.Errorf("CreatePerson after Close = nil, want an error")
	}
	if err := s.AppendMessage(ctx, NewMessage("room-closed", 1)); err == nil {
		t.Errorf("AppendMessage after Close = nil, want an error")
	}
	if _, err := s.MessagesAfter(ctx, "room-closed", 0, 10); err == nil {
		t.Errorf("MessagesAfter after Close = nil, want an error")
	}
	if _, err := s.LastSeq(ctx, "room-closed"); err == nil {
		t.Errorf("LastSeq after Close = nil, want an error")
	}
}
