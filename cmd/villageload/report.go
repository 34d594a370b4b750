package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"time"
)

// Report is what a run measured; -json prints it as it is.
type Report struct {
	Scenario    string            `json:"scenario"`
	Target      string            `json:"target"`
	Live        string            `json:"live"`
	Nodes       []string          `json:"nodes,omitempty"` // live endpoints, when several
	LocalIPs    int               `json:"local_ips,omitempty"`
	Users       int               `json:"users"`
	Rooms       int               `json:"rooms"`
	RoomsMode   string            `json:"rooms_mode"`
	FirstRoom   string            `json:"first_room,omitempty"`
	RatePerRoom float64           `json:"rate_per_room"`
	RateTotal   float64           `json:"rate_total"`
	Duration    string            `json:"duration"`
	Ramp        float64           `json:"ramp"`
	Limits      Limits            `json:"limits"`
	Accounts    accountStats      `json:"accounts"`
	Connections Connections       `json:"connections"`
	Chat        Chat              `json:"chat"`
	Presence    Presence          `json:"presence"`
	Pings       Pings             `json:"pings"`
	Moves       int64             `json:"moves"`
	Errors      map[string]uint64 `json:"errors"` // error replies, "op:code"
	Closes      map[string]uint64 `json:"closes"` // connections the server ended, "code reason"
	Server      Server            `json:"server"`
	Client      Client            `json:"client"`
	Notes       []string          `json:"notes,omitempty"`
}

type Limits struct {
	OpenFiles     uint64 `json:"open_files"`
	OpenFilesHard uint64 `json:"open_files_hard"`
	LocalPorts    int    `json:"local_ports,omitempty"`
}

type Connections struct {
	Attempted      int64             `json:"attempted"`
	Connected      int64             `json:"connected"`
	Joined         int64             `json:"joined"`
	Failed         uint64            `json:"failed"`
	FailuresByKind map[string]uint64 `json:"failures_by_kind"`
	Seconds        float64           `json:"seconds"`
	PeakOpen       int64             `json:"peak_open"`
	OpenAtEnd      int64             `json:"open_at_end"`
	ConnectLatency Percentiles       `json:"connect_latency"`
	JoinLatency    Percentiles       `json:"join_latency"`
}

type Chat struct {
	Sent             int64       `json:"sent"`
	Acknowledged     int64       `json:"acknowledged"`
	Refused          int64       `json:"refused"`
	Unanswered       int64       `json:"unanswered"` // no reply by the end of the drain
	Skipped          int64       `json:"skipped"`    // ticks with no member to send from
	Expected         int64       `json:"expected_deliveries"`
	Received         int64       `json:"received_deliveries"`
	Missing          int64       `json:"missing_deliveries"`
	MissingPercent   float64     `json:"missing_percent"`
	Seconds          float64     `json:"seconds"`
	SentPerSecond    float64     `json:"sent_per_second"`
	DeliveriesPerSec float64     `json:"deliveries_per_second"`
	Latency          Percentiles `json:"delivery_latency"`
	SendLatency      Percentiles `json:"send_reply_latency"`
	Unparsed         int64       `json:"unparsed"`
}

type Presence struct {
	Frames          int64   `json:"frames"`
	DuringConnect   int64   `json:"frames_during_connect"`
	PerMemberMean   float64 `json:"per_member_mean"`
	PerMemberMedian uint32  `json:"per_member_median"`
	PerMemberMax    uint32  `json:"per_member_max"`
}

type Pings struct {
	Sent     int64       `json:"sent"`
	Answered int64       `json:"answered"`
	RTT      Percentiles `json:"rtt"`
}

type Server struct {
	Before    serverSample `json:"before"`
	Connected serverSample `json:"connected"`
	Peak      serverSample `json:"peak"`
	End       serverSample `json:"end"`
	// Memory per connection: (RSS with everyone connected - RSS before) /
	// connections; the heap's share likewise.
	RSSPerConn     float64 `json:"rss_bytes_per_connection"`
	HeapPerConn    float64 `json:"heap_bytes_per_connection"`
	StackPerConn   float64 `json:"stack_bytes_per_connection"`
	PeakRSSPerConn float64 `json:"peak_rss_bytes_per_connection"`
	// CPU the node used while connecting, and from the start of the chat
	// (or hold) to the end of the drain, in cores (1 = one core busy).
	CPUCoresConnect float64 `json:"cpu_cores_connect"`
	CPUCoresRun     float64 `json:"cpu_cores_run"`
}

