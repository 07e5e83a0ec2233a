package omegat_test

import (
	"fmt"
	"os"
	"path/filepath"

	"bitext/omegat"
	"bitext/xliff"
)

// A pretranslated article becomes a kit file, and kit files an OmegaT
// project.
func Example() {
	dir, _ := os.MkdirTemp("", "kit")
	defer os.RemoveAll(dir)
	doc := omegat.SourceDocument(xliff.Document{Version: xliff.Version12, SrcLang: "ko", TrgLang: "en", Files: []xliff.File{{
		Original: "budget",
		Units: []xliff.Unit{
			{ID: "u1", Source: "국회가 예산안을 통과시켰다.", Target: "The National Assembly passed the budget.", State: xliff.StateTranslated},
			{ID: "u2", Source: "야당은 반대했다.", State: xliff.StateInitial},
		},
	}}})
	fmt.Println(doc.Files[0].Units[1].Target)
	f, _ := os.Create(filepath.Join(dir, "budget.omegat.xlf"))
	xliff.Encode(f, &doc)
	f.Close()
	kit, err := omegat.Build(filepath.Join(dir, "omegat"), []string{f.Name()})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(kit.Files, kit.Units, "units,", len(kit.Exact), "pre-fill for tm/auto")
	// Output:
	// 야당은 반대했다.
	// [budget.xlf] 2 units, 1 pre-fill for tm/auto
}
