package server_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/igf-village/village/server"
	"github.com/igf-village/village/testkit"
)

// TestAccessTokenRejected: forged, expired, wrongly signed and mis-addressed
// tokens all get 401 unauthenticated.
func TestAccessTokenRejected(t *testing.T) {
	testkit.EachBackend(t, testAccessTokenRejected)
}

func testAccessTokenRejected(t *testing.T, n *testkit.Node) {
	c, acc := n.Client(t).Register(t, testkit.Registration(1))
	sub := acc["id"].(string)
	secret := []byte(n.Config.JWTSecret)
	claims := func(mod func(jwt.MapClaims)) jwt.MapClaims {
		now := time.Now()
		m := jwt.MapClaims{"iss": n.Config.JWTIssuer, "aud": n.Config.JWTAudience, "sub": sub,
			"iat": now.Unix(), "nbf": now.Unix(), "exp": now.Add(time.Minute).Unix()}
		if mod != nil {
			mod(m)
		}
		return m
	}
	hs := func(m jwt.MapClaims, key []byte) string {
		s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, m).SignedString(key)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	es, err := jwt.NewWithClaims(jwt.SigningMethodES256, claims(nil)).SignedString(ec)
	if err != nil {
		t.Fatal(err)
	}
	none, err := jwt.NewWithClaims(jwt.SigningMethodNone, claims(nil)).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		t.Fatal(err)
	}
	hs512, _ := jwt.NewWithClaims(jwt.SigningMethodHS512, claims(nil)).SignedString(secret)
	valid := hs(claims(nil), secret)

	cases := map[string]string{
		"garbage":          "not.a.token",
		"forged signature": hs(claims(nil), []byte(strings.Repeat("x", 32))),
		"expired":          hs(claims(func(m jwt.MapClaims) { m["exp"] = time.Now().Add(-time.Hour).Unix() }), secret),
		"no expiry":        hs(claims(func(m jwt.MapClaims) { delete(m, "exp") }), secret),
		"wrong issuer":     hs(claims(func(m jwt.MapClaims) { m["iss"] = "someone-else" }), secret),
		"wrong audience":   hs(claims(func(m jwt.MapClaims) { m["aud"] = "another-app" }), secret),
		"not yet valid":    hs(claims(func(m jwt.MapClaims) { m["nbf"] = time.Now().Add(time.Hour).Unix() }), secret),
		"unknown subject":  hs(claims(func(m jwt.MapClaims) { m["sub"] = "p-nobody" }), secret),
		"alg none":         none,
		"other algorithm":  es,
		"other HMAC":       hs512,
		"tampered payload": valid[:len(valid)-3] + "abc",
		"bearer missing":   "",
	}
	for name, tok := range cases {
		t.Run(name, func(t *testing.T) {
			cl := n.Client(t)
			cl.Token = tok
			cl.Do(http.MethodGet, "/api/me", nil).WantError(t, http.StatusUnauthorized, "unauthenticated")
		})
	}
	// The hand-made valid token works, so the cases above fail for the
	// reason their names give.
	ok := n.Client(t)
	ok.Token = valid
	ok.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK)
	c.Do(http.MethodGet, "/api/me", nil).Want(t, http.StatusOK)
}

func TestRefreshRotation(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c, _ := n.Client(t).Register(t, testkit.Registration(1))
		other, _ := n.Client(t).Register(t, testkit.Registration(2))
		first := c.Refresh
		refresh := func(token string) *testkit.Response {
			return c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": token})
		}
		var s testkit.Session
		refresh(first).Want(t, http.StatusOK).Decode(t, &s)
		if s.RefreshToken == "" || s.RefreshToken == first || s.AccessToken == "" {
			t.Fatalf("rotation gave %+v", s)
		}
		// The answer was lost, say, and the client tries again with the
		// spent token within the grace window: it gets the same new token,
		// and the session lives on.
		var again testkit.Session
		refresh(first).Want(t, http.StatusOK).Decode(t, &again)
		if again.RefreshToken != s.RefreshToken || again.AccessToken == "" {
			t.Fatalf("a retry within the grace window gave %+v, want refresh token %q", again, s.RefreshToken)
		}
		refresh(s.RefreshToken).Want(t, http.StatusOK)
		// Nothing else profits from the window.
		refresh("made-up").WantError(t, http.StatusUnauthorized, "unauthenticated")
		refresh(s.RefreshToken[:len(s.RefreshToken)-2]+"xx").WantError(t, http.StatusUnauthorized, "unauthenticated")
		c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		c.Do(http.MethodPost, "/api/auth/refresh", map[string]int{"refresh_token": 5}).
			WantError(t, http.StatusUnprocessableEntity, "validation_failed")
		// Another person's session is untouched throughout.
		other.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": other.Refresh}).Want(t, http.StatusOK)
	})
}

