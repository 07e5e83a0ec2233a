package checkeval

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"bitext/check"
	"bitext/glossary"
)

// TestPlantedErrors checks ../testdata/check (house glossary),
// ../testdata/check11 (the issue-11 kinds, with the judged set's glossary)
// ../testdata/check11b (errors planted with house2.csv's entries),
// ../testdata/check11c (errors planted with house3.csv's entries),
// ../testdata/check11d (errors planted with house4.csv's entries),
// ../testdata/check11e (errors planted with house5.csv's entries),
// ../testdata/check11f (errors planted with house6.csv's entries),
// ../testdata/check11g (errors planted with house7.csv's entries),
// ../testdata/check11h (errors planted with house8.csv's entries),
// ../testdata/check11i (errors planted with house9.csv's entries),
// ../testdata/check11j (errors planted with house10.csv's entries),
// ../testdata/check11k (house11.csv's forbidden forms, undated),
// ../testdata/check11l (house12.csv's terms and titles),
// ../testdata/check11m (house13.csv's mixed list),
// ../testdata/check11n (house14.csv's terms with several admitted forms) and
// ../testdata/check11o (house15.csv's names spelled several ways),
// ../testdata/check11o-missed (its kinds the rules of session 16 missed:
// a short form spelled two ways, a lengthened surname, a wrong title) and
// ../testdata/check11p-t10 (helper T10's development set for those kinds),
// ../testdata/check11p (house16.csv's economy and business list) and
// ../testdata/check11p-missed (its kinds the rules of a1b557b missed: a
// surname before the full name after a weekday, index points, a price in
// £; helper T12, session 17), ../testdata/check11q-t14 (helper T14's
// development set: a vowel added to an English surname, other dollars, a
// title after the name, a one-word name inside a longer one),
// ../testdata/check11q (house17.csv's culture and arts list; session 17,
// helper T15: its severities met) and ../testdata/check11q-missed (its
// kinds the rules of 0758692 missed: two spellings after "The" at a
// sentence start, a British body described in the plural),
// ../testdata/check11r (house18.csv's law, courts and police list;
// session 17, helper T16: its severities met, Nigel Farnham an error and
// "Sarah Palin's son" a warning) and ../testdata/check11r-missed (its kind
// the rules of 9d89a03 missed: a Korean short form spelled two ways),
// ../testdata/check11t (house20.csv's sports list) and
// ../testdata/check11t-missed (four of its kinds the rules of b0903f3
// missed: a near miss of a long name holding another entry's form, a
// Korean name with two syllables written as one, a surname misspelled
// after the listed given name, a case-sensitive abbreviation read inside
// a word) and ../testdata/check11t-left (the one T19 left: a near miss of a
// name opening with an all-capital word, found since session 19, helper T24), ../testdata/check11u
// (house21.csv's defence and foreign affairs list; session 18, helper
// T19; "Secretary Tillerson" and check11m's "President Marcos" errors
// since helper T21, the lead's decision) and ../testdata/check11u-missed (리 and 이
// as one initial), ../testdata/check11w (house23.csv's environment and
// energy list; session 18, helper T21: its severities met), ../testdata/check11v
// (house22.csv's transport, disasters and weather list; session 18, helper
// G22's blind run of a8eaef0: 59 of 62, "President Yudhoyono" for 위도도 an
// error since helper T21), ../testdata/check11x (house24.csv's education,
// labour, religion and society list; session 19, helper T22: its
// severities met, "Deputy convenor Peter Salvo" an error), ../testdata/check11y
// (house25.csv's technology list), ../testdata/check11y-missed (its
// Cryptograpy, a one-word lower-case term misspelt at a sentence start,
// found since session 20, helper T30) and ../testdata/check11z (house26.csv's
// politics list; session 19, helper T25, their severities met: Net
// neutrallity a warning, "Mike Romney" for 롬니 an error) and ../testdata/check12c
// (house29.csv's cities, housing and local government list; session 19,
// helper T27, its severities met: Alan Crossley and Kemal Guler errors,
// the mayor of Seoul a warning) and ../testdata/check12d (house30.csv's
// U.S. domestic news list; session 19, helper T28: Sen. Jeff Blake for
// 플레이크 an error, Timothy Geithner for 폴슨 a warning as Envoy Kofi
// Annan) and ../testdata/check12e and ../testdata/check12f (house31.csv's
// United Kingdom and Europe and house32.csv's East Asia lists; session 20,
// helper T31: their severities as run once at 27dc87f) and ../testdata/check12g
// (house33.csv's international organisations list; session 20, helper T33:
// its severities as run once at 2a674ad, the missed cut to -missed) and
// ../testdata/check12g-missed (Dan Fried / Daniel Fried, Sanitaton, and
// Tunguska evnet found since session 21, helper T38) and
// ../testdata/check12h (house34.csv's list; session 20, helper T34: with
// one suggestion recorded as differing, suggestionDiffers),
// ../testdata/check12i (house35.csv's South and Southeast Asia list, as run
// once at 72f0bc2 with one span corrected by helper G35; session 20, the
// lead) and ../testdata/check12i-missed (boycott in its 하다 verb, found at
// b8e4097; its end line corrected, session 21, helper T38) and
// ../testdata/check12j-missed ("Our country" at a sentence's start for the
// forbidden place form "our country", found since session 21, helper T38) and ../testdata/check12k and ../testdata/check12l (house37.csv's
// finance and house38.csv's crime and courts lists; session 20, helper T37:
// their severities as run once at 04224a7, the missed cut to -missed), with
// check12k-missed (both misspelt surnames after a title found since T37) and
// check12l-missed (7 of 7 since session 21, helper T38: Nanjing No. 1
// Intermediate People's Cour) and ../testdata/check12m and ../testdata/check12n
// (house39.csv's core list and house40.csv's history list; session 21,
// helpers G39 and G40: their severities as run once at b8e4097, the missed
// cut to -missed; wired by helper T39) with check12n-missed (3 of 3 since
// T39: George Washington Foundaton, Round Reading Roon, Srebrenica
// masacre) and check12m-missed (Nouri al-Malikki, Hurricane Berthaa, and
// its clean Mr. Livingstone for 리빙스턴 씨 no finding since T39), and
// ../testdata/check12o and ../testdata/check12p (house41.csv's countries and
// house42.csv's Korean companies; session 21, helpers G41 and G42, run once
// at f80c51e; wired by helper T40, check12o's Aung San Suu Ki an error since
// T40) with check12o-missed (2 of 2 since T40: Türkiye / Turkiye, Palestinian
// Authorty) and check12p-missed (5 of 5 and no false alarm since T40: & / and
// three times, Chairman Chung Eui-son, parent compnay without compnay), and
// ../testdata/check12q and ../testdata/check12r (house43.csv's people and
// house44.csv's bodies; session 21, helpers G43 and G44, run once at
// 986197c; wired by helper T41, suggestions as suggestionDiffers) with
// check12r-missed (4 of 4 since T41: NYMEX after Nymex, Sainsbry's, the City
// of London Police for 런던 경찰청, Britain's Labor Party), and
// ../testdata/check12s and ../testdata/check12t (house45.csv's titles and
// house46.csv's places; session 21, helpers G45 and G46, run once at
// 4f81195; wired by helper T42, check12s's dated titles offering the form
// right today as datedSuggestions) with check12t-missed (2 of 3 since
// T42: Hurricane Bretha, Minnessota; Roger Fedderer for 로저 페더러 still
// missed, its line a comment) and ../testdata/check12v (house48.csv's news
// vocabulary, as run once at 974adb2 by helper G48; wired by helper T44,
// session 22, with its GDP, FTA and WMD at a first mention moved back from
// check12v-missed since abbreviationFirst), and ../testdata/check12u
// (house47.csv's sports and culture, as run once at 974adb2 by helper G47;
// wired in session 22 by the lead, Patrick Reed's missing name an error as
// the gate gives it), and ../testdata/check12w and ../testdata/check12x
// (house49.csv's science and health, house50.csv's economy, as run once at
// c1c63b1 by helpers G49 and G50; wired by helper T45, session 22, with
// check12w-missed's FDA, CDC and NTSB at a first mention moved back since
// abbreviationFirst reads organisations, and Steve Jobs given as Steve
// Ballmer an error as the gate gives it; check12x-missed's Securities and
// Exchange Comission and clean GMAC moved back since deprecated.go, senses.go, nearmiss.go, firstmention.go), and
// ../testdata/check12y and ../testdata/check12z (house51.csv's North Korea
// and defence, house52.csv's law and police, as run once at 3f13979 by
// helpers G51 and G52; wired by helper T46, session 22, with
// check12y-missed's 최룡해 then 최용해 moved back since initialLawPair and
// check12z's Attorney General Eric Holder an error as the desk expects,
// the lead's decision: the five older desks' expected warnings for it made errors in their expected.jsonl), and ../testdata/check13a
// and ../testdata/check13b (house53.tbx's world politics, house54.csv's
// transport, energy and disasters, as run once at fe80ab2 by helpers G53
// and G54; wired by helper T47, session 22, with check13a-missed's 마흐무드
// 아바스, 누리 알 말리키 and President Nicolas Sarkozzi and check13b-missed's
// NYMEX and Anthonius Gunawen Agung moved back since surname_alone.go, respelling.go, deprecated.go, inconsistent.go, inconsistent_hangul.go, nearmiss_person.go),
// and ../testdata/check13c and ../testdata/check13d (house55.csv's
// education, religion and society, house56.csv's media, as run once at
// acb822f by helpers G55 and G56; wired by helper T48, session 22, with
// check13c-missed's St. Teresa of Calcutta after St. Teresa of Kolkata and
// Professor Charles Czeissler moved back since placeOfVariant and
// academicTitles, check13d-missed's 350만 against 530,000 since myriadShift, and
// Microsoft Chief Executive Bill Gates for 스티브 발머 an error as the desk
// expects since orgTitleRoles), and ../testdata/check13e and
// ../testdata/check13f (house57.csv's South Korean politics, house58.csv's
// arts, music and film, as run once at ba9b889 by helpers G57 and G58;
// wired by helper T49, session 22, with check13e-missed's 정책위의장 after
// 정책위 의장, 국정원 and 인혁당 before the full name and check13f-missed's
// VMAs before the MTV Video Music Awards, 칸예 웨스트 after 카니예 웨스트 and Tierra del Sol
// Gallary moved back (check13f-missed removed) since
// firstmention.go, inconsistent_hangul.go, formername.go), and ../testdata/check13g and ../testdata/check13h
// (house59.csv's East Asia beyond Korea, house60.csv's United States, as
// run once at ae154e2 by helpers G59 and G60; wired by helper T52, session
// 23, with check13g-missed's two names of one thing in one Korean article
// (타이완, 동경, 상해, 북해도, 법륜공, 왕자웨이, 북경, 광주 after the listed
// form) and KMT before the Kuomintang, and check13h-missed's Mike Pompei
// and 크리스틴 블래시 포드 after 크리스틴 블레이시 포드 moved back (both
// -missed folders removed) since longername.go, firstmention.go, inconsistent_hangul.go, unlistedvariant.go, spellvariant.go), and ../testdata/check13j
// (house62.csv's sports, as run once at 1c727a6 by helper G62; wired by
// helper T54, session 23, with check13j-missed's 토마스 비욘 and 토미 플릿우드
// after the listed form moved back, check13j-missed removed, since
// inconsistent_hangul.go, respelling.go, inconsistent.go, dated.go), and ../testdata/check13i (house61.csv's Europe, the
// Middle East and Africa, as run once at 1daba00 by helper G61; wired by
// helper T55, session 23, u-4's Ismail Haniyeh for 마무드 아바스 an error
// since respelling.go, as seven older desks' expected warnings of the
// kind were made errors), and ../testdata/check13k, check13l, check13m
// and check13n (house63 to house66, written by G63 to G66; wired by helper
// T57, session 23, with check13m-missed's 5 Korean titled forms after the
// full name, Sam Rainsy for 훈센 and the three Korean second spellings
// moved back, check13m-missed removed; an undated form past its
// day expecting the entry's preferred form where the gate offers it,
// suggestionDiffers where the gate offers the dated successor; check12m's
// John Kerry for 존 매케인 an error since respelling.go, homograph.go, dated.go, inconsistent_hangul.go, the lead's
// decision), and check13o and check13q (house67 and house69, G67 and G69;
// wired by helper T59, session 23, with check13o-missed's 안호이저부시 after
// 안호이저-부시 and check13q-missed's 시속 180km against 130 kph moved back,
// and the preferred form expected of two second spellings), and check13p
// (house68, G68; wired by helper T60, session 23, its suggestions of a form
// past its day made the gate's, the form right today). Session 24 (helper
// T61): the -missed folders found in full (check11o-missed to
// check12r-missed) moved back into their sets and removed, those sets'
// least sizes raised (check12j-missed's "Our country" is in check12j, run
// by .ci/eval, not here: its one severity differs); and check11x-, 12a-,
// 12b-, 12d-, 12h-, 12s- and 12u-missed moved back and removed after
// T61's rules or with expectations the documented rules contradict
// corrected (each set's expected.jsonl header says which), check12t-missed
// too (Roger Fedderer found), check11z-missed (President Jalal Talabany)
// and check12v-missed's SRAS. Session 28 (helper T114): check13p's
// 문선명 목사 no longer expected (a titled full name at a first mention is
// a full first mention, the lead's session-27 ruling). The findings
// must be exactly those of expected.jsonl (every field but the message),
// and the clean files must give none.
func TestPlantedErrors(t *testing.T) {
	for _, c := range []struct {
		dir            string
		clean, planted int // least sizes
	}{{"../../testdata/check", 4, 20}, {"../../testdata/check11", 2, 22}, {"../../testdata/check11b", 2, 20}, {"../../testdata/check11c", 2, 20}, {"../../testdata/check11d", 2, 20}, {"../../testdata/check11e", 2, 20}, {"../../testdata/check11f", 2, 20}, {"../../testdata/check11g", 2, 20}, {"../../testdata/check11h", 2, 20}, {"../../testdata/check11i", 2, 20}, {"../../testdata/check11j", 2, 20}, {"../../testdata/check11k", 2, 20}, {"../../testdata/check11l", 2, 20}, {"../../testdata/check11m", 2, 20}, {"../../testdata/check11n", 2, 20}, {"../../testdata/check11o", 2, 20}, {"../../testdata/check11p-t10", 2, 10}, {"../../testdata/check11p", 2, 40}, {"../../testdata/check11q-t14", 2, 9}, {"../../testdata/check11q", 2, 51}, {"../../testdata/check11r", 2, 55}, {"../../testdata/check11s", 2, 64}, {"../../testdata/check11t", 2, 75}, {"../../testdata/check11t-left", 0, 1}, {"../../testdata/check11u", 2, 71}, {"../../testdata/check11v", 2, 62}, {"../../testdata/check11w", 2, 65}, {"../../testdata/check11x", 2, 85}, {"../../testdata/check11y", 2, 96}, {"../../testdata/check11z", 2, 154}, {"../../testdata/check12a", 2, 224}, {"../../testdata/check12b", 2, 188}, {"../../testdata/check12c", 2, 245}, {"../../testdata/check12d", 2, 275}, {"../../testdata/check12e", 2, 271}, {"../../testdata/check12f", 2, 277}, {"../../testdata/check12g", 2, 352}, {"../../testdata/check12h", 2, 248}, {"../../testdata/check12i", 2, 320}, {"../../testdata/check12k", 2, 440}, {"../../testdata/check12l", 2, 312}, {"../../testdata/check12m", 2, 548}, {"../../testdata/check12n", 2, 314}, {"../../testdata/check12o", 2, 140}, {"../../testdata/check12p", 2, 468}, {"../../testdata/check12q", 2, 402}, {"../../testdata/check12r", 2, 530}, {"../../testdata/check12s", 2, 435}, {"../../testdata/check12t", 2, 375}, {"../../testdata/check12u", 2, 277}, {"../../testdata/check12v", 2, 304}, {"../../testdata/check12w", 2, 423}, {"../../testdata/check12x", 2, 459}, {"../../testdata/check12y", 2, 539}, {"../../testdata/check12z", 2, 601}, {"../../testdata/check13a", 2, 598}, {"../../testdata/check13b", 2, 482}, {"../../testdata/check13c", 2, 549}, {"../../testdata/check13d", 2, 368}, {"../../testdata/check13e", 2, 272}, {"../../testdata/check13f", 2, 290}, {"../../testdata/check13g", 2, 252}, {"../../testdata/check13h", 2, 222}, {"../../testdata/check13i", 2, 344}, {"../../testdata/check13j", 2, 248}, {"../../testdata/check13k", 2, 325}, {"../../testdata/check13l", 2, 333}, {"../../testdata/check13m", 2, 254}, {"../../testdata/check13n", 2, 619}, {"../../testdata/check13o", 2, 315}, {"../../testdata/check13p", 2, 444}, {"../../testdata/check13q", 2, 376}} {
		t.Run(c.dir, func(t *testing.T) { testPlanted(t, c.dir, c.clean, c.planted) })
	}
}

