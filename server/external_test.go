package server_test

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// idp is a stand-in for the event's registration site: it signs tokens and
// serves its public keys as a JWKS on loopback.
type idp struct {
	mu      sync.Mutex
	keys    map[string]*rsa.PrivateKey
	current string // the kid new tokens are signed with
	n       int
	srv     *httptest.Server
}

func newIDP(t *testing.T) *idp {
	i := &idp{keys: map[string]*rsa.PrivateKey{}}
	i.rotate(t)
	i.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		i.mu.Lock()
		defer i.mu.Unlock()
		var set struct {
			Keys []map[string]string `json:"keys"`
		}
		for kid, k := range i.keys {
			set.Keys = append(set.Keys, map[string]string{
				"kty": "RSA", "kid": kid, "alg": "RS256", "use": "sig",
				"n": base64.RawURLEncoding.EncodeToString(k.N.Bytes()),
				"e": base64.RawURLEncoding.EncodeToString(big.NewInt(int64(k.E)).Bytes()),
			})
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(set)
	}))
	t.Cleanup(i.srv.Close)
	return i
}

// rotate replaces every key with a new one under a new kid.
func (i *idp) rotate(t *testing.T) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	i.mu.Lock()
	i.n++
	i.current = fmt.Sprintf("key-%d", i.n)
	i.keys = map[string]*rsa.PrivateKey{i.current: k}
	i.mu.Unlock()
}

func (i *idp) publicKey() *rsa.PublicKey {
	i.mu.Lock()
	defer i.mu.Unlock()
	return &i.keys[i.current].PublicKey
}

func (i *idp) sign(t *testing.T, claims jwt.MapClaims) string {
	i.mu.Lock()
	kid := i.current
	k := i.keys[kid]
	i.mu.Unlock()
	tok := jwt.NewWithClaims(jwt.SigningMethodRS256, claims)
	tok.Header["kid"] = kid
	s, err := tok.SignedString(k)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func idpClaims(sub, email string) jwt.MapClaims {
	return jwt.MapClaims{
		"iss": "https://registration.igf.example", "aud": "village", "sub": sub, "email": email,
		"name": "Fatima Al-Sayed", "zoneinfo": "Asia/Dubai", "locale": "ar", "country": "ae",
		"stakeholder_group": "government", "region": "asia_pacific",
		"exp": time.Now().Add(5 * time.Minute).Unix(), "iat": time.Now().Unix(),
	}
}

func TestExternalSignInJWKS(t *testing.T) {
	provider := newIDP(t)
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c := n.Client(t)
		tok := provider.sign(t, idpClaims("reg-123", "Fatima@Gov.example"))
		var s testkit.Session
		c.Do(http.MethodPost, "/api/auth/external", map[string]string{"token": tok}).Want(t, http.StatusOK).Decode(t, &s)
		a := s.Account
		if a["email"] != "fatima@gov.example" || a["display_name"] != "Fatima Al-Sayed" || a["time_zone"] != "Asia/Dubai" ||
			a["country"] != "AE" || a["stakeholder_group"] != "government" || a["has_password"] != false {
			t.Fatalf("account from claims: %v", a)
		}
		// The second sign-in finds the same account.
		c.Do(http.MethodPost, "/api/auth/external", map[string]string{"token": tok}).Want(t, http.StatusOK).Decode(t, &s)
		if s.Account["id"] != a["id"] {
			t.Fatalf("second sign-in made another account: %v", s.Account)
		}
		// The session works like any other.
		me := n.Client(t)
		me.Token = s.AccessToken
		me.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK)

		// The provider rotates its key: tokens with the new kid are
		// accepted once the node fetches the set again.
		provider.rotate(t)
		tok2 := provider.sign(t, idpClaims("reg-123", "fatima@gov.example"))
		c.Do(http.MethodPost, "/api/auth/external", map[string]string{"token": tok2}).Want(t, http.StatusOK)

		bad := map[string]jwt.MapClaims{
			"wrong issuer":   func() jwt.MapClaims { m := idpClaims("x", "x@y.org"); m["iss"] = "https://evil.example"; return m }(),
			"wrong audience": func() jwt.MapClaims { m := idpClaims("x", "x@y.org"); m["aud"] = "other"; return m }(),
			"expired": func() jwt.MapClaims {
				m := idpClaims("x", "x@y.org")
				m["exp"] = time.Now().Add(-time.Hour).Unix()
				return m
			}(),
			"no e-mail": func() jwt.MapClaims { m := idpClaims("x", ""); return m }(),
		}
		for name, claims := range bad {
			t.Run(name, func(t *testing.T) {
				c.Do(http.MethodPost, "/api/auth/external", map[string]string{"token": provider.sign(t, claims)}).
					WantError(t, http.StatusUnauthorized, "unauthenticated")
			})
		}
		// A token signed with HMAC over the public key must not pass.
		pub, _ := x509.MarshalPKIXPublicKey(provider.publicKey())
		hs, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, idpClaims("x", "x@y.org")).SignedString(pub)
		c.Do(http.MethodPost, "/api/auth/external", map[string]string{"token": hs}).WantError(t, http.StatusUnauthorized, "unauthenticated")
		c.Do(http.MethodPost, "/api/auth/external", map[string]string{"token": "junk"}).WantError(t, http.StatusUnauthorized, "unauthenticated")
	}, func(c *server.Config) {
		c.IDP.Issuer, c.IDP.Audience, c.IDP.JWKSURL = "https://registration.igf.example", "village", provider.srv.URL
	})
}

func TestExternalSignInPEM(t *testing.T) {
	provider := newIDP(t)
	der, _ := x509.MarshalPKIXPublicKey(provider.publicKey())
	path := filepath.Join(t.TempDir(), "idp.pem")
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	n := testkit.StartNode(t, "memory", func(c *server.Config) {
		c.IDP.Issuer, c.IDP.Audience, c.IDP.PublicKeyFile = "https://registration.igf.example", "village", path
	})
	c := n.Client(t)
	c.Do(http.MethodPost, "/api/auth/external", map[string]string{"token": provider.sign(t, idpClaims("reg-9", "li@example.org"))}).Want(t, http.StatusOK)
	provider.rotate(t)
	c.Do(http.MethodPost, "/api/auth/external", map[string]string{"token": provider.sign(t, idpClaims("reg-9", "li@example.org"))}).
		WantError(t, http.StatusUnauthorized, "unauthenticated")
}

func TestExternalSignInDisabled(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	n.Client(t).Do(http.MethodPost, "/api/auth/external", map[string]string{"token": "x"}).WantError(t, http.StatusNotFound, "not_found")
}
