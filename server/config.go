package server

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/matching"
)

// Defaults, named so that docs/configuration.md and the code agree.
const (
	DefaultAddr             = ":8080"
	DefaultDataDir          = "./data"
	DefaultMongoDatabase    = "village"
	DefaultShutdownTimeout  = 15 * time.Second
	DefaultBodyLimit        = "64K"
	DefaultLoginPerIP       = 30 // attempts a minute from one address
	DefaultLoginPerAccount  = 10 // failed log-ins a minute at one e-mail from one address
	DefaultDemoParticipants = 400
)

// DefaultLoginPerAccountTotal is failed log-ins a minute at one e-mail from
// every address together: ten addresses guessing as fast as they may.
const DefaultLoginPerAccountTotal = 100

// Config is everything a node reads at start. Each field has a flag and a
// VILLAGE_* environment variable; flags win.
type Config struct {
	Addr          string
	DataDir       string
	MongoURI      string
	MongoDatabase string
	// PublicURL is where people reach the node, for invite links. Empty:
	// the listen address's (ListenURL).
	PublicURL        string
	JWTSecret        string
	JWTIssuer        string
	JWTAudience      string
	AccessTTL        time.Duration
	RefreshTTL       time.Duration
	RefreshGrace     time.Duration
	IDP              auth.ExternalConfig
	AdminEmail       string
	AdminPassword    string
	Demo             bool
	DemoParticipants int
	LogLevel         string
	LogFormat        string
	ShutdownTimeout  time.Duration
	LoginPerIP       int
	LoginPerAccount  int
	TrustedProxies   string
	// LoginPerAccountTotal bounds the failed log-ins at one account from
	// every address together; LoginPerAccount counts per address.
	LoginPerAccountTotal int
	// InsecureCookies drops the Secure flag from the session cookie, for
	// plain-HTTP deployments other than localhost. Never in production.
	InsecureCookies bool
	// NATSURL links this node to others; empty: this node alone.
	NATSURL string
	// AllowedOrigins are the browser origins allowed on /ws besides the
	// server's own (comma-separated); the public URL's origin by default.
	AllowedOrigins string
	// LoadRooms opens rooms named "load:<anything>" to everyone signed in,
	// for villageload. Off in production.
	LoadRooms bool

	// Participants' sessions: the largest capacity a session may have,
	// and whether the secretariat approves each before it is listed.
	SessionMaxCapacity int
	SessionApproval    bool

	// BreakMinute is how long one of a coffee break's minutes lasts for
	// the breaks this node schedules: a minute, unless tests, demos and
	// load runs shorten it so that rounds turn in seconds.
	BreakMinute time.Duration

	// EventDays are the conference's days, as agenda.ParseEventDays
	// reads them ("2020-11-02/2020-11-06,2020-11-09/2020-11-17"): 1:1
	// meetings and suggested times lie within them. Empty: the two weeks
	// from today, every day (DefaultRollingEventDays), as the demo has it.
	EventDays string
}

// DefaultRollingEventDays is how many days from today are the event's
// when no days are configured.
const DefaultRollingEventDays = 14

// DefaultConfig returns the configuration with every default filled in.
func DefaultConfig() Config {
	return Config{
		Addr: DefaultAddr, DataDir: DefaultDataDir, MongoDatabase: DefaultMongoDatabase,
		JWTIssuer: auth.DefaultIssuer, JWTAudience: auth.DefaultAudience,
		AccessTTL: auth.DefaultAccessTTL, RefreshTTL: auth.DefaultRefreshTTL, RefreshGrace: auth.DefaultRefreshGrace,
		DemoParticipants: DefaultDemoParticipants,
		LogLevel:         "info", LogFormat: "text", ShutdownTimeout: DefaultShutdownTimeout,
		LoginPerIP: DefaultLoginPerIP, LoginPerAccount: DefaultLoginPerAccount, LoginPerAccountTotal: DefaultLoginPerAccountTotal,
		SessionMaxCapacity: matching.DefaultMaxCapacity, BreakMinute: time.Minute,
	}
}

