package glossary_test

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"bitext/glossary"
)

const house = `id,type,lang,term,status,case,short,note,from,until
chung,person,ko,정의용,preferred,,,foreign minister,2021-02-09,2022-05-09
chung,person,en,Chung Eui-yong,preferred,,Chung,,,
chung,person,en,Jung Eui-yong,deprecated,,,,,
mofa,organization,ko,외교부,preferred,,,,,
mofa,organization,en,Ministry of Foreign Affairs,preferred,,,,,
eowd,term,ko,종전선언,preferred,,,,,
eowd,term,en,end-of-war declaration,preferred,,,,,
pres,title,ko,대통령,preferred,,,,,
`

func ExampleMatcher_FindAll() {
	g, err := glossary.Decode(strings.NewReader(house), glossary.FormatCSV, "house.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "정의용 장관은 외교부가 종전선언이라고 부른 문서를 대통령실에 보냈다."
	for _, m := range g.Matcher(language.Korean).FindAll(text) {
		fmt.Printf("%d-%d %s %q+%q\n", m.Start, m.End, m.Entry.ID, text[m.Start:m.End], m.Suffix)
	}
	// Output:
	// 0-9 chung "정의용"+""
	// 20-29 mofa "외교부"+"가"
	// 33-45 eowd "종전선언"+"이라고"
}

func ExampleGlossary_Preferred() {
	g, _ := glossary.Decode(strings.NewReader(house), glossary.FormatCSV, "house.csv")
	text := "Jung Eui-yong's talks"
	for _, m := range g.Matcher(language.English).FindAll(text) {
		if m.Term.Status.Forbidden() {
			fmt.Printf("use %q, not %q\n", g.Preferred(m.Entry, language.English).Text, text[m.Start:m.End])
		}
	}
	// Output:
	// use "Chung Eui-yong", not "Jung Eui-yong"
}

func ExampleMerge() {
	h, _ := glossary.Decode(strings.NewReader(house), glossary.FormatCSV, "house.csv")
	desk, _ := glossary.Decode(strings.NewReader("id,type,lang,term,status\nmofa,organization,en,Foreign Ministry,preferred\n"), glossary.FormatCSV, "desk.csv")
	g, conflicts := glossary.Merge(h, desk)
	fmt.Println(g.Preferred(g.Lookup("mofa"), language.English).Text)
	for _, c := range conflicts {
		fmt.Println(c)
	}
	// Output:
	// Foreign Ministry
	// desk.csv:2: entry mofa replaces the entry of house.csv:5
}

func ExampleGlossary_WriteCSV() {
	g, _ := glossary.Decode(strings.NewReader(house), glossary.FormatCSV, "house.csv")
	g.WriteCSV(os.Stdout, ',')
	// Output:
	// id,type,lang,term,status,case,short,note,from,until
	// pres,title,ko,대통령,preferred,,,,,
	// mofa,organization,ko,외교부,preferred,,,,,
	// mofa,organization,en,Ministry of Foreign Affairs,preferred,,,,,
	// chung,person,ko,정의용,preferred,,,foreign minister,2021-02-09,2022-05-09
	// chung,person,en,Chung Eui-yong,preferred,,Chung,,,
	// chung,person,en,Jung Eui-yong,deprecated,,,,,
	// eowd,term,ko,종전선언,preferred,,,,,
	// eowd,term,en,end-of-war declaration,preferred,,,,,
}

func ExampleLint() {
	dir, _ := os.MkdirTemp("", "lint")
	defer os.RemoveAll(dir)
	path := dir + "/desk.csv"
	os.WriteFile(path, []byte("id,type,lang,term,status\na,person,en,Jung Eui-yong,preferred\nb,person,en,Jung Eui-yong,deprecated\n"), 0o644)
	for _, p := range glossary.Lint(path) {
		fmt.Println(strings.ReplaceAll(p.String(), dir+"/", ""))
	}
	// Output:
	// desk.csv:3: warning: entry b has only deprecated forms in en [no-preferred]
	// desk.csv:3:13: error: "Jung Eui-yong" is deprecated in entry b but preferred in entry a (desk.csv:2:13) [status-conflict]
}
