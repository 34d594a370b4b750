package auth

import (
	"context"
	"crypto"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/time/rate"

	"github.com/igf-village/village/apperr"
)

// ExternalConfig names the event's identity provider: the issuer and
// audience its tokens must carry, and where its public keys are (a JWKS URL,
// refreshed when a token names an unknown key, or a PEM file).
type ExternalConfig struct {
	Issuer        string
	Audience      string
	JWKSURL       string
	PublicKeyFile string
}

// Enabled reports whether an identity provider is configured.
func (c ExternalConfig) Enabled() bool { return c.JWKSURL != "" || c.PublicKeyFile != "" }

// externalAlgs are the asymmetric algorithms accepted from the identity
// provider. HMAC is absent on purpose: with a public key as the "secret",
// anyone could sign.
var externalAlgs = []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}

// ExternalClaims are the claims Village reads from the provider's tokens:
// the standard OpenID Connect ones and two of the event's own.
type ExternalClaims struct {
	jwt.RegisteredClaims
	Email            string `json:"email"`
	Name             string `json:"name"`
	ZoneInfo         string `json:"zoneinfo"`
	Locale           string `json:"locale"`
	Country          string `json:"country"`
	StakeholderGroup string `json:"stakeholder_group"`
	Region           string `json:"region"`
}

// External verifies tokens signed by the identity provider.
type External struct {
	cfg     ExternalConfig
	keyfunc jwt.Keyfunc
	now     func() time.Time
}

// NewExternal loads the provider's keys. With a JWKS URL the keys are
// fetched now and refreshed in the background until ctx ends.
func NewExternal(ctx context.Context, cfg ExternalConfig, now func() time.Time) (*External, error) {
	if cfg.Issuer == "" || cfg.Audience == "" {
		return nil, errors.New("auth: the identity provider needs an issuer and an audience")
	}
	if now == nil {
		now = time.Now
	}
	e := &External{cfg: cfg, now: now}
	switch {
	case cfg.JWKSURL != "":
		k, err := keyfunc.NewDefaultOverrideCtx(ctx, []string{cfg.JWKSURL}, keyfunc.Override{
			// Look again at most every 10 s when a token names a key we do
			// not have: that is how a key rotation is picked up.
			RefreshUnknownKID: rate.NewLimiter(rate.Every(10*time.Second), 1),
			HTTPTimeout:       10 * time.Second,
		})
		if err != nil {
			return nil, fmt.Errorf("auth: loading the identity provider's keys: %w", err)
		}
		e.keyfunc = k.Keyfunc
	case cfg.PublicKeyFile != "":
		keys, err := readPublicKeys(cfg.PublicKeyFile)
		if err != nil {
			return nil, err
		}
		set := jwt.VerificationKeySet{Keys: keys}
		e.keyfunc = func(*jwt.Token) (any, error) { return set, nil }
	default:
		return nil, errors.New("auth: the identity provider needs a JWKS URL or a public key file")
	}
	return e, nil
}

// Verify checks a provider token and returns its claims.
func (e *External) Verify(token string) (*ExternalClaims, error) {
	var c ExternalClaims
	_, err := jwt.ParseWithClaims(token, &c, e.keyfunc,
		jwt.WithValidMethods(externalAlgs),
		jwt.WithIssuer(e.cfg.Issuer),
		jwt.WithAudience(e.cfg.Audience),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(30*time.Second),
		jwt.WithTimeFunc(e.now),
	)
	if err != nil {
		return nil, tokenError(err)
	}
	if c.Subject == "" || c.Email == "" {
		return nil, apperr.New(apperr.Unauthenticated, "the registration site's token must carry a subject and an e-mail")
	}
	return &c, nil
}

// readPublicKeys reads every public key (PKIX "PUBLIC KEY" or a
// certificate) in a PEM file.
func readPublicKeys(path string) ([]jwt.VerificationKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("auth: reading the identity provider's public key: %w", err)
	}
	var keys []jwt.VerificationKey
	for {
		var block *pem.Block
		block, raw = pem.Decode(raw)
		if block == nil {
			break
		}
		k, err := parsePublicKey(block)
		if err != nil {
			return nil, fmt.Errorf("auth: %s: %w", path, err)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("auth: %s holds no PEM public key", path)
	}
	return keys, nil
}

func parsePublicKey(b *pem.Block) (crypto.PublicKey, error) {
	switch b.Type {
	case "PUBLIC KEY":
		return x509.ParsePKIXPublicKey(b.Bytes)
	case "RSA PUBLIC KEY":
		return x509.ParsePKCS1PublicKey(b.Bytes)
	case "CERTIFICATE":
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, err
		}
		return c.PublicKey, nil
	}
	return nil, fmt.Errorf("unsupported PEM block %q", b.Type)
}
