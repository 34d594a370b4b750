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
	// ClosesByCode is Closes by close code alone (4008: send queue overflowed).
	ClosesByCode map[string]uint64 `json:"closes_by_code"`
	Server       Server            `json:"server"`
	Client       Client            `json:"client"`
	Booths       *BoothsReport     `json:"booths,omitempty"` // the booth side, with -visitors
	Break        *BreakReport      `json:"break,omitempty"`  // the break scenario
	Notes        []string          `json:"notes,omitempty"`
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

// Chat is what the senders offered, what the node achieved, and how long
// it took. Rates are over the chat's seconds; the replies and deliveries
// counted also include those that came during the drain after it.
type Chat struct {
	Sent           int64   `json:"sent"` // send requests written
	Acknowledged   int64   `json:"acknowledged"`
	Refused        int64   `json:"refused"`
	Unanswered     int64   `json:"unanswered"` // no reply by the end of the drain
	Skipped        int64   `json:"skipped"`    // ticks with no member to send from
	Expected       int64   `json:"expected_deliveries"`
	Received       int64   `json:"received_deliveries"`
	Missing        int64   `json:"missing_deliveries"`
	MissingPercent float64 `json:"missing_percent"`
	Seconds        float64 `json:"seconds"`
	// Offered is the configured rate of every room, and the deliveries it
	// makes with the members who joined; sent falls short of it when the
	// tool's writes block (the node is not reading) or a room is empty.
	OfferedSendsPerSec      float64 `json:"offered_sends_per_second"`
	OfferedDeliveriesPerSec float64 `json:"offered_deliveries_per_second"`
	SentPerSecond           float64 `json:"sent_per_second"`
	AckedPerSecond          float64 `json:"acknowledged_per_second"`
	// AchievedPercent is acknowledged sends as a share of those offered.
	AchievedPercent  float64           `json:"achieved_percent"`
	DeliveriesPerSec float64           `json:"deliveries_per_second"`
	RefusedByCode    map[string]uint64 `json:"refused_by_code"`
	Latency          Percentiles       `json:"delivery_latency"`   // send to each member's receipt
	SendLatency      Percentiles       `json:"send_reply_latency"` // send to its acknowledgement
	RefuseLatency    Percentiles       `json:"refusal_latency"`    // send to its refusal
	Unparsed         int64             `json:"unparsed"`
}

// chatCounts are the chat counters of a run, read once it is over.
type chatCounts struct {
	sent, acked, refused, skipped, expected, received int64
}

// chatFigures is the report's arithmetic: over secs of chat, at
// offeredSends a second in all with membersPerRoom in each room.
func chatFigures(n chatCounts, secs, offeredSends, membersPerRoom float64) Chat {
	ch := Chat{Sent: n.sent, Acknowledged: n.acked, Refused: n.refused, Skipped: n.skipped,
		Expected: n.expected, Received: n.received, Seconds: secs,
		OfferedSendsPerSec: offeredSends, OfferedDeliveriesPerSec: offeredSends * membersPerRoom}
	ch.Unanswered = n.sent - n.acked - n.refused
	ch.Missing = n.expected - n.received
	if n.expected > 0 {
		ch.MissingPercent = 100 * float64(ch.Missing) / float64(n.expected)
	}
	if secs > 0 {
		ch.SentPerSecond = float64(n.sent) / secs
		ch.AckedPerSecond = float64(n.acked) / secs
		ch.DeliveriesPerSec = float64(n.received) / secs
		if offeredSends > 0 {
			ch.AchievedPercent = 100 * ch.AckedPerSecond / offeredSends
		}
	}
	return ch
}

// closeCodes totals the connections the server closed by close code alone,
// from labels "<code> <reason>".
func closeCodes(closes map[string]uint64) map[string]uint64 {
	out := make(map[string]uint64, len(closes))
	for label, n := range closes {
		code, _, _ := strings.Cut(label, " ")
		out[code] += n
	}
	return out
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
	// The node's chat commits while running, from its histograms.
	Commits *Commits `json:"commits,omitempty"`
}

// Commits says where a send's wait went on the node: its history writes
// (one a batch, shared by every room) and the time from a message's
// queueing to its delivery. Quantiles are estimates within the node's
// histogram buckets (hub/metrics.go), in milliseconds.
type Commits struct {
	Count             float64 `json:"count"`
	MessagesPerCommit float64 `json:"messages_per_commit"`
	Write             Spread  `json:"write_ms"`
	QueuedToDelivered Spread  `json:"queued_to_delivered_ms"`
}

// Spread is a mean and three quantiles, in milliseconds.
type Spread struct {
	Mean float64 `json:"mean"`
	P50  float64 `json:"p50"`
	P90  float64 `json:"p90"`
	P99  float64 `json:"p99"`
}

func spreadMs(h nodeHistogram) Spread {
	return Spread{Mean: h.mean() * 1e3, P50: h.quantile(.5) * 1e3, P90: h.quantile(.9) * 1e3, P99: h.quantile(.99) * 1e3}
}

