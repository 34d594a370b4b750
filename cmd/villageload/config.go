package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/igf-village/village/auth"
)

// Defaults, named so that the usage and the code agree.
const (
	DefaultURL                 = "http://127.0.0.1:8080"
	DefaultUsers               = 100
	DefaultRate                = 1.0 // messages a second per room
	DefaultDuration            = 10 * time.Second
	DefaultRamp                = 200.0 // connections opened a second
	DefaultConnectTimeout      = 30 * time.Second
	DefaultRoomPattern         = "load:%d"
	DefaultRegisterConcurrency = 8
	DefaultDrain               = 10 * time.Second
	DefaultMoveFraction        = 0.01
	DefaultMintIDs             = "p-%05d" // the demo village's person IDs
	DefaultMintFrom            = 2        // p-00001 is the secretariat; staff, then participants follow
	MaxDuration                = 2 * time.Hour
	DefaultStaffedBooths       = 20
	DefaultStaffPerBooth       = 2
	DefaultBoothRate           = 0.1 // messages a second in each booth's room
	DefaultKnockFraction       = 0.5
	DefaultVisit               = 6 * time.Second
	DefaultPatience            = 5 * time.Second
	DefaultStaffThink          = time.Second
	DefaultStaffTalk           = 3 * time.Second
	maxDialsInFlight           = 512
)

// Room modes.
const (
	roomsLobby   = "lobby"   // everyone in the lobby (needs nothing on the node)
	roomsPattern = "pattern" // -rooms rooms named by -room-pattern (load:%d needs VILLAGE_LOAD_ROOMS=true)
	roomsList    = "list"    // the rooms of -room-list
)

type config struct {
	url, wsURL          string
	nodes               string   // -nodes: several base URLs
	wsURLs              []string // live endpoints the members are spread over
	localIPs            int      // spread source addresses over 127.0.0.2...
	scenario            string
	users               int
	rooms               int
	roomsMode           string
	roomPattern         string
	roomList            string
	roomNames           []string
	rate                float64 // per room
	rateTotal           float64
	duration            time.Duration
	ramp                float64
	connectTimeout      time.Duration
	drain               time.Duration
	moveEvery           time.Duration
	moveFraction        float64
	heartbeat           time.Duration
	headerAuth          bool
	tokenFile           string
	runID               string
	registerConcurrency int
	mintSecret          string
	mintIDs             string
	mintFrom            int
	mintIssuer          string
	mintAudience        string
	allowRemote         bool
	jsonOut             bool
	wait                time.Duration
	sample              time.Duration
	// The booth side (booths.go): visitors walking from booth to booth,
	// staff taking their knocks.
	visitors      int
	staffedBooths int
	staffPerBooth int
	boothRate     float64
	knockFraction float64
	visit         time.Duration
	patience      time.Duration
	staffThink    time.Duration
	staffTalk     time.Duration
	// The break scenario (breaks.go): a coffee break by language.
	breakMinutes int
	roundMinutes int
	tableSize    int
	chatLines    int
	breakLead    time.Duration
}

// ratePerRoom is the chat rate of each room.
func (c *config) ratePerRoom() float64 {
	if len(c.roomNames) == 0 {
		return 0
	}
	if c.rateTotal > 0 {
		return c.rateTotal / float64(len(c.roomNames))
	}
	return c.rate
}

// scenario is a preset: the values it gives the flags not set explicitly.
type scenario struct {
	about string
	set   func(c *config, explicit map[string]bool)
}