// TestPlantedDates checks the former names of check11k's dated.en.txt on
// the days of the judged parts: a form counts only when the article is
// from outside the days it was right (house11.csv's form_from and
// form_until); with no date every forbidden form counts.
func TestPlantedDates(t *testing.T) {
	g, err := glossary.Load("../../testdata/checkreal/house11.csv")
	if err != nil {
		t.Fatal(err)
	}
	wrong2008 := []string{"Ministry of Finance and Economy", "Ministry of Commerce, Industry and Energy", "Nur-Sultan", "Saenuri Party",
		"Ministry of Science, ICT and Future Planning", "Financial Supervisory Commission", "Pusan", "Burma"}
	right2008 := []string{"Ministry of Foreign Affairs and Trade", "Ministry of Knowledge Economy", "Grand National Party",
		"Kiev", "Turkey", "Swaziland", "Macedonia", "Ministry of Labor", "National Defense Commission", "Small and Medium Business Administration"}
	for _, c := range []struct {
		day  string
		want []string
	}{
		{"", append(append([]string{}, right2008...), wrong2008...)},
		{"2008-07-28", wrong2008},
		// Kiev (until August 2019), Turkey (June 2022) and Macedonia
		// (February 2019) were right in November 2018; Swaziland was not
		// (April 2018).
		{"2018-11-01", append([]string{"Ministry of Foreign Affairs and Trade", "Ministry of Knowledge Economy", "Grand National Party",
			"Swaziland", "Ministry of Labor", "National Defense Commission", "Small and Medium Business Administration"}, wrong2008...)},
	} {
		var day time.Time
		if c.day != "" {
			if day, err = time.Parse(time.DateOnly, c.day); err != nil {
				t.Fatal(err)
			}
		}
		got, err := check.New(g).File("../../testdata/check11k/planted/dated.en.txt", check.Options{Date: day})
		if err != nil {
			t.Fatal(err)
		}
		var found []string
		for _, f := range got {
			if f.Rule == check.RuleDeprecated {
				found = append(found, f.Found)
			}
		}
		if a, b := strings.Join(found, "|"), strings.Join(c.want, "|"); a != b {
			t.Errorf("date %q: found\n%s\nwant\n%s", c.day, a, b)
		}
	}
}

