// Package server wires Village together: it reads the configuration, opens
// the store, builds the domain services and the hub, and serves with Echo
// the REST API, the live connection (/ws), the browser app, and the health,
// readiness and metrics endpoints. Rules live in the domain packages
// (accounts, booths, moderation, auth); handlers here decode, call the
// domain, and render the result, or return the error for errors.go to
// render as every error is.
//
// Server holds the wiring only: the configuration, the store, the domain
// services, the tokens, the hub, Echo and the app's bundle. It has no
// request handlers. Each resource's handlers are a small type in the file
// named for the resource, holding only the parts it uses (sessionHandlers,
// peopleHandlers, slotHandlers, liveHandlers, appHandlers, ...). routes.go
// makes them all, in one block, and lists every route with the roles that
// may call it; authenticator (identity.go) signs requests in, for the REST
// routes and the hub alike, and allow checks the role.
package server
