package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/agenda"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/contacts"
	"github.com/igf-village/village/hub"
	"github.com/igf-village/village/matching"
	"github.com/igf-village/village/moderation"
	"github.com/igf-village/village/store/backend"
)

// Store is everything the server needs from a backend.
type Store = backend.Store

// Server is one Village node's HTTP side.
type Server struct {
	cfg      Config
	log      *slog.Logger
	store    Store
	accounts *accounts.Service
	orgs     *booths.Service
	mod      *moderation.Service
	slots    *booths.Slots
	contacts *contacts.Service
	breaks   *matching.Breaks
	sessions *matching.Sessions // participants' sessions, not sign-in sessions
	meetings *matching.Meetings // 1:1 meeting requests between participants
	suggest  *matching.Suggester
	wishes   *matching.Wishes
	tokens   *auth.Tokens
	external *auth.External // nil when no identity provider is configured
	metrics  *Metrics
	hub      *hub.Hub
	echo     *echo.Echo
	app      *app          // the browser app's bundle
	authn    authenticator // checks access tokens, for the REST API and the hub

	// busy is every source of a person's commitments, which meetings and
	// suggested times keep clear of; times suggests when two people
	// could meet, within eventDays.
	busy      agenda.BusyAll
	times     *matching.Times
	eventDays func(now time.Time) agenda.EventDays

	now          func() time.Time
	reminderTick time.Duration
}

// Deps are the parts a Server is built from; Open makes them from a Config,
// tests make their own.
type Deps struct {
	Store    Store
	Metrics  *Metrics // may be nil; give the same one to OpenStore
	Secret   []byte
	Hash     accounts.HashParams
	Now      func() time.Time // may be nil
	Logger   *slog.Logger
	External *auth.External // may be nil
	Bus      hub.Bus        // nil: this node alone
	Hub      hub.Config     // tuning; zero values take the defaults
	// ReminderTick is how often the node looks for sessions to remind of;
	// zero: matching.DefaultReminderTick (tests make it short).
	ReminderTick time.Duration
}

