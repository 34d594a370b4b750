package auth

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/igf-village/village/apperr"
)

// Defaults for token lifetimes.
const (
	DefaultAccessTTL  = 15 * time.Minute
	DefaultRefreshTTL = 30 * 24 * time.Hour
	// DefaultRefreshGrace is how long a spent refresh token may be
	// presented again for the same successor: long enough for a client to
	// retry a refresh whose answer was lost, short enough that a stolen
	// token is still caught.
	DefaultRefreshGrace = 10 * time.Second
	// MaxRefreshGrace bounds the grace window: beyond it reuse detection
	// would catch little.
	MaxRefreshGrace = time.Minute
	DefaultIssuer   = "village"
	DefaultAudience = "village"
	// MinSecret is the shortest HS256 key accepted: RFC 7518 asks for at
	// least the hash's size.
	MinSecret = 32
)

// The one algorithm our own tokens use. Pinning it is what defeats
// "alg: none" and RS/HS confusion.
const accessAlg = "HS256"

// Config holds what tokens need.
type Config struct {
	Secret     []byte
	Issuer     string
	Audience   string
	AccessTTL  time.Duration
	RefreshTTL time.Duration
	// RefreshGrace is the grace window of rotation (see Rotate). Zero: no
	// grace, every second presentation of a token ends its session.
	RefreshGrace time.Duration
}

// Claims are an access token's claims: the subject is the person ID. Role
// and organisation are informational; the server reads the current role
// from the store on every request so that a change takes effect at once.
// Session names the sign-in session (refresh token family) the token was
// issued for, so that a request can tell its own session from the
// person's others.
type Claims struct {
	jwt.RegisteredClaims
	Role    string `json:"role,omitempty"`
	Session string `json:"sid,omitempty"`
}

// Tokens issues and checks access and refresh tokens.
type Tokens struct {
	cfg   Config
	store Store
	now   func() time.Time
	// successorKey derives a refresh token's successor from it; see
	// successor.
	successorKey []byte
}

// NewTokens returns Tokens; now may be nil for time.Now.
func NewTokens(cfg Config, st Store, now func() time.Time) (*Tokens, error) {
	if len(cfg.Secret) < MinSecret {
		return nil, errors.New("auth: the signing secret must be at least 32 bytes")
	}
	if cfg.Issuer == "" {
		cfg.Issuer = DefaultIssuer
	}
	if cfg.Audience == "" {
		cfg.Audience = DefaultAudience
	}
	if cfg.AccessTTL <= 0 {
		cfg.AccessTTL = DefaultAccessTTL
	}
	if cfg.RefreshTTL <= 0 {
		cfg.RefreshTTL = DefaultRefreshTTL
	}
	if now == nil {
		now = time.Now
	}
	if cfg.RefreshGrace < 0 || cfg.RefreshGrace > MaxRefreshGrace {
		return nil, fmt.Errorf("auth: the refresh grace window must be from 0 to %v", MaxRefreshGrace)
	}
	return &Tokens{cfg: cfg, store: st, now: now, successorKey: successorKey(cfg.Secret)}, nil
}

// AccessTTL is how long an access token lives.
func (t *Tokens) AccessTTL() time.Duration { return t.cfg.AccessTTL }

// RefreshTTL is how long a refresh token lives.
func (t *Tokens) RefreshTTL() time.Duration { return t.cfg.RefreshTTL }

// Access signs an access token for a person, in session (empty for a token
// of no session, such as villageload's).
func (t *Tokens) Access(personID, role, session string) (string, time.Time, error) {
	now := t.now().UTC()
	exp := now.Add(t.cfg.AccessTTL)
	c := Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    t.cfg.Issuer,
			Subject:   personID,
			Audience:  jwt.ClaimStrings{t.cfg.Audience},
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(exp),
			ID:        randomString(12),
		},
		Role: role, Session: session,
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.cfg.Secret)
	return s, exp, err
}

// Verify checks an access token's signature, algorithm, issuer, audience and
// lifetime, and returns its claims. Every failure is unauthenticated.
func (t *Tokens) Verify(token string) (*Claims, error) {
	var c Claims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.cfg.Secret, nil },
		jwt.WithValidMethods([]string{accessAlg}),
		jwt.WithIssuer(t.cfg.Issuer),
		jwt.WithAudience(t.cfg.Audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithLeeway(5*time.Second),
		jwt.WithTimeFunc(t.now),
	)
	if err != nil {
		return nil, tokenError(err)
	}
	if c.Subject == "" {
		return nil, apperr.New(apperr.Unauthenticated, "the access token names no subject")
	}
	return &c, nil
}

// tokenError turns a jwt error into a readable unauthenticated error.
func tokenError(err error) error {
	msg := "the access token is not valid"
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		msg = "the access token has expired; refresh it"
	case errors.Is(err, jwt.ErrTokenMalformed):
		msg = "the access token is malformed"
	case errors.Is(err, jwt.ErrTokenSignatureInvalid), errors.Is(err, jwt.ErrTokenUnverifiable):
		msg = "the access token's signature or algorithm is not accepted"
	case errors.Is(err, jwt.ErrTokenInvalidIssuer), errors.Is(err, jwt.ErrTokenInvalidAudience):
		msg = "the access token was issued for someone else"
	case errors.Is(err, jwt.ErrTokenNotValidYet), errors.Is(err, jwt.ErrTokenUsedBeforeIssued):
		msg = "the access token is not valid yet"
	}
	return apperr.Wrap(err, apperr.Unauthenticated, "%s", msg)
}

func randomString(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}
