package storetest

import (
	"errors"
	"testing"
)

type test struct {
	name string
	run  func(t *testing.T, s Store)
}

// Option adapts the suite to a backend.
type Option func(*options)

type options struct {
	sendsPerSender int
}

// DefaultSendsPerSender is how many messages each sender of the
// Messages/ConcurrentSenders test appends, unless SendsPerSender says
// otherwise.
const DefaultSendsPerSender = 200

// SendsPerSender sets how many messages each sender of the
// Messages/ConcurrentSenders test appends. A backend that reads a room by
// scanning every message (FerretDB v1 pushes down no filter but one on
// _id) takes time that grows with the square of it.
func SendsPerSender(n int) Option {
	return func(o *options) { o.sendsPerSender = n }
}

// Run runs the whole suite as named subtests, each on a fresh empty store
// from newStore. newStore should close the store in a t.Cleanup that
// ignores the error, since the lifecycle test closes it first.
func Run(t *testing.T, newStore func(t *testing.T) Store, opts ...Option) {
	t.Helper()
	o := options{sendsPerSender: DefaultSendsPerSender}
	for _, opt := range opts {
		opt(&o)
	}
	var all []test
	for _, group := range [][]test{
		peopleTests, photoTests, directoryTests, organisationTests, boothTests, invitationTests,
		tokenTests, claimTests, messageTests, knockTests, {concurrentSendersTest(o.sendsPerSender)},
		raceTests(), closingTests, lifecycleTests, moderationTests, slotTests,
		leadTests, {leadRace.test()}, {knockTakeRace.test()}, contactTests, breakTests,
		sessionTests, commitmentTests, blockTests, meetingTests, meetingRuleTests, wishTests,
	} {
		all = append(all, group...)
	}
	for _, tc := range all {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, newStore(t)) })
	}
}

func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// wantErr checks that err wraps target (store.ErrNotFound or
// store.ErrDuplicate).
func wantErr(t *testing.T, err, target error, what string) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Errorf("%s: got error %v, want one wrapping %v", what, err, target)
	}
}

func wantSame(t *testing.T, got, want any, what string) {
	t.Helper()
	if d := Diff(got, want); d != "" {
		t.Errorf("%s: %s", what, d)
	}
}

// ids lists the IDs of people, organisations or invitations, for compact
// comparisons of order.
func ids[T any](list []T, id func(T) string) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = id(v)
	}
	return out
}
