package runbench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/text/language"

	"bitext/tm"
)

// GenerateOptions size a generated benchmark set (see Generate).
type GenerateOptions struct {
	Articles        int    // article pairs (default 1000)
	TMUnits         int    // units in the TM (default 100,000)
	GlossaryEntries int    // glossary entries (default 1000)
	Seed            uint64 // the same seed gives the same files
	// Originals writes the Korean originals alone (no English edition):
	// a batch to pretranslate. The originals are the same as with the
	// editions.
	Originals bool
	// TMX files are imported into the TM before the generated units
	// (tm.ImportFiles): a TM as large as a desk's archive, of which the
	// articles repeat only the generated units.
	TMX []string
}

// Set is what Generate wrote.
type Set struct {
	Articles string // folder of NAME.en.txt / NAME.ko.txt pairs (NAME.ko.txt alone with Originals)
	Glossary string // glossary CSV
	TM       string // TM path ("" when TMUnits is 0)
	Bytes    int64  // size of the articles
	Pairs    int    // article pairs
}

func (o *GenerateOptions) defaults() {
	if o.Articles <= 0 {
		o.Articles = 1000
	}
	if o.TMUnits < 0 {
		o.TMUnits = 0
	} else if o.TMUnits == 0 {
		o.TMUnits = 100000
	}
	if o.GlossaryEntries <= 0 {
		o.GlossaryEntries = 1000
	}
}

var (
	benchSurnames = [][2]string{{"김", "Kim"}, {"이", "Lee"}, {"박", "Park"}, {"최", "Choi"}, {"정", "Jung"}, {"강", "Kang"}, {"조", "Cho"}, {"윤", "Yoon"}, {"장", "Jang"}, {"임", "Lim"}, {"한", "Han"}, {"오", "Oh"}}
	benchGiven    = [][2]string{{"민", "min"}, {"수", "su"}, {"지", "ji"}, {"현", "hyun"}, {"서", "seo"}, {"준", "jun"}, {"하", "ha"}, {"은", "eun"}, {"영", "young"}, {"호", "ho"}, {"도", "do"}, {"우", "woo"}, {"연", "yeon"}, {"진", "jin"}, {"태", "tae"}, {"희", "hee"}}
	benchCities   = [][2]string{{"서울", "Seoul"}, {"부산", "Busan"}, {"인천", "Incheon"}, {"대구", "Daegu"}, {"광주", "Gwangju"}, {"대전", "Daejeon"}, {"울산", "Ulsan"}, {"세종", "Sejong"}, {"수원", "Suwon"}, {"창원", "Changwon"}, {"전주", "Jeonju"}, {"청주", "Cheongju"}, {"포항", "Pohang"}, {"제주", "Jeju"}, {"강릉", "Gangneung"}, {"춘천", "Chuncheon"}, {"목포", "Mokpo"}, {"여수", "Yeosu"}, {"안동", "Andong"}, {"경주", "Gyeongju"}}
	benchOrgKinds = [][2]string{{"시청", "City Hall"}, {"상공회의소", "Chamber of Commerce"}, {"교육청", "Office of Education"}, {"경찰청", "Police Agency"}, {"문화재단", "Cultural Foundation"}}
)

// benchNumber is the number a fuzzy repeat changes.
var benchNumber = regexp.MustCompile(`\b[1-9]\d{1,2}\b`)

type benchName struct{ ko, en string }

// benchNames returns n glossary names: persons, then organizations.
func benchNames(n int) []benchName {
	var out []benchName
	orgs := n / 10
	for i := 0; len(out) < n-orgs; i++ {
		s := benchSurnames[i%len(benchSurnames)]
		g1 := benchGiven[(i/len(benchSurnames))%len(benchGiven)]
		g2 := benchGiven[(i/len(benchSurnames)/len(benchGiven)+i)%len(benchGiven)]
		if g1 == g2 {
			continue
		}
		out = append(out, benchName{s[0] + g1[0] + g2[0], s[1] + " " + strings.ToUpper(g1[1][:1]) + g1[1][1:] + "-" + g2[1]})
		if i > 100000 {
			break
		}
	}
	for i := 0; len(out) < n; i++ {
		c := benchCities[i%len(benchCities)]
		k := benchOrgKinds[(i/len(benchCities))%len(benchOrgKinds)]
		suffix := ""
		if r := i / (len(benchCities) * len(benchOrgKinds)); r > 0 {
			suffix = fmt.Sprint(r + 1)
		}
		out = append(out, benchName{c[0] + k[0] + suffix, c[1] + " " + k[1] + suffix})
	}
	return out
}