// commitsBetween is the node's commits between two samples, nil when
// there were none (a node before the histograms, or no chat).
func commitsBetween(a, b serverSample) *Commits {
	if !a.OK || !b.OK {
		return nil
	}
	write := b.Commit.since(a.Commit)
	if write.Count <= 0 {
		return nil
	}
	return &Commits{
		Count:             write.Count,
		MessagesPerCommit: b.CommitSize.since(a.CommitSize).Sum / write.Count,
		Write:             spreadMs(write),
		QueuedToDelivered: spreadMs(b.Stored.since(a.Stored)),
	}
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
	perRoom := 0.0
	if rep.Rooms > 0 {
		perRoom = float64(rep.Connections.Joined) / float64(rep.Rooms)
	}
	rep.Chat = chatFigures(chatCounts{sent: c.sent.Load(), acked: c.sendOK.Load(), refused: c.sendFailed.Load(),
		skipped: c.sendSkipped.Load(), expected: c.expected.Load(), received: c.received.Load()},
		chatFor.Seconds(), rep.RateTotal, perRoom)
	rep.Chat.RefusedByCode = c.sendRefusals.snapshot()
	rep.Chat.Latency, rep.Chat.SendLatency, rep.Chat.RefuseLatency = c.deliverLat.summary(), c.sendLat.summary(), c.refuseLat.summary()
	rep.Chat.Unparsed = c.unparsed.Load()

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
	rep.ClosesByCode = closeCodes(rep.Closes)

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
	s.Commits = commitsBetween(s.Connected, s.End)
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
		return fmt.Sprintf("p50 %.2fms  p90 %.2fms  p99 %.2fms  max %.2fms  (%d)", s.P50, s.P90, s.P99, s.Max, s.Count)
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
		p("chat         offered %.0f sends/s (%.0f deliveries/s); sent %.0f/s, acknowledged %.0f/s (%.1f%% of offered)",
			ch.OfferedSendsPerSec, ch.OfferedDeliveriesPerSec, ch.SentPerSecond, ch.AckedPerSecond, ch.AchievedPercent)
		p("  sends      %d sent, %d acknowledged, %d refused (%s), %d unanswered at the end; %d ticks without a sender",
			ch.Sent, ch.Acknowledged, ch.Refused, joinTally(ch.RefusedByCode), ch.Unanswered, ch.Skipped)
		p("  deliveries %.0f/s; %d expected, %d received, %d missing (%.3f%%)", ch.DeliveriesPerSec, ch.Expected, ch.Received, ch.Missing, ch.MissingPercent)
		p("  send to delivery %s", lat(ch.Latency))
		p("  send to ack      %s", lat(ch.SendLatency))
		if ch.RefuseLatency.Count > 0 {
			p("  send to refusal  %s", lat(ch.RefuseLatency))
		}
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
	p("closed by server %s", joinTally(rep.ClosesByCode))
	if len(rep.Closes) > 0 {
		p("  reasons    %s", joinTally(rep.Closes))
	}
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
	if k := s.Commits; k != nil {
		spread := func(s Spread) string {
			return fmt.Sprintf("mean %.2fms  p50 %.2fms  p90 %.2fms  p99 %.2fms", s.Mean, s.P50, s.P90, s.P99)
		}
		p("commits      %.0f chat commits, %.1f messages each (the node's histograms; quantiles within their buckets)", k.Count, k.MessagesPerCommit)
		p("  write      %s", spread(k.Write))
		p("  queued to delivered %s", spread(k.QueuedToDelivered))
	}
	p("cpu          node %.2f cores while connecting, %.2f while running; this tool %.2f and %.2f (of %d)",
		s.CPUCoresConnect, s.CPUCoresRun, rep.Client.CPUCoresConnect, rep.Client.CPUCoresRun, runtime.NumCPU())
	p("client       %.1f KiB heap and stack per connection", rep.Client.BytesPerConn/1024)
	if b := rep.Booths; b != nil {
		k := b.Knocks
		p("booths       %d in the village (%d open now), %d staffed by %d staff (%d seated); %d visitors; %d connected, %d failed (%s); %d visits",
			b.Booths, b.OpenNow, b.Staffed, b.Staff, b.StaffSeated, b.Visitors, b.Connected, b.Failed, joinTally(b.FailuresByKind), b.Visits)
		p("  chat       %d sent, %d acknowledged, %d refused (%s); deliveries %d expected, %d received (moving visitors make it approximate)",
			b.Chat.Sent, b.Chat.Acknowledged, b.Chat.Refused, joinTally(b.Chat.RefusedByCode), b.Chat.Expected, b.Chat.Received)
		p("  send to delivery %s", lat(b.Chat.Latency))
		p("knocks       %d asked, %d acknowledged, refused %s; %d taken, %d withdrawn, %d declined, %d open at the end; %d never seen queued",
			k.Asked, k.Acknowledged, joinTally(k.AskRefused), k.Taken, k.Withdrawn, k.Declined, k.Unresolved, k.Unseen)
		p("  takes      %d, refused %s; withdrawals refused %s, %d unanswered", k.Takes, joinTally(k.TakeRefused), joinTally(k.WithdrawRefused), k.WithdrawUnanswered)
		p("  ask to staff's queue %s", lat(k.QueueLatency))
		p("  ask to reply         %s", lat(k.AskLatency))
		p("  errors     %s; closed by server %s", joinTally(b.Errors), joinTally(closeCodes(b.Closes)))
	}
	if rep.Break != nil {
		rep.Break.print(w, lat)
	}
	for _, n := range rep.Notes {
		p("note: %s", n)
	}
}

