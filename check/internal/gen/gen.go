// Package gen generates a large glossary and news text for the benchmarks
// of package check: deterministic for a seed, so that figures can be
// reproduced.
//
//	g := gen.Glossary(10000, 1)            // CSV text of 10,000 entries
//	arts := gen.Articles(g, 2000, 3000, 1) // English articles of about 3 KB
package gen

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"bitext/glossary"
)

var (
	surnames  = strings.Fields("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh")
	surnameKo = strings.Fields("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 유 홍 전 고 문 양 손 배 백 허 남 노")
	syllables = strings.Fields("min jun seo yeon ji hoon woo jin hyun su young ho sung eun hee kyung chul soo mi na jae won dong hwan tae gyu sang bin joon ha rin yul chan hyuk seok il")
	sylKo     = strings.Fields("민 준 서 연 지 훈 우 진 현 수 영 호 성 은 희 경 철 소 미 나 재 원 동 환 태 규 상 빈 중 하 린 율 찬 혁 석 일")
	orgWords  = strings.Fields("Trade Energy Culture Labor Defense Finance Health Welfare Science Education Environment Justice Security Ocean Fisheries Agriculture Transport Housing Tourism Sports Youth Gender Data Space Climate Water Forest Heritage Media Digital")
	orgKinds  = []string{"Ministry of", "Korea Institute for", "National Agency for", "Council on", "Foundation for"}
	termWords = strings.Fields("bond yield tariff quota subsidy reactor corridor summit accord treaty truce ceasefire sanction embargo drill missile satellite chip battery vaccine ferry bridge port rail grid levy pension rent deposit loan audit census")
	fillers   = []string{
		"said in a statement on Tuesday that the plan would be reviewed",
		"told reporters in Seoul that talks would resume next week",
		"met officials of the ruling and opposition parties on Monday",
		"is expected to visit Washington later this month",
		"said the government would announce further measures",
		"added that the details had not been decided",
	}
)

// Glossary returns the CSV text of a glossary of n entries (see package
// glossary for the layout): persons with a short form, organizations and
// terms, each with English and Korean forms; a fifth of the entries also
// have a deprecated English form and a tenth an admitted one.
func Glossary(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	var b strings.Builder
	b.WriteString("id,type,lang,term,status,case,short,note\n")
	used := map[string]bool{}
	entries := 0
	for i := 0; entries < n; i++ {
		var typ, en, ko, short string
		switch i % 10 {
		case 0, 1, 2, 3, 4, 5: // persons
			s := r.IntN(len(surnames))
			a, c := r.IntN(len(syllables)), r.IntN(len(syllables))
			en = fmt.Sprintf("%s %s-%s", surnames[s], strings.ToUpper(syllables[a][:1])+syllables[a][1:], syllables[c])
			ko = surnameKo[s] + sylKo[a] + sylKo[c]
			typ, short = "person", surnames[s]
		case 6, 7: // organizations
			k, w, v := r.IntN(len(orgKinds)), r.IntN(len(orgWords)), r.IntN(len(orgWords))
			en = fmt.Sprintf("%s %s and %s", orgKinds[k], orgWords[w], orgWords[v])
			ko = fmt.Sprintf("%s%s%s기관%d", sylKo[w%len(sylKo)], sylKo[v%len(sylKo)], sylKo[k], i)
			typ = "organization"
		default: // terms
			w, v := r.IntN(len(termWords)), r.IntN(len(termWords))
			en = fmt.Sprintf("%s-%s %s", termWords[w], termWords[v], termWords[(w+v)%len(termWords)])
			ko = fmt.Sprintf("%s%s용어%d", sylKo[w%len(sylKo)], sylKo[v%len(sylKo)], i)
			typ = "term"
		}
		if used[en] {
			continue
		}
		used[en] = true
		entries++
		id := fmt.Sprintf("g%05d", entries)
		fmt.Fprintf(&b, "%s,%s,en,%s,preferred,,%s,generated entry\n", id, typ, en, short)
		fmt.Fprintf(&b, "%s,%s,ko,%s,preferred,,,\n", id, typ, ko)
		if entries%5 == 0 {
			dep := strings.Replace(en, "-", " ", 1)
			if dep == en {
				dep = en + " Office"
			}
			if !used[dep] {
				used[dep] = true
				fmt.Fprintf(&b, "%s,%s,en,%s,deprecated,,,\n", id, typ, dep)
			}
		}
	}
	return b.String()
}

// Names returns the preferred and deprecated English forms of a glossary
// made by Glossary, for the article generator.
func Names(csv string) (preferred, deprecated []string) {
	for _, line := range strings.Split(csv, "\n")[1:] {
		f := strings.Split(line, ",")
		if len(f) < 5 || f[2] != "en" {
			continue
		}
		if f[4] == "preferred" {
			preferred = append(preferred, f[3])
		} else {
			deprecated = append(deprecated, f[3])
		}
	}
	return preferred, deprecated
}