// FlagSet registers every option on fs, with the environment's VILLAGE_*
// values as defaults. Parse fs, then call Validate.
func (c *Config) FlagSet(fs *flag.FlagSet, getenv func(string) string) error {
	var errs []error
	env := func(name string) (string, bool) {
		v := getenv("VILLAGE_" + name)
		return v, v != ""
	}
	str := func(p *string, flagName, envName, usage string) {
		if v, ok := env(envName); ok {
			*p = v
		}
		fs.StringVar(p, flagName, *p, usage+" (VILLAGE_"+envName+")")
	}
	dur := func(p *time.Duration, flagName, envName, usage string) {
		if v, ok := env(envName); ok {
			d, err := time.ParseDuration(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("VILLAGE_%s: %q is not a duration such as 15m", envName, v))
			}
			*p = d
		}
		fs.DurationVar(p, flagName, *p, usage+" (VILLAGE_"+envName+")")
	}
	boolean := func(p *bool, flagName, envName, usage string) {
		if v, ok := env(envName); ok {
			b, err := strconv.ParseBool(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("VILLAGE_%s: %q is not true or false", envName, v))
			}
			*p = b
		}
		fs.BoolVar(p, flagName, *p, usage+" (VILLAGE_"+envName+")")
	}
	integer := func(p *int, flagName, envName, usage string) {
		if v, ok := env(envName); ok {
			n, err := strconv.Atoi(v)
			if err != nil {
				errs = append(errs, fmt.Errorf("VILLAGE_%s: %q is not a whole number", envName, v))
			}
			*p = n
		}
		fs.IntVar(p, flagName, *p, usage+" (VILLAGE_"+envName+")")
	}
	str(&c.Addr, "addr", "ADDR", "address to listen on")
	str(&c.DataDir, "data-dir", "DATA_DIR", "directory of the embedded store and the generated signing secret")
	str(&c.MongoURI, "mongodb-uri", "MONGODB_URI", "MongoDB URI; when set, MongoDB replaces the embedded store")
	str(&c.MongoDatabase, "mongodb-database", "MONGODB_DATABASE", "MongoDB database name")
	str(&c.PublicURL, "public-url", "PUBLIC_URL", "the address people reach Village at, for invite links; by default http:// and the listen address")
	str(&c.JWTSecret, "jwt-secret", "JWT_SECRET", "HS256 signing secret, at least 32 bytes; generated and kept in the data directory when empty")
	str(&c.JWTIssuer, "jwt-issuer", "JWT_ISSUER", "issuer of access tokens")
	str(&c.JWTAudience, "jwt-audience", "JWT_AUDIENCE", "audience of access tokens")
	dur(&c.AccessTTL, "access-ttl", "ACCESS_TTL", "lifetime of an access token")
	dur(&c.RefreshTTL, "refresh-ttl", "REFRESH_TTL", "lifetime of a session (refresh token)")
	dur(&c.RefreshGrace, "refresh-grace", "REFRESH_GRACE", "how long a spent refresh token may be presented again for the same new one")
	str(&c.IDP.Issuer, "idp-issuer", "IDP_ISSUER", "issuer of the event registration site's tokens")
	str(&c.IDP.Audience, "idp-audience", "IDP_AUDIENCE", "audience the registration site's tokens must name")
	str(&c.IDP.JWKSURL, "idp-jwks-url", "IDP_JWKS_URL", "the registration site's JWKS URL")
	str(&c.IDP.PublicKeyFile, "idp-public-key-file", "IDP_PUBLIC_KEY_FILE", "PEM file of the registration site's public keys")
	str(&c.AdminEmail, "admin-email", "ADMIN_EMAIL", "e-mail of a secretariat account made or promoted at start")
	str(&c.AdminPassword, "admin-password", "ADMIN_PASSWORD", "password of that account when it is made")
	boolean(&c.Demo, "demo", "DEMO", "seed the demo village on first start")
	integer(&c.DemoParticipants, "demo-participants", "DEMO_PARTICIPANTS", "participants in the demo village")
	str(&c.LogLevel, "log-level", "LOG_LEVEL", "debug, info, warn or error")
	str(&c.LogFormat, "log-format", "LOG_FORMAT", "text or json")
	dur(&c.ShutdownTimeout, "shutdown-timeout", "SHUTDOWN_TIMEOUT", "how long in-flight requests may take to finish at shutdown")
	integer(&c.LoginPerIP, "login-per-ip", "LOGIN_PER_IP", "log-in attempts a minute from one address")
	integer(&c.LoginPerAccount, "login-per-account", "LOGIN_PER_ACCOUNT", "failed log-ins a minute at one account from one address")
	integer(&c.LoginPerAccountTotal, "login-per-account-total", "LOGIN_PER_ACCOUNT_TOTAL", "failed log-ins a minute at one account from every address together")
	boolean(&c.InsecureCookies, "insecure-cookies", "INSECURE_COOKIES", "send the session cookie over plain HTTP (never in production)")
	str(&c.NATSURL, "nats-url", "NATS_URL", "NATS server(s) linking the nodes of a cluster; empty for one node")
	str(&c.AllowedOrigins, "allowed-origins", "ALLOWED_ORIGINS", "comma-separated browser origins allowed on /ws besides the server's own and the public URL's")
	boolean(&c.LoadRooms, "load-rooms", "LOAD_ROOMS", "open rooms named load:<anything> to everyone, for load tests")
	integer(&c.SessionMaxCapacity, "session-max-capacity", "SESSION_MAX_CAPACITY", "the largest capacity a participant's session may have")
	boolean(&c.SessionApproval, "session-approval", "SESSION_APPROVAL", "proposed sessions wait for the secretariat's approval before they are listed")
	dur(&c.BreakMinute, "break-minute", "BREAK_MINUTE", "how long a coffee break's minute lasts (1s to 1m): shorter only for tests, demos and load runs")
	str(&c.EventDays, "event-days", "EVENT_DAYS", "the event's days in UTC, dates and ranges such as 2020-11-02/2020-11-06,2020-11-09; empty: the 14 days from today")
	str(&c.TrustedProxies, "trusted-proxies", "TRUSTED_PROXIES", "comma-separated CIDRs of load balancers whose X-Forwarded-For is believed")
	return errors.Join(errs...)
}

