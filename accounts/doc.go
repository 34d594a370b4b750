// Package accounts holds the people of the event: registration and profiles,
// passwords, roles (participant, staff of one organisation, secretariat),
// invitations that grant a role, and the participant directory.
//
// It knows nothing of HTTP. It persists through the Store interface it
// declares, which store/memory and store/mongo implement.
package accounts
