package server

import (
	"testing"
	"time"
)

func TestAddressKey(t *testing.T) {
	cases := []struct{ ip, want string }{
		{"203.0.113.7", "203.0.113.7"},
		{"::ffff:203.0.113.7", "203.0.113.7"},
		{"2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"},
		{"2001:db8:1:2::ffff", "2001:db8:1:2::/64"},
		{"2001:db8:1:3::1", "2001:db8:1:3::/64"},
		{"fe80::1%eth0", "fe80::/64"},
		{"not an address", "not an address"},
	}
	for _, tc := range cases {
		if got := addressKey(tc.ip); got != tc.want {
			t.Errorf("addressKey(%q) = %q, want %q", tc.ip, got, tc.want)
		}
	}
}

// TestGuessLimiter: failures run out the budget of their (account,
// address) pair and then of the account; successes and refused attempts
// spend nothing; budgets refill with time.
func TestGuessLimiter(t *testing.T) {
	now := time.Date(2026, 12, 4, 9, 0, 0, 0, time.UTC)
	g := newGuessLimiter(3, 5)
	try := func(account, address string, failed bool) guessLimit {
		t.Helper()
		a, limit := g.Begin(account, address, now)
		if limit == guessAllowed && !failed {
			a.Refund(now)
		}
		return limit
	}
	steps := []struct {
		name    string
		address string
		failed  bool
		want    guessLimit
	}{
		{"attacker 1", "a", true, guessAllowed},
		{"attacker 2", "a", true, guessAllowed},
		{"attacker 3", "a", true, guessAllowed},
		{"attacker out of its budget", "a", true, guessFromAddress},
		{"attacker, even with the right password", "a", false, guessFromAddress},
		{"owner elsewhere", "owner", false, guessAllowed},
		{"owner again: successes cost nothing", "owner", false, guessAllowed},
		{"owner again", "owner", false, guessAllowed},
		{"owner again", "owner", false, guessAllowed},
		{"owner mistypes", "owner", true, guessAllowed},
		{"second attacker 1", "b", true, guessAllowed},
		{"account ceiling reached", "c", true, guessAtAccount},
		{"account ceiling reached", "c", true, guessAtAccount},
		{"account ceiling reached", "c", true, guessAtAccount},
		{"owner too, now", "owner", false, guessAtAccount},
	}
	for _, s := range steps {
		if got := try("victim@example.org", s.address, s.failed); got != s.want {
			t.Fatalf("%s: %v, want %v", s.name, got, s.want)
		}
	}
	if got := try("other@example.org", "a", true); got != guessAllowed {
		t.Fatalf("another account from the attacker's address: %v", got)
	}
	// The account's budget refills by one in 12 s, and the attempts it
	// refused spent nothing of the pair's ("c"), which would not have
	// refilled as fast.
	now = now.Add(12 * time.Second)
	if got := try("victim@example.org", "c", true); got != guessAllowed {
		t.Fatalf("after a refill: %v", got)
	}
	now = now.Add(time.Minute)
	if got := try("victim@example.org", "a", false); got != guessAllowed {
		t.Fatalf("the attacker's address a minute later: %v", got)
	}
}
