package check

import (
	"strings"

	"bitext/glossary"
)

// Session 17, helper T10 (issue #11): a wrong title before a name.
// Session 17, helper T14: and after it, in apposition: "Pak Ui-chun, the
// prime minister," and "the prime minister, Pak Ui-chun" (titleAfter,
// titleEnding).
// labelOfName keeps a title of the source quiet when it stands beside a
// person's name and the English names the person ("Pak Ui-chun said" for
// 박의춘 외무상이 말했다: the title left out is an editor's choice), unless
// the English gives another title of the glossary. A list rarely holds
// every title, so "Prime Minister Pak Ui-chun" passed. Now the English
// title right before the person's name is also read from titleWords, a
// short list of common English titles with the Korean words that give
// them: when the English title is one of them and the Korean of the pair
// has none of its words, it is another title than the source's, and the
// source's title is reported missing. A title not in the list, or a
// source that has one of its words (총리 for "Premier"), keeps the old
// reading. Developed on our own sentences (testdata/check11o-missed,
// TestWrongTitle).

// titleWords maps English titles (lower case) to the Korean words that
// give them; a source with none of them has another title.
var titleWords = map[string][]string{
	"prime minister":     {"총리", "수상"},
	"premier":            {"총리", "수상"},
	"president":          {"대통령", "총통", "주석", "회장", "사장", "총장", "의장", "총재", "대표", "원장", "소장", "단장", "청장"},
	"vice president":     {"부통령", "부주석", "부회장", "부사장", "부총장", "부의장"},
	"foreign minister":   {"외무", "외교", "외상"},
	"defense minister":   {"국방", "방위"},
	"defence minister":   {"국방", "방위"},
	"finance minister":   {"재무", "재정", "재경", "기획재정", "재무상"},
	"governor":           {"지사", "총재", "총독", "주지사"},
	"mayor":              {"시장"},
	"senator":            {"의원"},
	"chancellor":         {"총리", "재무", "총장"},
	"king":               {"국왕", "왕"},
	"queen":              {"여왕", "왕비"},
	"secretary of state": {"국무장관", "국무부 장관"},
	"secretary-general":  {"사무총장"},
	"chairman":           {"위원장", "의장", "회장", "주석", "이사장"},
	"ambassador":         {"대사"},
}

// otherTitleBefore reports whether the English of pr gives person e with
// a title of titleWords right before the name whose Korean words the
// source lacks. lower is the target in lower case.
func otherTitleBefore(e *glossary.Entry, pr Pair, lower string) bool {
	for _, t := range e.TermsIn(pr.TargetLang) {
		for _, f := range []string{t.Text, t.Short} {
			if f == "" {
				continue
			}
			f = strings.ToLower(f)
			for i := 0; i < len(lower); {
				j := strings.Index(lower[i:], f)
				if j < 0 {
					break
				}
				j += i
				i = j + 1
				if title := titleEnding(lower[:j]); title != "" && !anyIn(pr.Source, titleWords[title]) {
					return true
				}
				if title := titleAfter(lower[j+len(f):]); title != "" && !anyIn(pr.Source, titleWords[title]) {
					return true
				}
			}
		}
	}
	return false
}

// titleEnding returns the longest title of titleWords that the text before
// a name ends with, one space before the name, as whole words; "".
func titleEnding(before string) string {
	if !strings.HasSuffix(before, " ") {
		return ""
	}
	before = before[:len(before)-1]
	before = strings.TrimSuffix(before, ",") // "the prime minister, Pak Ui-chun" (session 17, helper T14)
	best := ""
	for title := range titleWords {
		if len(title) > len(best) && strings.HasSuffix(before, title) {
			if k := len(before) - len(title); k == 0 || !isWordByte(before[k-1]) && before[k-1] != '-' {
				best = title
			}
		}
	}
	return best
}

// titleAfter returns the title of titleWords that the text after a name
// gives it in apposition: a comma, a space, "the", "a", "an" or a
// possessive of one or two words ("North Korea's") or none, then the
// title as whole words, not itself a possessive ("Pak Ui-chun, the prime
// minister's aide" names another); "".
func titleAfter(after string) string {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return ""
	}
	starts := []string{rest}
	for _, a := range []string{"the ", "a ", "an "} {
		if r, ok := strings.CutPrefix(rest, a); ok {
			starts = append(starts, r)
		}
	}
	// A possessive of one or two words before the title.
	if i := strings.Index(rest, "'s "); i > 0 && i < 30 && strings.Count(rest[:i], " ") <= 1 && !strings.ContainsAny(rest[:i], ",.;:") {
		starts = append(starts, rest[i+3:])
	}
	best := ""
	for _, r := range starts {
		for title := range titleWords {
			if len(title) > len(best) && strings.HasPrefix(r, title) {
				k := len(title)
				if k == len(r) || !isWordByte(r[k]) && r[k] != '-' && r[k] != '\'' && !strings.HasPrefix(r[k:], "’") {
					best = title
				}
			}
		}
	}
	return best
}