// New builds a Server. It does not listen; see Serve and Handler.
func New(cfg Config, d Deps) (*Server, error) {
	if cfg.PublicURL == "" {
		cfg.PublicURL = ListenURL(cfg.Addr, nil)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.ReminderTick <= 0 {
		d.ReminderTick = matching.DefaultReminderTick
	}
	if d.Metrics == nil {
		d.Metrics = NewMetrics()
	}
	if d.Hash == (accounts.HashParams{}) {
		d.Hash = accounts.DefaultHash
	}
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	tokens, err := auth.NewTokens(auth.Config{
		Secret: d.Secret, Issuer: cfg.JWTIssuer, Audience: cfg.JWTAudience,
		AccessTTL: cfg.AccessTTL, RefreshTTL: cfg.RefreshTTL, RefreshGrace: cfg.RefreshGrace,
	}, d.Store, d.Now)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, log: d.Logger, store: d.Store, tokens: tokens, external: d.External,
		accounts: accounts.NewService(d.Store, accounts.WithHash(d.Hash), accounts.WithClock(d.Now), accounts.WithSessions(tokens)),

		metrics: d.Metrics,
		now:     d.Now, reminderTick: d.ReminderTick,
	}
	s.contacts = contacts.New(d.Store)
	met := contactLog{contacts: s.contacts, log: d.Logger}
	s.orgs = booths.NewService(d.Store, d.Now, booths.WithPresence(liveSide{s}), booths.WithNotifier(liveSide{s}),
		booths.WithPeople(s.accounts), booths.WithContacts(met), booths.WithBlocks(s.accounts))
	// Before the hub: the live side's room rules ask it (mutes, the log).
	s.mod = moderation.NewService(d.Store, s.accounts, d.Now, moderation.WithSessions(tokens),
		moderation.WithDisconnector(liveKick{s}), moderation.WithRoomStaff(boothStaff(s.orgs)))
	s.authn = authenticator{tokens: tokens, accounts: s.accounts, mod: s.mod}
	if s.app, err = newApp(); err != nil {
		return nil, err
	}
	s.slots = booths.NewSlots(d.Store, d.Now, feedKey(d.Secret), booths.SlotsWithContacts(met), booths.SlotsWithBlocks(s.accounts))
	s.breaks = matching.NewBreaks(d.Store, d.Now, matching.BreaksWithLive(liveSide{s}),
		matching.BreaksWithContacts(s.contacts), matching.BreaksWithLog(d.Logger.Warn),
		matching.BreaksWithMinute(cfg.BreakMinute))
	s.sessions = matching.NewSessions(d.Store, d.Now,
		matching.SessionConfig{MaxCapacity: cfg.SessionMaxCapacity, Approval: cfg.SessionApproval}, liveSide{s})
	if s.eventDays, err = cfg.eventDays(); err != nil {
		return nil, err
	}
	// Meetings read people's other commitments: bookings and slots at
	// booths (whose holds they share), sessions and coffee breaks; they
	// add their own.
	others := agenda.BusyAll{s.slots, matching.NewCommitments(d.Store)}
	s.meetings = matching.NewMeetings(d.Store, d.Now, matching.MeetingConfig{Days: s.eventDays},
		matching.MeetingsWithNotifier(liveSide{s}), matching.MeetingsWithContacts(met),
		matching.MeetingsWithAcquaintances(acquaintances{s.contacts}), matching.MeetingsWithBlocks(s.accounts),
		matching.MeetingsWithBusy(others))
	// Every source of a person's commitments; each package answers for
	// its own entries.
	s.busy = append(others, s.meetings)
	s.times = matching.NewTimes(s.busy, s.eventDays, d.Now)
	s.suggest = matching.NewSuggester(d.Store, d.Now, matching.SuggestWithLog(d.Logger),
		matching.SuggestWithBlocks(s.accounts),
		matching.SuggestWithDay(func(now time.Time) time.Time { return matching.EventDay(s.eventDays(now), now) }))
	s.wishes = matching.NewWishes(d.Store, s.accounts, d.Now, matching.WishesWithNotifier(liveSide{s}),
		matching.WishesWithBlocks(s.accounts), matching.WishesWithTimes(s.times))
	s.hub, err = hub.New(d.Hub, hub.Deps{
		Auth: liveAuth{s.authn}, Kinds: s.roomKinds(), Requests: s.requests(), Direct: s.directRule, History: d.Store, Bus: d.Bus,
		Metrics: hub.NewMetrics(d.Metrics.reg), Log: d.Logger,
	})
	if err != nil {
		return nil, err
	}
	if err := s.buildEcho(); err != nil {
		s.hub.Close()
		return nil, err
	}
	return s, nil
}

func (s *Server) buildEcho() error {
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.HTTPErrorHandler = errorHandler(s.log)
	// Believe X-Forwarded-For only from configured load balancers:
	// otherwise anyone could pick the address their log-ins count against.
	nets, err := s.cfg.trustedNets()
	if err != nil {
		return err
	}
	if len(nets) == 0 {
		e.IPExtractor = echo.ExtractIPDirect()
	} else {
		opts := []echo.TrustOption{echo.TrustLoopback(false), echo.TrustLinkLocal(false), echo.TrustPrivateNet(false)}
		for _, n := range nets {
			opts = append(opts, echo.TrustIPRange(n))
		}
		e.IPExtractor = echo.ExtractIPFromXFFHeader(opts...)
	}
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{
		LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
			s.log.Error("panic", "path", c.Path(), "err", err, "stack", string(stack))
			return err
		},
	}))
	e.Use(middleware.RequestID())
	e.Use(observe(s.metrics, s.log))
	e.Use(securityHeaders(isHTTPS(s.cfg.PublicURL)))
	e.Use(compress)
	e.Use(middleware.BodyLimitWithConfig(middleware.BodyLimitConfig{Limit: DefaultBodyLimit, Skipper: isPhotoUpload}))
	s.echo = e
	s.routes()
	return nil
}

// Hub is the node's live side.
func (s *Server) Hub() *hub.Hub { return s.hub }

// Close releases what New started, for servers that never Serve.
func (s *Server) Close() { s.hub.Close() }

// Handler is the node's whole HTTP surface.
func (s *Server) Handler() http.Handler { return s.echo }

