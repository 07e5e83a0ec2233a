package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// renderingGlossary has the persons of the session-8 rules (our own entries).
const renderingGlossary = `id,type,lang,term,status,case,short,note,from,until
pope,person,ko,베네딕토 16세,preferred,,,,,
pope,person,en,Pope Benedict XVI,preferred,,,,,
pope,person,en,Benedict XVI,admitted,,,,,
muallem,person,ko,왈리드 무알렘,preferred,,무알렘,,,
muallem,person,en,Walid al-Muallem,preferred,,Muallem,,,
feinstein,person,ko,다이앤 파인스타인,preferred,,파인스타인,,,
feinstein,person,en,Dianne Feinstein,preferred,,Feinstein,,,
yu,person,ko,유명환,preferred,,,,,
yu,person,en,Yu Myung-hwan,preferred,,Yu,,,
thomas,person,ko,저스틴 토마스,preferred,,,,,
thomas,person,en,Justin Thomas,preferred,,Thomas,,,
bjorn,person,ko,토마스 비요른,preferred,,비요른,,,
bjorn,person,en,Thomas Bjorn,preferred,,Bjorn,,,
assad,person,ko,바샤르 아사드,preferred,,아사드,,,
assad,person,en,Bashar al-Assad,preferred,,Assad,,,
hadrian,person,ko,하드리아누스,preferred,,,,,
hadrian,person,en,Hadrian,preferred,,,,,
hawke,person,ko,에단 호크,preferred,,호크,,,
hawke,person,en,Ethan Hawke,preferred,,Hawke,,,
indymac,organization,ko,인디맥,preferred,,,,,
indymac,organization,en,IndyMac Bank,preferred,,,,,
north-korea,place,ko,북한,preferred,,,,,
north-korea,place,en,North Korea,preferred,,,,,
pump,term,ko,유축기,preferred,,,,,
pump,term,en,breast pump,preferred,,,,,
pm,title,ko,총리,preferred,,,,,
pm,title,en,prime minister,preferred,,,,,
airtran,organization,ko,에어트란,preferred,,,U.S. low-cost airline,,
airtran,organization,en,AirTran Airways,preferred,,,,,
fed,organization,ko,연준,preferred,,,U.S. central bank (the Fed),,
fed,organization,en,Federal Reserve,preferred,,,,,
tinubu,person,ko,볼라 티누부,preferred,,티누부,,,
tinubu,person,ko,아메드 티누부,admitted,,,,,
tinubu,person,en,Bola Tinubu,preferred,,Tinubu,,,
snoop,person,ko,스눕 독,preferred,,,,,
snoop,person,en,Snoop Dogg,preferred,,,,,
snoop,person,en,Snoop Lion,admitted,,,,,
pepperdine,person,ko,비키 페퍼다인,preferred,,,,,
pepperdine,person,en,Vicki Pepperdine,preferred,,Pepperdine,,,
jenkins,person,ko,안드레아 젠킨스,preferred,,,,,
jenkins,person,en,Andrea Jenkins,preferred,,Jenkins,,,
basharen,person,ko,수하 바쉬렌,preferred,,,,,
basharen,person,en,Suha Basharen,preferred,,Basharen,,,
champs,place,ko,샹젤리제,preferred,,,,,
champs,place,en,Champs-Élysées,preferred,,,,,
`

