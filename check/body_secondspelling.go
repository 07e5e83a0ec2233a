package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 29 (helper T121, issue #11; testdata/check18h and check18d, the
// planted sets of house190 and house186): a body or a place whose listed
// form the article writes as listed, and writes again in a spelling the
// list does not hold, is one name spelt twice, inconsistent (a warning),
// reported at the unlisted spelling whichever comes first:
//
//   - a listed English form of two words or more in other letter case
//     ("The Premier League opened ..., and the club left the premier
//     league"): organizations and places are matched in their own case, so
//     the second was no match at all (the matcher read its "premier" as the
//     prime minister's title). Left alone: the first letter alone changed
//     at a sentence's start, a line in title case or in capitals (a heading
//     sets its own case), a heading, a form all in capitals, a leading
//     article (The Hague, the Hague), and a spelling the list gives (the
//     central bank beside a listed Central Bank).
//   - a listed Korean form written with a space added or taken out
//     (국제통화기금, then 국제 통화기금) where the list does not hold that
//     spacing (when it does, the matcher reads both and the rule before
//     reports them).
//   - the accented or stroked own spelling of a listed place or
//     organization (Panmunjŏm beside Panmunjom), as T93 and T117 made it for
//     persons (ownSpelling, person_foldedsecond.go): in the near-miss scan.
//
// A spelling of these alone in an article stays silent (the session-27
// ruling for an accented own spelling). TestBodyCaseSecond,
// TestBodySpacingSecond, TestBodyFoldedSecond.

// bodyOrPlace reports whether e is an organization or a place.
func bodyOrPlace(e *glossary.Entry) bool {
	return e != nil && (e.Type == glossary.Organization || e.Type == glossary.Place)
}

// maxBodyForms bounds the listed forms one text is searched for.
const maxBodyForms = 64

// bodySecondSpellings appends an inconsistent finding for each listed
// form of a body or place that body (the article's matches outside its
// headings) wrote as listed and text writes elsewhere in other letter
// case (English) or other spacing (Korean), once a form; ms are all the
// text's matches.
func bodySecondSpellings(out []Finding, file, text string, body, ms []glossary.Match, english, headline bool, p *pos) []Finding {
	var seen [maxBodyForms]*glossary.Term
	n := 0
	var hs []span
	hsDone := false
	for _, m := range body {
		t := m.Term
		if m.Short || t == nil || !bodyOrPlace(m.Entry) || t.Status.Forbidden() || text[m.Start:m.End] != t.Text {
			continue
		}
		if english == hasHangul(t.Text) || english && (!t.CaseSensitive || !namesInWords(t.Text)) {
			continue
		}
		dup := false
		for _, s := range seen[:n] {
			if s == t {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		if n == maxBodyForms {
			break
		}
		seen[n] = t
		n++
		a, b := -1, -1
		for from := 0; from < len(text); from = a + 1 {
			if english {
				a, b = caseVariantAt(text, t.Text, from)
			} else {
				a, b = spacingVariantAt(text, t.Text, from)
			}
			if a < 0 {
				break
			}
			if !hsDone {
				hs, hsDone = headings(text, headline), true
			}
			if !inSpans(hs, a) && !listedSpan(ms, m.Entry, text, a, b) {
				break
			}
		}
		if a < 0 {
			continue
		}
		f := inconsistentFinding(file, text[a:b], t.Text, t.Text, m.Entry.ID, p, a, b)
		if !reportedAt(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// reportedAt reports whether out holds a finding of f's rule at f's
// place (Premier league after Premier League: writtenVariants').
func reportedAt(out []Finding, f Finding) bool {
	for _, o := range out {
		if o.Rule == f.Rule && o.Line == f.Line && o.Column == f.Column {
			return true
		}
	}
	return false
}

// inSpans reports whether offset i is inside one of hs.
func inSpans(hs []span, i int) bool {
	for _, h := range hs {
		if h.start <= i && i < h.end {
			return true
		}
	}
	return false
}

// listedSpan reports whether text[a:b] is a spelling the list gives: a
// full match covers it, or a form of e is written so.
func listedSpan(ms []glossary.Match, e *glossary.Entry, text string, a, b int) bool {
	for _, m := range ms {
		if m.Start > a {
			break
		}
		if !m.Short && m.End >= b {
			return true
		}
	}
	cand := text[a:b]
	for _, t := range e.Terms {
		if t.Text == cand {
			return true
		}
	}
	return false
}

// caseVariantAt returns the span of the first place from offset from where text writes
// form, a listed English name of two words or more, in other letter
// case, or -1, -1. A word's letters after its first are anchored on as
// listed (the usual variant changes words' first letters: premier league,
// Premier league).
func caseVariantAt(text, form string, from int) (int, int) {
	if allUpper(form) {
		return -1, -1
	}
	anchor, off := caseAnchor(form)
	if anchor == "" {
		return -1, -1
	}
	for from += off; from < len(text); {
		k := strings.Index(text[from:], anchor)
		if k < 0 {
			break
		}
		k += from
		from = k + 1
		a := k - off
		b := a + len(form)
		if a < 0 || b > len(text) {
			continue
		}
		cand := text[a:b]
		if cand == form || !strings.EqualFold(cand, form) || !caseVariant(text, a, b, cand, form) {
			continue
		}
		return a, b
	}
	return -1, -1
}

// caseAnchor returns the longest run of lower-case ASCII letters after a
// word's first letter in form (three or more) and its offset in form.
func caseAnchor(form string) (string, int) {
	best, at := "", 0
	for i := 0; i < len(form); {
		j := i
		for j < len(form) && form[j] != ' ' {
			j++
		}
		k := i + 1
		for k < j && 'a' <= form[k] && form[k] <= 'z' {
			k++
		}
		if k-(i+1) >= 3 && k-(i+1) > len(best) {
			best, at = form[i+1:k], i+1
		}
		i = j + 1
	}
	return best, at
}

// caseVariant reports whether cand, at a:b of text and form in other
// letter case, is a second spelling: a word of its own, not the first
// letter alone at a sentence's start, not in capitals alone nor on a line
// in title case or capitals, not a leading article alone.
func caseVariant(text string, a, b int, cand, form string) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:a]); a > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-') {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[b:]); b < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	if cand[1:] == form[1:] && sentenceStart(text, a) || allUpper(strings.ReplaceAll(cand, " ", "")) || !ownCaseLine(text, a) {
		return false
	}
	if i := strings.IndexByte(form, ' '); i > 0 && strings.EqualFold(form[:i], "the") && cand[i:] == form[i:] {
		return false // the Hague after The Hague
	}
	return true
}

// spacingVariantAt returns the span of the first place from offset from where text writes
// form, a listed Korean name, with a space added or taken out between its
// syllables (three or more), or -1, -1.
func spacingVariantAt(text, form string, from int) (int, int) {
	r0, n0 := utf8.DecodeRuneInString(form)
	if r0 < 0xAC00 || r0 > 0xD7A3 || utf8.RuneCountInString(strings.ReplaceAll(form, " ", "")) < 3 {
		return -1, -1
	}
	for from < len(text) {
		k := strings.Index(text[from:], form[:n0])
		if k < 0 {
			break
		}
		k += from
		from = k + n0
		if r, _ := utf8.DecodeLastRuneInString(text[:k]); k > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if e := spacedEnd(text, k, form); e > 0 && text[k:e] != form && !syllableStartsWord(text, k, e) {
			return k, e
		}
	}
	return -1, -1
}

// spacedEnd returns the end of form's syllables read in text from i, a
// single space allowed or left out between any two of them, or -1.
func spacedEnd(text string, i int, form string) int {
	j := 0
	for j < len(form) {
		if form[j] == ' ' {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(form[j:])
		if j > 0 && i < len(text) && text[i] == ' ' {
			i++
		}
		q, m := utf8.DecodeRuneInString(text[i:])
		if q != r {
			return -1
		}
		i, j = i+m, j+n
	}
	return i
}

// foldedBodySpelling reports a window cand at a:b, a near miss of n, a
// listed place or organization, as inconsistent when cand is n's own
// spelling with accents or stroked letters (ownSpelling: Panmunjŏm for
// Panmunjom) and the article writes n's form as listed before or after
// it; it reports whether it did. The own spelling alone is left to the
// scan as before.
func (sc *seqCheck) foldedBodySpelling(n *name, a, b int, cand string) bool {
	if !bodyOrPlace(n.entry) || !ownSpelling(cand, n.text) || sc.ix.known[cand] || sc.overlapsOther(a, b, n.entry, n.text) {
		return false
	}
	if !foldedSecondSpelling(sc.ms, a, n, cand) && !listedAfter(sc.ms, b, n) {
		return false
	}
	sc.out = append(sc.out, inconsistentFinding(sc.file, cand, n.text, n.text, n.entry.ID, sc.p, a, b))
	sc.reported = b
	return true
}

// syllableStartsWord reports whether text[a:b], a spacing variant, ends
// in one syllable after a space and Hangul follows it: the syllable
// begins the next word, as 주 of 주지사 and 주립 after a place's name
// (아이오와 주지사, 테네시 주립 대학, where the list gives 아이오와주), no
// spelling of the name.
func syllableStartsWord(text string, a, b int) bool {
	i := strings.LastIndexByte(text[a:b], ' ')
	if i < 0 || utf8.RuneCountInString(text[a+i+1:b]) != 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[b:])
	return 0xAC00 <= r && r <= 0xD7A3
}

// namesInWords reports whether form, an English form, has two words or
// more after a leading article: "the District" is an article and a
// common noun, whose "the district" is no second spelling.
func namesInWords(form string) bool {
	if i := strings.IndexByte(form, ' '); i == 3 && strings.EqualFold(form[:3], "the") {
		form = form[4:]
	}
	return strings.Contains(form, " ")
}
