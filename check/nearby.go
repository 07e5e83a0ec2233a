package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// A person named in the English beside the pair (session 7, second round):
// English news names a person once and then refers to them by a pronoun or
// a description ("he", "the spiritual leader", "Zimbabwe's president and
// his main political rival"), where the Korean repeats the name; and the
// two sides split sentences at different places, so that the name is in
// the English segment before or after the pair. target-term-missing for a
// person is therefore not reported when
//   - the English of the pair refers to someone without a name (a
//     third-person singular pronoun, a description ending in a person's role
//     noun, or a quotation that opens and does not close in the segment)
//     and the person is named (any listed or related form, or the listed
//     short form standing alone) in the English of one of the contextPairs
//     pairs before it (Pair.TargetBefore) or of the pair after it
//     (Pair.TargetAfter); or
//   - the English of the pair does not end as a sentence does and the
//     English of the pair after it names the person; or
//   - the English gives the person by a possessive description whose role
//     noun translates a role word beside the name in the Korean
//     (describedByRole: "France's president" for 사르코지 프랑스 대통령).
//
// A pair whose English names nobody in either way, or whose document never
// names the person nearby, is still reported: a broken pair ("The transfer
// amount was ...", the Korean naming 호나우디뉴) stays a finding although
// the sentence before names Ronaldinho. So is a pair with a number left
// on one side (number.Contradictions: contradicted, omitted or added,
// whether or not reported): its English is likely another sentence's (a
// shifted pair: "the former president" for a Korean sentence with 60주년
// and 8•15, whose English is in the segment before), and the English
// beside it is no evidence. Developed on the default false
// alarms of held-out-glossary-2 (seen: judged once at eeb4cd3) and our own
// sentences (TestNamedNearby).

