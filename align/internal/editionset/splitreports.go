package main

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/segment"

	"golang.org/x/text/language"
)

// The split rules of session 14's second round (helper A12): reports the
// way a news desk splits them, and a larger verb list.
//
//   - an attribution and ", adding (that) …": `"…," Nugroho said, adding
//     that …` → `"…," Nugroho said.` + `Nugroho added that …`; the subject
//     is the attribution's own (a pronoun, a name, "the report"), never the
//     first half's first words, and the cut is never inside quotation marks;
//   - a report with two claims: "X said A, and that B" → "X said A." + "X
//     said that B.";
//   - a second reporting verb sharing the first half's subject: "X called
//     it "…" and said …" → "X said …", "X said A and added B" → "X added B";
//   - irregular past forms the word lists lacked ("laid", "outran"), and
//     plain verbs after "who" and a plural noun ("employees, who stand to
//     …" → "They stand to …").

// pastIrregular are irregular past forms beside finiteVerbs' (words that
// are also common nouns or adjectives, "bit", "ground", "spread", are left
// out).
var pastIrregular = []string{"laid", "outran", "overran", "arose", "awoke", "bled", "bred", "blew", "clung",
	"crept", "dealt", "dug", "drank", "dwelt", "flung", "forbade", "forgave", "froze", "hid", "hung", "knelt",
	"lent", "mistook", "overcame", "oversaw", "overtook", "overthrew", "rang", "rode", "sang", "sank", "shook",
	"shone", "shrank", "slept", "slid", "sped", "spun", "sprang", "stole", "stuck", "stung", "strode", "strove",
	"swore", "swept", "swam", "swung", "tore", "undertook", "underwent", "upheld", "withdrew", "withheld",
	"woke", "wove", "wept", "foresaw", "begun", "arisen"}

func init() {
	for _, w := range pastIrregular {
		finiteVerbs[w] = true
	}
}

// pluralVerbs are plain verb forms that may follow "who" after a plural
// noun ("employees, who stand to …"); after a name they would not agree.
var pluralVerbs = map[string]bool{"stand": true, "live": true, "work": true, "say": true, "want": true, "need": true,
	"remain": true, "face": true, "hold": true, "make": true, "take": true, "come": true, "go": true, "get": true,
	"own": true, "run": true, "play": true, "pay": true, "lead": true, "help": true, "support": true,
	"oppose": true, "believe": true, "argue": true, "know": true, "think": true, "continue": true, "plan": true,
	"hope": true, "serve": true, "represent": true, "use": true, "see": true, "feel": true, "seem": true,
	"tend": true, "account": true, "earn": true, "receive": true, "spend": true, "visit": true, "travel": true,
	"care": true, "rely": true, "depend": true, "struggle": true, "fear": true, "claim": true, "include": true}

// attributionVerbs end an attribution after a quotation or a reported
// clause (", he said", `," Nugroho told reporters`).
var attributionVerbs = map[string]string{"said": "added", "says": "adds", "told": "added", "tells": "adds",
	"wrote": "added", "writes": "adds", "explained": "added", "noted": "added", "stated": "added",
	"insisted": "added", "warned": "added"}

// attribution returns the speaker of an attribution that ends left: the
// words after its last comma or closing quotation mark are a subject and
// a reporting verb ("he said", "Nugroho told reporters on Sunday", "the
// report said", "police chief Murphy J. Paul told the media Saturday"),
// or the verb and a name ("said Dave Schwartz"). It returns the speaker
// as a sentence opens with it and the verb for "added" ("added", "adds").
func attribution(left string) (subj, added string) {
	k := strings.LastIndex(left, ",")
	if k < 0 {
		return "", ""
	}
	tail := strings.TrimLeft(left[k:], ",”\"'’ ")
	f := strings.Fields(tail)
	if len(f) < 2 || len(f) > 9 || strings.ContainsAny(tail, ";:()“\"") {
		return "", ""
	}
	for i, w := range f {
		a, ok := attributionVerbs[w]
		if !ok {
			continue
		}
		if i == 0 {
			// "said Dave Schwartz": a name of two to four capitalized words
			// and nothing after it.
			if len(f) < 3 || len(f) > 5 {
				return "", ""
			}
			for _, n := range f[1:] {
				if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) {
					return "", ""
				}
			}
			return strings.Join(f[1:], " "), a
		}
		for _, w := range f[i+1:] {
			// after the verb: an object and a time or place ("reporters
			// on Sunday"), not a clause
			if subordinators[lower(w)] || auxiliaries[lower(w)] || pronounSubjects[lower(w)] || attributionVerbs[w] != "" {
				return "", ""
			}
		}
		return speaker(f[:i]), a
	}
	return "", ""
}

