package testkit

import (
	"os"
	"testing"
)

func TestZZDebugCleanup(t *testing.T) {
	MongoDB(t)
	t.Logf("dir %s pid %d", ferret.dir, os.Getpid())
	t.Cleanup(func() {
		d := ferret.dir
		Cleanup()
		_, err := os.Stat(d)
		t.Logf("after Cleanup stat: %v", err)
	})
}