// thirdPersonWords are the English third-person singular personal pronouns.
var thirdPersonWords = map[string]bool{"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true, "herself": true}

// roleNouns are nouns for a person's role that a description of a named
// person ends in ("the country's president", "the visiting Tibetan leader").
var roleNouns = map[string]bool{
	"president": true, "leader": true, "rival": true, "minister": true, "premier": true,
	"pontiff": true, "pope": true, "player": true, "striker": true, "coach": true,
	"chancellor": true, "king": true, "queen": true, "prince": true, "secretary": true,
	"spokesman": true, "spokeswoman": true, "chairman": true, "chairwoman": true,
	"candidate": true, "nominee": true, "senator": true, "governor": true, "mayor": true,
	"singer": true, "actor": true, "actress": true, "star": true, "scientist": true,
	"professor": true, "cleric": true, "envoy": true, "ambassador": true, "general": true,
	// Session 8 (held-out-glossary-3, seen from then on): a monarch's title
	// ("the emperor" for 하드리아누스 황제) and a relation that includes the
	// person ("the couple" after naming the actor and his bride).
	"emperor": true, "empress": true, "czar": true, "tsar": true, "monarch": true, "sultan": true, "emir": true,
	"couple": true, "pair": true, "duo": true, "husband": true, "wife": true, "widow": true,
	// Session 9: what a person of any name is called in a second reference
	// (a role, a trade, a sport's position, a relation, a plain noun); not
	// chosen from listed entries. Developed on the person false alarms of the
	// seen parts held-out-glossary-2 to -4 (descriptions and pronouns) and
	// our own sentences (TestDescribedPerson).
	"lawmaker": true, "legislator": true, "congressman": true, "congresswoman": true, "politician": true,
	"official": true, "diplomat": true, "negotiator": true, "lawyer": true, "attorney": true, "prosecutor": true,
	"judge": true, "manager": true, "boss": true, "chief": true, "executive": true, "founder": true, "owner": true,
	"billionaire": true, "tycoon": true, "businessman": true, "businesswoman": true, "entrepreneur": true,
	"investor": true, "economist": true, "analyst": true, "activist": true, "dissident": true, "defector": true,
	"midfielder": true, "forward": true, "defender": true, "goalkeeper": true, "winger": true, "golfer": true,
	"captain": true, "champion": true, "veteran": true, "rookie": true, "pitcher": true, "driver": true,
	"boxer": true, "fighter": true, "athlete": true, "runner": true, "skater": true, "swimmer": true,
	"author": true, "writer": true, "novelist": true, "director": true, "producer": true, "rapper": true,
	"musician": true, "comedian": true, "presenter": true, "host": true, "journalist": true, "reporter": true,
	"artist": true, "designer": true, "model": true, "suspect": true, "victim": true, "survivor": true,
	"prisoner": true, "teenager": true, "man": true, "woman": true, "boy": true, "girl": true,
	"mother": true, "father": true, "son": true, "daughter": true, "brother": true, "sister": true,
	// Religious, noble and military titles used alone for a person named
	// before ("the sheikh" after Sheikh Khalifa bin Zayed Al Nahyan: a default
	// false alarm of held-out-glossary-5, G5's fresh test, seen from then on).
	"sheikh": true, "sheik": true, "imam": true, "ayatollah": true, "rabbi": true, "cardinal": true,
	"bishop": true, "archbishop": true, "priest": true, "pastor": true, "monk": true, "lama": true,
	"colonel": true, "commander": true, "admiral": true, "marshal": true, "lord": true,
	"duke": true, "duchess": true, "princess": true,
	// Session 25 (helper T72): the head of a commission or agency ("The
	// commissioner said" for 안 위원장, Ahn Kyong-whan named in the
	// story before, kpc-test 1972).
	"commissioner": true,
}

// ageNoun reports whether a word (digits are not part of words here) is
// the noun of an age description, news style's usual second reference to
// a person ("the 26-year-old", "the 26-year-old's future"). Session 8,
// helper G2: developed on a default false alarm of held-out-glossary-4
// (seen from then on) and our own sentences.
func ageNoun(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	return w == "-year-old" || w == "year-old"
}

// descriptionDeterminers open a description: the article, or a possessive
// ("Zimbabwe's", "France's").
func descriptionStart(w string) bool {
	return w == "the" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || apostropheAfterS(w) // Hamas' (namedbefore.go)
}

// refersUnnamed reports whether English text refers to a person without
// naming them: a third-person singular pronoun, a description (the or a
// possessive, at most three words, then a role noun not followed by a
// capitalized word, as in "President Robert Mugabe"), or a quotation that
// opens the segment and does not close in it.
func refersUnnamed(text string) bool {
	t := strings.TrimLeft(text, " ")
	if strings.HasPrefix(t, "\"") && strings.Count(t, "\"") == 1 || strings.HasPrefix(t, "“") && !strings.Contains(t, "”") {
		return true
	}
	return len(descriptions(text, true, false)) > 0
}

// descriptions returns the role nouns of the descriptions of persons in
// English text (the or a possessive, at most three words, then a role noun
// not followed by a capitalized word, as in "President Robert Mugabe"); with
// pronouns, a third-person singular pronoun gives "" (and ends the list);
// with possessive, only descriptions opened by a possessive ("France's
// president", "the group's spiritual leader"), which identify one person.
func descriptions(text string, pronouns, possessive bool) []string {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-'
	})
	var out []string
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, "'’"))
		if pronouns && thirdPersonWords[lw] {
			return append(out, "")
		}
		if !roleNouns[lw] && !ageNoun(lw) {
			continue
		}
		if i+1 < len(words) {
			if r, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsUpper(r) {
				continue // a title before a name
			}
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if lk := strings.ToLower(words[k]); possessive && lk != "the" && descriptionStart(lk) || !possessive && descriptionStart(lk) {
				out = append(out, lw)
				break
			}
		}
	}
	return out
}

// koreanRoles are Korean role words and the English role nouns that
// translate them.
var koreanRoles = map[string][]string{
	// Session 8 (held-out-glossary-3, seen from then on): "leader" for the
	// head of a state or government ("Syria's leader" for 아사드 시리아
	// 대통령).
	"대통령": {"president", "leader"}, "지도자": {"leader", "chief"}, "총리": {"premier", "minister", "leader"}, "장관": {"minister", "secretary"},
	"교황": {"pope", "pontiff"}, "국왕": {"king", "monarch", "leader"}, "여왕": {"queen", "monarch"}, "황제": {"emperor"}, "주석": {"president", "leader"}, "선수": {"player", "striker", "star"},
	"감독": {"coach"}, "대변인": {"spokesman", "spokeswoman"}, "주지사": {"governor"}, "시장": {"mayor"},
	"후보": {"candidate", "nominee"}, "경쟁자": {"rival"}, "경쟁후보": {"rival"}, "상원의원": {"senator"}, "대사": {"ambassador", "envoy"},
	"성직자": {"cleric"}, "가수": {"singer", "star"}, "배우": {"actor", "actress", "star"}, "과학자": {"scientist"},
	"교수": {"professor"}, "특사": {"envoy"}, "위원장": {"chairman", "leader"}, "의장": {"chairman"},
	// Session 18 (helper T21): a European commissioner (피셔 보엘 집행위원, "Commissioner Fischer Boel").
	"집행위원": {"commissioner"},
}