// benchPair writes one sentence pair (Korean, English) from template t with
// the slots filled from r; some templates give two Korean sentences for one
// English sentence, as editions merge them.
func benchPair(t int, r *rand.Rand, names []benchName) (ko []string, en string) {
	p := names[r.IntN(len(names)*9/10)]
	org := names[len(names)*9/10+r.IntN(len(names)-len(names)*9/10)]
	c := benchCities[r.IntN(len(benchCities))]
	n := 2 + r.IntN(480)
	d := 1 + r.IntN(28)
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	day := days[d%5]
	pct := fmt.Sprintf("%d.%d", r.IntN(9), r.IntN(10))
	switch t % 10 {
	case 0:
		return []string{fmt.Sprintf("%s 관계자는 %d일 \"%d개 사업에 대한 검토를 마쳤다\"고 밝혔다.", org.ko, d, n)},
			fmt.Sprintf("An official of %s said %s that the review of %d projects had been completed.", org.en, day, n)
	case 1:
		return []string{fmt.Sprintf("%s 장관은 이날 %s에서 열린 회의에서 공급망 협력 강화를 강조했다.", p.ko, c[0])},
			fmt.Sprintf("Minister %s stressed stronger cooperation on supply chains at a meeting in %s on the day.", p.en, c[1])
	case 2:
		return []string{fmt.Sprintf("지난달 수출은 전년 동월 대비 %s%% 증가한 %d억 달러로 집계됐다.", pct, n)},
			fmt.Sprintf("Exports rose %s percent from a year earlier to $%d00 million last month.", pct, n)
	case 3:
		return []string{fmt.Sprintf("%s는 %d일 %s에서 %d명이 참석한 가운데 기념행사를 열었다.", org.ko, d, c[0], n)},
			fmt.Sprintf("%s held a ceremony in %s on %s, attended by %d people.", org.en, c[1], day, n)
	case 4:
		return []string{fmt.Sprintf("정부는 %s 일대의 피해 상황을 점검하기 위해 긴급 대책회의를 소집했다.", c[0])},
			fmt.Sprintf("The government convened an emergency meeting to assess the damage in the %s area.", c[1])
	case 5:
		return []string{fmt.Sprintf("%s 대변인은 \"북한의 도발에 단호히 대응하겠다\"고 말했다.", p.ko)},
			fmt.Sprintf("\"We will respond firmly to North Korea's provocations,\" spokesperson %s said.", p.en)
	case 6:
		return []string{fmt.Sprintf("기준금리는 연 %s%%로 유지됐으며 %s 총재는 추가 인하 가능성을 열어뒀다.", pct, p.ko)},
			fmt.Sprintf("The key rate was kept at %s percent, and Governor %s left the door open to further cuts.", pct, p.en)
	case 7:
		return []string{fmt.Sprintf("%s는 올해 %d개 도시에서 공연을 열 계획이다.", org.ko, n)},
			fmt.Sprintf("%s plans to hold performances in %d cities this year.", org.en, n)
	case 8:
		return []string{fmt.Sprintf("회담은 약 %d분간 진행됐다.", n), fmt.Sprintf("양측은 다음 달 %s에서 다시 만나기로 했다.", c[0])},
			fmt.Sprintf("The talks lasted about %d minutes, and the two sides agreed to meet again in %s next month.", n, c[1])
	default:
		return []string{fmt.Sprintf("%s 의원은 %d일 국회에서 관련 법안을 대표 발의했다.", p.ko, d)},
			fmt.Sprintf("Rep. %s introduced the bill at the National Assembly on %s.", p.en, day)
	}
}

// tmPair is TM unit k: the same k always gives the same pair.
func tmPair(seed uint64, k int, names []benchName) ([]string, string) {
	r := rand.New(rand.NewPCG(seed, uint64(k)))
	return benchPair(r.IntN(10), r, names)
}