// Echo exposes the router, for the route-coverage test against the spec.
func (s *Server) Echo() *echo.Echo { return s.echo }

// Serve accepts connections on l until ctx ends, then stops accepting,
// lets in-flight requests finish within the shutdown timeout, and returns.
// The caller closes the store after Serve returns.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	srv := &http.Server{
		Handler:           s.echo,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(l) }()
	// Every node seats the breaks' rounds that are due; the claim of each
	// round lets one of them do it.
	go s.breaks.Run(ctx, BreakTick)
	// Every node looks for sessions to remind of; a claim per session
	// makes one of them send each reminder.
	go s.sessions.RunReminders(ctx, s.reminderTick, s.log)
	// And for meetings to remind of, the same way.
	go s.meetings.RunReminders(ctx, s.reminderTick, s.log)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "timeout", s.cfg.ShutdownTimeout)
	// http.Server.Shutdown neither waits for nor closes hijacked
	// connections: the hub says goodbye to its WebSockets itself.
	s.hub.Close()
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	return err
}

// observe counts every request under its route pattern, never its raw
// path (IDs in paths would make the label set unbounded), and logs it at
// debug level.
func observe(m *Metrics, log *slog.Logger) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			start := time.Now()
			err := next(c)
			took := time.Since(start)
			status := c.Response().Status
			if err != nil {
				status = statusOf(err)
			}
			route := c.Path()
			if route == "" {
				route = "unmatched"
			}
			method := c.Request().Method
			m.requests.WithLabelValues(method, route, strconv.Itoa(status)).Inc()
			m.latency.WithLabelValues(method, route).Observe(took.Seconds())
			log.Debug("request", "method", method, "route", route, "status", status,
				"duration", took, "id", c.Response().Header().Get(echo.HeaderXRequestID))
			return err
		}
	}
}

func statusOf(err error) int { return apperr.HTTPStatus(toAppError(err).Code) }

// Content-Security-Policy values. The app's pages and assets may load only
// from this origin, with no inline script or style (the bundle has none,
// and a test keeps it so); images may also come over https, because
// organisation logos are links to other sites. Everything else the server
// sends (JSON, metrics) loads nothing at all.
const (
	appCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; " +
		"font-src 'self'; connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
		"form-action 'self'; frame-ancestors 'none'; manifest-src 'self'; worker-src 'self'"
	apiCSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	// permissions lets the app itself, and no frame, ask for the camera,
	// microphone and screen (for calls); the rest it never needs.
	permissions = "camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()"
	// hsts has no includeSubDomains: other hosts of the domain are not ours
	// to force onto HTTPS.
	hsts = "max-age=31536000"
)

// isHTTPS says whether people reach the server at an https:// address.
func isHTTPS(publicURL string) bool {
	u, err := url.Parse(publicURL)
	return err == nil && strings.EqualFold(u.Scheme, "https")
}

// securityHeaders are sent with every response. Strict-Transport-Security
// goes out over TLS, and also over plain HTTP when httpsOnly (the public
// URL is https, so TLS ends at a load balancer in front); browsers ignore it
// over plain HTTP, so that costs nothing when they do come that way.
//
// Referrer-Policy is no-referrer: the app needs no Referer (the server
// checks Origin, not Referer), and invite links carry their secret in the
// path, which must not leak to the sites that organisations link to.
func securityHeaders(httpsOnly bool) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			h := c.Response().Header()
			p := c.Request().URL.Path
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("X-Frame-Options", "DENY")
			h.Set("Referrer-Policy", "no-referrer")
			h.Set("Cross-Origin-Opener-Policy", "same-origin")
			h.Set("Cross-Origin-Resource-Policy", "same-origin")
			h.Set("Permissions-Policy", permissions)
			if isAppPath(p) {
				h.Set("Content-Security-Policy", appCSP)
			} else {
				h.Set("Content-Security-Policy", apiCSP)
			}
			if httpsOnly || c.Request().TLS != nil {
				h.Set("Strict-Transport-Security", hsts)
			}
			if strings.HasPrefix(p, "/api/") {
				h.Set("Cache-Control", "no-store")
			}
			return next(c)
		}
	}
}
