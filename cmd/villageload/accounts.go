package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// account is one simulated participant's sign-in, as kept in the token
// file (one JSON object a line).
type account struct {
	Email        string    `json:"email"`
	ID           string    `json:"id"`
	AccessToken  string    `json:"access_token"`
	RefreshToken string    `json:"refresh_token,omitempty"`
	ExpiresAt    time.Time `json:"expires_at"`
}

// Password of every load account: they exist only on load-test nodes.
const loadPassword = "villageload-password-not-secret"

// accountStats say where the tokens came from.
type accountStats struct {
	Reused     int     `json:"reused"`
	Refreshed  int     `json:"refreshed"`
	Registered int     `json:"registered"`
	Minted     int     `json:"minted,omitempty"`
	Seconds    float64 `json:"seconds"`
}

// errRateLimited explains the one setting a load run needs on the node.
var errRateLimited = errors.New("the node refused registration: rate_limited. Start the node for load runs with " +
	"VILLAGE_LOGIN_PER_IP=1000000 (the default allows 30 sign-ins a minute from one address)")

// tokens returns n access tokens valid until needUntil: from the token
// file where it has them (refreshed if they expire too soon), the rest
// registered anew; the file, if named, is rewritten with them all.
func tokens(ctx context.Context, cfg config, n int, needUntil time.Time, log io.Writer) ([]string, accountStats, error) {
	start := time.Now()
	var st accountStats
	if cfg.mintSecret != "" {
		// A minute more than the run needs: the node closes a connection
		// whose token expires.
		toks, err := mintTokens(cfg.mintSecret, cfg.mintIssuer, cfg.mintAudience, cfg.mintIDs, cfg.mintFrom, n, needUntil.Add(time.Minute))
		st.Minted = len(toks)
		st.Seconds = time.Since(start).Seconds()
		return toks, st, err
	}
	var accts []account
	if cfg.tokenFile != "" {
		var err error
		if accts, err = readTokenFile(cfg.tokenFile); err != nil {
			return nil, st, err
		}
	}
	// The run uses the first n; the file keeps them all.
	use := min(len(accts), n)
	api := &api{base: cfg.url, http: &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: cfg.registerConcurrency}}}

	// Refresh what expires too soon.
	var firstErr error
	var mu sync.Mutex
	var refreshed atomic.Int64
	parallel(use, cfg.registerConcurrency, func(i int) {
		a := &accts[i]
		if a.ExpiresAt.After(needUntil) {
			return
		}
		fresh, err := api.refresh(ctx, a.RefreshToken)
		if err != nil {
			// The refresh token is spent or gone: sign in afresh.
			fresh, err = api.login(ctx, a.Email)
		}
		if err != nil {
			mu.Lock()
			firstErr = cmp(firstErr, fmt.Errorf("renew the token of %s: %w", a.Email, err))
			mu.Unlock()
			return
		}
		fresh.Email = a.Email
		*a = fresh
		refreshed.Add(1)
	})
	if firstErr != nil {
		return nil, st, firstErr
	}
	st.Refreshed = int(refreshed.Load())
	st.Reused = use - st.Refreshed

	// Register the rest.
	have := use
	if have < n {
		fmt.Fprintf(log, "registering %d accounts (concurrency %d)...\n", n-have, cfg.registerConcurrency)
		accts = append(accts, make([]account, n-have)...)
		var done atomic.Int64
		parallel(n-have, cfg.registerConcurrency, func(j int) {
			if ctx.Err() != nil {
				return
			}
			i := have + j
			a, err := api.register(ctx, cfg.runID, i)
			if err != nil {
				mu.Lock()
				firstErr = cmp(firstErr, err)
				mu.Unlock()
				return
			}
			accts[i] = a
			if d := done.Add(1); d%1000 == 0 {
				fmt.Fprintf(log, "  %d registered\n", d)
			}
		})
		if firstErr != nil {
			return nil, st, firstErr
		}
		if ctx.Err() != nil {
			return nil, st, ctx.Err()
		}
		st.Registered = n - have
	}
	if cfg.tokenFile != "" {
		if err := writeTokenFile(cfg.tokenFile, accts); err != nil {
			return nil, st, err
		}
	}
	out := make([]string, n)
	for i := range out {
		out[i] = accts[i].AccessToken
	}
	st.Seconds = time.Since(start).Seconds()
	return out, st, nil
}

func cmp(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// parallel runs fn(0..n-1) on at most k goroutines.
func parallel(n, k int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, max(k, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

func readTokenFile(path string) ([]account, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []account
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var a account
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil || a.AccessToken == "" {
			return nil, fmt.Errorf("%s:%d: not an account line (want JSON with email, access_token, refresh_token)", path, line)
		}
		out = append(out, a)
	}
	return out, sc.Err()
}

func writeTokenFile(path string, accts []account) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, a := range accts {
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b.Bytes(), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// api is the little of the REST API that the tool needs.
type api struct {
	base string
	http *http.Client
}

type sessionBody struct {
	AccessToken  string    `json:"access_token"`
	RefreshToken string    `json:"refresh_token"`
	ExpiresAt    time.Time `json:"expires_at"`
	Account      struct {
		ID string `json:"id"`
	} `json:"account"`
}

func (a *api) post(ctx context.Context, path string, body any) (account, error) {
	raw, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+path, bytes.NewReader(raw))
	if err != nil {
		return account{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.http.Do(req)
	if err != nil {
		return account{}, err
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode == http.StatusTooManyRequests {
		return account{}, errRateLimited
	}
	if resp.StatusCode/100 != 2 {
		return account{}, fmt.Errorf("POST %s: %s: %s", path, resp.Status, bytes.TrimSpace(out))
	}
	var s sessionBody
	if err := json.Unmarshal(out, &s); err != nil || s.AccessToken == "" {
		return account{}, fmt.Errorf("POST %s: a session without a token: %s", path, out)
	}
	return account{ID: s.Account.ID, AccessToken: s.AccessToken, RefreshToken: s.RefreshToken, ExpiresAt: s.ExpiresAt}, nil
}

func (a *api) register(ctx context.Context, runID string, i int) (account, error) {
	email := fmt.Sprintf("load-%s-%d@load.example", runID, i)
	acct, err := a.post(ctx, "/api/auth/register", map[string]any{
		"email":             email,
		"password":          loadPassword,
		"display_name":      fmt.Sprintf("Load %s %d", runID, i),
		"stakeholder_group": "technical_community",
		"region":            "weog",
		"country":           "NO",
		"languages":         []string{"en"},
		"time_zone":         "Europe/Oslo",
		"themes":            []string{"data"},
		"tags":              []string{"load test"},
		"expertise":         "Generated by villageload",
		"directory_opt_in":  false,
	})
	acct.Email = email
	return acct, err
}

func (a *api) refresh(ctx context.Context, refreshToken string) (account, error) {
	if refreshToken == "" {
		return account{}, errors.New("no refresh token")
	}
	return a.post(ctx, "/api/auth/refresh", map[string]string{"refresh_token": refreshToken})
}

func (a *api) login(ctx context.Context, email string) (account, error) {
	return a.post(ctx, "/api/auth/login", map[string]string{"email": email, "password": loadPassword})
}
