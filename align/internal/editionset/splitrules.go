package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The split rules of session 14. Session 13's rules (clauseSplit) left
// most documents without a sentence to split; these take back the
// boundaries an editor splits at while keeping both halves sentences of
// their own: a second half opening with an adverb or a short phrase closed
// by a comma ("Later he was …", "From the restart, Ayr …"), a quantity as
// the subject ("All of them were …", "More than 100 were …"), "that" as a
// demonstrative ("That was …"), a verb in -s after a pronoun or a name ("It
// also offers …"), "which" before a verb in the past or in -s ("It
// published …"), "who" after a name (the name repeated) or a plural noun
// ("They …"), "where" ("There, …"), a report ("…, saying/adding (that) …"
// becomes "<subject> said/added (that) …" with the first half's own
// subject), and " and "/" but " without a comma before a pronoun subject.

var (
	// pronounSubjects open a clause after a bare " and " or " but ".
	pronounSubjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true,
		"he's": true, "she's": true, "they're": true, "we're": true, "it's": true, "there's": true}
	// adverbOpeners may open a second half before its subject ("now they
	// are …", "again, Melrose made …").
	adverbOpeners = map[string]bool{"now": true, "then": true, "later": true, "today": true, "yesterday": true,
		"meanwhile": true, "instead": true, "again": true, "sometimes": true, "eventually": true, "finally": true,
		"earlier": true, "separately": true, "overall": true, "currently": true, "recently": true, "previously": true,
		"still": true, "often": true}
	// prepositions open a short phrase closed by a comma before the
	// subject ("from the restart, Ayr surged …").
	prepositions = map[string]bool{"in": true, "on": true, "at": true, "from": true, "after": true, "during": true,
		"within": true, "for": true, "by": true, "under": true, "over": true, "with": true, "without": true,
		"before": true, "across": true, "among": true}
	// quantifiers head a subject ("all of them", "hundreds of boats").
	quantifiers = map[string]bool{"all": true, "none": true, "plenty": true, "most": true, "many": true, "some": true,
		"few": true, "half": true, "both": true, "neither": true, "either": true, "one": true, "two": true,
		"three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
		"ten": true, "dozens": true, "hundreds": true, "thousands": true, "millions": true, "billions": true,
		"several": true}
	// hedges come before a quantity ("just 30 percent", "nearly all").
	hedges = map[string]bool{"just": true, "only": true, "nearly": true, "almost": true, "about": true,
		"roughly": true, "around": true, "over": true, "some": true}
	// notNouns follow "that" in a clause that is not a demonstrative's
	// ("that little would change", "that more …").
	notNouns = map[string]bool{"little": true, "much": true, "more": true, "less": true, "few": true, "many": true,
		"such": true, "same": true, "no": true, "not": true, "all": true, "every": true, "any": true, "only": true}
	// reportVerbs make the first half a report: a second clause after a
	// bare " and " may be part of what is reported.
	reportVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true,
		"announced": true, "believes": true, "believe": true, "thinks": true, "think": true, "thought": true,
		"argued": true, "argues": true, "warned": true, "claimed": true, "reported": true, "stated": true,
		"noted": true, "explained": true, "insisted": true, "suggested": true, "know": true, "knew": true}
)

// insideParenthesis reports whether left leaves a pair of dashes or a
// bracket open: a boundary inside a parenthesis is not a clause boundary.
func insideParenthesis(left string) bool {
	if strings.Count(left, "(") > strings.Count(left, ")") {
		return true
	}
	return strings.Count(left, " - ")%2 == 1 || strings.Count(left, " — ")%2 == 1
}

// lower is w in lower case.
func lower(w string) string { return strings.ToLower(w) }

// verbWord reports whether w alone is a finite verb by hasFiniteVerb's
// word test.
func verbWord(w string) bool {
	return !subordinators[lower(w)] && hasFiniteVerb([]string{w})
}

// skipAdverbs returns the index of the first word from i on that is not an
// adverb ("still", "also", a word in -ly).
func skipAdverbs(ws []string, i int) int {
	for i < len(ws) {
		l := ws[i]
		if l != lower(l) || !(adverbOpeners[l] || l == "also" || l == "already" || l == "never" || l == "not" ||
			len(l) > 4 && strings.HasSuffix(l, "ly")) {
			break
		}
		i++
	}
	return i
}

