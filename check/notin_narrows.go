package check

import "bitext/glossary"

// A not_in list only narrows a form: the longer phrases it lists (조국 통일,
// 조국 광복) are places where the form never counts, and everywhere else
// the form is read as without the list. So a two-syllable person name with
// a not_in (조국, a homograph of 조국 "homeland") still counts only beside a
// title (homograph.go), as the same name without the list does; only a
// form's own contexts (Term.Context, NotWith) replace that rule, being a
// judgement of their own (session 25, helper T78).

// ownContexts reports whether term t counts only in contexts of its own
// (Context or NotWith), which judge its reading instead of the general
// rules; NotIn alone does not (see above).
func ownContexts(t *glossary.Term) bool {
	return len(t.Context) > 0 || len(t.NotWith) > 0
}

// Without that widening, a two-syllable name of a head of government
// before the government's noun (부시 정부, 부시 미 행정부; koreanGovernment,
// person_secondref.go) still names the person: the government is his, as
// a title beside the name says it is a person's (TestSecondReference's
// 부시, which counted only by its not_in before).

// governmentOfName reports whether source match m, a person's form, is
// followed by the noun of a government headed by that person.
func governmentOfName(source string, m glossary.Match) bool {
	return m.Suffix == "" && koreanGovernment(source, m.Start, m.End) != nil
}
