package main

import "testing"

func TestProcsFor(t *testing.T) {
	for _, tc := range []struct {
		current int
		env     string
		want    int
	}{
		{1, "", 2},  // one core: a second processor for the blocking calls
		{2, "", 2},  // as the runtime says
		{8, "", 8},  // never fewer
		{1, "1", 1}, // an explicit GOMAXPROCS wins
		{1, "0", 2}, // not a setting the runtime takes
		{1, "x", 2},
	} {
		if got := procsFor(tc.current, tc.env); got != tc.want {
			t.Errorf("procsFor(%d, %q) = %d, want %d", tc.current, tc.env, got, tc.want)
		}
	}
}