var scenarios = map[string]scenario{
	"big-room": {"5,000 users in one room, 20 messages a second in all", func(c *config, ex map[string]bool) {
		def(ex, "users", &c.users, 5000)
		def(ex, "rooms", &c.rooms, 1)
		def(ex, "rate-total", &c.rateTotal, 20)
		def(ex, "duration", &c.duration, 30*time.Second)
		def(ex, "ramp", &c.ramp, 500)
	}},
	"many-rooms": {"1,000 rooms of 10 users, 10 messages a second in each (100,000 deliveries a second)", func(c *config, ex map[string]bool) {
		def(ex, "users", &c.users, 10000)
		def(ex, "rooms", &c.rooms, max(1, c.users/10))
		def(ex, "rate", &c.rate, 10)
		def(ex, "duration", &c.duration, 30*time.Second)
		def(ex, "ramp", &c.ramp, 1000)
	}},
	"join-storm": {"1,000 users join one room within 10 s, no chat: presence frames per member", func(c *config, ex map[string]bool) {
		def(ex, "users", &c.users, 1000)
		def(ex, "rooms", &c.rooms, 1)
		def(ex, "rate", &c.rate, 0)
		def(ex, "ramp", &c.ramp, float64(c.users)/10)
		def(ex, "duration", &c.duration, 5*time.Second)
	}},
	"booths": {"a 5,000-member lobby chatting 2 messages a second, beside 300 visitors walking from booth to booth, chatting and knocking, and the staff of 20 open booths taking the knocks (needs -mint-secret and the demo village)", func(c *config, ex map[string]bool) {
		def(ex, "users", &c.users, 5000)
		def(ex, "rooms", &c.rooms, 1)
		def(ex, "rate-total", &c.rateTotal, 2)
		def(ex, "duration", &c.duration, 30*time.Second)
		def(ex, "ramp", &c.ramp, 500)
		def(ex, "visitors", &c.visitors, 300)
	}},
	"break": {"6,000 participants sign up for one 30-minute coffee break by language in 10-minute rounds, sit at the tables the node gives them and chat there: seating, mismatches, repeats and the new contacts recorded (needs -mint-secret and the demo village)", func(c *config, ex map[string]bool) {
		def(ex, "users", &c.users, 6000)
		def(ex, "rooms", &c.rooms, 0)
		def(ex, "rate", &c.rate, 0)
		def(ex, "ramp", &c.ramp, 500)
	}},
	"hold": {"connections held idle (no room) with heartbeats: memory per connection", func(c *config, ex map[string]bool) {
		def(ex, "users", &c.users, 15000)
		def(ex, "rooms", &c.rooms, 0)
		def(ex, "rate", &c.rate, 0)
		def(ex, "heartbeat", &c.heartbeat, 25*time.Second)
		def(ex, "duration", &c.duration, 60*time.Second)
		def(ex, "ramp", &c.ramp, 1000)
	}},
}

func def[T any](explicit map[string]bool, name string, v *T, d T) {
	if !explicit[name] {
		*v = d
	}
}