type Client struct {
	BytesPerConn float64 `json:"heap_and_stack_bytes_per_connection"`
	// CPU this tool used, likewise: on one machine the tool and the node
	// share the cores.
	CPUCoresConnect float64 `json:"cpu_cores_connect"`
	CPUCoresRun     float64 `json:"cpu_cores_run"`
}

// fill takes the counters once the run is over.
func (rep *Report) fill(r *run, chatFor time.Duration, presenceAtConnect int64) {
	c := &r.c
	secs := chatFor.Seconds()
	rep.Chat = Chat{
		Sent: c.sent.Load(), Acknowledged: c.sendOK.Load(), Refused: c.sendFailed.Load(), Skipped: c.sendSkipped.Load(),
		Expected: c.expected.Load(), Received: c.received.Load(), Seconds: secs,
		Latency: c.deliverLat.summary(), SendLatency: c.sendLat.summary(), Unparsed: c.unparsed.Load(),
	}
	rep.Chat.Unanswered = rep.Chat.Sent - rep.Chat.Acknowledged - rep.Chat.Refused
	rep.Chat.Missing = rep.Chat.Expected - rep.Chat.Received
	if rep.Chat.Expected > 0 {
		rep.Chat.MissingPercent = 100 * float64(rep.Chat.Missing) / float64(rep.Chat.Expected)
	}
	if secs > 0 {
		rep.Chat.SentPerSecond = float64(rep.Chat.Sent) / secs
		rep.Chat.DeliveriesPerSec = float64(rep.Chat.Received) / secs
	}

	var per []uint32
	for _, m := range r.members {
		if m.live.Load() || m.presence.Load() > 0 {
			per = append(per, m.presence.Load())
		}
	}
	rep.Presence = Presence{Frames: c.presence.Load(), DuringConnect: presenceAtConnect}
	if len(per) > 0 {
		sort.Slice(per, func(i, j int) bool { return per[i] < per[j] })
		var sum uint64
		for _, p := range per {
			sum += uint64(p)
		}
		rep.Presence.PerMemberMean = float64(sum) / float64(len(per))
		rep.Presence.PerMemberMedian = per[len(per)/2]
		rep.Presence.PerMemberMax = per[len(per)-1]
	}
	rep.Pings = Pings{Sent: c.pings.Load(), Answered: c.pongs.Load(), RTT: c.pingLat.summary()}
	rep.Moves = c.moves.Load()
	rep.Errors = c.errors.snapshot()
	rep.Closes = c.closes.snapshot()

	s := &rep.Server
	if s.Before.OK && s.Connected.OK && s.Connected.Connections > s.Before.Connections {
		n := s.Connected.Connections - s.Before.Connections
		s.RSSPerConn = (s.Connected.RSS - s.Before.RSS) / n
		s.HeapPerConn = (s.Connected.HeapInuse - s.Before.HeapInuse) / n
		s.StackPerConn = (s.Connected.StackInuse - s.Before.StackInuse) / n
	}
	cores := func(a, b serverSample) float64 {
		if !a.OK || !b.OK || !b.At.After(a.At) {
			return 0
		}
		return (b.CPUSeconds - a.CPUSeconds) / b.At.Sub(a.At).Seconds()
	}
	s.CPUCoresConnect = cores(s.Before, s.Connected)
	s.CPUCoresRun = cores(s.Connected, s.End)
	if s.Before.OK && s.Peak.OK && s.Peak.Connections > s.Before.Connections {
		s.PeakRSSPerConn = (s.Peak.RSS - s.Before.RSS) / (s.Peak.Connections - s.Before.Connections)
	}
	if rep.Accounts.Registered > 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d accounts were registered just before connecting: the node's memory still holds "+
			"their password hashing (about 19 MiB each, until its next GC), so the per-connection memory is not to be trusted. "+
			"For memory figures, run once with -token-file, restart the node on the same data directory, and run again.", rep.Accounts.Registered))
	}
	if rep.Accounts.Refreshed > 0 && rep.Accounts.Registered == 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d tokens were refreshed just before connecting: the node's heap holds some of that garbage, "+
			"so the per-connection memory reads a little high or low", rep.Accounts.Refreshed))
	}
	if r.cfg.moveEvery > 0 {
		rep.Notes = append(rep.Notes, "members moved between rooms: expected deliveries are counted from the members the tool knew joined "+
			"when each message was sent, so a few more or fewer is normal")
	}
}

