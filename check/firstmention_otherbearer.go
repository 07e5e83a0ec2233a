package check

import "bitext/glossary"

// Session 25 (helper T78, issue #11; check14p's clean notes.en.txt, house94):
// a surname alone that two listed persons share ("Lee" of Lee Jae-myung and
// of Lee Jae-yong) after one of them was named in full is that person's
// second reference ("President Lee Jae-myung met ... Lee said"), as a reader
// takes it; it is no first mention of the other bearer, named in full only
// later in the article.

// otherBearerNamed reports whether short match ms[i], which may stand for
// person e, may stand as well for another listed person named in full
// before it (full: where each entry is first named in full).
func (c *Checker) otherBearerNamed(ms []glossary.Match, i int, full map[*glossary.Entry]int, e *glossary.Entry) bool {
	for _, t := range ms[i].Terms {
		o := c.entryOf(ms[i], t)
		if o == nil || o == e || o.Type != glossary.Person {
			continue
		}
		if j, ok := full[o]; ok && j < i {
			return true
		}
	}
	return false
}
