package glossary

import "strings"

// Session 25 (helper T74, issue #11): the Korean press writes the Arabic
// article 알 of a name joined to it, apart or with a hyphen (누리 알말리키,
// 누리 알 말리키, 누리 알-말리키; 바샤르 알 아사드), and a list gives one or
// two of these. A Korean form with the article is therefore matched in
// each of the three spellings, as one form of its term: a text that wrote
// 바샤르 알 아사드 where the list holds 바샤르 알아사드 read only the titled
// 아사드 대통령 inside it, a first mention by a short form that was a full
// one (held-out-glossary-90, ntrex-odd 1467, judged false). The article is
// a word's first syllable 알 before a hyphen, a space or two syllables or
// more of the same word (알리 is a name, no article); a spelling another
// form of the entry lists is left to that form, and an entry that forbids
// a form with the article gets no spelling it does not list (house73
// deprecates 바샤르 알 아사드, the desk writing 알 solid). The spellings are added to
// the trie when the matcher is built: matching costs nothing more.

// articleSpellings returns the other spellings of Korean form key with its
// Arabic article 알 joined, apart or hyphenated (each article spelt the
// same three ways, so a form of one article gives two more): nil when the
// form has no such article.
func articleSpellings(key string) []string {
	ws := strings.Split(key, " ")
	articles := 0
	var parts [][]string // per word: the word, or the article and the name after it
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case w == "알" && i+1 < len(ws) && articleName(ws[i+1]):
			articles++
			parts = append(parts, []string{"알", ws[i+1]})
			i++
		case strings.HasPrefix(w, "알-") && articleName(w[len("알-"):]):
			articles++
			parts = append(parts, []string{"알", w[len("알-"):]})
		case strings.HasPrefix(w, "알") && articleName(w[len("알"):]):
			articles++
			parts = append(parts, []string{"알", w[len("알"):]})
		default:
			parts = append(parts, []string{w})
		}
	}
	if articles == 0 || articles > 2 {
		return nil
	}
	var out []string
	seps := []string{"", " ", "-"}
	// Each article in each of the three spellings: 3 or 9 keys, the
	// form itself among them.
	choice := make([]int, articles)
	for {
		var b strings.Builder
		k := 0
		for i, p := range parts {
			if i > 0 {
				b.WriteByte(' ')
			}
			if len(p) == 2 {
				b.WriteString(p[0])
				b.WriteString(seps[choice[k]])
				b.WriteString(p[1])
				k++
			} else {
				b.WriteString(p[0])
			}
		}
		if s := b.String(); s != key {
			out = append(out, s)
		}
		j := 0
		for j < len(choice) {
			choice[j]++
			if choice[j] < len(seps) {
				break
			}
			choice[j] = 0
			j++
		}
		if j == len(choice) {
			break
		}
	}
	return out
}

// articleName reports whether w, the word after an article 알, is a name
// of two Hangul syllables or more and nothing else.
func articleName(w string) bool {
	n := 0
	for _, r := range w {
		if !isHangulSyllable(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// articleOutputs returns the outputs of the other article spellings of
// o, a Korean form of entry e (articleSpellings), but for those another
// Korean form of e has; none when e forbids a form with the article.
func articleOutputs(e *Entry, o output, in *langOf) []output {
	if !strings.Contains(o.exact, "알") {
		return nil
	}
	spellings := articleSpellings(o.exact)
	if spellings == nil {
		return nil
	}
	for _, t := range e.Terms {
		// A forbidden form with the article: the entry says which
		// spellings of it are right, and no other is added (house73
		// deprecates 바샤르 알 아사드 for 바샤르 알아사드).
		if t.Status.Forbidden() && in.has(t.Lang) && strings.Contains(t.Text, "알") && articleSpellings(exactKey(t.Text)) != nil {
			return nil
		}
	}
	var out []output
	for _, s := range spellings {
		listed := false
		for _, t := range e.Terms {
			if in.has(t.Lang) && exactKey(t.Text) == s {
				listed = true
				break
			}
		}
		if !listed {
			v := o
			v.exact = s
			out = append(out, v)
		}
	}
	return out
}