func renderingChecker(t *testing.T) *Checker {
	t.Helper()
	g, err := glossary.Decode(strings.NewReader(renderingGlossary), glossary.FormatCSV, "r.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	c.Missing = glossary.Types
	return c
}

// TestOtherRendering: a regnal name alone, another transliteration of a
// foreign name, a monarch's title or a relation for a person named before,
// "leader" for a head of state, the head noun of a body or term named
// before (session 8). Our own sentences.
func TestOtherRendering(t *testing.T) {
	c := renderingChecker(t)
	for _, tc := range []struct {
		name     string
		before   []string
		src, tgt string
		missing  bool
	}{
		{"a regnal name without its number", nil, "베네딕토 16세는 신자들을 만났다.", "Benedict met the faithful.", false},
		{"the number alone is no name", nil, "베네딕토 16세는 신자들을 만났다.", "The XVI met the faithful.", true},
		{"a lower-case word is no name", nil, "베네딕토 16세는 신자들을 만났다.", "He gave his benediction to the faithful.", true},
		{"another transliteration of a foreign surname", nil, "왈리드 무알렘 외무장관은 연설했다.", "Foreign Minister Walid al-Moualem spoke.", false},
		{"the surname without its article prefix", nil, "왈리드 무알렘 외무장관은 연설했다.", "Foreign Minister Walid Mouallem spoke.", false},
		// Session 11, helper T2: the vowels of a surname differ only by the
		// usual variants (y for i, one vowel more or less), not one vowel for another.
		{"y for i in a surname", nil, "안드레아 젠킨스 의원은 행진에 참가했다.", "MP Andrea Jenkyns was at the march.", false},
		{"a surname with one vowel less", nil, "수하 바쉬렌 씨는 말했다.", "Suha Bashren said.", false},
		{"a vowel written for another in a surname", nil, "비키 페퍼다인은 악당 역을 맡았다.", "Vicki Pepperdene played the villain.", true},
		{"the same vowel swap, the surname as listed", nil, "비키 페퍼다인은 악당 역을 맡았다.", "Vicki Pepperdine played the villain.", false},
		{"a place named in the English segment right before (a shifted pair)", []string{"North Korea tested a missile."}, "북한은 회담을 거부했다.", "Talks were off, it said.", false},
		{"a place named two segments before", []string{"North Korea tested a missile.", "It was a busy week."}, "북한은 회담을 거부했다.", "Talks were off, it said.", true},
		{"a form with fewer accents than listed", nil, "샹젤리제 거리를 걸었다.", "We walked down the Champs-Elysées.", false},
		{"a form without accents", nil, "샹젤리제 거리를 걸었다.", "We walked down the champs-elysees.", false},
		{"another street, accents or not", nil, "샹젤리제 거리를 걸었다.", "We walked down the Rue de la Paix, café to café.", true},
		{"another consonant is another name", nil, "왈리드 무알렘 외무장관은 연설했다.", "Foreign Minister Walid al-Moubarek spoke.", true},
		{"another given name with the surname kept", nil, "다이앤 파인스타인 의원은 연기를 요구했다.", "Senator Diana Feinstein asked for a delay.", true},
		{"a Korean name respelled is no transliteration", nil, "유명환 장관은 회견을 열었다.", "Minister Yu Myeong-hwan held a news conference.", true},
		{"a monarch's title for a person named before", []string{"Hadrian came to power in 117."}, "하드리아누스 황제의 두상이 발견됐다.", "A head of the emperor was found.", false},
		{"a monarch's title, never named", nil, "하드리아누스 황제의 두상이 발견됐다.", "A head of the emperor was found.", true},
		{"a relation for a person named before", []string{"Ethan Hawke has married his girlfriend."}, "에단 호크는 지난달 뉴욕에서 결혼했다.", "The couple were married in New York.", false},
		{"leader for a head of state, with a possessive", nil, "바샤르 아사드 시리아 대통령은 과제가 남았다고 말했다.", "But Syria's leader said work remained.", false},
		{"leader without a possessive", nil, "바샤르 아사드 시리아 대통령은 과제가 남았다고 말했다.", "But the leader of the talks said work remained.", true},
		{"the head noun of a body named before", []string{"Regulators seized IndyMac Bank on Friday."}, "인디맥은 곧 매각될 것이다.", "The bank will be sold soon.", false},
		{"the head noun, the body never named", nil, "인디맥은 곧 매각될 것이다.", "The bank will be sold soon.", true},
		{"a head noun that is a word of another name", []string{"North Korea tested a missile.", "It was a busy week."}, "북한은 회담을 거부했다.", "South Korea said talks were off.", true},
		{"the form misspelled beside its head noun", []string{"The breast pump went on sale."}, "유축기는 조용하다.", "The breast bump is silent, unlike other pumps.", true},
		{"a title's head noun is other titles' too", []string{"The prime minister spoke first.", "It was a busy week."}, "총리는 불참했다.", "The foreign minister stayed away.", true},
		// Session 8, helper G2: the head noun of the entry's note; a middle name.
		{"the head noun of the note, the body named before", []string{"AirTran Airways will cut 300 jobs."}, "에어트란은 비용을 줄일 계획이다.", "The airline expects to save money.", false},
		{"the head noun of the note, the body never named", nil, "에어트란은 비용을 줄일 계획이다.", "The airline expects to save money.", true},
		{"another noun than the note's", []string{"AirTran Airways will cut 300 jobs.", "It was a busy week."}, "에어트란은 비용을 줄일 계획이다.", "The carrier's rival expects to save money.", true},
		{"a short name the list lacks, the note's head noun absent", []string{"The Federal Reserve met.", "It was a busy week."}, "연준은 금리를 동결했다.", "The Fed kept rates on hold.", true},
		{"the full name with a middle name", nil, "볼라 아메드 티누부 대통령은 연설했다.", "President Bola Ahmed Tinubu spoke.", false},
		{"the given name alone is no middle-name form", nil, "볼라 아메드 티누부 대통령은 연설했다.", "President Bola Ahmed spoke.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, TargetBefore: tc.before})
			got := false
			for _, f := range fs {
				got = got || f.Rule == RuleTargetMissing
			}
			if got != tc.missing {
				t.Errorf("Pair(%q, %q): target-term-missing %v, want %v (%s)", tc.src, tc.tgt, got, tc.missing, brief(fs))
			}
		})
	}
}

