package main

import (
	"fmt"
	"time"

	"github.com/igf-village/village/auth"
)

// mintTokens signs n access tokens for the people named by idPattern
// (numbered from first) with the node's own HS256 secret, as the node
// itself would after a sign-in: issuer, audience, subject, issued-at,
// not-before, expiry and the participant role. The node accepts them for
// anyone its store holds (it reads the person, and their real role, on
// every connection), so a node seeded with the demo village
// (VILLAGE_DEMO_PARTICIPANTS) is ready for thousands of connections
// without a single registration, whose argon2id costs about 26 ms of CPU
// each. The tokens live until until.
func mintTokens(secret, issuer, audience, idPattern string, first, n int, until time.Time) ([]string, error) {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = mintID(idPattern, first, i)
	}
	return mintFor(secret, issuer, audience, ids, until)
}

// mintFor signs an access token for each of ids, as mintTokens does.
func mintFor(secret, issuer, audience string, ids []string, until time.Time) ([]string, error) {
	ttl := time.Until(until)
	if ttl <= 0 {
		return nil, fmt.Errorf("mint: the tokens would have expired already")
	}
	t, err := auth.NewTokens(auth.Config{Secret: []byte(secret), Issuer: issuer, Audience: audience, AccessTTL: ttl}, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("mint: %w", err)
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		if out[i], _, err = t.Access(id, "participant", ""); err != nil {
			return nil, fmt.Errorf("mint: %w", err)
		}
	}
	return out, nil
}

// mintID is the person ID of user i.
func mintID(pattern string, first, i int) string { return fmt.Sprintf(pattern, first+i) }