// TestRefreshReuse: a spent token presented after the grace window is
// taken as stolen: the whole session ends, so the thief and the owner both
// have to sign in again, and other sessions live on.
func TestRefreshReuse(t *testing.T) {
	const grace = 200 * time.Millisecond
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c, acc := n.Client(t).Register(t, testkit.Registration(1))
		second := n.Client(t).SignIn(t, acc["email"].(string), testkit.DefaultPassword)
		first := c.Refresh
		var s testkit.Session
		c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": first}).Want(t, http.StatusOK).Decode(t, &s)
		time.Sleep(grace + 100*time.Millisecond)
		c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": first}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": s.RefreshToken}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		// The same person's other session is another family.
		second.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": second.Refresh}).Want(t, http.StatusOK)
	}, func(c *server.Config) { c.RefreshGrace = grace })
}

// TestRefreshRace: of 50 rotations of one token at once (tabs refreshing
// together, retries), every one succeeds with the same new token, and the
// session lives on from it.
func TestRefreshRace(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c, _ := n.Client(t).Register(t, testkit.Registration(1))
		type result struct {
			status  int
			refresh string
		}
		results := make(chan result, 50)
		start := make(chan struct{})
		for range 50 {
			go func() {
				<-start
				r := c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": c.Refresh})
				var s testkit.Session
				if r.Status == http.StatusOK {
					r.Decode(t, &s)
				}
				results <- result{r.Status, s.RefreshToken}
			}()
		}
		close(start)
		var next string
		for range 50 {
			r := <-results
			if r.status != http.StatusOK {
				t.Fatalf("a racing rotation got %d", r.status)
			}
			if next == "" {
				next = r.refresh
			}
			if r.refresh != next {
				t.Fatalf("racing rotations gave %q and %q", next, r.refresh)
			}
		}
		c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": next}).Want(t, http.StatusOK)
	})
}

func TestCookieSession(t *testing.T) {
	n := testkit.StartNode(t, "memory")
	browser := n.Client(t)
	browser.Header.Set("Village-Session", "cookie")
	body := testkit.Registration(1)
	r := browser.Do(http.MethodPost, "/api/auth/register", body).Want(t, http.StatusCreated)
	if r.Map(t)["refresh_token"] != nil {
		t.Fatal("the refresh token must not reach page scripts in cookie mode")
	}
	ck := r.Header.Get("Set-Cookie")
	for _, want := range []string{"village_refresh=", "Path=/api/auth", "HttpOnly", "Secure", "SameSite=Strict"} {
		if !strings.Contains(ck, want) {
			t.Errorf("Set-Cookie %q lacks %q", ck, want)
		}
	}
	// Go's cookie jar does not send Secure cookies over http, so send the
	// cookie as the browser would on localhost.
	value := strings.TrimPrefix(strings.Split(ck, ";")[0], "village_refresh=")
	browser.Header.Set("Cookie", "village_refresh="+value)
	var s testkit.Session
	r = browser.Do(http.MethodPost, "/api/auth/refresh", nil).Want(t, http.StatusOK)
	r.Decode(t, &s)
	if s.AccessToken == "" || s.RefreshToken != "" {
		t.Fatalf("cookie refresh gave %+v", s)
	}
	rotated := r.Header.Get("Set-Cookie")
	if strings.Split(rotated, ";")[0] == "village_refresh="+value {
		t.Fatalf("the rotation kept the cookie %q", rotated)
	}
	// The old cookie was spent by the rotation; sent again within the
	// grace window (the answer with the new one was lost), it gets the same
	// new cookie.
	r = browser.Do(http.MethodPost, "/api/auth/refresh", nil).Want(t, http.StatusOK)
	if again := r.Header.Get("Set-Cookie"); again == "" || strings.Split(again, ";")[0] != strings.Split(rotated, ";")[0] {
		t.Fatalf("a retry with the old cookie set %q, want the cookie of %q", again, rotated)
	}
	// A browser whose cookie expired sends nothing: a lost session.
	lost := n.Client(t)
	lost.Header.Set("Village-Session", "cookie")
	lost.Do(http.MethodPost, "/api/auth/refresh", nil).WantError(t, http.StatusUnauthorized, "unauthenticated")
	lost.Do(http.MethodPost, "/api/auth/logout", nil).WantError(t, http.StatusUnauthorized, "unauthenticated")
}

func TestLogout(t *testing.T) {
	testkit.EachBackend(t, func(t *testing.T, n *testkit.Node) {
		c, _ := n.Client(t).Register(t, testkit.Registration(1))
		c.Do(http.MethodPost, "/api/auth/logout", map[string]string{"refresh_token": c.Refresh}).Want(t, http.StatusNoContent)
		c.Do(http.MethodPost, "/api/auth/refresh", map[string]string{"refresh_token": c.Refresh}).
			WantError(t, http.StatusUnauthorized, "unauthenticated")
		// Signing out twice is not an error.
		c.Do(http.MethodPost, "/api/auth/logout", map[string]string{"refresh_token": c.Refresh}).Want(t, http.StatusNoContent)
	})
}