// TestShortOfAnotherName: a short form that is a word of another listed
// person's name mentioned before is no first mention; a Korean headline of
// more than 200 bytes (70 syllables) is still a headline. Our own sentences.
func TestShortOfAnotherName(t *testing.T) {
	c := renderingChecker(t)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"the given name of a person named before", "Thomas Bjorn named his team.\n\n\"I thank Thomas for picking me,\" one player said. Justin Thomas was not picked.", ""},
		{"no other person named before", "\"I thank Thomas for picking me,\" one player said. Justin Thomas was not picked.", "first-mention 1:10 Thomas => Justin Thomas"},
		{"the other person named only after", "\"I thank Thomas for picking me,\" one player said. Justin Thomas and Thomas Bjorn spoke.", "first-mention 1:10 Thomas => Justin Thomas"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := brief(c.TextOn("a.txt", tc.text, language.English, time.Time{})); got != tc.want {
				t.Errorf("TextOn(%q) =\n%s\nwant\n%s", tc.text, got, tc.want)
			}
		})
	}
	// A long Korean headline (a sentence ending in 다, no blank line after
	// it), known to be a headline from its English side.
	head := "린지 그레이엄과 다른 의원들이 연방수사국의 아사드 관련 조사가 그들의 마음을 바꿀 수 있겠는가에 대해 일요일 방송된 시사 프로그램에서 각자의 생각을 길게 말하다"
	if len(head) <= 200 || len([]rune(head)) >= 200 {
		t.Fatalf("headline of %d bytes, %d characters: want more than 200 bytes, fewer than 200 characters", len(head), len([]rune(head)))
	}
	src, _ := c.Sides("a", head+"\n바샤르 아사드 대통령은 과제가 남았다고 말했다.", "Graham and others tell TV show whether probe could change minds\nBashar al-Assad said work remained.",
		language.Korean, language.English, time.Time{})
	if len(src) > 0 {
		t.Errorf("Sides: a long Korean headline read as the body: %s", brief(src))
	}
}

// TestFoldAccents: Latin letters lose their accents; other letters, Hangul
// among them, are kept. Our own strings.
func TestFoldAccents(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"champs-élysées", "champs-elysees"},
		{"Champs-Elysées", "Champs-Elysees"},
		{"plain ascii", "plain ascii"},
		{"Ça, Ærø, Straße", "Ca, Ærø, Straße"},
		{"cafe\u0301 샹젤리제", "cafe 샹젤리제"},
		{"‘Nguyễn’ 한국", "‘Nguyen’ 한국"},
	} {
		if got := foldAccents(tc.in); got != tc.want {
			t.Errorf("foldAccents(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
