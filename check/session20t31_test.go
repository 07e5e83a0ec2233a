package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 20 (helper T31): house31's and house32's kinds, with entries of
// our own.
const session20T31Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
peter-bramble,person,ko,브램블,preferred,,,,,,,,,,,
peter-bramble,person,en,Peter Bramble,preferred,,Bramble,,,,,,,,,
peter-bramble,person,en,Lord Bramble,admitted,,Bramble,,,,,,,,,
peter-bramble,person,en,Sir Peter,admitted,,Bramble,,,,,,,,,
honour-x,term,ko,훈장,preferred,,,,,,,,,,여왕|기사,
honour-x,term,en,honour,preferred,,,,,,,,,,,
honour-x,term,en,honor,deprecated,,,,,,,,,,,
colour-x,term,ko,색깔,preferred,,,,,,,,,,,
colour-x,term,en,colour,preferred,,,,,,,,,,,
colour-x,term,en,color,deprecated,,,,,,,,,,,
leeds-united,organization,ko,리즈 유나이티드,preferred,,,,,,,,,,,
leeds-united,organization,en,Leeds United,preferred,,,,,,,,,,,
leeds-united,organization,en,United,admitted,,,,,,,,,,,
kim-chun-sig,person,ko,김천식,preferred,,,,,,,,,,,
kim-chun-sig,person,en,Kim Chun-sig,preferred,,Kim,,,,,,,,,
kim-chun-sig,person,en,Kim Cheon-sik,admitted,,Kim,,,,,,,,,
kim-chun-sig,person,en,Kim Chun-shik,deprecated,,,,,,,,,,,
han-duck-soo,person,ko,한덕수,preferred,,,,,,,,,,,
han-duck-soo,person,en,Han Duck-soo,preferred,,Han,,,,,,,,,
han-duck-soo,person,en,Han Deok-su,admitted,,Han,,,,,,,,,
hugh-renn,person,ko,렌 중위,preferred,,,,,,,,,,,
hugh-renn,person,en,Hugh Renn,preferred,,Renn,,,,,,,,,
hugh-renn,person,en,Lt. Renn,admitted,,Renn,,,,,,,,,
zoran-zeller,person,ko,젤러,preferred,,,,,,,,,,,
zoran-zeller,person,ko,젤레르,admitted,,,,,,,,,,,
zoran-zeller,person,en,Zoran Zeller,preferred,,Zeller,,,,,,,,,
`

func t31Checker(t *testing.T) *Checker {
	return caseChecker(t, "session20t31.csv", session20T31Glossary)
}

// TestPeerStyle: a peer's title and the preferred form's surname (Lord
// Bramble for Peter Bramble) is a full first mention, as house31's "Labour
// peer Lord Adonis" was judged; a title and the given name (Sir Peter) is
// not.
func TestPeerStyle(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"Labour peer Lord Bramble spoke. Bramble left.", ""},
		{"Sir Peter spoke. Peter Bramble left.", "peter-bramble Sir Peter"},
		{"Bramble spoke. Lord Bramble left.", "peter-bramble Bramble"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, p := range [][3]string{{"Baroness Bramble", "Jane Bramble", "true"}, {"Lord Bramble", "Bramble", "false"}, {"Lord Peter", "Peter Bramble", "false"}} {
		if got := peerStyle(p[0], p[1]); got != (p[2] == "true") {
			t.Errorf("peerStyle(%q, %q) = %v", p[0], p[1], got)
		}
	}
}

// TestOtherVariety: the other national spelling of an allowed form, for an
// entry whose Korean forms need a context (one sense of a word), is no
// finding in a pair whose source does not name the entry (house31's "in
// honor of" in U.S. stories); with the entry in the source, or for an
// entry with no context (house12's defence), it is reported.
func TestOtherVariety(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ src, tgt, want string }{
		{"새 대통령을 위한 만찬이 열렸다.", "A dinner was held in honor of the new president.", ""},
		{"여왕이 그에게 훈장을 주었다.", "The Queen gave him an honor.", "honour-x"},
		{"그는 그림을 그렸다.", "He chose the color red.", "colour-x"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleDeprecated); got != tc.want {
			t.Errorf("%q / %q: deprecated-term %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestPastOther: a one-word listed name ending in -ed with its d dropped
// (Unite, a union, for United) is no near miss; a letter changed inside it
// still is.
func TestPastOther(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"He is the Unite union convenor at the plant.", ""},
		{"Fans of Leeds Untied sang.", "leeds-united Leeds Untied"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
	if !pastOther("Unite", "United") || pastOther("Unite", "United States") || pastOther("Unitd", "United") {
		t.Error("pastOther")
	}
}

// TestListedSyllables: a Korean name romanized with each part as one of the
// person's allowed forms spells it (Kim Chun-sik from Kim Chun-sig and Kim
// Cheon-sik: house32's kpc-dev 781) names the person; a part no allowed
// form spells so (Han Duk-soo) is still a respelling of the listed name.
func TestListedSyllables(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ src, tgt, want string }{
		{"김천식 국장은 말했다.", "Kim Chun-sik, the ministry's director, said.", ""},
		{"한덕수 총리는 말했다.", "Han Duk-soo said.", "han-duck-soo"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: target-term-missing %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestRankNamed: a listed rank form's surname after other ranks (Lt Col
// Renn for a listed Lt. Renn: house31's "Lt Col Vann") names the person.
func TestRankNamed(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ src, tgt, want string }{
		{"렌 중위는 저격수에 의해 살해되었다.", "Lt Col Renn was killed by a sniper.", ""},
		{"렌 중위는 저격수에 의해 살해되었다.", "The officer was killed by a sniper.", "hugh-renn"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: target-term-missing %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestGlossedFull: a one-word Korean form glossed in brackets by a full
// English form (조란 젤레르(Zoran Zeller): house31's 조란 자에브(Zoran Zaev))
// names the person in full, no first mention; unglossed, or glossed by the
// surname alone, it is one as before.
func TestGlossedFull(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"조란 젤레르(Zoran Zeller)를 포함한 지지자들이 주장했다. 젤러가 말했다.", ""},
		{"젤레르가 주장했다. 젤러가 말했다.", "zoran-zeller 젤레르"},
		{"젤레르(Zeller)가 주장했다. 젤러가 말했다.", "zoran-zeller 젤레르"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}