// speaker is the subject words ws of an attribution as a sentence opens
// with them: a pronoun, "the" and a noun of at most three words, a run of
// capitalized words (the last one's, "police chief Murphy J. Paul" →
// "Murphy J. Paul"), or one plural noun ("prosecutors"); "" for anything
// else.
func speaker(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	if len(ws) == 1 {
		switch w := ws[0]; w {
		case "he", "she", "they", "we", "He", "She", "They", "We", "I":
			return upperFirst(w)
		}
	}
	if lower(ws[0]) == "the" && len(ws) <= 4 {
		for _, w := range ws[1:] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) || stop[w] && w != "President" && w != "Minister" {
				return ""
			}
		}
		return "The " + strings.Join(ws[1:], " ")
	}
	i := len(ws)
	for i > 0 && len(ws)-i < 5 {
		if r, _ := utf8.DecodeRuneInString(ws[i-1]); !unicode.IsUpper(r) {
			break
		}
		i--
	}
	if i < len(ws) {
		name := ws[i:]
		if stop[name[0]] && len(name) == 1 || nonSubjects[lower(name[0])] || notReportSubjects[name[0]] {
			return ""
		}
		for _, w := range ws[:i] {
			// what comes before a name is its title ("police chief"), in lower case
			if w != lower(w) || subjectStarts[w] && w != "the" || nonSubjects[w] {
				return ""
			}
		}
		return strings.Join(name, " ")
	}
	if w := ws[0]; len(ws) == 1 && len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!subjectStarts[w] && !nonSubjects[w] && !finiteVerbs[w] {
		return upperFirst(w) // "prosecutors said"
	}
	return ""
}

// hasAttribution reports whether left ends with an attribution, the
// words after its last comma (a closing quotation mark after it) holding a
// reporting verb ("…, the governor said"): a report that follows is the
// attribution's speaker's, not the first half's subject's.
func hasAttribution(left string) bool {
	k := strings.LastIndex(left, ",")
	if k < 0 {
		return false
	}
	for _, w := range strings.Fields(left[k:]) {
		if attributionVerbs[strings.Trim(w, ",”\"'’")] != "" {
			return true
		}
	}
	return false
}

// addingClause is the second sentence of a split at ", adding (that) "
// after an attribution: the speaker added what the second half says,
// which must be a clause with a subject and a verb. The quotation marks
// must be closed before the cut and stay closed after it.
func addingClause(at, left string, rw []string, right string) (string, bool) {
	if openQuote(left) || closesQuote(right) {
		return "", false
	}
	subj, added := attribution(left)
	if subj == "" || !thatClause(strings.HasSuffix(at, "that "), rw) {
		return "", false
	}
	if at == ", adding " && lower(rw[0]) == "that" {
		return "", false // the boundary with "that" takes it
	}
	if strings.HasSuffix(at, "that ") {
		added += " that"
	}
	return subj + " " + added + " " + right, true
}

// twoClaimsVerbs report what a subject said without an object: the
// second claim of "X said A, and that B" repeats the verb.
var twoClaimsVerbs = map[string]bool{"said": true, "says": true, "claimed": true, "argued": true, "argues": true,
	"warned": true, "noted": true, "added": true, "insisted": true, "stated": true, "announced": true,
	"explained": true, "wrote": true, "believes": true, "believed": true, "admitted": true, "confirmed": true}

// twoClaims is the second sentence of a split at ", and that ": the first
// half opens with its subject and a reporting verb (reportSubject; "He
// said the attendants were panicking, and that he suffered …" → "He said
// that he suffered …"), and the second half is a clause.
func twoClaims(left string, rw []string, right string) (string, bool) {
	subj := reportSubject(left)
	if subj == "" || strings.ContainsAny(left, ";") || !thatClause(true, rw) {
		return "", false
	}
	f := strings.Fields(left)
	j := skipAdverbs(f, len(strings.Fields(subj)))
	if j >= len(f) || !twoClaimsVerbs[f[j]] {
		return "", false
	}
	return subj + " " + f[j] + " that " + right, true
}