const usageText = `villageload simulates participants on a Village node's live endpoint and
measures what they see.

Usage: villageload [flags]

It registers accounts through the REST API (or reuses -token-file, or
with -mint-secret signs access tokens itself for people the node already
has, such as the demo village's), opens -users WebSockets at -ramp a
second, joins each to a room, chats at the given rate with the send time
in each message, and after -duration prints connections reached, delivery
latency percentiles, expected and received deliveries, errors by code,
presence frames per member, the node's memory per connection (from its
/metrics) and the CPU the node and the tool used.

Start the node for load runs with
  VILLAGE_LOGIN_PER_IP=1000000   registration is rate limited per address
  VILLAGE_LOAD_ROOMS=true        rooms named load:<anything> (more than one room)
  VILLAGE_ACCESS_TTL=2h          runs longer than the tokens (15 minutes by default)

Or skip registration altogether: seed the demo village and sign tokens with
the node's own secret (tokens then last as long as the run needs):
  VILLAGE_DEMO=true VILLAGE_DEMO_PARTICIPANTS=16000 VILLAGE_JWT_SECRET=<secret>
  villageload -mint-secret <secret> -mint-ids p-%05d -mint-from 2 ...

The booths scenario (or -visitors on any run) adds, beside the -users
members, booth visitors and staff: people of the demo village, so it needs
-mint-secret and a node with VILLAGE_DEMO=true and enough participants
(-users plus -visitors). The tool reads the booths and the staff over REST
with a token it signs for the secretariat (-mint-ids number 1); the lobby
and the visitors are the participants, in ID order. The staff of up to
-staffed-booths booths open now sit in their booth's room and their staff
room and take knocks after -staff-think; visitors walk from booth to booth
(half the visits to a staffed booth), stay about -visit, chat at
-booth-rate a booth, knock at a staffed booth with -knock-fraction, and
withdraw after about -patience when not taken. The report adds the time
from each knock.ask to each of the booth's staff receiving the knock.queue
that names the visitor (p50/p90/p99/max), the knocks' outcomes (taken,
withdrawn, refused by code, open at the end), and the booth chat.
  make bench-load LOAD_SCENARIO=booths [PIN=1]

The break scenario holds one coffee break by language with the demo
village's participants (-users of them, in ID order; needs -mint-secret
and VILLAGE_DEMO_PARTICIPANTS of at least -users). The secretariat (-mint-ids
number 1) schedules a break of -break-minutes in rounds of -round-minutes,
offering the six UN languages; each participant connects, reads their
profile (GET /api/me) and signs up with the languages of it that the break
offers, enters the break's room before the start and stays to the end: at
each round they join the table the node gives them (break.table), say
-chat-lines lines there and move on at the next. A break's minute lasts
what the node's VILLAGE_BREAK_MINUTE says (a minute by default; 6s turns a
30-minute break in 3): the tool learns it from the break's round_seconds.
The report gives, for each round, the people present, seated (and at how
many tables, of which sizes), waiting (by reason) and unplaced; the time from the round's start to each person's
break.table (p50/p99/max); the people told a table in a language they did
not choose; people alone; pairs who sat together in an earlier round; the
lines sent and delivered; and at the end the distinct new contacts of kind
table that the product recorded (the secretariat's GET
/api/contacts/figures before and after), against the target of 10,000.
  make bench-load LOAD_SCENARIO=break [PIN=1]   (the node with VILLAGE_BREAK_MINUTE=6s)

Scenarios (-scenario presets; flags given explicitly win):
`

