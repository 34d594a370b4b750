package auth

// Successor and HashRefresh let tests find a rotation's successor in the
// store.
func Successor(t *Tokens, secret string) string { return t.successor(secret) }

var HashRefresh = hashRefresh