// secondReportVerbs are the reporting verbs a second half may open with
// and share the first half's subject ("and said …", "and added …").
var secondReportVerbs = map[string]bool{"said": true, "added": true, "says": true, "adds": true}

// sharedReport is the second sentence of a split before a second
// reporting verb with the first half's subject: "Yang described the talks
// as "quite significant" and said that …" → "Yang said that …"; "X said A
// and added B" → "X added B". Unlike sharedSubject, the first half may
// hold a reported clause and closed quotations: the second verb reports
// too, and its subject is the speaker's. After a first verb that reports
// ("said"), only "added" is taken ("Police said the man entered the house
// and said …" may be the man's).
func sharedReport(left, at, start string, rw []string, right string) (string, bool) {
	j := skipAdverbs(rw, 0)
	if j >= len(rw)-2 || !secondReportVerbs[rw[j]] || openQuote(left) || closesQuote(right) || strings.ContainsAny(left, ";") {
		return "", false
	}
	subj := reportSubject(left)
	if subj == "" {
		return "", false
	}
	f := strings.Fields(left)
	k := skipAdverbs(f, len(strings.Fields(subj)))
	if k >= len(f) {
		return "", false
	}
	v := f[k]
	if auxiliaries[v] {
		return "", false // "was arrested …, and said": a passive or a verb group
	}
	if reportVerbs[v] && rw[j] != "added" && rw[j] != "adds" {
		return "", false
	}
	if start == "" {
		return subj + " " + right, true
	}
	return strings.TrimSpace(start) + " " + lowerSubject(subj) + " " + right, true
}

// lowerSubject puts a pronoun or "The" in lower case after an opening
// word ("But he …").
func lowerSubject(subj string) string {
	switch f, rest, _ := strings.Cut(subj, " "); f {
	case "He", "She", "They", "We", "The":
		return strings.TrimSpace(lower(f) + " " + rest)
	}
	return subj
}

// participles are the reporting verbs in -ing a desk turns into a
// sentence of their own after a report or an attribution, with their past
// form, and whether what follows must be a clause ("noting that …").
var participles = map[string]struct {
	past   string
	clause bool
}{
	"citing": {"cited", false}, "calling": {"called", false}, "describing": {"described", false},
	"telling": {"told", false}, "urging": {"urged", false}, "accusing": {"accused", false},
	"condemning": {"condemned", false}, "denouncing": {"denounced", false}, "praising": {"praised", false},
	"blaming": {"blamed", false}, "rejecting": {"rejected", false}, "dismissing": {"dismissed", false},
	"criticizing": {"criticized", false}, "criticising": {"criticised", false}, "vowing": {"vowed", false},
	"promising": {"promised", false}, "warning": {"warned", false}, "noting": {"noted", false},
	"noting that": {"noted that", true}, "stating that": {"stated that", true}, "warning that": {"warned that", true},
	"insisting that": {"insisted that", true}, "arguing that": {"argued that", true},
	"claiming that": {"claimed that", true}, "acknowledging that": {"acknowledged that", true},
}

// participleBoundaries are the boundaries of participles, longest first.
func participleBoundaries() []string {
	var b []string
	for p := range participles {
		b = append(b, ", "+p+" ")
	}
	sort.Slice(b, func(i, j int) bool { return len(b[i]) > len(b[j]) || len(b[i]) == len(b[j]) && b[i] < b[j] })
	return b
}

