package check

import (
	"bufio"
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/lexicon"
)

// Session 17 (helper T13, issue #11): a desk's own knowledge on the
// lenient side of target-term-missing. Half the false alarms left on
// places, bodies, terms and titles under --missing all are synonyms the
// glossary does not admit (helper T11's classes); the translation memory
// the desk keeps knows them. A TMLexicon is the lexicon learned from the
// memory (bitext tm lexicon), kept to the translations of probability
// MinTMProb or more, and the checker reads it like the core lexicon
// (coreRendered): the entry counts as rendered when the English has, for
// every stem of the Korean words the match stands in, a word the lexicon
// gives for it, not counting the words of the entry's own forms (so a
// wrong body of the same kind, "the Pulitzer Prize" for 노벨상, is still
// caught) and, for a place or a body, only words in lower case; a word
// that the TM's lexicon or the core lexicon gives for another word of the
// source is that word's (givenFor).

// MinTMProb is the least probability p(e|k) of a TM lexicon's translation
// the checker takes as a rendering (the lexicon file keeps those of 0.15
// or more, lexicon.MinProb). Chosen on the seen judged parts among 0.15,
// 0.2, 0.25, 0.3 and 0.5 with cross-fitted memories (README, bitext check,
// Measured, session 17, helper T13): 0.15 hid real findings and, with the
// whole corpus's memory, planted errors.
const MinTMProb = 0.2

// TMLexicon is the lexicon of a translation memory as the checker reads
// it: each Korean stem's English words (lexicon.EnglishStem forms) of
// probability MinTMProb or more. Set Checker.TMLexicon to use it.
type TMLexicon struct {
	trans map[string][]string
	units int
}

// NewTMLexicon keeps the translations of l of probability minProb or more
// (MinTMProb when minProb is 0). A nil l gives nil (no TM lexicon).
func NewTMLexicon(l *lexicon.Lexicon, minProb float64) *TMLexicon {
	if l == nil {
		return nil
	}
	if minProb == 0 {
		minProb = MinTMProb
	}
	// The lexicon gives its probabilities only in its file form.
	var buf bytes.Buffer
	if err := l.Write(&buf); err != nil {
		return nil // a bytes.Buffer does not fail
	}
	t := &TMLexicon{trans: map[string][]string{}, units: l.Units()}
	s := bufio.NewScanner(&buf)
	s.Buffer(make([]byte, 0, 1<<16), 1<<20)
	for s.Scan() {
		f := strings.Split(s.Text(), "\t")
		if len(f) != 3 {
			continue // the header
		}
		p, err := strconv.ParseFloat(f[2], 32)
		if err != nil || p < minProb {
			continue
		}
		t.trans[f[0]] = append(t.trans[f[0]], f[1])
	}
	return t
}

// Stems is the number of Korean stems with a kept translation.
func (t *TMLexicon) Stems() int {
	if t == nil {
		return 0
	}
	return len(t.trans)
}

// Units is the number of sentence pairs the lexicon was learned from.
func (t *TMLexicon) Units() int {
	if t == nil {
		return 0
	}
	return t.units
}

// tmRendered reports whether the checker's TM lexicon reads the English
// of pr as a rendering of the match: a place, body, term or title in an
// English target (persons have their own rules), every stem of the Hangul
// word(s) the match stands in known to the lexicon, and for each a word
// it gives in the target that is no word of the entry's own forms.
func (c *Checker) tmRendered(m glossary.Match, pr Pair) bool {
	t := c.TMLexicon
	if t == nil || len(t.trans) == 0 || m.Entry.Type == glossary.Person || !isEnglish(pr.TargetLang) {
		return false
	}
	stems := lexicon.KoreanStems(hangulSpan(pr.Source, m.Start, m.End))
	if len(stems) == 0 {
		return false
	}
	var en map[string]bool
	var others []string
	for _, s := range stems {
		tr := t.trans[s]
		if len(tr) == 0 {
			return false // the memory does not know the word well enough
		}
		if en == nil {
			en = renderingWords(m.Entry, pr.TargetLang, pr.Target)
			others = otherStems(pr.Source, stems)
		}
		hit := false
		for _, w := range tr {
			if en[w] && !t.givenFor(w, others) {
				hit = true
				break
			}
		}
		if !hit {
			return false
		}
	}
	return true
}

// hangulSpan widens [start, end) of src to whole Hangul words: a form
// inside a longer word is read as that word.
func hangulSpan(src string, start, end int) string {
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(src[:start])
		if !isHangul(r) {
			break
		}
		start -= n
	}
	for end < len(src) {
		r, n := utf8.DecodeRuneInString(src[end:])
		if !isHangul(r) {
			break
		}
		end += n
	}
	return src[start:end]
}

// renderingWords is the set of English words (lexicon.EnglishWords) of the
// target that may render entry e: for a place or a body only the words in
// lower case (a capitalized one names another body), never a word of one
// of e's own forms in the target language (a word of its own name alone,
// Prize of "Pulitzer Prize" for the Nobel Prize, is no rendering).
func renderingWords(e *glossary.Entry, lang language.Tag, target string) map[string]bool {
	if e.Type == glossary.Place || e.Type == glossary.Organization {
		target = lowerWords(target)
	}
	en := map[string]bool{}
	for _, w := range lexicon.EnglishWords(strings.ToLower(target)) {
		en[w] = true
	}
	for _, t := range e.TermsIn(lang) {
		for _, w := range lexicon.EnglishWords(strings.ToLower(t.Text)) {
			delete(en, w)
		}
	}
	return en
}

// otherStems returns the stems of src that are not among stems.
func otherStems(src string, stems []string) []string {
	var out []string
	for _, s := range lexicon.KoreanStems(src) {
		if !slices.Contains(stems, s) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// givenFor reports whether the English word w is a translation of one of
// the stems, by the TM's lexicon or the core lexicon: the word then
// renders another word of the source. Model 1 learned from a few thousand
// pairs gives a rare name the words of its sentences too (살모넬라균
// "pepper", 인베브 "offer"), and a wrong rendering of the entry must not
// hide behind them ("E. coli bacteria were found in jalapeno peppers" for
// 할라피뇨 고추에서 살모넬라균이: pepper is 고추's).
func (t *TMLexicon) givenFor(w string, stems []string) bool {
	core := lexicon.Core()
	for _, s := range stems {
		if slices.Contains(t.trans[s], w) || slices.Contains(core.Translations(s), w) {
			return true
		}
	}
	return false
}
