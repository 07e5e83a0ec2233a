package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/romanize"
)

// Session 20 (helper T34, issue #11): what house35 and house36 found.

// longerKoreanName reports whether m, a person's one-word Korean form,
// begins a longer Korean name there: the form and the Hangul words after
// it, one a word of the English preferred form after the form's own
// (Sutopo Purwo Nugroho), begin as those English words do by their
// romanization's first letter (romanize.Key): 수토포 푸어오 누그로호가 is
// the full name, which the list does not hold, not the short form 수토포
// (house35, held-out-glossary-35: three false first mentions). A title
// after the form (수토포 대변인) begins otherwise and stays a short form.
func longerKoreanName(text string, m glossary.Match, pref *glossary.Term) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person || pref == nil || m.Suffix != "" ||
		strings.Contains(m.Term.Text, " ") || m.End >= len(text) || text[m.End] != ' ' {
		return false
	}
	en := strings.Fields(pref.Text)
	if len(en) < 2 || !sameInitial(romanize.Word(m.Term.Text), en[0]) {
		return false
	}
	i := m.End
	for _, w := range en[1:] {
		if i >= len(text) || text[i] != ' ' {
			return false
		}
		i++
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isHangulSyllable(r) {
				break
			}
			j += n
		}
		if j == i || !sameInitial(romanize.Word(text[i:j]), w) || !skeletonBegins(text[i:j], w) { // not 갈릴레이 관련 (skeleton.go)
			return false
		}
		i = j
	}
	return true
}

// sameInitial reports whether two romanized words begin with one letter
// of romanize.Key (p and b, k and g, l and r ... one).
func sameInitial(a, b string) bool {
	ka, kb := romanize.Key(a), romanize.Key(b)
	return ka != "" && kb != "" && ka[0] == kb[0]
}

// glossedShort reports whether m, a person's Korean form, is the preferred
// Korean form with a bracketed gloss without Hangul between the form and
// the rest of it: 만다기(Mandagi) 씨 for the preferred 만다기 씨 (house35,
// held-out-glossary-35: a false first mention), the full form written
// with the gloss where it names the person, not the short form alone.
func glossedShort(text string, m glossary.Match, pref *glossary.Term) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person || pref == nil || m.Suffix != "" || m.End >= len(text) || text[m.End] != '(' {
		return false
	}
	rest, ok := strings.CutPrefix(pref.Text, m.Term.Text)
	if !ok || rest == "" {
		return false
	}
	in, after, ok := strings.Cut(text[m.End+1:], ")")
	if !ok || strings.TrimSpace(in) == "" || strings.ContainsAny(in, "(\n") {
		return false
	}
	for _, r := range in {
		if isHangulSyllable(r) {
			return false
		}
	}
	return strings.HasPrefix(after, rest)
}

// demonymPair reports whether a and b, two forms of one entry, are a
// place's name and its demonym adjective, or the adjective and a shorter
// reference inside the name: South Korean after South Korea or Korea
// (house36, held-out-glossary-36: two false inconsistent findings, as
// T33's hyphenCompound for Russian-language after Russian).
func demonymPair(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	r, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, suf := range []string{"n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "ish"} {
		s, ok := strings.CutSuffix(a, suf)
		if !ok || s == "" || s[len(s)-1] == ' ' {
			continue
		}
		if s == b || strings.HasSuffix(s, " "+b) {
			return true
		}
	}
	return false
}

// headPlural reports whether target (the pair's English) has a listed
// form of two words or more with a preposition after its head noun, the
// head in the plural: members of parliament for a listed member of
// parliament (house36, held-out-glossary-36: a false target-term-missing
// with --missing all; inflectedIn reads only a form's last word).
func headPlural(forms []string, target string) bool {
	var tw []string
	for _, f := range forms {
		fw := targetWords(f)
		k := 1
		for k < len(fw) && !headPreposition[fw[k]] {
			k++
		}
		if k >= len(fw) || k == len(fw)-1 {
			continue // no preposition after a head, or nothing after it
		}
		pl := plurals(fw[k-1])
		if pl == nil {
			continue
		}
		if tw == nil {
			tw = targetWords(target)
		}
		for i := 0; i+len(fw) <= len(tw); i++ {
			if pl[tw[i+k-1]] && equalWords(tw[i:i+k-1], fw[:k-1]) && equalWords(tw[i+k:i+len(fw)], fw[k:]) {
				return true
			}
		}
	}
	return false
}

// headPreposition are the words after which a listed form's head noun is
// read (member of parliament, commander in chief).
var headPreposition = map[string]bool{"of": true, "for": true, "in": true, "on": true, "at": true, "to": true}

// plurals returns the usual plurals of a lower-case English noun w of
// three letters or more: members, taxes, agencies, chairmen.
func plurals(w string) map[string]bool {
	if len(w) < 3 || !latinOnly(w) || strings.ContainsAny(w, ".'’") {
		return nil
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "man"):
		return map[string]bool{w[:n-3] + "men": true}
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return map[string]bool{w + "es": true}
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return map[string]bool{w[:n-1] + "ies": true}
	}
	return map[string]bool{w + "s": true}
}