// testPlanted checks dir against its expected.jsonl with every entry type
// reported missing.
// suggestionDiff is a planted finding whose suggestion (Expected) the
// gate gives otherwise than a frozen expected.jsonl: the same finding (file,
// line, column, found), only the form offered differing.
type suggestionDiff struct {
	file         string
	line, column int
	found        string
	want, got    string // expected.jsonl's suggestion and the gate's
}

// suggestionDiffers lists, by set, the known differences of a suggestion
// only (session 20, helper T34): check12h's expected.jsonl offers the
// preferred Benedict XVI for the dated "Pope Benedict XVI", where the gate
// offers Pope Emeritus Benedict XVI, the form that took its place (dated.go's
// successor). What is found is compared as for any set; a listed
// difference not met fails the test.
var suggestionDiffers = map[string][]suggestionDiff{
	// Session 23 (helper T60): check13p, written by G68 before the gate
	// ran: an inconsistent warning offers the entry's first preferred form
	// (이라크전, 걸프전) where the desk wrote its other preferred one.
	"check13p": {
		{"planted/spelling.ko.txt", 13, 27, "이라크전쟁", "이라크 전쟁", "이라크전"},
		{"planted/spelling.ko.txt", 15, 26, "걸프전쟁", "걸프 전쟁", "걸프전"},
	},
	"check12h": {{"planted/desk.en.txt", 5, 1, "Pope Benedict XVI", "Benedict XVI", "Pope Emeritus Benedict XVI"}},
	// Session 21 (lead): a deprecated form's finding offers the form right
	// on the article's day (check/dated.go's currentForm), so in these
	// undated sets, read as today, the gate offers the name that took the
	// dated preferred form's place where expected.jsonl, written before,
	// offers the old one (check12m's TASS, X and North Macedonia, which
	// T39 listed the other way round, now agree).
	"check11u": {{"planted/notes.en.txt", 13, 86, "European Aeronautic Defense and Space Company", "EADS", "Airbus"}},
	"check11x": {
		{"planted/notes.en.txt", 3, 1, "Pope Benedictus", "Pope Benedict XVI", "Pope Emeritus Benedict XVI"},
		{"planted/notes.en.txt", 3, 21, "Pope Benedict the 16th", "Pope Benedict XVI", "Pope Emeritus Benedict XVI"},
	},
	"check11y": {{"planted/notes.en.txt", 13, 1, "Softbank Corp.", "SoftBank Corp.", "SoftBank Group Corp."}},
	// Session 21 (helper T40): check12o, check12p and their -missed sets,
	// written by G41 and G42 before the gate ran. An inconsistent warning
	// offers the entry's preferred form (South-East Asia and Türkiye, the
	// first spellings, in expected.jsonl; Southeast Asia and Turkey in the
	// gate); a deprecated form offers the form right today, as above
	// (G42's five: a title held then, Kia for Kia Motors).
	"check12o": {
		{"planted/spelling.en.txt", 3, 44, "Turkiye", "Türkiye", "Turkey"}, // moved back from check12o-missed (session 24, T61)
		{"planted/spelling.en.txt", 7, 32, "South East Asia", "South-East Asia", "Southeast Asia"},
	},
	"check12p": {
		{"planted/desk.en.txt", 5, 1, "Samsung Vice Chairman Lee Jae-yong", "Lee Jae-yong", "Samsung Electronics Chairman Lee Jae-yong"},
		{"planted/desk.en.txt", 9, 1, "Hyundai Motor Group Executive Vice Chairman Chung Eui-sun", "Chung Eui-sun", "Hyundai Motor Group Chairman Chung Eui-sun"},
		{"planted/desk.en.txt", 23, 1, "Kia Motors", "Kia", "Kia Corp."},
		{"planted/desk2.en.txt", 5, 1, "Samsung Electronics Vice Chairman Lee Jae-yong", "Lee Jae-yong", "Samsung Electronics Chairman Lee Jae-yong"},
		{"planted/desk2.en.txt", 15, 1, "Kia Motors Corp.", "Kia", "Kia Corp."},
	},
	// Session 21 (helper T41): check12q, check12r and check12r-missed,
	// written by G43 and G44 before the gate ran; the suggestions differ as
	// they noted. A title past its end offers the form right today (Brett
	// Kavanaugh; the desk wrote Justice Brett Kavanaugh), a former name its
	// dated successor (Google LLC, General Motors Co., Ministry of Foreign
	// Affairs) or nothing when no form is right today (the Group of Eight);
	// an inconsistent warning offers the entry's preferred form (로이터,
	// 콴타스, New York Mercantile Exchange) where the desk wrote the first
	// spelling.
	"check12q": {{"planted/desk.en.txt", 37, 1, "Judge Brett Kavanaugh", "Justice Brett Kavanaugh", "Brett Kavanaugh"}},
	"check12r": {
		{"planted/desk.en.txt", 3, 1, "Group of Eight", "Group of Eight", ""},
		{"planted/desk.en.txt", 11, 1, "Google Inc.", "Google", "Google LLC"},
		{"planted/desk.en.txt", 13, 1, "General Motors Corp.", "General Motors", "General Motors Co."},
		{"planted/desk.en.txt", 25, 1, "Ministry of Foreign Affairs and Trade", "Foreign Ministry", "Ministry of Foreign Affairs"},
		{"planted/desk2.en.txt", 3, 1, "G-8", "Group of Eight", ""},
		{"planted/desk2.en.txt", 11, 1, "Foreign Affairs and Trade Ministry", "Foreign Ministry", "Ministry of Foreign Affairs"},
		{"planted/desk3.en.txt", 3, 1, "G8", "Group of Eight", ""},
		{"planted/notes.ko.txt", 5, 21, "로이터 통신", "로이터통신", "로이터"},
		{"planted/notes.ko.txt", 9, 21, "콴타스 항공", "콴타스항공", "콴타스"},
		{"planted/spellings.en.txt", 9, 24, "NYMEX", "Nymex", "New York Mercantile Exchange"}, // moved back from check12r-missed (session 24, T61)
	},
	// Session 21 (helper T42): check12s and check12t, written by G45 and
	// G46 before the gate ran. An inconsistent warning offers the entry's
	// preferred form (the surname with the title in Korean, the titled
	// form in English) where the desk wrote the other spelling; Cheju's
	// finding offers the name right today. check12s's 205 titles past their
	// end are datedSuggestions' (below).
	"check12s": {
		{"planted/notes.ko.txt", 5, 26, "테리사 메이 총리", "테레사 메이 총리", "메이 총리"},
		{"planted/notes.ko.txt", 9, 26, "조란 자에브 총리", "조란 자에프 총리", "자에프 총리"},
		{"planted/notes.ko.txt", 11, 27, "제프 블래터 회장", "제프 블레터 회장", "블레터 회장"},
		{"planted/notes.ko.txt", 13, 27, "사라 샌더스 대변인", "세라 샌더스 대변인", "샌더스 대변인"},
		{"planted/spellings.en.txt", 5, 44, "Aleksandr Novak", "Alexander Novak", "Energy Minister Alexander Novak"},
		{"planted/spellings.en.txt", 11, 38, "Alvaro Uribe", "Álvaro Uribe", "President Álvaro Uribe"},
	},
	// Session 22 (helper T45): check12x, written by G50 before the gate
	// ran: an inconsistent warning offers the entry's preferred form
	// (패니메이, 닛케이 225, Nasdaq composite index) where the desk wrote the
	// first spelling.
	"check12x": {
		{"planted/notes.ko.txt", 7, 20, "페니매", "패니매", "패니메이"},
		{"planted/notes.ko.txt", 9, 18, "니케이 지수", "닛케이 지수", "닛케이 225"},
		{"planted/spelling.en.txt", 9, 45, "Nasdaq Composite", "Nasdaq composite", "Nasdaq composite index"},
	},
	// Session 22 (helper T46): check12y (house51, written by G51 before the
	// gate ran): MOFAT offers the form right today, as check12r's.
	"check12y": {{"planted/desk.en.txt", 47, 1, "Ministry of Foreign Affairs and Trade", "Foreign Ministry", "Ministry of Foreign Affairs"}},
	// Session 22 (helper T47): check13a and check13b (house53.tbx and
	// house54.csv, written by G53 and G54 before the gate ran), as they
	// noted: the Pope's forbidden forms offer the form right today, the
	// Group of Eight and Airbus Group nothing (no form right today), the
	// Automobile Association's forbidden forms the list's preferred AA, and
	// NYMEX (moved back from check13b-missed) the preferred New York
	// Mercantile Exchange, as check12r-missed's.
	"check13a": {
		{"planted/desk.en.txt", 87, 16, "Group of Eight", "Group of Eight", ""},
		{"planted/desk2.en.txt", 19, 16, "G-8", "Group of Eight", ""},
		{"planted/notes.en.txt", 79, 21, "Pope Benedict the 16th", "Pope Benedict XVI", "Pope Emeritus Benedict XVI"},
		{"planted/notes.en.txt", 79, 50, "Pope Benedict 16", "Pope Benedict XVI", "Pope Emeritus Benedict XVI"},
		{"planted/notes.en.txt", 79, 77, "Pope Benedikt XVI", "Pope Benedict XVI", "Pope Emeritus Benedict XVI"},
	},
	"check13b": {
		{"planted/desk.en.txt", 5, 16, "Airbus Group", "Airbus Group", ""},
		{"planted/notes.en.txt", 139, 21, "British Automobile Association", "Automobile Association", "AA"},
		{"planted/notes.en.txt", 139, 58, "Automobile Association of Britain", "Automobile Association", "AA"},
		{"planted/notes.en.txt", 139, 102, "Auto Association", "Automobile Association", "AA"},
		{"planted/spelling.en.txt", 9, 61, "NYMEX", "Nymex", "New York Mercantile Exchange"},
	},
	// Session 22 (helper T48): check13c and check13d (house55.csv and
	// house56.csv, written by G55 and G56 before the gate ran), as they
	// noted: for a second spelling the gate offers the preferred form
	// where the desk wrote the article's first, and for MSNBC's and
	// Twitter's misspellings the form right today.
	"check13c": {
		{"planted/spelling.ko.txt", 23, 22, "시라큐스 대학", "시러큐스 대학", "시러큐스 대학교"},
		{"planted/spelling.ko.txt", 27, 24, "밴더빌트 메디컬 센터", "반더빌트 메디컬 센터", "밴더빌트 대학 메디컬 센터"},
		{"planted/spelling.en.txt", 9, 57, "St. Teresa of Calcutta", "St. Teresa of Kolkata", "Mother Teresa"}, // moved back from check13c-missed
	},
	"check13d": {
		{"planted/notes.en.txt", 113, 21, "MS-NBC", "MSNBC", "MS NOW"},
		{"planted/notes.en.txt", 113, 38, "M.S.N.B.C.", "MSNBC", "MS NOW"},
		{"planted/notes.en.txt", 219, 21, "twitter", "Twitter", "X, formerly Twitter"},
		{"planted/notes.en.txt", 219, 39, "Twiter", "Twitter", "X, formerly Twitter"},
	},
	// Session 22 (helper T49): check13e and check13f (house57.csv and
	// house58.csv, written by G57 and G58 before the gate ran), as G58
	// noted: for a form past its day the gate offers the form right today
	// (Ye, Diddy, Warner Bros. Discovery) or, where the list dates none,
	// nothing (Cheong Wa Dae, the Democratic Labor Party).
	"check13e": {
		{"planted/desk.en.txt", 3, 16, "Cheong Wa Dae", "Cheong Wa Dae", ""},
		{"planted/desk.en.txt", 5, 16, "Democratic Labor Party", "Democratic Labor Party", ""},
		{"planted/desk.en.txt", 7, 16, "Investigative Commission on Pro-Japanese Collaborators' Property", "Investigative Commission on Pro-Japanese Collaborators' Property", ""},
		{"planted/desk.ko.txt", 3, 8, "청와대", "청와대", ""},
		{"planted/desk.ko.txt", 5, 8, "민주노동당", "민주노동당", ""},
		{"planted/desk.ko.txt", 7, 8, "친일반민족행위자재산조사위원회", "친일반민족행위자재산조사위원회", ""},
		{"planted/desk2.en.txt", 3, 16, "Blue House", "Cheong Wa Dae", ""},
	},
	// Session 23 (helper T52): check13h (house60.csv, written by G60 before
	// the gate ran), as G60 noted: an inconsistent warning offers the
	// entry's preferred form (캘리포니아, 텍사스) where the desk wrote the
	// first form used.
	// Session 23 (helper T54): check13i's and check13j's suggestions as
	// helpers G61 and G62 found them differ (the form right today for the
	// undated Pope Benedict XVI; the first form used for Turkiye, 체코 공화국,
	// Roland-Garros).
	"check13i": {
		{"planted/desk.en.txt", 25, 16, "Pope Benedict XVI", "Benedict XVI", "Pope Emeritus Benedict XVI"},
		{"planted/spelling.en.txt", 13, 36, "Turkiye", "Türkiye", "Turkey"},
		{"planted/spelling.ko.txt", 41, 24, "체코 공화국", "체코공화국", "체코"},
	},
	"check13j": {
		{"planted/spelling.en.txt", 13, 50, "Roland-Garros", "Roland Garros", "French Open"},
	},
	"check13h": {
		{"planted/spelling.ko.txt", 27, 25, "캘리포니아 주", "캘리포니아주", "캘리포니아"},
		{"planted/spelling.ko.txt", 29, 23, "텍사스 주", "텍사스주", "텍사스"},
	},
	"check13f": {
		{"planted/desk.en.txt", 3, 16, "Kanye West", "Kanye West", "Ye"},
		{"planted/desk.en.txt", 5, 16, "Puff Daddy", "Sean Combs", "Diddy"},
		{"planted/desk.en.txt", 11, 16, "Time Warner", "Time Warner", "Warner Bros. Discovery"},
		{"planted/desk.ko.txt", 7, 1, "타임 워너", "타임 워너", "워너브러더스 디스커버리"},
		{"planted/desk2.en.txt", 3, 16, "P. Diddy", "Sean Combs", "Diddy"},
		{"planted/desk2.en.txt", 5, 16, "Time Warner Inc.", "Time Warner", "Warner Bros. Discovery"},
		{"planted/desk2.ko.txt", 3, 1, "타임워너", "타임 워너", "워너브러더스 디스커버리"},
		{"planted/desk3.en.txt", 3, 16, "WarnerMedia", "Time Warner", "Warner Bros. Discovery"},
		{"planted/desk3.ko.txt", 3, 1, "워너미디어", "타임 워너", "워너브러더스 디스커버리"},
		{"planted/notes.en.txt", 3, 21, "Kanye west", "Kanye West", "Ye"},
		{"planted/notes.en.txt", 3, 38, "Kayne West", "Kanye West", "Ye"},
		{"planted/notes.en.txt", 3, 59, "Kanya West", "Kanye West", "Ye"},
		{"planted/notes.en.txt", 227, 21, "Time-Warner", "Time Warner", "Warner Bros. Discovery"},
		{"planted/notes.en.txt", 227, 43, "TimeWarner", "Time Warner", "Warner Bros. Discovery"},
	},
	"check12t": {
		{"planted/desk.en.txt", 15, 1, "Cheju", "Jeju Island", "Jeju Special Self-Governing Province"},
		{"planted/desk2.en.txt", 7, 19, "Cheju Island", "Jeju Island", "Jeju Special Self-Governing Province"},
	},
	// Session 23 (helper T57): check13l and check13n (house64 and house66,
	// written by G64 and G66 before the gate ran), undated: a form past its
	// day offers the dated form that took its place (dated.go's successor),
	// where expected.jsonl offers the entry's preferred form. Offering the
	// preferred form instead (the lead's convention of session 23) would
	// change the suggestions of 15 older sets written to successor's
	// (check12a, 12h, 12p, 12q, 12r, 12t, 12w, 12x, 12y, 12z, 13a, 13d, 13e,
	// 13f, 13i, 13k): left to the lead.
	"check13l": {
		{"planted/desk.en.txt", 11, 16, "Prince Henry of Wales", "Prince Harry", "Duke of Sussex"},
		{"planted/desk.ko.txt", 5, 1, "케임브리지 공작", "윌리엄 왕자", "윌리엄 왕세자"},
		{"planted/desk.ko.txt", 7, 1, "케임브리지 공작부인", "케이트 미들턴", "케이트 왕세자빈"},
	},
	"check13n": {{"planted/desk.en.txt", 13, 16, "IMF Managing Director Christine Lagarde", "Christine Lagarde", "ECB President Christine Lagarde"}},
}