func parseFlags(args []string, stderr io.Writer) (config, error) {
	c := config{}
	fs := flag.NewFlagSet("villageload", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		for _, name := range []string{"big-room", "many-rooms", "join-storm", "hold", "booths", "break"} {
			fmt.Fprintf(stderr, "  %-11s %s\n", name, scenarios[name].about)
		}
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	fs.StringVar(&c.url, "url", DefaultURL, "the node's HTTP base URL; the live endpoint is its /ws")
	fs.StringVar(&c.nodes, "nodes", "", "comma-separated base URLs of several nodes of one cluster: each room's members are spread over them in turn (default: -url alone; /metrics is read from -url)")
	fs.IntVar(&c.localIPs, "local-ips", 0, "dial from this many loopback source addresses, 127.0.0.2 on (0: the system's choice); each has its own ephemeral ports")
	fs.StringVar(&c.scenario, "scenario", "", "preset: big-room, many-rooms, join-storm, hold, booths or break")
	fs.IntVar(&c.users, "users", DefaultUsers, "simulated participants, one connection each")
	fs.IntVar(&c.rooms, "rooms", 1, "rooms to spread them over (0: connect only, join none)")
	fs.StringVar(&c.roomsMode, "rooms-mode", "", "room names: lobby (everyone in the lobby), pattern (-room-pattern) or list (-room-list); default lobby for one room, pattern for more")
	fs.StringVar(&c.roomPattern, "room-pattern", DefaultRoomPattern, "room name pattern for rooms-mode pattern, with %d for the room number")
	fs.StringVar(&c.roomList, "room-list", "", "comma-separated room names for rooms-mode list")
	fs.Float64Var(&c.rate, "rate", DefaultRate, "chat messages a second in each room")
	fs.Float64Var(&c.rateTotal, "rate-total", 0, "chat messages a second in all, spread over the rooms (overrides -rate)")
	fs.DurationVar(&c.duration, "duration", DefaultDuration, "how long to chat (or hold) once connected")
	fs.Float64Var(&c.ramp, "ramp", DefaultRamp, "connections opened a second")
	fs.DurationVar(&c.connectTimeout, "connect-timeout", DefaultConnectTimeout, "how long one connection may take to dial, authenticate and join")
	fs.DurationVar(&c.drain, "drain", DefaultDrain, "how long to wait for deliveries after the last send")
	fs.DurationVar(&c.moveEvery, "move-every", 0, "every this often, some members move to another room (0: never)")
	fs.Float64Var(&c.moveFraction, "move-fraction", DefaultMoveFraction, "fraction of the members that move each time")
	fs.DurationVar(&c.heartbeat, "heartbeat", 0, "each member pings this often (0: never; the server's pings go on regardless)")
	fs.BoolVar(&c.headerAuth, "header-auth", false, "send the token in the Authorization header instead of the first message")
	fs.StringVar(&c.tokenFile, "token-file", "", "keep accounts here (JSON lines): reused, refreshed when needed, extended by registration")
	fs.StringVar(&c.runID, "run-id", "", "names this run's accounts load-<run-id>-<i>@load.example (default: random)")
	fs.IntVar(&c.registerConcurrency, "register-concurrency", DefaultRegisterConcurrency, "registrations at once")
	fs.StringVar(&c.mintSecret, "mint-secret", "", "the node's VILLAGE_JWT_SECRET: sign access tokens here for existing people (see -mint-ids) instead of registering accounts")
	fs.StringVar(&c.mintIDs, "mint-ids", DefaultMintIDs, "person ID pattern for -mint-secret, with a %d for the number")
	fs.IntVar(&c.mintFrom, "mint-from", DefaultMintFrom, "first number for -mint-ids; user i gets the ID of number mint-from+i")
	fs.StringVar(&c.mintIssuer, "mint-issuer", auth.DefaultIssuer, "issuer of minted tokens (the node's VILLAGE_JWT_ISSUER)")
	fs.StringVar(&c.mintAudience, "mint-audience", auth.DefaultAudience, "audience of minted tokens (the node's VILLAGE_JWT_AUDIENCE)")
	fs.BoolVar(&c.allowRemote, "allow-remote", false, "allow a target that is not on this machine's loopback")
	fs.BoolVar(&c.jsonOut, "json", false, "print the report as JSON")
	fs.DurationVar(&c.wait, "wait", 10*time.Second, "wait this long for the node to answer /healthz before starting")
	fs.DurationVar(&c.sample, "sample", 2*time.Second, "how often to sample the node's /metrics for the peak")
	fs.IntVar(&c.visitors, "visitors", 0, "booth visitors beside the -users members: each walks from booth to booth, chats and sometimes knocks (needs -mint-secret and the demo village)")
	fs.IntVar(&c.staffedBooths, "staffed-booths", DefaultStaffedBooths, "with -visitors: staff this many of the booths open now")
	fs.IntVar(&c.staffPerBooth, "staff-per-booth", DefaultStaffPerBooth, "with -visitors: staff members in each staffed booth (at most the organisation's)")
	fs.Float64Var(&c.boothRate, "booth-rate", DefaultBoothRate, "with -visitors: chat messages a second in each booth's room")
	fs.Float64Var(&c.knockFraction, "knock-fraction", DefaultKnockFraction, "with -visitors: share of the visits to a staffed booth that knock")
	fs.DurationVar(&c.visit, "visit", DefaultVisit, "with -visitors: mean stay at a booth (from half to one and a half times it)")
	fs.DurationVar(&c.patience, "patience", DefaultPatience, "with -visitors: mean wait before a knock not taken is withdrawn")
	fs.DurationVar(&c.staffThink, "staff-think", DefaultStaffThink, "with -visitors: mean time staff take to take a knock they see")
	fs.DurationVar(&c.staffTalk, "staff-talk", DefaultStaffTalk, "with -visitors: mean talk after a take, before the staff member takes another")
	fs.IntVar(&c.breakMinutes, "break-minutes", DefaultBreakMinutes, "break scenario: the break's length, in its minutes")
	fs.IntVar(&c.roundMinutes, "round-minutes", DefaultRoundMinutes, "break scenario: a round's length, in the break's minutes (3 to 60)")
	fs.IntVar(&c.tableSize, "table-size", 0, "break scenario: people a table (3 to 6; 0: the node's default)")
	fs.IntVar(&c.chatLines, "chat-lines", DefaultChatLines, "break scenario: lines each person says at each table")
	fs.DurationVar(&c.breakLead, "break-lead", 10*time.Second, "break scenario: time left before the start once everyone should be in the break's room")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	explicit := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { explicit[f.Name] = true })
	if c.scenario != "" {
		s, ok := scenarios[c.scenario]
		if !ok {
			return c, fmt.Errorf("scenario: %q is not one of big-room, many-rooms, join-storm, hold, booths, break", c.scenario)
		}
		s.set(&c, explicit)
	}
	if c.runID == "" {
		b := make([]byte, 4)
		_, _ = rand.Read(b)
		c.runID = hex.EncodeToString(b)
	}
	return c, c.validate()
}