// Validate checks the configuration as a whole, after parsing.
func (c *Config) Validate() error {
	var errs []error
	if c.Addr == "" {
		errs = append(errs, errors.New("addr: must not be empty"))
	}
	if c.MongoURI == "" && c.DataDir == "" {
		errs = append(errs, errors.New("data-dir: the embedded store needs a directory"))
	}
	if c.MongoURI != "" && c.JWTSecret == "" {
		errs = append(errs, errors.New("jwt-secret: required with MongoDB, so that every node signs tokens alike"))
	}
	if c.JWTSecret != "" && len(c.JWTSecret) < auth.MinSecret {
		errs = append(errs, fmt.Errorf("jwt-secret: at least %d bytes", auth.MinSecret))
	}
	if c.AccessTTL < time.Minute || c.AccessTTL > 24*time.Hour {
		errs = append(errs, errors.New("access-ttl: from 1m to 24h"))
	}
	if c.RefreshTTL < c.AccessTTL {
		errs = append(errs, errors.New("refresh-ttl: must be longer than access-ttl"))
	}
	if c.RefreshGrace < 0 || c.RefreshGrace > auth.MaxRefreshGrace {
		errs = append(errs, fmt.Errorf("refresh-grace: from 0 to %v", auth.MaxRefreshGrace))
	}
	if c.IDP.Enabled() && (c.IDP.Issuer == "" || c.IDP.Audience == "") {
		errs = append(errs, errors.New("idp-issuer and idp-audience: both are needed with an identity provider"))
	}
	if (c.AdminEmail == "") != (c.AdminPassword == "") {
		errs = append(errs, errors.New("admin-email and admin-password: give both or neither"))
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		errs = append(errs, err)
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, errors.New("log-format: text or json"))
	}
	if c.LoginPerIP < 1 || c.LoginPerAccount < 1 || c.LoginPerAccountTotal < 1 {
		errs = append(errs, errors.New("login-per-ip, login-per-account and login-per-account-total: at least 1"))
	}
	if c.DemoParticipants < 1 || c.DemoParticipants > 20000 {
		errs = append(errs, errors.New("demo-participants: from 1 to 20000"))
	}
	if _, err := c.trustedNets(); err != nil {
		errs = append(errs, err)
	}
	if c.SessionMaxCapacity < 1 || c.SessionMaxCapacity > matching.MaxConfigurableSeats {
		errs = append(errs, fmt.Errorf("session-max-capacity: from 1 to %d", matching.MaxConfigurableSeats))
	}
	if c.BreakMinute < time.Second || c.BreakMinute > time.Minute {
		errs = append(errs, fmt.Errorf("break-minute: from 1s to 1m, not %s", c.BreakMinute))
	}
	if _, err := c.eventDays(); err != nil {
		errs = append(errs, err)
	}
	if c.PublicURL != "" {
		if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("public-url: %q is not an http or https address such as https://village.example", c.PublicURL))
		}
	}
	return errors.Join(errs...)
}

