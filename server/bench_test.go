package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"testing"

	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/seed"
	"github.com/igf-village/village/testkit"
)

// benchNode is a node on backend holding the demo village at IGF 2020's
// size (6,000 participants), and a token of one of them.
func benchNode(b *testing.B, backend string) (*testkit.Node, string) {
	b.Helper()
	n := testkit.StartNode(b, backend)
	res, err := seed.Village(b.Context(), n.Store, seed.Options{Participants: 6000, Hash: accounts.CheapHash})
	if err != nil {
		b.Fatal(err)
	}
	raw, _ := json.Marshal(map[string]string{"email": res.Logins[3].Email, "password": seed.DemoPassword})
	resp, err := http.Post(n.URL+"/api/auth/login", "application/json", bytes.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var s testkit.Session
	if err := json.NewDecoder(resp.Body).Decode(&s); err != nil || s.AccessToken == "" {
		b.Fatalf("login: %v %+v", err, s)
	}
	return n, s.AccessToken
}

func get(b *testing.B, url, token string) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b.Fatalf("%s: %d", url, resp.StatusCode)
	}
}

// BenchmarkDirectory is one directory page over HTTP on loopback, with the
// filters a person would use, over 6,000 participants.
func BenchmarkDirectory(b *testing.B) {
	queries := map[string]string{
		"all":      "",
		"language": "?language=ar",
		"text":     "?q=ahmed",
		"filters":  "?theme=trust&region=african&stakeholder_group=civil_society",
		"deep":     "?offset=4000&limit=100",
	}
	benchGets(b, "/api/directory", queries)
}

// BenchmarkBooths lists the demo village's 71 booths over HTTP on
// loopback, with and without filters, with 6,000 participants stored.
func BenchmarkBooths(b *testing.B) {
	queries := map[string]string{
		"all":     "?limit=100",
		"filters": "?theme=inclusion&language=fr&open_now=true&limit=100",
		"text":    "?q=connectivity&limit=100",
	}
	benchGets(b, "/api/booths", queries)
}

// BenchmarkMe is the cheapest signed-in request: token check, person
// lookup, JSON. It bounds what any authenticated route costs.
func BenchmarkMe(b *testing.B) {
	for _, backend := range testkit.Backends {
		// Seeded here, once: a RunParallel body is run again for each b.N.
		n, token := benchNode(b, backend)
		b.Run(backend, func(b *testing.B) {
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					get(b, n.URL+"/api/me", token)
				}
			})
		})
	}
}

// BenchmarkPasswordHash is the cost of one sign-in's argon2id with the
// production parameters: it sets how many sign-ins a second a core serves.
func BenchmarkPasswordHash(b *testing.B) {
	h, err := accounts.HashPassword("correct horse battery", accounts.DefaultHash)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if ok, _ := accounts.CheckPassword(h, "correct horse battery"); !ok {
			b.Fatal(fmt.Errorf("mismatch"))
		}
	}
}

// benchGets times GET path+query for each named query, on each backend.
func benchGets(b *testing.B, path string, queries map[string]string) {
	for _, backend := range testkit.Backends {
		b.Run(backend, func(b *testing.B) {
			n, token := benchNode(b, backend)
			for name, q := range queries {
				b.Run(name, func(b *testing.B) {
					for b.Loop() {
						get(b, n.URL+path+q, token)
					}
				})
			}
		})
	}
}
