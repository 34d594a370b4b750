package matching

import "github.com/igf-village/village/apperr"

// Table sizes. The secretariat picks the size of a break's tables; a table is
// never smaller than MinTable, so nobody talks alone or in a pair, nor larger
// than MaxTable, past which a table splits into side conversations.
const (
	MinTable         = 3
	MaxTable         = 6
	DefaultTableSize = 4
)

// ErrTableSize refuses a table size outside MinTable to MaxTable.
var ErrTableSize = &apperr.Error{
	Code:    apperr.ValidationFailed,
	Message: "table_size: must be from 3 to 6",
	Fields:  map[string]string{"table_size": "must be from 3 to 6"},
}

// tableSize resolves the zero value to the default and refuses the rest.
func tableSize(k int) (int, error) {
	if k == 0 {
		return DefaultTableSize, nil
	}
	if k < MinTable || k > MaxTable {
		return 0, ErrTableSize
	}
	return k, nil
}

// TableSizes splits n people into tables for table size k: as many tables as
// it takes for none to be larger than k (so sizes are k or k-1, 13 at k=4
// giving 4,3,3,3), but never a table below MinTable, which at k=3 and for 5
// people at k=4 means tables larger than k (7 at k=3 giving 4,3; 5 at k=4
// or k=3 giving one table of 5). Larger tables come first.
// Sizes differ by at most one. Fewer than MinTable people get no table.
//
// Tables no larger than k keep the repeat-free guarantee (docs/matching.md):
// with n >= r*k*(k-1) there are at least r*(k-1) tables, more than anyone can
// have met in r-1 rounds of tables of at most k.
func TableSizes(n, k int) []int {
	if n < MinTable {
		return nil
	}
	t := (n + k - 1) / k
	if most := n / MinTable; t > most {
		t = most
	}
	sizes := make([]int, t)
	for i := range sizes {
		sizes[i] = n / t
		if i < n%t {
			sizes[i]++
		}
	}
	return sizes
}
