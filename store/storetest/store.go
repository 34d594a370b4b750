package storetest

import "github.com/igf-village/village/store/backend"

// Store is the contract the suite checks.
type Store = backend.Store