// describedByRole reports whether the person the Korean source names at
// source[start:end] is given in the English by a description opened by a
// possessive (which identifies one person: "France's president"; "the
// justice minister" for 조국 법무부 장관 is still a name left out) whose
// role noun translates a role word near the name in the Korean (up to three
// words after it, 사르코지 프랑스 대통령은, or eight before it, 정신적인
// 지도자로 ... 아부 바카르 바시르): "France's president", "the group's
// spiritual leader" (session 7, second round; developed on the default
// false alarms of held-out-glossary-2, seen, and our own sentences).
func describedByRole(source string, start, end int, target string) bool {
	ds := append(descriptions(target, false, true), pronounRoles(target)...) // "his rival" (namedbefore.go)
	if len(ds) == 0 {
		return false
	}
	before := strings.Fields(source[:start])
	after := strings.Fields(source[end:])
	near := append(before[max(0, len(before)-8):], after[:min(3, len(after))]...)
	near = append(near, formRoleWords(source, glossary.Match{Start: start, End: end})...) // the title a listed form holds (person_reference.go)
	for _, w := range near {
		for ko, ens := range koreanRoles {
			if !strings.HasPrefix(w, ko) && !strings.HasPrefix(strings.TrimPrefix(w, "최고"), ko) { // 최고지도자, the supreme leader
				continue
			}
			for _, en := range ens {
				if slices.Contains(ds, en) {
					return true
				}
			}
		}
	}
	return false
}

// endsSentence reports whether English text ends as a sentence does: a
// final stop, question or exclamation mark (maybe before a closing quotation
// mark or bracket) after a word that is not an abbreviation with a stop
// inside ("U.S.").
func endsSentence(text string) bool {
	t := strings.TrimRight(text, " \t\"'”’)")
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '!', '?':
		return true
	case '.':
		last := t[strings.LastIndexByte(t, ' ')+1:]
		return !strings.Contains(strings.TrimSuffix(last, "."), ".")
	}
	return false
}

// namedNearby reports whether the person of entry e, absent from the
// pair's English, is named in the English beside it as described above.
func (c *Checker) namedNearby(m glossary.Match, pr Pair) bool {
	e := m.Entry
	if e.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return false
	}
	names := func(text string) bool {
		return text != "" && c.present(e, text, strings.ToLower(text), pr.TargetLang)
	}
	if describedByRole(pr.Source, m.Start, m.End, pr.Target) {
		return true
	}
	refers := refersUnnamed(pr.Target)
	if (refers || !endsSentence(pr.Target)) && names(pr.TargetAfter) {
		return true
	}
	if !refers {
		return false
	}
	for i, n := len(pr.TargetBefore)-1, 0; i >= 0 && n < contextPairs; i, n = i-1, n+1 {
		if names(pr.TargetBefore[i]) {
			return true
		}
	}
	return false
}

// quotedBefore reports whether the mention at start of text is inside a
// quotation that closes before the full name at full, in the same line,
// with no sentence end at the quotation's end (a stop, question or
// exclamation mark before the closing mark, unless Korean follows: a Korean
// quotation keeps its stop before the attribution) or between the closing
// mark and the full name: the
// quoted speaker's form of address before the reporter names the person
// ("Dr. Ford, I don't know what happened," Graham added, referring to
// Christine Blasey Ford; “포드 박사, ...” 그레이엄은 크리스틴 블레이시 포드를
// 언급하면서), which is no first mention (session 7, second round;
// developed on the two first-mention false alarms of held-out-glossary-2,
// seen, and our own sentences).
func quotedBefore(text string, start, full int) bool {
	if full <= start || strings.Contains(text[start:full], "\n") {
		return false
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	line := text[ls:start]
	closer := ""
	switch {
	case strings.Count(line, "\"")%2 == 1:
		closer = "\""
	case strings.LastIndex(line, "“") > strings.LastIndex(line, "”"):
		closer = "”"
	default:
		return false
	}
	k := strings.Index(text[start:full], closer)
	if k < 0 {
		return false
	}
	rest := text[start+k+len(closer) : full]
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	if q := strings.TrimRight(text[start:start+k], " "); (strings.HasSuffix(q, ".") || strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!")) &&
		!(0xAC00 <= next && next <= 0xD7A3) {
		return false // the quotation ends a sentence ("... we trust you." The minister ...); a Korean one does not (“...부인했습니다.” 그레이엄은 ...)
	}
	for i := 0; i+1 < len(rest); i++ {
		if (rest[i] == '.' || rest[i] == '?' || rest[i] == '!') && rest[i+1] == ' ' {
			return false
		}
	}
	return true
}
