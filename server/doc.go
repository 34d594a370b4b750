// Package server wires Village together: it reads the configuration, opens
// the store, builds the domain services, and serves the REST API, health,
// readiness and metrics endpoints with Echo. Rules live in the domain
// packages (accounts, booths, auth); handlers here decode, call one service
// method, and render the result or the error.
//
// routes.go lists every route with the roles that may call it.
package server
