package glossary

// Distance is the optimal string alignment distance between a and b in
// runes (a letter changed, added, dropped, or two beside each other
// swapped, each one edit), or max+1 once it exceeds max: how far a
// misspelling is from a listed form. Texts of up to 48 bytes need no
// allocation.
func Distance(a, b string, max int) int {
	var bufA, bufB [48]rune
	var bufRows [3][49]int
	ra, rb := bufA[:0], bufB[:0]
	if len(a) > len(bufA) || len(b) > len(bufB) {
		ra, rb = nil, nil
	}
	for _, r := range a {
		ra = append(ra, r)
	}
	for _, r := range b {
		rb = append(rb, r)
	}
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev2, prev, cur := bufRows[0][:], bufRows[1][:], bufRows[2][:]
	if len(rb)+1 > len(prev) {
		prev2, prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if low > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