// isNumber reports whether w is written in digits ("30", "1,500", "5.2").
func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// quantSubject reports whether ws opens with a quantity as its subject
// and has its verb within the next six words: "all of them were",
// "hundreds of fishing boats took", "more than 100 were", "just 30 percent
// said".
func quantSubject(ws []string) bool {
	i := 0
	if hedges[lower(ws[0])] && len(ws) > 1 && (quantifiers[lower(ws[1])] || isNumber(ws[1]) || lower(ws[1]) == "more" || lower(ws[1]) == "a") {
		i = 1
	}
	if i+2 < len(ws) && (lower(ws[i]) == "more" || lower(ws[i]) == "fewer" || lower(ws[i]) == "less") && lower(ws[i+1]) == "than" {
		i += 2
	}
	if i > 0 && lower(ws[i]) == "a" && i+1 < len(ws) && (lower(ws[i+1]) == "third" || lower(ws[i+1]) == "quarter" || lower(ws[i+1]) == "half") {
		i++ // "just a third say …"
	}
	if i >= len(ws) || !quantifiers[lower(ws[i])] && !isNumber(ws[i]) && !(i > 0 && (lower(ws[i]) == "third" || lower(ws[i]) == "quarter")) {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+6; j++ {
		if subordinators[lower(ws[j])] || pronounSubjects[lower(ws[j])] && j > i+1 && lower(ws[j-1]) != "of" {
			return false
		}
		if verbWord(ws[j]) {
			return true
		}
	}
	return false
}

// thatSubject reports whether "that" opens ws as a demonstrative subject:
// before its verb ("that was", "that gave") or before a noun and its verb
// ("that goal was"), not before a subject of its own ("that he …", "that
// the data …": a subordinate clause).
func thatSubject(ws []string) bool {
	if len(ws) < 3 {
		return false
	}
	n := ws[1]
	if verbWord(n) {
		return true
	}
	l := lower(n)
	return n == l && !subjectStarts[l] && !nonSubjects[l] && !notNouns[l] && !quantifiers[l] && !pronounSubjects[l] &&
		!strings.HasSuffix(l, "ly") && !strings.HasSuffix(l, "ing") && verbWord(ws[2])
}

// openerLen is the number of words of right that open it before its
// subject: an adverb ("now", "later"), or a phrase of at most five words
// starting with a preposition and closed by a comma ("from the restart,").
func openerLen(right string) int {
	f := strings.Fields(right)
	if len(f) < 3 {
		return 0
	}
	w := lower(strings.Trim(f[0], ","))
	if adverbOpeners[w] {
		return 1
	}
	if !prepositions[w] {
		return 0
	}
	for i := 1; i < len(f) && i < 5; i++ {
		if strings.ContainsAny(f[i], ";:\"“”") {
			return 0
		}
		if strings.HasSuffix(f[i], ",") {
			return i + 1
		}
	}
	return 0
}

// rightHasVerb reports whether the clause ws, whose subject starts it, has
// a finite verb: hasFiniteVerb's test, or a verb in -s after a pronoun or a
// name and any adverbs ("it also offers", "King objects").
func rightHasVerb(ws []string) bool {
	if hasFiniteVerb(ws[1:]) {
		return true
	}
	l := lower(ws[0])
	r, _ := utf8.DecodeRuneInString(ws[0])
	if !(l == "he" || l == "she" || l == "it" || l == "this" || unicode.IsUpper(r) && !nonSubjects[l] && !subjectStarts[l]) {
		return false
	}
	j := skipAdverbs(ws, 1)
	if j >= len(ws) {
		return false
	}
	v := ws[j]
	return len(v) > 3 && v == lower(v) && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") &&
		!strings.HasSuffix(v, "us") && !strings.HasSuffix(v, "is") && !strings.HasSuffix(v, "'s")
}

// pastOrS reports whether w is a verb in the past tense (a known irregular
// form or a word in -ed) or in -s, as after "which".
func pastOrS(w string) bool {
	if w != lower(w) || auxiliaries[w] {
		return false
	}
	if finiteVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-") {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

// whichClause is the second sentence of a split at ", which ": "which"
// before an auxiliary, a verb in the past or in -s (after any adverbs)
// becomes "It" or "They" (whichSubject); the relative clause must run to
// the end of the sentence (no comma after it).
func whichClause(lw, rw []string, right string) (string, bool) {
	if strings.Contains(right, ", ") || strings.Contains(right, " - ") || strings.Contains(right, " — ") {
		return "", false // "which" inside the sentence
	}
	j := skipAdverbs(rw, 0)
	if j >= len(rw)-1 {
		return "", false
	}
	v := lower(rw[j])
	if v == "be" || v == "been" || !auxiliaries[v] && !pastOrS(rw[j]) {
		return "", false // not a clause of its own: "which he writes", "which minority Democrats have been urging"
	}
	for i := 0; i+1 < len(lw); i++ {
		if lower(lw[i]) == "it" && (lw[i+1] == "was" || lw[i+1] == "is") {
			return "", false // a cleft sentence: "it was their defence …, which carried …"
		}
	}
	if name, before := nameRun(strings.Join(lw, " ")); name != "" && !stop[name] {
		if lb := lower(before); lb != "and" && lb != "or" && lb != "&" && !placePrepositions[lb] {
			return name + " " + right, true // "Der Spiegel, which published …" → "Der Spiegel published …"
		}
	}
	subj := whichSubject(v, lw[len(lw)-1])
	if !auxiliaries[v] && strings.HasSuffix(v, "s") && !finiteVerbs[v] || v == "says" {
		subj = "It" // a verb in -s is singular
	}
	return subj + " " + right, true
}

// placePrepositions come before a place: a name after one is not the
// person "who" refers to, and "which" after it may refer to what the
// place is the place of ("this year's event in New York, which will be
// hosted by …": "It", not "New York").
var placePrepositions = map[string]bool{"in": true, "at": true, "on": true, "from": true, "near": true,
	"across": true, "outside": true, "inside": true, "into": true}

// nameRun returns the capitalized words that end left ("Kim Jong-un",
// "Lindsey Graham"), at most four, with a "The" before them, and the word
// before the run.
func nameRun(left string) (name, before string) {
	f := strings.Fields(left)
	i := len(f)
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && !strings.ContainsAny(w, ",;:()\"“”") && !nonSubjects[lower(w)]
	}
	for i > 0 && len(f)-i < 5 && capital(f[i-1]) {
		i--
	}
	if i == len(f) || i > 0 && capital(f[i-1]) || i == 0 {
		return "", "" // no name, a name longer than five words, or the sentence's own subject
	}
	run := f[i:]
	if i > 0 {
		before = f[i-1]
	}
	if lower(before) == "the" {
		run = append([]string{"The"}, run...)
		if i > 1 {
			before = f[i-2]
		} else {
			before = ""
		}
	}
	return strings.Join(run, " "), before
}

// whoClause is the second sentence of a split at ", who ": after a name
// the name is repeated ("…, who arrived on Tuesday" → "Kim Jong-un arrived
// on Tuesday."), after a plural noun "They"; after any other word (a
// singular noun whose gender the text does not give) there is no split.
// "who" must be the subject of the relative clause (its verb next), and the
// clause must run to the end of the sentence.
func whoClause(left, at string, rw []string, right string) (string, bool) {
	if strings.Contains(right, ", ") || strings.ContainsAny(right, ";(\"“”") || strings.Contains(right, " - ") || strings.Contains(right, " — ") {
		return "", false
	}
	lw := words(left)
	if !hasFiniteVerb(lw) {
		return "", false // the relative clause sits inside the sentence ("X, who …, said")
	}
	whose := at == ", whose "
	j := skipAdverbs(rw, 0)
	if whose {
		// "whose" and a noun phrase as the subject, then its verb.
		j = 1
		for j < len(rw) && j < 4 && !verbWord(rw[j]) && !pastOrS(rw[j]) {
			j++
		}
		if rw[0] != lower(rw[0]) || j >= len(rw)-1 || j >= 4 {
			return "", false
		}
	} else if j >= len(rw)-1 || !verbWord(rw[j]) && !pastOrS(rw[j]) && !pluralVerbs[rw[j]] {
		return "", false // "who" as an object: "…, who he met"
	}
	plain := !whose && pluralVerbs[rw[j]] && !verbWord(rw[j]) // "…, who stand to …": a plural antecedent (A12)
	last := lw[len(lw)-1]
	name, before := nameRun(left)
	switch {
	case name != "" && plain:
		return "", false // a plain verb does not agree with a name
	case name != "":
		if lb := lower(strings.Trim(before, ",")); lb == "and" || lb == "or" || lb == "&" || placePrepositions[lb] {
			return "", false // the last of several names, or a place ("shopping in Harlem, who …")
		}
		if stop[strings.Fields(name)[0]] && len(strings.Fields(name)) == 1 {
			return "", false
		}
		if whose {
			if strings.HasSuffix(name, "s") {
				return name + "' " + right, true
			}
			return name + "'s " + right, true
		}
		return name + " " + right, true
	case last == lower(last) && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is"):
		if whose {
			return "Their " + right, true
		}
		v := lower(rw[j])
		if v == "is" || v == "was" || v == "has" || v == "does" || strings.HasSuffix(v, "s") && !auxiliaries[v] && !finiteVerbs[v] || v == "says" {
			return "", false // a singular verb after a plural-looking noun
		}
		return "They " + right, true
	}
	return "", false
}

// reportSubject is the subject of left when left opens with one and its
// verb next: a pronoun, or up to four words that open with a capitalized
// name or "The" ("Prime Minister Theresa May", "The ministry").
func reportSubject(left string) string {
	f := strings.Fields(left)
	if len(f) < 2 {
		return ""
	}
	switch f[0] {
	case "He", "She", "They", "We", "I":
		// adverbs may come between ("He then helped …"; session 14, A12)
		if j := skipAdverbs(f, 1); j < len(f) && (verbWord(f[j]) || pastOrS(f[j])) {
			return f[0]
		}
		return ""
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	if !unicode.IsUpper(r) || nonSubjects[lower(f[0])] || notReportSubjects[f[0]] || stop[f[0]] && f[0] != "The" && !titles[f[0]] {
		return ""
	}
	for k := 1; k < len(f) && k <= 6; k++ {
		if strings.ContainsAny(f[k-1], ",;:()\"“”") || k > 4 && f[0] == "The" {
			return "" // a name of up to six words ("Family Court Judge Rob Murfitt"; session 14, A12), "The" and three
		}
		if r, _ := utf8.DecodeRuneInString(f[k-1]); !unicode.IsUpper(r) && (f[0] != "The" || skipAdverbs(f, k-1) > k-1) {
			return "" // a name's words are capitalized
		}
		if j := skipAdverbs(f, k); j > k && j < len(f) && f[0] != "The" && (verbWord(f[j]) || pastOrS(f[j])) {
			return strings.Join(f[:k], " ") // a name, adverbs and its verb ("Tokuda certainly looks"; session 14, A12)
		}
		if w := f[k]; w == lower(w) && (verbWord(w) || pastForm(w)) {
			if f[0] == "The" {
				return "The " + strings.Join(f[1:k], " ")
			}
			return strings.Join(f[:k], " ")
		}
	}
	return ""
}

// notReportSubjects are capitalized first words that are not a subject
// the second half can repeat ("There were …").
var notReportSubjects = map[string]bool{"There": true, "Here": true, "This": true, "That": true, "These": true,
	"Those": true, "What": true, "It": true, "Its": true, "Our": true, "My": true, "Your": true}

// titles may open a reporting subject ("President Moon").
var titles = map[string]bool{"President": true, "Minister": true, "Prime": true}

// reportClause is the second sentence of a split at ", saying (that) " or
// ", adding (that) ": the first half's subject said or added what the
// second half says, which must be a clause with a subject and a verb.
func reportClause(left, at string, rw []string, right string) (string, bool) {
	if (at == ", saying " || at == ", adding ") && lower(rw[0]) == "that" {
		return "", false // the boundary with "that" takes it
	}
	subj := openedSubject(left) // an opening phrase before the subject since A12
	if subj == "" || !thatClause(strings.HasSuffix(at, "that "), rw) {
		return "", false
	}
	verb := " said "
	if strings.HasPrefix(at, ", adding") {
		verb = " added "
	}
	if strings.HasSuffix(at, "that ") {
		verb += "that "
	}
	return subj + verb + right, true
}

// reports reports whether the clause ws has a reporting verb ("said",
// "believes").
func reports(ws []string) bool {
	for _, w := range ws {
		if reportVerbs[lower(w)] {
			return true
		}
	}
	return false
}

// pastForm reports whether the lower-case word w is in the past tense: a
// known irregular form or a word in -ed (not a word in -s, which may be a
// plural noun).
func pastForm(w string) bool {
	return finiteVerbs[w] && !strings.HasSuffix(w, "s") || len(w) > 3 && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-")
}

// sharedSubject is the second sentence of a split where the second half
// has no subject of its own but shares the first half's ("The union
// called off the strike, and said talks would resume" → "The union said
// talks would resume"): the first half must open with its subject and
// verb (reportSubject) and hold no second clause whose subject the verb
// could belong to (a pronoun, a subordinator or a reporting verb after its
// own verb: "The witness said she reported …, but later agreed" is not
// split).
func sharedSubject(left, at, start string, rw []string, right string) (string, bool) {
	j := skipAdverbs(rw, 0)
	v := rw[j]
	if j >= len(rw)-1 || v != lower(v) || contractions[v] || hasSubject(rw) ||
		!verbWord(v) && !(len(v) > 3 && strings.HasSuffix(v, "ed") && !strings.Contains(v, "-")) && !presentS(left, rw, j) {
		return "", false // a subject of its own ("analysts expect"), or no verb first
	}
	subj := reportSubject(left)
	if subj == "" {
		return "", false
	}
	lw := words(left)
	if strings.HasSuffix(v, "s") && !auxiliaries[v] && (!afterVerbS[lower(rw[j+1])] || strings.HasSuffix(lower(lw[len(lw)-1]), "s")) {
		return "", false // "sales and operations and plans for …": a noun in -s (A12)
	}
	// The first half's verb group (auxiliaries, adverbs, the verb), then no
	// other verb the second half's could be coordinated with ("had opened
	// his eyes, and inspired him"), no pronoun, subordinator or report.
	i := len(strings.Fields(subj))
	passive := false
	for i < len(lw) && !contractions[lower(lw[i])] && !pronounSubjects[lower(lw[i])] && (verbWord(lw[i]) || pastForm(lw[i]) || skipAdverbs(lw, i) > i) {
		if l := lower(lw[i]); l == "is" || l == "was" || l == "are" || l == "were" || l == "been" || l == "be" {
			// a passive: a participle after the verb "be" ("was
			// arrested"); not a copula ("is not the first artist"; A12)
			if k := skipAdverbs(lw, i+1); k < len(lw) && (pastForm(lower(lw[k])) || lower(lw[k]) == "being" || lower(lw[k]) == "been") || k >= len(lw) {
				passive = true
			}
		}
		i++
	}
	for _, w := range lw[i:] {
		l := lower(w)
		if subordinators[l] || pronounSubjects[l] || reportVerbs[l] || w == l && (verbWord(w) || pastForm(w)) {
			return "", false
		}
	}
	if passive && !auxiliaries[v] {
		return "", false // "was arrested …, and charged with …": the second verb is a participle
	}
	if strings.ContainsAny(left, ";\"“”") {
		return "", false
	}
	if start == "" {
		return subj + " " + right, true
	}
	switch f, rest, _ := strings.Cut(subj, " "); f {
	case "He", "She", "They", "We", "The":
		subj = strings.TrimSpace(lower(f) + " " + rest)
	}
	return start + subj + " " + right, true
}

// pastClause reports whether the first verb of the clause ws (after its
// subject's first word) is in the past tense.
func pastClause(ws []string) bool {
	for _, w := range ws[1:] {
		l := lower(w)
		if subordinators[l] {
			return false
		}
		if l == "was" || l == "were" || l == "had" || l == "did" || l == "could" || l == "would" || w == l && pastForm(l) {
			return true
		}
		if verbWord(w) {
			return false
		}
	}
	return false
}