// validate checks every flag, names the ones that are wrong, and derives
// the room names and the live URL.
func (c *config) validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if ws, err := liveURL(c.url, c.allowRemote); err != nil {
		bad("url: %v", err)
	} else {
		c.url = strings.TrimRight(c.url, "/")
		c.wsURL = ws
	}
	if c.users < 1 {
		bad("users: at least 1")
	}
	if c.rooms < 0 {
		bad("rooms: 0 or more")
	}
	if c.rate < 0 || c.rateTotal < 0 {
		bad("rate and rate-total: 0 or more")
	}
	if c.duration <= 0 || c.duration > MaxDuration {
		bad("duration: more than 0, at most %v", MaxDuration)
	}
	if c.ramp <= 0 {
		bad("ramp: more than 0 connections a second")
	}
	if c.connectTimeout <= 0 || c.drain < 0 || c.moveEvery < 0 || c.heartbeat < 0 || c.sample <= 0 {
		bad("connect-timeout and sample: more than 0; drain, move-every and heartbeat: 0 or more")
	}
	if c.moveFraction <= 0 || c.moveFraction > 1 {
		bad("move-fraction: more than 0, at most 1")
	}
	if c.registerConcurrency < 1 {
		bad("register-concurrency: at least 1")
	}
	if c.mintSecret != "" {
		if len(c.mintSecret) < auth.MinSecret {
			bad("mint-secret: at least %d bytes, as the node requires of VILLAGE_JWT_SECRET", auth.MinSecret)
		}
		if c.tokenFile != "" {
			bad("mint-secret and token-file: one or the other")
		}
	}
	if strings.Count(c.mintIDs, "%") != 1 || strings.Contains(fmt.Sprintf(c.mintIDs, 1), "%!") {
		bad("mint-ids: a pattern with one %%d, such as %s", DefaultMintIDs)
	}
	if c.mintFrom < 0 {
		bad("mint-from: 0 or more")
	}
	if c.visitors < 0 {
		bad("visitors: 0 or more")
	}
	if c.visitors > 0 {
		if c.mintSecret == "" {
			bad("visitors: booth visitors and staff are the demo village's people: give -mint-secret")
		}
		if c.staffedBooths < 0 || c.staffPerBooth < 1 || c.staffPerBooth > 64 {
			bad("staffed-booths: 0 or more; staff-per-booth: 1 to 64")
		}
		if c.boothRate < 0 || c.knockFraction < 0 || c.knockFraction > 1 {
			bad("booth-rate: 0 or more; knock-fraction: 0 to 1")
		}
		if c.visit <= 0 || c.patience <= 0 || c.staffThink <= 0 || c.staffTalk <= 0 {
			bad("visit, patience, staff-think and staff-talk: more than 0")
		}
	}
	if c.scenario == "break" {
		if c.mintSecret == "" {
			bad("scenario: the break's participants and secretariat are the demo village's people: give -mint-secret")
		}
		if c.breakMinutes < 1 || time.Duration(c.breakMinutes)*time.Minute > MaxDuration {
			bad("break-minutes: 1 to %d", int(MaxDuration/time.Minute))
		}
		if c.roundMinutes < 3 || c.roundMinutes > 60 {
			bad("round-minutes: 3 to 60")
		}
		if c.tableSize != 0 && (c.tableSize < 3 || c.tableSize > 6) {
			bad("table-size: 3 to 6, or 0 for the node's default")
		}
		if c.chatLines < 0 || c.chatLines > 20 {
			bad("chat-lines: 0 to 20")
		}
		if c.breakLead < 0 {
			bad("break-lead: 0 or more")
		}
	}
	if c.localIPs < 0 || c.localIPs > 250 {
		bad("local-ips: 0 to 250")
	}
	c.wsURLs = nil
	if c.wsURL != "" {
		c.wsURLs = []string{c.wsURL}
	}
	if c.nodes != "" {
		c.wsURLs = nil
		for _, n := range strings.Split(c.nodes, ",") {
			if n = strings.TrimSpace(n); n == "" {
				continue
			}
			ws, err := liveURL(n, c.allowRemote)
			if err != nil {
				bad("nodes: %s: %v", n, err)
				continue
			}
			c.wsURLs = append(c.wsURLs, ws)
		}
		if len(c.wsURLs) == 0 {
			bad("nodes: at least one base URL")
		}
	}
	if c.localIPs > 0 {
		for _, ws := range c.wsURLs {
			u, _ := url.Parse(ws)
			if ip := net.ParseIP(u.Hostname()); ip == nil || ip.To4() == nil || !ip.IsLoopback() {
				bad("local-ips: the node must be given by an IPv4 loopback address (127.0.0.1), not %s", u.Host)
				break
			}
		}
	}
	mode := c.roomsMode
	if mode == "" {
		switch {
		case c.roomList != "":
			mode = roomsList
		case c.rooms == 1:
			mode = roomsLobby
		default:
			mode = roomsPattern
		}
	}
	c.roomNames = nil
	switch mode {
	case roomsLobby:
		if c.rooms > 0 {
			c.roomNames = []string{"lobby"}
		}
	case roomsPattern:
		if !strings.Contains(c.roomPattern, "%d") {
			bad("room-pattern: needs a %%d for the room number")
			break
		}
		for i := range c.rooms {
			c.roomNames = append(c.roomNames, fmt.Sprintf(c.roomPattern, i))
		}
	case roomsList:
		for _, r := range strings.Split(c.roomList, ",") {
			if r = strings.TrimSpace(r); r != "" {
				c.roomNames = append(c.roomNames, r)
			}
		}
		if len(c.roomNames) == 0 {
			bad("room-list: at least one room for rooms-mode list")
		}
	default:
		bad("rooms-mode: lobby, pattern or list")
	}
	c.roomsMode = mode
	c.rooms = len(c.roomNames)
	if c.rooms == 0 {
		c.roomsMode = "none"
	}
	return errors.Join(errs...)
}

// liveURL checks a node's base URL and returns its live endpoint.
func liveURL(base string, allowRemote bool) (string, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("an http(s) base URL such as %s", DefaultURL)
	}
	if !allowRemote {
		if err := checkLoopback(u.Hostname()); err != nil {
			return "", fmt.Errorf("%v (give -allow-remote to load another machine)", err)
		}
	}
	ws := *u
	ws.Scheme = map[string]string{"http": "ws", "https": "wss"}[u.Scheme]
	ws.Path = strings.TrimRight(u.Path, "/") + "/ws"
	return ws.String(), nil
}

// checkLoopback refuses a host that is not this machine's loopback: the
// workplace allows load on loopback only.
func checkLoopback(host string) error {
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil {
		if ip.IsLoopback() {
			return nil
		}
		return fmt.Errorf("%s is not a loopback address", host)
	}
	ips, err := net.LookupIP(host)
	if err != nil {
		return fmt.Errorf("resolve %s: %v", host, err)
	}
	for _, ip := range ips {
		if !ip.IsLoopback() {
			return fmt.Errorf("%s resolves to %s, not a loopback address", host, ip)
		}
	}
	return nil
}
