package main

import (
	"maps"
	"math"
	"testing"
)

// TestChatFigures checks the report's arithmetic: offered against
// achieved, rates over the chat's seconds, and what is missing.
func TestChatFigures(t *testing.T) {
	for _, tc := range []struct {
		name            string
		n               chatCounts
		secs, offered   float64
		perRoom         float64
		sentPS, ackedPS float64
		achieved        float64
		offeredDelivPS  float64
		deliveriesPS    float64
		unanswered      int64
		missing         int64
		missingPercent  float64
	}{
		{
			name: "everything carried", n: chatCounts{sent: 200, acked: 200, expected: 2000, received: 2000},
			secs: 20, offered: 10, perRoom: 10,
			sentPS: 10, ackedPS: 10, achieved: 100, offeredDelivPS: 100, deliveriesPS: 100,
		},
		{
			// 1,000 rooms of 10 at 10 a second for 20 s: the node acknowledges
			// 65,000 of 200,000 sends, refuses 100,000 and leaves 5,000
			// unanswered; 40,000 deliveries never came.
			name: "overloaded", n: chatCounts{sent: 170000, acked: 65000, refused: 100000, expected: 690000, received: 650000},
			secs: 20, offered: 10000, perRoom: 10,
			sentPS: 8500, ackedPS: 3250, achieved: 32.5, offeredDelivPS: 100000, deliveriesPS: 32500,
			unanswered: 5000, missing: 40000, missingPercent: 100 * 40000.0 / 690000,
		},
		{
			// Members that moved make received exceed expected a little: a
			// negative count missing, not an error.
			name: "more received than expected", n: chatCounts{sent: 10, acked: 10, expected: 90, received: 92, skipped: 3},
			secs: 2, offered: 5, perRoom: 9.5,
			sentPS: 5, ackedPS: 5, achieved: 100, offeredDelivPS: 47.5, deliveriesPS: 46,
			missing: -2, missingPercent: -200.0 / 90,
		},
		{
			name: "no chat (hold)", secs: 60,
		},
		{
			name: "no time", n: chatCounts{sent: 5, acked: 5, expected: 5, received: 5}, offered: 1, perRoom: 1,
			offeredDelivPS: 1,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := chatFigures(tc.n, tc.secs, tc.offered, tc.perRoom)
			for _, f := range []struct {
				what      string
				got, want float64
			}{
				{"sent/s", ch.SentPerSecond, tc.sentPS},
				{"acknowledged/s", ch.AckedPerSecond, tc.ackedPS},
				{"achieved %", ch.AchievedPercent, tc.achieved},
				{"offered sends/s", ch.OfferedSendsPerSec, tc.offered},
				{"offered deliveries/s", ch.OfferedDeliveriesPerSec, tc.offeredDelivPS},
				{"deliveries/s", ch.DeliveriesPerSec, tc.deliveriesPS},
				{"missing %", ch.MissingPercent, tc.missingPercent},
				{"unanswered", float64(ch.Unanswered), float64(tc.unanswered)},
				{"missing", float64(ch.Missing), float64(tc.missing)},
			} {
				if math.Abs(f.got-f.want) > 1e-9 {
					t.Errorf("%s = %v, want %v", f.what, f.got, f.want)
				}
			}
			if ch.Sent != tc.n.sent || ch.Acknowledged != tc.n.acked || ch.Refused != tc.n.refused || ch.Skipped != tc.n.skipped ||
				ch.Expected != tc.n.expected || ch.Received != tc.n.received || ch.Seconds != tc.secs {
				t.Errorf("counts %+v from %+v", ch, tc.n)
			}
		})
	}
}

func TestCloseCodes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		closes map[string]uint64
		want   map[string]uint64
	}{
		{"none", map[string]uint64{}, map[string]uint64{}},
		{"one reason", map[string]uint64{"4008 the send queue overflowed: the client is not reading": 312},
			map[string]uint64{"4008": 312}},
		{"reasons of one code added up", map[string]uint64{
			"4001 authenticate within 5 seconds": 2, "4001 the token was not accepted": 3,
			"1006 connection lost": 7, "1000 ": 1,
		}, map[string]uint64{"4001": 5, "1006": 7, "1000": 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := closeCodes(tc.closes); !maps.Equal(got, tc.want) {
				t.Errorf("closeCodes(%v) = %v, want %v", tc.closes, got, tc.want)
			}
		})
	}
}