// participleClause is the second sentence of a split at ", citing ",
// ", calling ", ", noting that " …: the speaker of an attribution that ends
// the first half, or the first half's own subject when its verb is in the
// past and no clause follows it that could be the participle's subject
// ("The ministry said it had closed the border, citing …" is refused: "it"
// may be the one citing), did what the participle says. Clause
// participles need a clause after them, the others an object.
func participleClause(at, left string, lw, rw []string, right string) (string, bool) {
	p, ok := participles[strings.TrimSuffix(strings.TrimPrefix(at, ", "), " ")]
	if !ok || openQuote(left) || closesQuote(right) || strings.ContainsAny(left, ";") {
		return "", false
	}
	if p.clause && !thatClause(true, rw) {
		return "", false
	}
	if !p.clause && (lower(rw[0]) == "that" || subordinators[lower(rw[0])] || hasSubject(rw) && rightHasVerb(rw) && !pronounObjects[lower(rw[0])]) {
		return "", false // "warning the plant would close": a clause where an object belongs
	}
	if hasAttribution(left) {
		subj, added := attribution(left)
		if subj == "" || added != "added" {
			return "", false // no speaker, or a report in the present ("says")
		}
		return subj + " " + p.past + " " + right, true
	}
	subj := reportSubject(left)
	if subj == "" {
		return "", false
	}
	i := skipAdverbs(lw, len(strings.Fields(subj)))
	if i >= len(lw) || !pastForm(lower(lw[i])) && lower(lw[i]) != "was" && lower(lw[i]) != "were" && lower(lw[i]) != "had" {
		return "", false // the first half's verb in the past
	}
	for _, w := range lw[i+1:] {
		l := lower(w)
		if subordinators[l] || pronounSubjects[l] || reportVerbs[l] {
			return "", false
		}
	}
	return subj + " " + p.past + " " + right, true
}

// pronounObjects may follow a participle as its object ("calling it …",
// "urging them to …") though they look like a subject.
var pronounObjects = map[string]bool{"it": true, "them": true, "him": true, "her": true, "us": true, "me": true}

// abbreviations end a word with a full stop inside a sentence; a cut
// after one is no sentence boundary ("Gov. Muammer Guler").
var abbreviations = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gov": true,
	"Sen": true, "Rep": true, "Gen": true, "Col": true, "Capt": true, "Lt": true, "Sgt": true, "St": true,
	"Jr": true, "Sr": true, "Inc": true, "Corp": true, "Co": true, "Ltd": true, "No": true, "Vol": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Aug": true, "Sept": true, "Sep": true, "Oct": true,
	"Nov": true, "Dec": true, "Calif": true, "Mass": true, "Conn": true, "Wash": true, "Penn": true,
	"Colo": true, "Fla": true, "vs": true, "Rev": true, "Ave": true, "Blvd": true, "Mt": true, "Ft": true}