// eventDays is the event's days as of a time: the configured days, or
// the DefaultRollingEventDays from that time's date.
func (c *Config) eventDays() (func(now time.Time) agenda.EventDays, error) {
	if strings.TrimSpace(c.EventDays) == "" {
		return func(now time.Time) agenda.EventDays { return agenda.RollingEventDays(now, DefaultRollingEventDays) }, nil
	}
	days, err := agenda.ParseEventDays(c.EventDays)
	if err != nil {
		return nil, fmt.Errorf("event-days (VILLAGE_EVENT_DAYS): %w", err)
	}
	return func(time.Time) agenda.EventDays { return days }, nil
}

// ListenURL is the address of a node listening on addr, as configured:
// http:// (the node speaks plain HTTP; TLS ends in front of it), the
// configured host, or localhost when it listens on every interface, and
// the port. l, when given, is the listener, whose port is the one in use
// (addr may ask for any free port with :0).
func ListenURL(addr string, l net.Addr) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		host, port = addr, ""
	}
	if ta, ok := l.(*net.TCPAddr); ok {
		port = strconv.Itoa(ta.Port)
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	if port == "" {
		return "http://" + host
	}
	return "http://" + net.JoinHostPort(host, port)
}

// origins lists the browser origins accepted on /ws besides the request's
// own host: the public URL's and the configured ones.
func (c *Config) origins() []string {
	var out []string
	if u, err := url.Parse(c.PublicURL); err == nil && u.Host != "" {
		out = append(out, u.Scheme+"://"+u.Host)
	}
	for _, o := range strings.Split(c.AllowedOrigins, ",") {
		if o = strings.TrimRight(strings.TrimSpace(o), "/"); o != "" {
			out = append(out, o)
		}
	}
	return out
}

func (c *Config) trustedNets() ([]*net.IPNet, error) {
	var nets []*net.IPNet
	for _, s := range strings.Split(c.TrustedProxies, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			return nil, fmt.Errorf("trusted-proxies: %q is not a CIDR such as 10.0.0.0/8", s)
		}
		nets = append(nets, n)
	}
	return nets, nil
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("log-level: %q is not debug, info, warn or error", s)
	}
	return l, nil
}

// Logger builds the node's logger from the configuration.
func (c *Config) Logger() *slog.Logger {
	level, _ := parseLevel(c.LogLevel)
	opts := &slog.HandlerOptions{Level: level}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}
