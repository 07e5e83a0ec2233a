package check

import (
	"strings"

	"bitext/glossary"
)

// Session 22 (helper T50): second spellings the matcher folds together.

// writtenVariant reports whether a and b, two written spellings in one
// English article of one listed form listed, differ only so that one is the
// list's form and the other the same with a capital of it written small or
// a hyphen of it written as a space (Seoul metropolitan government after
// Seoul Metropolitan Government, six party talks after six-party talks,
// Gyeonggi province after Gyeonggi Province). The matcher folds case and
// reads a space for a hyphen, so both were one spelling to mentions and the
// second went unreported (check13e-missed). A variant with a capital the
// list lacks is a sentence's first word or a headline, no second spelling.
func writtenVariant(a, b, listed string) bool {
	if a == b || len(a) != len(b) || len(a) != len(listed) {
		return false
	}
	variant := a
	switch listed {
	case a:
		variant = b
	case b:
	default:
		return false
	}
	if variant[0] != listed[0] {
		return false // a sentence's capital, or a name all small
	}
	for i := 1; i < len(listed); i++ {
		l, v := listed[i], variant[i]
		switch {
		case l == v:
		case l == '-' && v == ' ':
		case 'A' <= l && l <= 'Z' && v == l+'a'-'A':
		default:
			return false
		}
	}
	// A capital written small counts only after a listed first word kept
	// with its capital (Seoul metropolitan government): "the district" for
	// the listed "the District" is a common noun.
	if listed != strings.ReplaceAll(variant, " ", "-") && strings.ReplaceAll(listed, "-", " ") != variant && (listed[0] < 'A' || listed[0] > 'Z') {
		return false
	}
	return strings.ContainsAny(listed, "-ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}

// writtenVariants reports, in one English article, a second spelling of a
// listed form of two words or more that the article first wrote as listed
// and later only with a capital written small or a hyphen written as a
// space (writtenVariant), once a form. A span another match holds (another
// entry's name, or a listed form of its own) is no such spelling; nor is a
// title, whose case changes before a name.
func writtenVariants(out []Finding, file, text string, ms []glossary.Match, p *pos) []Finding {
	var seen map[*glossary.Term]bool
	for _, m := range ms {
		if m.Short || m.Term == nil || m.Entry == nil || m.Term.Status.Forbidden() || m.Entry.Type == glossary.Title || m.Entry.Type == glossary.Person || seen[m.Term] {
			continue
		}
		w := text[m.Start:m.End]
		if w != m.Term.Text || !strings.ContainsAny(w, " -") {
			continue
		}
		// The variant keeps w up to its first hyphen or its first capital
		// after the first letter: find that head as written.
		head := strings.IndexFunc(w[1:], func(r rune) bool { return r == '-' || 'A' <= r && r <= 'Z' }) + 1
		if head == 0 {
			continue // nothing to write small nor as a space
		}
		if seen == nil {
			seen = map[*glossary.Term]bool{}
		}
		seen[m.Term] = true
		for from := m.End; from+len(w) <= len(text); {
			k := strings.Index(text[from:len(text)-len(w)+head], w[:head])
			if k < 0 {
				break
			}
			s, e := from+k, from+k+len(w)
			from = s + head
			if s > 0 && asciiWordByte(text[s-1]) || e < len(text) && asciiWordByte(text[e]) {
				continue
			}
			v := text[s:e]
			if !writtenVariant(v, w, w) || heldByMatch(ms, s, e) {
				continue
			}
			out = append(out, inconsistentFinding(file, v, w, w, m.Entry.ID, p, s, e))
			break
		}
	}
	return out
}

func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c >= 0x80
}

// heldByMatch reports whether a match overlaps text[s:e2] other than one
// strictly inside it (Seoul, Gyeonggi).
func heldByMatch(ms []glossary.Match, s, e2 int) bool {
	for _, o := range ms {
		if o.End <= s || o.Start >= e2 {
			continue
		}
		if o.Start < s || o.End > e2 || o.End-o.Start >= e2-s {
			return true // Seoul inside Seoul metropolitan government is no hold
		}
	}
	return false
}
