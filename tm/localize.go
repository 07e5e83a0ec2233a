package tm

import "bitext/localize"

// Localize is the auto-localisation step of fuzzy matches (package
// localize), for whoever offers a match's translation (tm lookup, run):
// for each fuzzy match of q whose source differs from q.Text in numbers,
// dates, times or weekdays, Suggestion becomes the match's translation
// with the query's values put in wherever the correspondence is
// unambiguous, and Localized lists the replacements. Other matches, and
// fuzzy matches with nothing to replace, keep what Lookup gave (its
// Suggestion covers matches differing in numbers only).
func Localize(q Query, ms []Match) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != Fuzzy || m.Target.Text == "" {
			continue
		}
		r := localize.Target(q.Text, m.Source.Text, m.Source.Lang, m.Target.Text, m.Target.Lang)
		if r.Changed() {
			m.Suggestion, m.Localized = r.Text, r.Changes
		}
	}
}
