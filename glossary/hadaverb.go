package glossary

import (
	"strings"
	"unicode/utf8"
)

// A listed noun inside its 하다 or 되다 verb is a match of the noun.

// hadaForms are the forms of 하다 and 되다 read after a term's noun.
//
// Session 20 (helper T36, issue #11): a listed noun inside its 하다 verb.
// The particle rule reads no derived verb (a 하다 verb is another word,
// see Particles), so 보이콧했다 ("boycotted") did not name the listed
// 보이콧 (boycott) and check12i's planted 보이콧했다, rendered as "won the
// election", was missed (testdata/check12i-missed). For a Korean form of an
// entry of type term ending in a Hangul syllable (a noun of the news, 보이콧,
// 압수 수색, 각하, whose 하다 verb is the noun's own action), the run of
// Hangul right after it may also be one of the forms of its 하다 verb or of
// the passive 되다 (hadaForms): 보이콧했다, 압수 수색하는, 각하됐다,
// 보이콧하기로. The forms of one syllable (한, 할, 해, 함, 된, 될, 돼, 됨)
// are left out: they end many nouns of their own (무기한, indefinite, is no
// 무기 with 한; 제한, 역할, 피해), so 보이콧한 is not read. Names and titles (person, title, organization, place) are
// left out: 동 is no verb in 동해 (the East Sea), nor 남 in 남한. The list is
// closed: 하락 (a fall) after 금리 is another word, not a verb of 금리. A
// form whose list says it names something else (a context or not_with of
// its own: 주장, a team's captain, only beside 선수 or 팀) is read bare only:
// its verb is the other meaning's (주장했다, claimed), whatever the story.
// Known limit: a homograph listed without a context (조정, rowing and an
// adjustment; 유도, judo and inducement) is read in its verb (조정하기,
// to coordinate) as the term.
var hadaForms = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(`
하다 한다 했다 하였다 합니다 했습니다 하는 하고 해서 하여 하여서 하며 하면 하기 하기로 하기도 하기는
하자 하지 하지만 했고 했으며 했던 했지만 했는데 하는데 하던 해야 해도 하려 하려고 하려는 하도록 하거나 했으나
한다고 했다고 한다는 했다는 한다며 했다며 하겠다 하겠다고 하겠다는 하겠다며 할지 했을 해온 해왔다 했었다 함으로써 하게
되다 된다 됐다 되었다 됩니다 됐습니다 되는 되고 되어 돼서 되어서 되며 되면 되기 되기도 되지 되지만
됐고 되었고 됐으며 되었으며 됐던 되었던 됐지만 되었지만 된다고 됐다고 된다는 됐다는 된다며 됐다며 되던 돼야 되어야 되도록
될지 됐을 되자 되거나 됐는데 되는데 되었는데 되겠다
`) {
		m[f] = true
	}
	return m
}()

// hadaEnding reports whether run, the Hangul right after a form before
// (before ends where the form ends), is a form of the form's 하다 or 되다
// verb, for an output of an entry of type term (see above). HasWord's
// output has no term (a context word, not a form): no verb of it is read
// (session 24, helper T68: 파했다 beside the context word 파 panicked).
func hadaEnding(before, run string, o *output) bool {
	if o.term == nil || !o.plural || o.short || !hadaForms[run] || len(o.term.Context) > 0 || len(o.term.NotWith) > 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return isHangulSyllable(last)
}