func (rep *Report) writeJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep)
}

func (rep *Report) print(w io.Writer) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
	lat := func(s Percentiles) string {
		if s.Count == 0 {
			return "none"
		}
		return fmt.Sprintf("p50 %.2fms  p95 %.2fms  p99 %.2fms  max %.2fms  (%d)", s.P50, s.P95, s.P99, s.Max, s.Count)
	}
	c := rep.Connections
	p("")
	p("== villageload summary: %s, %d users, %d rooms ==", orDefault(rep.Scenario, "custom"), rep.Users, rep.Rooms)
	p("connections  %d/%d connected, %d joined, %d failed, in %.1fs (peak open %d, open at end %d)",
		c.Connected, rep.Users, c.Joined, c.Failed, c.Seconds, c.PeakOpen, c.OpenAtEnd)
	if len(c.FailuresByKind) > 0 {
		p("  failures   %s", joinTally(c.FailuresByKind))
	}
	p("  connect    %s", lat(c.ConnectLatency))
	p("  join       %s", lat(c.JoinLatency))
	ch := rep.Chat
	if ch.Sent > 0 || rep.RatePerRoom > 0 {
		p("chat         %d sent (%.1f/s), %d acknowledged, %d refused, %d unanswered at the end; %d ticks without a sender",
			ch.Sent, ch.SentPerSecond, ch.Acknowledged, ch.Refused, ch.Unanswered, ch.Skipped)
		p("  deliveries %d expected, %d received, %d missing (%.3f%%), %.0f/s", ch.Expected, ch.Received, ch.Missing, ch.MissingPercent, ch.DeliveriesPerSec)
		p("  latency    %s", lat(ch.Latency))
		p("  send reply %s", lat(ch.SendLatency))
	}
	pr := rep.Presence
	p("presence     %d frames (%d while connecting); per member mean %.1f, median %d, max %d",
		pr.Frames, pr.DuringConnect, pr.PerMemberMean, pr.PerMemberMedian, pr.PerMemberMax)
	if rep.Pings.Sent > 0 {
		p("pings        %d sent, %d answered, rtt %s", rep.Pings.Sent, rep.Pings.Answered, lat(rep.Pings.RTT))
	}
	if rep.Moves > 0 {
		p("moves        %d", rep.Moves)
	}
	p("errors       %s", joinTally(rep.Errors))
	p("closed by server %s", joinTally(rep.Closes))
	s := rep.Server
	if s.Before.OK && s.Connected.OK {
		p("server       connections %.0f -> %.0f (peak %.0f); RSS %s -> %s (peak %s); heap in use %s -> %s; goroutines %.0f -> %.0f",
			s.Before.Connections, s.Connected.Connections, s.Peak.Connections, mib(s.Before.RSS), mib(s.Connected.RSS), mib(s.Peak.RSS),
			mib(s.Before.HeapInuse), mib(s.Connected.HeapInuse), s.Before.Goroutines, s.Connected.Goroutines)
		p("  per conn   RSS %.1f KiB: heap in use %.1f KiB, goroutine stacks %.1f KiB, the rest (heap not yet returned, runtime) %.1f KiB (connected, idle); RSS %.1f KiB at peak",
			s.RSSPerConn/1024, s.HeapPerConn/1024, s.StackPerConn/1024, (s.RSSPerConn-s.HeapPerConn-s.StackPerConn)/1024, s.PeakRSSPerConn/1024)
		if s.End.Overflows > s.Before.Overflows || s.End.Dropped > s.Before.Dropped {
			p("  queues     %.0f connections closed as slow, %.0f presence frames dropped", s.End.Overflows-s.Before.Overflows, s.End.Dropped-s.Before.Dropped)
		}
	} else {
		p("server       /metrics not readable: no memory figures")
	}
	p("cpu          node %.2f cores while connecting, %.2f while running; this tool %.2f and %.2f (of %d)",
		s.CPUCoresConnect, s.CPUCoresRun, rep.Client.CPUCoresConnect, rep.Client.CPUCoresRun, runtime.NumCPU())
	p("client       %.1f KiB heap and stack per connection", rep.Client.BytesPerConn/1024)
	for _, n := range rep.Notes {
		p("note: %s", n)
	}
}

func joinTally(m map[string]uint64) string {
	if len(m) == 0 {
		return "none"
	}
	var parts []string
	for _, k := range sortedKeys(m) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}
