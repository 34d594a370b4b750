package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/apperr"
	"github.com/igf-village/village/auth"
	"github.com/igf-village/village/booths"
	"github.com/igf-village/village/hub"
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
	tokens   *auth.Tokens
	external *auth.External // nil when no identity provider is configured
	metrics  *Metrics
	hub      *hub.Hub
	echo     *echo.Echo

	allowedOrigins []string
	now            func() time.Time

	loginByIP, loginByAccount *keyedLimiter
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
}

// New builds a Server. It does not listen; see Serve and Handler.
func New(cfg Config, d Deps) (*Server, error) {
	if d.Now == nil {
		d.Now = time.Now
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
		AccessTTL: cfg.AccessTTL, RefreshTTL: cfg.RefreshTTL,
	}, d.Store, d.Now)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, log: d.Logger, store: d.Store, tokens: tokens, external: d.External,
		accounts:       accounts.NewService(d.Store, accounts.WithHash(d.Hash), accounts.WithClock(d.Now)),
		orgs:           booths.NewService(d.Store, d.Now),
		metrics:        d.Metrics,
		now:            d.Now,
		loginByIP:      newKeyedLimiter(cfg.LoginPerIP),
		loginByAccount: newKeyedLimiter(cfg.LoginPerAccount),
	}
	s.allowedOrigins = cfg.origins()
	s.hub, err = hub.New(d.Hub, hub.Deps{
		Auth: liveAuth{s}, Policy: livePolicy{s}, History: d.Store, Bus: d.Bus,
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
	e.Use(s.observe)
	e.Use(securityHeaders)
	e.Use(middleware.BodyLimit(DefaultBodyLimit))
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
func (s *Server) observe(next echo.HandlerFunc) echo.HandlerFunc {
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
		s.metrics.requests.WithLabelValues(method, route, strconv.Itoa(status)).Inc()
		s.metrics.latency.WithLabelValues(method, route).Observe(took.Seconds())
		s.log.Debug("request", "method", method, "route", route, "status", status,
			"duration", took, "id", c.Response().Header().Get(echo.HeaderXRequestID))
		return err
	}
}

func statusOf(err error) int { return apperr.HTTPStatus(toAppError(err).Code) }

// securityHeaders are sent with every response. The API serves JSON only;
// the browser app (a later issue) tightens the CSP for its pages.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if len(c.Request().URL.Path) >= 5 && c.Request().URL.Path[:5] == "/api/" {
			h.Set("Cache-Control", "no-store")
		}
		return next(c)
	}
}
