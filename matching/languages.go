package matching

import "slices"

// bucket is the people seated in one language this round.
type bucket struct {
	language string
	members  []int32 // indices into the round's people
}

type assignment struct {
	buckets []bucket // by language tag
	waiting []int32  // in the order of the round's people
}

// assignLanguages puts each person in the bucket of one language they chose,
// so that as many as possible are seated, earlier choices are preferred and
// every bucket is viable (at least MinTable people).
//
// Everyone starts in their first choice. Then, smallest first, each bucket
// with 1 or 2 people is either filled to MinTable with people who also chose
// its language, taken from buckets that can spare them (more than MinTable)
// or that are not viable themselves, preferring those who ranked the
// language earliest; or joined by a whole bucket of exactly MinTable people
// who all chose its language too (that bucket's language closes); or, when
// neither can be, closed: its people move to their most preferred open
// language and those with none wait. Each step makes a bucket viable for good
// (a viable bucket only gives people while it has more than MinTable, or all
// of them when its language closes) or closes a language for good, so the
// loop ends within twice the number of languages.
func assignLanguages(people []Person) assignment {
	var tags []string
	lang := map[string]int{}
	for _, p := range people {
		for _, l := range p.Languages {
			if _, ok := lang[l]; !ok {
				lang[l] = len(tags)
				tags = append(tags, l)
			}
		}
	}
	closed := make([]bool, len(tags))
	size := make([]int, len(tags))
	at := make([]int, len(people)) // language index, or -1 waiting
	// firstOpen is the person's most preferred open language, or -1.
	firstOpen := func(p Person, except int) int {
		for _, l := range p.Languages {
			if x := lang[l]; !closed[x] && x != except {
				return x
			}
		}
		return -1
	}
	for i, p := range people {
		at[i] = firstOpen(p, -1)
		if at[i] >= 0 {
			size[at[i]]++
		}
	}
	for {
		small := -1
		for x := range tags {
			if closed[x] || size[x] == 0 || size[x] >= MinTable {
				continue
			}
			if small < 0 || size[x] < size[small] || size[x] == size[small] && tags[x] < tags[small] {
				small = x
			}
		}
		if small < 0 {
			break
		}
		if !fill(people, lang, at, size, small) && !merge(people, lang, at, size, closed, small) {
			closed[small] = true
			for i, p := range people {
				if at[i] == small {
					size[small]--
					at[i] = firstOpen(p, small)
					if at[i] >= 0 {
						size[at[i]]++
					}
				}
			}
		}
	}
	var a assignment
	members := make([][]int32, len(tags))
	for i, x := range at {
		if x < 0 {
			a.waiting = append(a.waiting, int32(i))
		} else {
			members[x] = append(members[x], int32(i))
		}
	}
	for x, t := range tags {
		if len(members[x]) > 0 {
			a.buckets = append(a.buckets, bucket{language: t, members: members[x]})
		}
	}
	slices.SortFunc(a.buckets, func(a, b bucket) int {
		if a.language < b.language {
			return -1
		}
		return 1
	})
	return a
}

// fill brings bucket x to MinTable with people who chose its language, if
// enough can come, and reports whether it did.
func fill(people []Person, lang map[string]int, at, size []int, x int) bool {
	type candidate struct {
		person, rank int
		spare        bool // their bucket is not viable anyway
	}
	var cs []candidate
	for i, p := range people {
		if at[i] == x || at[i] < 0 {
			continue
		}
		for rank, l := range p.Languages {
			if lang[l] == x {
				cs = append(cs, candidate{person: i, rank: rank, spare: size[at[i]] < MinTable})
				break
			}
		}
	}
	// Take first from buckets that are not viable, then from those who
	// ranked the language earliest, then from the largest buckets.
	slices.SortStableFunc(cs, func(a, b candidate) int {
		switch {
		case a.spare != b.spare:
			if a.spare {
				return -1
			}
			return 1
		case a.rank != b.rank:
			return a.rank - b.rank
		default:
			return size[at[b.person]] - size[at[a.person]]
		}
	})
	need := MinTable - size[x]
	var take []int
	left := map[int]int{} // donors' sizes as the takes go
	for _, c := range cs {
		if len(take) == need {
			break
		}
		from := at[c.person]
		n, ok := left[from]
		if !ok {
			n = size[from]
		}
		if n < MinTable || n > MinTable {
			take = append(take, c.person)
			left[from] = n - 1
		}
	}
	if len(take) < need {
		return false
	}
	for _, i := range take {
		size[at[i]]--
		at[i] = x
		size[x]++
	}
	return true
}

// merge brings bucket x to MinTable with a whole bucket of exactly MinTable
// people who all chose x's language, closing theirs, and reports whether it
// could: three Spanish speakers who also chose Arabic and two who chose only
// Arabic then sit together in Arabic instead of two waiting.
func merge(people []Person, lang map[string]int, at, size []int, closed []bool, x int) bool {
	for y := range size {
		if y == x || closed[y] || size[y] != MinTable {
			continue
		}
		all := true
		for i, p := range people {
			if at[i] == y && !slices.ContainsFunc(p.Languages, func(l string) bool { return lang[l] == x }) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		for i := range people {
			if at[i] == y {
				at[i] = x
			}
		}
		size[x] += size[y]
		size[y] = 0
		closed[y] = true
		return true
	}
	return false
}