// Articles returns n English news articles of about size bytes each that
// mention glossary names (mostly preferred forms, about one deprecated
// form and one misspelling per article), unlisted capitalized names,
// numbers and dates.
func Articles(csv string, n, size int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 11))
	pref, dep := Names(csv)
	out := make([]string, n)
	var b strings.Builder
	for i := range out {
		b.Reset()
		for b.Len() < size {
			switch r.IntN(8) {
			case 0:
				fmt.Fprintf(&b, "%s %s. ", pref[r.IntN(len(pref))], fillers[r.IntN(len(fillers))])
			case 1:
				fmt.Fprintf(&b, "Exports rose %d.%d percent on-year to $%d.%d billion in %s, according to %s. ",
					r.IntN(30), r.IntN(10), r.IntN(90)+10, r.IntN(10), []string{"March", "Oct.", "September"}[r.IntN(3)], pref[r.IntN(len(pref))])
			case 2:
				fmt.Fprintf(&b, "Seoul and Washington held talks in Geneva, where President Joe Carter and Prime Minister Anne Holm %s. ", fillers[r.IntN(len(fillers))])
			case 3:
				if r.IntN(4) == 0 && len(dep) > 0 {
					fmt.Fprintf(&b, "The %s was criticized by lawmakers. ", dep[r.IntN(len(dep))])
				} else {
					fmt.Fprintf(&b, "The %s was welcomed by lawmakers. ", pref[r.IntN(len(pref))])
				}
			case 4:
				p := pref[r.IntN(len(pref))]
				if r.IntN(6) == 0 {
					p = strings.Replace(p, "e", "a", 1) // a misspelling
				}
				fmt.Fprintf(&b, "According to %s, the measure takes effect at 10 a.m. on Oct. %d. ", p, r.IntN(28)+1)
			default:
				fmt.Fprintf(&b, "The committee %s, and a vote is scheduled for %d p.m. Thursday. ", fillers[r.IntN(len(fillers))], r.IntN(11)+1)
			}
			if r.IntN(5) == 0 {
				b.WriteString("\n\n")
			}
		}
		out[i] = b.String()
	}
	return out
}

// Pairs makes a Korean-English pair of each article, for the pair rules:
// the article is the English side; the Korean side lists the Korean form
// of each entry the article names (up to half the article's length), then
// a sentence of numbers, so that the rules have work.
func Pairs(g *glossary.Glossary, arts []string) (ko, en []string) {
	m := g.Matcher(language.English)
	ko = make([]string, len(arts))
	for i, a := range arts {
		var b strings.Builder
		for _, mt := range m.FindAll(a) {
			if t := g.Preferred(mt.Entry, language.Korean); t != nil {
				b.WriteString(t.Text)
				b.WriteString("은 ")
			}
			if b.Len() > len(a)/2 {
				break
			}
		}
		b.WriteString("3명이 2022년 10월 5일 30분 동안 1조2000억 원을 논의했다.")
		ko[i] = b.String()
	}
	return ko, arts
}

// RealPairs makes pairs at about the findings rate of real judged pairs
// (benchcheck -real-pairs): each English side is the article with every
// deprecated or superseded form the matcher finds replaced by the entry's
// preferred English form, and each Korean side lists the Korean forms as
// Pairs does, then the article's numbers in Korean, in order (koNumbers),
// so that the number rules extract and compare both sides and find them
// equal. Every plantEvery-th pair (the first among them) keeps the
// article's deprecated forms and gives its first "N p.m." as the hour
// after: a deprecated-term finding or so and two number-mismatch ones.
func RealPairs(g *glossary.Glossary, arts []string, plantEvery int) (ko, en []string) {
	m := g.Matcher(language.English)
	ko = make([]string, len(arts))
	en = make([]string, len(arts))
	for i, a := range arts {
		planted := plantEvery > 0 && i%plantEvery == 0
		var b, e strings.Builder
		at := 0
		for _, mt := range m.FindAll(a) {
			if !planted && mt.Term.Status.Forbidden() && mt.Preferred != nil && !mt.Short {
				e.WriteString(a[at:mt.Start])
				e.WriteString(mt.Preferred.Text)
				at = mt.End
			}
			if b.Len() > len(a)/2 {
				continue
			}
			if t := g.Preferred(mt.Entry, language.Korean); t != nil {
				b.WriteString(t.Text)
				b.WriteString("은 ")
			}
		}
		e.WriteString(a[at:])
		en[i] = e.String()
		b.WriteString(koNumbers(en[i], planted))
		ko[i] = b.String()
	}
	return ko, en
}

// numberRE finds the numbers Articles writes: a percentage, a sum of
// dollars, a month alone, 10 a.m. with its day, an hour p.m.
var numberRE = regexp.MustCompile(`(\d+)\.(\d) percent|\$(\d+)\.(\d) billion|in (March|Oct\.|September)|10 a\.m\. on Oct\. (\d+)|(\d+) p\.m\. Thursday`)

// koNumbers writes the numbers of an article (numberRE) as a Korean
// translation would: 3.5%, 523억 달러, 3월, 10월 5일 오전 10시, 목요일
// 오후 7시. With wrong, the first hour p.m. is one more than the
// article's.
func koNumbers(a string, wrong bool) string {
	months := map[string]string{"March": "3월", "Oct.": "10월", "September": "9월"}
	var b strings.Builder
	for _, m := range numberRE.FindAllStringSubmatch(a, -1) {
		switch {
		case m[1] != "":
			fmt.Fprintf(&b, "%s.%s%% ", m[1], m[2])
		case m[3] != "":
			n, _ := strconv.Atoi(m[3] + m[4])
			fmt.Fprintf(&b, "%d억 달러 ", n)
		case m[5] != "":
			fmt.Fprintf(&b, "%s ", months[m[5]])
		case m[6] != "":
			fmt.Fprintf(&b, "10월 %s일 오전 10시 ", m[6])
		default:
			h, _ := strconv.Atoi(m[7])
			if wrong {
				h, wrong = h+1, false
			}
			fmt.Fprintf(&b, "목요일 오후 %d시 ", h)
		}
	}
	return b.String()
}