// datedSuggestions lists, by set, how many deprecated-term findings offer
// another form than expected.jsonl (session 21, helper T42): check12s
// (house45's titles, written by G45 before the gate ran) gives each dated
// title's preferred form of its day, where the undated gate, reading the
// set as today, offers the form right today (Barack Obama, former
// President George W. Bush; check/dated.go's currentForm and successor).
// The finding itself (place, rule, severity, found, term) must match; only
// its suggestion is taken from the gate, and the count must be this one.
//
// Session 22 (helper T45): check12x (house50, written by G50 before the gate
// ran) offers the dated preferred form where the gate offers the form right
// today (Meta Platforms, Airbus Group, Anheuser-Busch InBev): 11 findings.
var datedSuggestions = map[string]int{"check12s": 205, "check12x": 11}

// takeDatedSuggestions sets, in want, the suggestion of each deprecated-term
// finding to that of the same finding in got where they differ, and says
// how many it set.
func takeDatedSuggestions(want, got []check.Finding) int {
	key := func(f check.Finding) string {
		return fmt.Sprintf("%s:%d:%d-%d:%d %s %s %q %s %s %s", f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Rule, f.Severity, f.Found, f.Term, f.Side, f.Unit)
	}
	offered := map[string]string{}
	for _, f := range got {
		if f.Rule == check.RuleDeprecated {
			offered[key(f)] = f.Expected
		}
	}
	n := 0
	for i, f := range want {
		if e, ok := offered[key(f)]; ok && f.Rule == check.RuleDeprecated && e != f.Expected {
			want[i].Expected = e
			n++
		}
	}
	return n
}

