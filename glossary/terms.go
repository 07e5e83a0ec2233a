package glossary

import "golang.org/x/text/language"

// TermFinder finds the entries named in a text, with one matcher per
// language; it is the aligner's align.TermFinder.
type TermFinder struct {
	g        *Glossary
	matchers map[language.Tag]*Matcher
}

// TermFinder returns a finder of g's entries.
func (g *Glossary) TermFinder() *TermFinder {
	return &TermFinder{g: g, matchers: map[language.Tag]*Matcher{}}
}

// Terms returns the ids of the entries named in text, in order.
func (t *TermFinder) Terms(text string, lang language.Tag) []string {
	m := t.matchers[lang]
	if m == nil {
		m = t.g.Matcher(lang)
		t.matchers[lang] = m
	}
	var ids []string
	for _, x := range m.FindAll(text) {
		if x.Entry != nil {
			ids = append(ids, x.Entry.ID)
		}
	}
	return ids
}