// sentenceCuts are the places where a line that already holds two
// sentences or more (KPC lines often do: `"…," he said. "So we hope …`)
// may be cut at a sentence boundary the segmenter finds: outside
// quotation marks, after a word of letters that is no abbreviation or
// initial ("US.", "Gov."), before a capital letter or an opening
// quotation mark and a capital. Each cut is the offset where the second
// sentence starts.
func sentenceCuts(s string) []int {
	ss := segment.Sentences(s, language.English)
	if len(ss) < 2 {
		return nil
	}
	var cuts []int
	off := 0
	for i, x := range ss {
		k := strings.Index(s[off:], x)
		if k < 0 {
			return nil
		}
		k += off
		off = k + len(x)
		if i == 0 {
			continue
		}
		left := strings.TrimRight(s[:k], " ")
		if openQuote(left) || !sentenceEnd(left) {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if strings.ContainsRune("\"“'‘", r) {
			r, _ = utf8.DecodeRuneInString(s[k+n:])
		}
		if unicode.IsUpper(r) {
			cuts = append(cuts, k)
		}
	}
	return cuts
}

// sentenceEnd reports whether left ends a sentence: a full stop, after a
// word of letters that is no abbreviation, an initial or a word in
// capitals ("US."), maybe inside a closing quotation mark.
func sentenceEnd(left string) bool {
	t := strings.TrimRight(left, "\"”'’")
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return false
	}
	f := strings.Fields(t)
	w := strings.TrimLeft(strings.TrimSuffix(f[len(f)-1], "."), "\"“'‘([")
	if len(w) < 2 || abbreviations[w] || strings.ToUpper(w) == w && strings.ToLower(w) != w {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// capitalStart reports whether s starts with a capital letter, maybe
// after an opening quotation mark.
func capitalStart(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("\"“'‘", r) {
		r, _ = utf8.DecodeRuneInString(s[n:])
	}
	return unicode.IsUpper(r)
}

// thatClause reports whether rw is a clause: a subject and its verb, or
// after "that" (afterThat), which opens a clause, any finite verb before a
// subordinate clause ("that modern technology and pressure on students
// meant …").
func thatClause(afterThat bool, rw []string) bool {
	if hasSubject(rw) && rightHasVerb(rw) {
		return true
	}
	if !afterThat || len(rw) < 3 || subordinators[lower(rw[0])] || !capitalStart(upperFirst(rw[0])) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rw[0]); !unicode.IsLetter(r) || finiteVerbs[lower(rw[0])] || auxiliaries[lower(rw[0])] {
		return false // no subject first
	}
	return hasFiniteVerb(rw[1:])
}

// openerPhrase returns the length in bytes of a phrase that opens s before
// its subject: "But " or "And ", then a phrase of at most five words with
// no verb, opening with a preposition or "before"/"after"/"since" and
// closed by a comma ("Before the show, the rapper announced …"); 0 when s
// opens with neither.
func openerPhrase(s string) int {
	n := 0
	for _, c := range []string{"But ", "And ", "Yet "} {
		if strings.HasPrefix(s, c) {
			n = len(c)
			break
		}
	}
	f := strings.Fields(s[n:])
	if len(f) < 3 {
		return n
	}
	first := lower(f[0])
	if !prepositions[first] && first != "since" {
		return n
	}
	for i := 1; i < len(f) && i < 5; i++ {
		w := strings.TrimSuffix(f[i], ",")
		if strings.ContainsAny(w, ";:\"“”()") || verbWord(w) || lower(w) != w && pronounSubjects[lower(w)] {
			return n
		}
		if strings.HasSuffix(f[i], ",") {
			k := strings.Index(s[n:], f[i]+" ")
			if k < 0 {
				return n
			}
			return n + k + len(f[i]) + 1
		}
	}
	return n
}

// openedSubject is reportSubject after an opening phrase (openerPhrase)
// and with an age between commas after a subject of "the" and a noun
// ("But the actor, 31, has hit out …" → "The actor").
func openedSubject(left string) string {
	k := openerPhrase(left)
	if k == 0 {
		return reportSubject(left)
	}
	rest := upperFirst(left[k:])
	f := strings.Fields(rest)
	if len(f) > 3 && f[0] == "The" && strings.HasSuffix(f[1], ",") && isNumber(f[2]) && strings.HasSuffix(f[2], ",") {
		rest = "The " + strings.TrimSuffix(f[1], ",") + " " + strings.Join(f[3:], " ")
	}
	return reportSubject(rest)
}

// afterVerbS are the words that may follow a verb in -s that opens a
// second half ("and follows in the footsteps of …", "and plans to …"); after
// a noun in -s other words come ("operations and plans for expansion").
var afterVerbS = map[string]bool{"to": true, "the": true, "a": true, "an": true, "his": true, "her": true,
	"its": true, "their": true, "in": true, "on": true, "at": true, "with": true, "into": true, "him": true,
	"them": true, "it": true}

// presentS reports whether rw[j], a word in -s, is a verb in the present
// sharing the subject of left: left's own verb is in the present ("is",
// "has", "does" or a word in -s right after the subject and adverbs), the
// word after rw[j] is one a verb takes (afterVerbS), and left does not end
// with a word in -s that rw[j] could be listed with as a noun.
func presentS(left string, rw []string, j int) bool {
	v := rw[j]
	if len(v) < 5 || !strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "us") ||
		strings.HasSuffix(v, "is") || strings.HasSuffix(v, "'s") || !afterVerbS[lower(rw[j+1])] {
		return false
	}
	subj := reportSubject(left)
	if subj == "" {
		return false
	}
	f := words(left)
	if strings.HasSuffix(lower(f[len(f)-1]), "s") {
		return false
	}
	k := skipAdverbs(f, len(strings.Fields(subj)))
	if k >= len(f) {
		return false
	}
	w := lower(f[k])
	return w == "is" || w == "has" || w == "does" || pastOrS(w) && strings.HasSuffix(w, "s") && !finiteVerbs[w] || w == "says"
}