func testPlanted(t *testing.T, dir string, minClean, minPlanted int) {
	paths, err := GlossaryList(dir)
	if err != nil {
		t.Fatal(err)
	}
	var gs []*glossary.Glossary
	for _, p := range paths {
		g, err := glossary.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, g)
	}
	g, _ := glossary.Merge(gs...)
	c := check.New(g)
	c.Missing = glossary.Types // the planted set has missing places, titles and terms too
	files, got, err := c.Dir(dir, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(dir + "/expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := ReadExpected(f, "expected.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range suggestionDiffers[dir[strings.LastIndex(dir, "/")+1:]] {
		met := false
		for i, f := range want {
			if f.File == d.file && f.Line == d.line && f.Column == d.column && f.Found == d.found && f.Expected == d.want {
				want[i].Expected, met = d.got, true
				break // the first so placed: the deprecated-term before a first-mention of the same form (check13f's Puff Daddy; session 22, T49)
			}
		}
		if !met {
			t.Errorf("suggestionDiffers: no finding %s:%d:%d %q offering %q in expected.jsonl", d.file, d.line, d.column, d.found, d.want)
		}
	}
	if n, ok := datedSuggestions[dir[strings.LastIndex(dir, "/")+1:]]; ok {
		if m := takeDatedSuggestions(want, got); m != n {
			t.Errorf("datedSuggestions: %d suggestions of deprecated forms differ from expected.jsonl, want %d", m, n)
		}
	}
	check.Sort(want)
	clean := 0
	for _, name := range files {
		if strings.HasPrefix(name, "clean/") {
			clean++
		}
	}
	if clean < minClean || len(want) < minPlanted {
		t.Fatalf("test set too small: %d clean files, %d expected findings", clean, len(want))
	}
	full := func(f check.Finding) string {
		return fmt.Sprintf("%s:%d:%d-%d:%d %s %s found=%q expected=%q term=%s side=%s unit=%s",
			f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Rule, f.Severity, f.Found, f.Expected, f.Term, f.Side, f.Unit)
	}
	var g1, w1 []string
	for _, f := range got {
		if strings.HasPrefix(f.File, "clean/") {
			t.Errorf("false positive in a clean article: %s", check.TextLine(f))
		}
		g1 = append(g1, full(f))
	}
	for _, f := range want {
		w1 = append(w1, full(f))
	}
	if a, b := strings.Join(g1, "\n"), strings.Join(w1, "\n"); a != b {
		t.Errorf("findings differ from expected.jsonl\ngot:\n%s\nwant:\n%s", a, b)
	}
	ev := Evaluate(want, got)
	if ev.Total.Precision() != 1 || ev.Total.Recall() != 1 {
		t.Errorf("precision %.3f recall %.3f", ev.Total.Precision(), ev.Total.Recall())
	}
}

func TestEvaluate(t *testing.T) {
	a := check.Finding{File: "a.txt", Line: 1, Column: 1, Rule: check.RuleDeprecated, Term: "x", Found: "X"}
	b := check.Finding{File: "a.txt", Line: 2, Column: 1, Rule: check.RuleNearMiss, Term: "y", Found: "Y"}
	c := check.Finding{File: "a.txt", Line: 3, Column: 1, Rule: check.RuleNearMiss, Term: "z", Found: "Z"}
	ev := Evaluate([]check.Finding{a, b}, []check.Finding{a, c})
	if ev.Total.TP != 1 || ev.Total.FP != 1 || ev.Total.FN != 1 || len(ev.Missed) != 1 || ev.Missed[0].Found != "Y" || ev.Spurious[0].Found != "Z" {
		t.Errorf("Evaluate = %+v", ev)
	}
	if p := ev.Total.Precision(); p != 0.5 {
		t.Errorf("precision %v", p)
	}
	if _, err := ReadExpected(strings.NewReader(`{"file":"a","line":1,"column":1,"rule":"x","bogus":1}`), "e.jsonl"); err == nil {
		t.Error("unknown key accepted")
	}
}
