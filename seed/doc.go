// Package seed builds the demo village: the one that `make run` serves and
// that `village seed` writes. It is shaped on IGF 2020, the first fully
// online Internet Governance Forum (see DOMAIN.md): 71 exhibiting
// organisations (the Best Practice Forums, Dynamic Coalitions, the NRIs'
// joint booth and a few named NRIs, the MAG, the IGF Secretariat, UN DESA
// and invented exhibitors from every stakeholder group and region), each
// with a handful of staff and a booth (most open, with materials and
// opening hours over the twelve event days that start on the seeding day),
// one secretariat account and participants whose stakeholder groups and
// regions follow the event's published shares.
//
// Everything is derived from Options.Seed, so the same options always give
// the same village, down to e-mail addresses and the demo logins printed at
// start-up. Every address is under the reserved .example top-level domain
// and every website under example.org: nothing in the demo points at a
// real person or organisation's inbox.
//
// Seeding happens once per store. Village first claims the key
// "seed:demo-village" (store.Claims): of racing nodes exactly one writes;
// the others, and every later start, only report the logins. A seed that
// fails half-way keeps its claim, so the store must then be reset by hand:
// re-running it cannot silently mix two villages.
//
// The booths have a claim of their own, "seed:demo-booths", so that a demo
// village seeded before booths existed gets them at its next start; so do
// the 1:1 slots, "seed:demo-slots": two staff members of each booth offer
// one a day in its opening hours, and the help desk one at the top of
// each hour of the day after seeding, so that a newcomer can book one at
// once.
package seed
