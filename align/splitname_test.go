package align

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"
)

// TestSplitNameGain: a split's second line that names the Korean
// sentence's person again gains wSplitName; a line that names nobody of
// the sentence, a line whose name the line before lacks or the Korean
// sentence after the link names, or a Korean sentence without names,
// gains nothing.
func TestSplitNameGain(t *testing.T) {
	ko := features([]string{"무가베와 창기라이는 21일 기자회견을 열었으며 이 자리에는 타보 음베키 남아공 대통령이 참석했다."}, language.Korean, Options{})
	plain := features([]string{"정치적인 라이벌인 이들이 결선투표 이후 한 자리에 모습을 나타내는 것은 이번이 처음이다."}, language.Korean, Options{})
	mbeki := features([]string{"무가베와 창기라이는 기자회견이 끝난 후 음베키의 제안으로 악수를 했다."}, language.Korean, Options{})
	first := "Both Mugabe and Tsvangirai appeared at a news conference Monday with South African President Thabo Mbeki."
	for _, c := range []struct {
		name string
		ko   []feature
		en   []string
		next *feature
		want float64
	}{
		{"the second line names Mbeki", ko, []string{first, "South African President Thabo Mbeki mediated the memorandum of understanding."}, nil, wSplitName},
		{"the next sentence names Mbeki too", ko, []string{first, "South African President Thabo Mbeki mediated the memorandum of understanding."}, &mbeki[0], 0},
		{"the first line does not name him", ko, []string{"It is the first time the bitter political rivals have appeared together publicly.", "South African President Thabo Mbeki mediated the memorandum of understanding."}, nil, 0},
		{"the second line names nobody of the sentence", ko, []string{first, "Critics say the plan lacks detail and leaves key questions open."}, nil, 0},
		{"the first line only", ko, []string{first}, nil, 0},
		{"a Korean sentence without names", plain, []string{first, "South African President Thabo Mbeki mediated the memorandum of understanding."}, nil, 0},
	} {
		en := features(c.en, language.English, Options{})
		if got := splitNameGain(&c.ko[0], en, c.next); got != c.want {
			t.Errorf("%s: splitNameGain = %.2f, want %.2f", c.name, got, c.want)
		}
	}
}

// TestSplitName: a stretch of a KPC dev story (kpc-dev.035 of A16's
// edition set, dev part, Korean 8–14, English 5–12) in which the edition
// cut 무가베와 창기라이는 … 타보 음베키 남아공 대통령이 참석했다. in two,
// the second line naming Mbeki again, and added a line of its own
// ("Critics say …"). With the core lexicon alone the second line was left
// unlinked; with splitNameGain the split is read as the editor made it.
func TestSplitName(t *testing.T) {
	ko := []string{
		"무가베는 양측의 협상은 외부의 간섭 없이 진행될 것이라고 강조했다.",
		"무가베는 “우리는 짐바브웨인으로서 여러 문제를 풀어나갈 것”이라며 “남아프리카공화국의 도움은 받게 될 것”이라고 설명했다.",
		"무가베 행정부와 야당의 합의는 무가베가 대선 결선투표에서 승리 새로운 임기에 들어간 후 3주 만에 나왔다.",
		"무가베와 창기라이는 21일 기자회견을 열었으며 이 자리에는 타보 음베키 남아공 대통령이 참석했다.",
		"정치적인 라이벌인 이들이 결선투표 이후 한 자리에 모습을 나타내는 것은 이번이 처음이다.",
		"무가베와 창기라이는 기자회견이 끝난 후 음베키의 제안으로 악수를 했다.",
		"창기라이는 “이번 진행과정이 어떤 소득을 가져올지 판단하기는 이르다”며 “그러나 관용과 양보 그리고 협동심이 발휘될 경우 짐바브웨를 위해 좋은 결과가 나올 수 있을 것”이라고 말했다.",
	}
	en := []string{
		"Mugabe stressed that the coming negotiations would involve \"no dictation from the outside.\"",
		"He said: \"We shall be doing this as Zimbabweans ... with the help of South Africa.\"",
		"Both Mugabe and Tsvangirai appeared at a news conference Monday with South African President Thabo Mbeki.",
		"South African President Thabo Mbeki mediated the memorandum of understanding.",
		"It is the first time the bitter political rivals have appeared together publicly.",
		"At the end of the event but only after being prompted by Mbeki Mugabe and Tsvangirai shook hands.",
		"Critics say the plan lacks detail and leaves key questions open.",
		"Tsvangirai said \"it's too early yet to make a judgment as to the outcome of the process\" but noted that it is \"a collective effort and it involves tolerance, compromise, (and) putting the best interest of Zimbabwe at the forefront of these negotiations.",
	}
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	for _, l := range links {
		got += fmt.Sprintf("%v-%v ", l.Source, l.Target)
	}
	if want := "[0]-[0] [1]-[1] [2]-[] [3]-[2 3] [4]-[4] [5]-[5] []-[6] [6]-[7] "; got != want {
		t.Errorf("links %s, want %s", got, want)
	}
}
