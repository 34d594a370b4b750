package docs

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// goSource matches what sends a reader to the server's Go source: a Go
// file, a package (directory or name), or a Go identifier such as
// protocol.Envelope.
var goSource = regexp.MustCompile(`\w+\.go\b|(^|[^/\w])(hub|server|store|accounts|booths|auth|apperr|testkit|client/live)/|\b(hub|server|apperr|accounts|booths|live)\.[A-Z]\w*|\x60(hub|server|store|apperr|client/live)\x60`)

// TestProtocolPageStandsAlone: protocol.md is the live protocol's whole
// specification, for client authors in any language; it defines what it
// names instead of pointing at Go code.
func TestProtocolPageStandsAlone(t *testing.T) {
	raw, err := os.ReadFile("protocol.md")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(raw), "\n") {
		if m := goSource.FindString(line); m != "" {
			t.Errorf("protocol.md:%d points at Go code: %q", i+1, strings.TrimSpace(m))
		}
	}
}