func TestLoginRateLimit(t *testing.T) {
	n := testkit.StartNode(t, "memory", func(c *server.Config) { c.LoginPerAccount = 3; c.LoginPerIP = 6 })
	body := testkit.Registration(1)
	anon := n.Client(t)
	anon.Register(t, body)
	login := func(email, pw string) *testkit.Response {
		return anon.Do(http.MethodPost, "/api/auth/login", map[string]string{"email": email, "password": pw})
	}
	for range 3 {
		login(body["email"].(string), "wrong password!").WantError(t, http.StatusUnauthorized, "unauthenticated")
	}
	// The account is locked to this address for a minute, even with the
	// right password.
	r := login(body["email"].(string), testkit.DefaultPassword).WantError(t, http.StatusTooManyRequests, "rate_limited")
	if r.Header.Get("Retry-After") != "60" {
		t.Errorf("Retry-After = %q", r.Header.Get("Retry-After"))
	}
	// Other accounts from the same address have what is left of its budget.
	login("other@village.example", "whatever pw").WantError(t, http.StatusUnauthorized, "unauthenticated")
	login("third@village.example", "whatever pw").WantError(t, http.StatusTooManyRequests, "rate_limited")
	// Registering hashes a password too, so it spends the same budget.
	anon.Do(http.MethodPost, "/api/auth/register", testkit.Registration(2)).WantError(t, http.StatusTooManyRequests, "rate_limited")
}

// TestLoginLockout: an address guessing at an account runs out of tries
// there, and stays out even with the right password, while the owner signs
// in from another address as often as they like; many addresses together
// still stop at the account's ceiling. An IPv6 address counts as its /64.
func TestLoginLockout(t *testing.T) {
	n := testkit.StartNode(t, "memory", func(c *server.Config) {
		c.LoginPerAccount, c.LoginPerAccountTotal, c.LoginPerIP = 3, 8, 1000
		c.TrustedProxies = "127.0.0.0/8"
	})
	_, acc := n.Client(t).Register(t, testkit.Registration(1))
	victim := acc["email"].(string)
	from := func(address string) *testkit.Client {
		c := n.Client(t)
		c.Header.Set("X-Forwarded-For", address)
		return c
	}
	type step struct {
		name, address, email, password string
		status                         int
	}
	const wrong = "not the password!"
	steps := []step{
		{"guess 1", "203.0.113.7", victim, wrong, http.StatusUnauthorized},
		{"guess 2", "203.0.113.7", victim, wrong, http.StatusUnauthorized},
		{"guess 3", "203.0.113.7", victim, wrong, http.StatusUnauthorized},
	}
	for range 5 {
		steps = append(steps, step{"the guesser stays limited", "203.0.113.7", victim, wrong, http.StatusTooManyRequests})
	}
	steps = append(steps,
		step{"the guesser, even with the right password", "203.0.113.7", victim, testkit.DefaultPassword, http.StatusTooManyRequests},
		step{"the guesser at another account", "203.0.113.7", "someone@village.example", wrong, http.StatusUnauthorized},
	)
	for range 5 {
		steps = append(steps, step{"the owner from elsewhere, again and again", "198.51.100.20", victim, testkit.DefaultPassword, http.StatusOK})
	}
	steps = append(steps,
		step{"the owner mistypes", "198.51.100.20", victim, wrong, http.StatusUnauthorized},
		step{"and signs in", "198.51.100.20", victim, testkit.DefaultPassword, http.StatusOK},
		step{"IPv6 guess 1", "2001:db8:1:2::1", victim, wrong, http.StatusUnauthorized},
		step{"IPv6 guess 2", "2001:db8:1:2::2", victim, wrong, http.StatusUnauthorized},
		step{"IPv6 guess 3", "2001:db8:1:2::3", victim, wrong, http.StatusUnauthorized},
		step{"another address of the same /64", "2001:db8:1:2::4", victim, wrong, http.StatusTooManyRequests},
		step{"another /64", "2001:db8:1:3::1", victim, wrong, http.StatusUnauthorized},
		// 3 + 1 + 3 + 1 failures: the account's ceiling of 8.
		step{"a fifth address at the ceiling", "192.0.2.1", victim, wrong, http.StatusTooManyRequests},
	)
	for _, s := range steps {
		r := from(s.address).Do(http.MethodPost, "/api/auth/login", map[string]string{"email": s.email, "password": s.password})
		if r.Status != s.status {
			t.Fatalf("%s (from %s): status %d, want %d; body %s", s.name, s.address, r.Status, s.status, r.Body)
		}
		if s.status == http.StatusTooManyRequests && r.Header.Get("Retry-After") != "60" {
			t.Errorf("%s: Retry-After = %q", s.name, r.Header.Get("Retry-After"))
		}
	}
}
