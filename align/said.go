package align

// wSaidBefore is what an English line left unlinked (0-1) costs, in nats,
// when the original's sentence just before it (the last one the path has
// linked or dropped) says it, sharing saidBeforeIDs or more lexicon ids
// or a name (saidBefore), and the sentence after it does not
// (saidOnlyBefore). A line the edition added says what the
// original does not; a line whose matter the sentence before says is
// more often the second half of that sentence's split, the half the
// lexicon finds less of ("Both Mugabe and Tsvangirai appeared at a news
// conference Monday with South African President Thabo Mbeki." "South
// African President Thabo Mbeki mediated the memorandum of
// understanding." for 무가베와 창기라이는 21일 기자회견을 열었으며 이
// 자리에는 타보 음베키 남아공 대통령이 참석했다.). Chosen in session 20
// (helper A41) on the development parts of A16's and A10's edition sets;
// see README.
var (
	wSaidBefore   = 2.0
	saidBeforeIDs = 2
)

// saidOnlyBefore reports whether the original's segment before position
// i of ko (ko[i-1], the last the path has linked or dropped) says the
// English segment en and the one after it (ko[i], none at the end) does
// not: a line whose matter the next sentence says too (an added line of
// related coverage beside a dropped sentence on the same matter) is not
// charged.
func saidOnlyBefore(ko []feature, i int, en *feature) bool {
	return i > 0 && saidBefore(&ko[i-1], en) && (i >= len(ko) || !saidBefore(&ko[i], en))
}

// saidBefore reports whether the original's segment ko says the English
// segment en: saidBeforeIDs or more shared lexicon ids, or a name.
func saidBefore(ko, en *feature) bool {
	if nameShared(en, ko) {
		return true
	}
	n := 0
	a, b := ko.lexAll, en.lexAll
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			if n >= saidBeforeIDs {
				return true
			}
			for x := a[i]; i < len(a) && a[i] == x; i++ {
			}
			for x := b[j]; j < len(b) && b[j] == x; j++ {
			}
		}
	}
	return false
}
