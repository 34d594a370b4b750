// Package auth issues and checks the tokens people sign in with: short-lived
// access tokens (JWT, HS256 pinned, issuer and audience checked), rotating
// refresh tokens stored only as hashes, and tokens from the event's external
// identity provider verified against its published keys.
//
// It knows nothing of HTTP; server reads tokens from requests and calls it.
package auth
