package mine

import "bitext/romanize"

// memo keeps the keys computed from the forms of earlier units (Korean
// words recur from unit to unit, and so do English names), for State.Add.
// A nil *memo computes every key afresh. Each map is emptied when it
// reaches memoMax entries, so memory stays bounded on any archive.
type memo struct {
	skel  map[string]string   // Korean form → koreanSkeleton
	names map[string][]string // Korean word → romanize.NameKeys (shared: never modified)
	subs  map[string]nameSub  // English run → its keys (text, skel, skelR, key)
}

const memoMax = 1 << 18

func newMemo() *memo {
	return &memo{skel: map[string]string{}, names: map[string][]string{}, subs: map[string]nameSub{}}
}

func (m *memo) koreanSkeleton(form string) string {
	if m == nil {
		return koreanSkeleton(form)
	}
	if s, ok := m.skel[form]; ok {
		return s
	}
	if len(m.skel) >= memoMax {
		clear(m.skel)
	}
	s := koreanSkeleton(form)
	m.skel[form] = s
	return s
}

func (m *memo) nameKeys(word string) []string {
	if m == nil {
		return romanize.NameKeys(word)
	}
	if k, ok := m.names[word]; ok {
		return k
	}
	if len(m.names) >= memoMax {
		clear(m.names)
	}
	k := romanize.NameKeys(word)
	m.names[word] = k
	return k
}

// sub returns the keys of the English run t (run and from unset).
func (m *memo) sub(t string) nameSub {
	if m == nil {
		return newSub(t)
	}
	if s, ok := m.subs[t]; ok {
		return s
	}
	if len(m.subs) >= memoMax {
		clear(m.subs)
	}
	s := newSub(t)
	m.subs[t] = s
	return s
}

func newSub(t string) nameSub {
	return nameSub{text: t, skel: skeleton(t, true), skelR: skeleton(t, false), key: romanize.Key(t)}
}
