// Package apperr is Village's one error type. Every error a person can see
// carries a stable Code; REST renders it as {"error": {"code", "message",
// "fields"}} and the live protocol reuses the same codes, so clients branch on
// the code and show the message.
//
// HTTPStatus is the single place where a code becomes an HTTP status.
package apperr
