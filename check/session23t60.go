package check

import "bitext/glossary"

// Session 23 (helper T60): a near miss of a form its context rules out.
//
// A form that counts only in a context (Term.Context) or not beside some
// words (Term.NotWith) is not read where its context rules it out
// (Checker.usable). Its near misses were: house71's admitted short form
// "American" of American Airlines, which needs "airline", "carrier" or
// "flights" on its line, made "America" (the country) a near miss four
// times. A near miss of a form is a misspelling of that form where it
// would count; where the line rules the form out, the word is something
// else, not that form misspelt.

// contextRulesOut reports whether the context of form t rules it out on
// the line of text around off: a context word required and none there,
// or a word it is not used with there.
func contextRulesOut(t *glossary.Term, text string, off int) bool {
	line := lineAround(text, off)
	return len(t.Context) > 0 && !glossary.HasAnyWord(line, t.Context) || glossary.HasAnyWord(line, t.NotWith)
}