// BoothsReport is the booth side of a run (-visitors).
type BoothsReport struct {
	Booths         int               `json:"booths"`
	OpenNow        int               `json:"open_now"`
	Staffed        int               `json:"staffed"`
	Staff          int               `json:"staff"`
	StaffSeated    int64             `json:"staff_seated"` // in their booth's room and their staff room
	Visitors       int               `json:"visitors"`
	Connected      int64             `json:"connected"`
	Failed         uint64            `json:"failed"`
	FailuresByKind map[string]uint64 `json:"failures_by_kind"`
	Visits         int64             `json:"visits"`
	Chat           Chat              `json:"chat"`
	Knocks         Knocks            `json:"knocks"`
	Errors         map[string]uint64 `json:"errors"`
	Closes         map[string]uint64 `json:"closes"`
}

// Knocks are the knocks' outcomes and latencies.
type Knocks struct {
	Asked        int64             `json:"asked"`
	Acknowledged int64             `json:"acknowledged"` // answered with a position
	AskRefused   map[string]uint64 `json:"ask_refused"`  // by code
	Taken        int64             `json:"taken"`
	Withdrawn    int64             `json:"withdrawn"`
	Declined     int64             `json:"declined"`
	Unresolved   int64             `json:"open_at_end"`
	// WithdrawUnanswered are withdrawals with no reply within 10 s.
	WithdrawUnanswered int64 `json:"withdraw_unanswered"`
	// Unseen knocks were acknowledged but never in a knock.queue that a
	// staff member of the booth received.
	Unseen          int64             `json:"unseen"`
	Takes           int64             `json:"takes"`
	TakeRefused     map[string]uint64 `json:"take_refused"` // colleagues racing: conflict, not_found
	WithdrawRefused map[string]uint64 `json:"withdraw_refused"`
	// QueueLatency runs from the visitor's knock.ask send to each staff
	// member's receipt of the first knock.queue naming the visitor.
	QueueLatency Percentiles `json:"ask_to_queue_latency"`
	AskLatency   Percentiles `json:"ask_reply_latency"`
	// EventsDropped are replies and events a visitor's walk had no room
	// for (it waits on one knock at a time, so none should be).
	EventsDropped int64 `json:"events_dropped"`
}

// boothsReport takes the booth side's counters once the run is over.
func (b *boothRun) report(chatFor time.Duration, booths int) *BoothsReport {
	c, k := &b.r.c, &b.k
	perRoom := 0.0
	if booths > 0 {
		perRoom = float64(len(b.visitors)+len(b.staff)) / float64(booths)
	}
	rep := &BoothsReport{Booths: booths, OpenNow: b.openNow, Staffed: len(b.staffed), Staff: len(b.staff),
		StaffSeated: k.staffJoined.Load(), Visitors: len(b.visitors),
		Connected: c.connected.Load(), Failed: c.connectFails.total(), FailuresByKind: c.connectFails.snapshot(),
		Visits: k.visits.Load(), Errors: c.errors.snapshot(), Closes: c.closes.snapshot()}
	rep.Chat = chatFigures(chatCounts{sent: c.sent.Load(), acked: c.sendOK.Load(), refused: c.sendFailed.Load(),
		skipped: c.sendSkipped.Load(), expected: c.expected.Load(), received: c.received.Load()},
		chatFor.Seconds(), b.cfg.boothRate*float64(booths), perRoom)
	rep.Chat.RefusedByCode = c.sendRefusals.snapshot()
	rep.Chat.Latency, rep.Chat.SendLatency = c.deliverLat.summary(), c.sendLat.summary()
	rep.Knocks = Knocks{Asked: k.asked.Load(), Acknowledged: k.acked.Load(), AskRefused: k.askRefused.snapshot(),
		Taken: k.taken.Load(), Withdrawn: k.withdrawn.Load(), Declined: k.declined.Load(), Unresolved: k.unresolved.Load(),
		WithdrawUnanswered: k.unanswered.Load(),
		Unseen:             b.unseenTotal(), Takes: k.takes.Load(), TakeRefused: k.takeRefused.snapshot(),
		WithdrawRefused: k.withdrawRefused.snapshot(), QueueLatency: k.queueLat.summary(), AskLatency: k.askLat.summary(),
		EventsDropped: k.dropped.Load()}
	return rep
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
