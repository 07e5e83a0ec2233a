package glossary

import (
	"fmt"
	"strings"
	"testing"
)

// TestLintHomographs: a Korean form that is a common word of several
// senses, with no context, not_with or not_in, is a warning naming the
// other senses and phrases of them for not_in; a form with not_in, a
// forbidden form, a longer word and a word not in the table are not; an
// entry whose English names no sense gets every sense.
func TestLintHomographs(t *testing.T) {
	var got []string
	for _, p := range Lint("testdata/lint/homograph.csv") {
		if p.Code != CodeCommonWord {
			continue
		}
		got = append(got, fmt.Sprintf("%d:%d %s [%s] %s", p.Line, p.Col, p.Data["Term"], p.Data["Senses"], p.Data["NotIn"]))
	}
	want := []string{
		"2:17 강도 [intensity] 강도 높은|강도 높게|고강도|저강도|강도를 높|강도를 낮",
		// 사기 has not_in: restricted already.
		"6:16 의사 [intent, patriot] 의사 표시|의사 표명|의사를 밝|의사를 표명|의사를 전달|의사를 내비|의사 결정|의사결정|의사소통|겠다는 의사|다는 의사|출마 의사|참가 의사|참여 의사|불참 의사|사퇴 의사|수용 의사|협상 의사|대화 의사|방문 의사|초청 의사|안중근 의사|윤봉길 의사|이봉창 의사",
		// 의사들: not a table word; 주식: deprecated; 천안: not in the table.
		"14:23 경기 [game, economy, Gyeonggi] 경기장|경기에서 이기|결승 경기|경기 침체|경기 부양|경기 회복|경기 둔화|경기도|경기 지역",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestHomographPhrases: every phrase of the table holds its word, as
// not_in needs (a phrase around the form).
func TestHomographPhrases(t *testing.T) {
	for w, senses := range homographs {
		if len(senses) < 2 {
			t.Errorf("%s: one sense", w)
		}
		for _, s := range senses {
			for _, p := range strings.Split(s.phrases, "|") {
				if !strings.Contains(p, w) {
					t.Errorf("%s (%s): phrase %q does not hold the word", w, s.gloss, p)
				}
			}
		}
	}
}
