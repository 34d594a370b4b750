package seed

import (
	"github.com/igf-village/village/accounts"
	"github.com/igf-village/village/booths"
)

// Population is the demo village's people and booths as Village would
// write them for opt (defaults applied; no password hashed), without a
// store: for tests and benchmarks that need a village shaped like
// DOMAIN.md's, such as the recommender's over 10,000 people.
func Population(opt Options) ([]accounts.Person, []booths.Booth, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return nil, nil, err
	}
	v := build(opt)
	return v.people, v.booths, nil
}
