package server

import (
	"os"
	"regexp"
	"slices"
	"testing"
)

// TestAppPagesMatchTheClient: the server sends index.html with 200 at
// exactly the paths of the app's route table (client/web/src/app.js). A
// page missing here would answer 404 on a reload; one the client lacks
// would be a "page not found" sent as 200.
func TestAppPagesMatchTheClient(t *testing.T) {
	src, err := os.ReadFile("../client/web/src/app.js")
	if err != nil {
		t.Fatal(err)
	}
	var client []string
	for _, m := range regexp.MustCompile(`\{ path: '([^']+)'`).FindAllStringSubmatch(string(src), -1) {
		client = append(client, m[1])
	}
	if len(client) == 0 {
		t.Fatal("found no routes in client/web/src/app.js; has the table's shape changed?")
	}
	server := slices.Clone(appPages)
	slices.Sort(client)
	slices.Sort(server)
	if !slices.Equal(client, server) {
		t.Errorf("the client's pages %v differ from the server's %v (server/app.go appPages)", client, server)
	}
}