// Generate writes a benchmark set into dir: article pairs in the
// English edition's style (about 5 KB a pair), a glossary CSV naming the
// people and organizations they mention, and, when o.TMUnits > 0, a TM
// (opened with tm.Open, so its backend must be linked in) whose units the
// articles partly repeat: about a fifth of the sentences exactly, a tenth
// with another number (fuzzy matches), the rest new.
func Generate(ctx context.Context, dir string, o GenerateOptions) (Set, error) {
	o.defaults()
	set := Set{Articles: filepath.Join(dir, "articles"), Glossary: filepath.Join(dir, "glossary.csv"), Pairs: o.Articles}
	if err := os.MkdirAll(set.Articles, 0o755); err != nil {
		return set, err
	}
	names := benchNames(o.GlossaryEntries)

	// Glossary.
	var g strings.Builder
	g.WriteString("id,type,lang,term,status\n")
	for i, n := range names {
		typ := "person"
		if i >= len(names)*9/10 {
			typ = "organization"
		}
		fmt.Fprintf(&g, "e%04d,%s,ko,%s,preferred\ne%04d,%s,en,%s,preferred\n", i, typ, n.ko, i, typ, n.en)
	}
	if err := os.WriteFile(set.Glossary, []byte(g.String()), 0o644); err != nil {
		return set, err
	}

	// Articles.
	for a := 0; a < o.Articles; a++ {
		r := rand.New(rand.NewPCG(o.Seed^0x9e3779b97f4a7c15, uint64(a)))
		var ko, en strings.Builder
		rep := names[r.IntN(len(names)*9/10)]
		fmt.Fprintf(&ko, "%s 관련 소식 %d\n\n%s 기자\n\n2026-%02d-%02d\n\n", benchCities[a%len(benchCities)][0], a+1, rep.ko, 1+a%12, 1+a%28)
		fmt.Fprintf(&en, "News from %s, No. %d\n\nBy %s\n\n2026-%02d-%02d\n\n", benchCities[a%len(benchCities)][1], a+1, rep.en, 1+a%12, 1+a%28)
		for p := 0; p < 7; p++ {
			var kp, ep []string
			for s := 0; s < 4; s++ {
				var k []string
				var e string
				switch x := r.IntN(10); {
				case x < 2 && o.TMUnits > 0: // repeated from the TM
					k, e = tmPair(o.Seed, r.IntN(o.TMUnits), names)
				case x < 3 && o.TMUnits > 0: // the TM's sentence with other slots: fuzzy
					k, e = tmPair(o.Seed, r.IntN(o.TMUnits), names)
					m := fmt.Sprint(500 + r.IntN(400))
					for i := range k {
						k[i] = benchNumber.ReplaceAllString(k[i], m)
					}
					e = benchNumber.ReplaceAllString(e, m)
				default:
					k, e = benchPair(r.IntN(10), r, names)
				}
				kp = append(kp, k...)
				ep = append(ep, e)
			}
			ko.WriteString(strings.Join(kp, " ") + "\n\n")
			en.WriteString(strings.Join(ep, " ") + "\n\n")
		}
		name := fmt.Sprintf("a%04d", a)
		files := []struct{ ext, text string }{{".ko.txt", ko.String()}, {".en.txt", en.String()}}
		if o.Originals {
			files = files[:1]
		}
		for _, f := range files {
			if err := os.WriteFile(filepath.Join(set.Articles, name+f.ext), []byte(f.text), 0o644); err != nil {
				return set, err
			}
			set.Bytes += int64(len(f.text))
		}
	}

	// TM.
	if o.TMUnits > 0 {
		set.TM = filepath.Join(dir, "bench.tm")
		os.Remove(set.TM)
		store, err := tm.Open(ctx, set.TM)
		if err != nil {
			return set, err
		}
		defer store.Close()
		if _, err := tm.ImportFiles(ctx, store, o.TMX, func(string, tm.ImportResult) {}); err != nil {
			return set, err
		}
		b, err := store.Begin(ctx)
		if err != nil {
			return set, err
		}
		for k := 0; k < o.TMUnits; k++ {
			ko, en := tmPair(o.Seed, k, names)
			u := tm.Unit{SourceLang: language.Korean, Variants: []tm.Variant{
				{Lang: language.Korean, Text: strings.Join(ko, " ")}, {Lang: language.English, Text: en}},
				Origin: tm.Origin{File: "bench"}}
			if _, err := b.Add(u); err != nil {
				b.Rollback()
				return set, err
			}
		}
		if _, err := b.Commit(); err != nil {
			return set, err
		}
	}
	return set, nil
}
