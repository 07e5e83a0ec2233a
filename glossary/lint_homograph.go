package glossary

import (
	"fmt"
	"strings"
)

// Session 18 (helper T18, issue #11): the fresh lists house18 and house19
// gave common Korean words as forms of one sense (강도 robbery, 사기 fraud,
// 방화 arson, 의사 doctor) without a context, so the gate reads every
// 강도 높은 (of high intensity), 사기 진작 (morale) or 의사 표시 (intent)
// as the entry. Lint now names such a form (common-word), with the other
// senses and phrases of them for the entry's not_in, so a desk restricts
// the form before the gate runs. The table is written from general
// knowledge of Korean, not from ../shared or a judged part; a word one of
// whose senses is all but the only one in news (정부, government) is left
// out, as single syllables (배, 차) are.

// homographSense is one sense of a common Korean word: English words that
// name it in an entry's English forms, and phrases that hold the word in
// that sense (for another sense's entry's not_in).
type homographSense struct {
	gloss   string
	english []string
	phrases string
}

// homographs are common Korean words of several senses, by word.
var homographs = map[string][]homographSense{
	"의사": {{"doctor", []string{"doctor", "physician", "medic"}, "의사협회|의사 면허|의사들"},
		{"intent", []string{"intent", "intention", "will", "wish"}, "의사 표시|의사 표명|의사를 밝|의사를 표명|의사를 전달|의사를 내비|의사 결정|의사결정|의사소통|겠다는 의사|다는 의사|출마 의사|참가 의사|참여 의사|불참 의사|사퇴 의사|수용 의사|협상 의사|대화 의사|방문 의사|초청 의사"},
		{"patriot", []string{"patriot", "martyr"}, "안중근 의사|윤봉길 의사|이봉창 의사"}},
	"강도": {{"robbery", []string{"robbery", "robber", "mugging"}, "강도 사건|무장 강도|강도 혐의|강도짓"},
		{"intensity", []string{"strength", "intensity"}, "강도 높은|강도 높게|고강도|저강도|강도를 높|강도를 낮"}},
	"사기": {{"fraud", []string{"fraud", "scam", "swindle", "con"}, "사기 혐의|사기 사건|사기죄|사기꾼"},
		{"morale", []string{"morale"}, "사기를 높|사기를 북돋|사기 진작|사기가 떨어|사기가 오르|사기 저하"},
		{"buying (사다)", []string{"buy", "buying", "purchase"}, "사기 위해|사기 위한|사기도 전|사기 전에|사기 어려"}},
	"방화": {{"arson", []string{"arson", "arsonist"}, "방화 혐의|방화 사건|방화범"},
		{"fire prevention", []string{"fire door", "firewall", "fireproof"}, "방화벽|방화문|방화복"}},
	"대사": {{"ambassador", []string{"ambassador", "envoy"}, "주미 대사|대사관|특명전권대사"},
		{"lines", []string{"line", "lines", "dialogue"}, "대사를 외|영화 대사|명대사|대사 한 마디"},
		{"metabolism", []string{"metabolism", "metabolic"}, "신진대사|대사 질환|대사증후군"}},
	"검사": {{"prosecutor", []string{"prosecutor"}, "부장검사|검사장|담당 검사"},
		{"test", []string{"test", "examination", "inspection", "screening"}, "검사 결과|혈액 검사|건강 검사|정밀 검사|검사를 받"}},
	"부상": {{"injury", []string{"injury", "injured", "wound"}, "부상자|부상을 입|부상으로"},
		{"rise", []string{"rise", "emerge", "emergence"}, "급부상|로 부상|으로 부상"}},
	"부인": {{"wife", []string{"wife", "spouse", "madam", "mrs"}, "영부인|부인과 함께"},
		{"denial", []string{"deny", "denial", "denied"}, "부인했|부인하|부인할|전면 부인"}},
	"감사": {{"audit", []string{"audit", "inspection"}, "국정감사|감사원|감사 결과"},
		{"thanks", []string{"thanks", "gratitude", "thank"}, "감사합니다|감사하|감사를 표|감사의 뜻"}},
	"경기": {{"game", []string{"game", "match", "competition"}, "경기장|경기에서 이기|결승 경기"},
		{"economy", []string{"economy", "business cycle", "economic"}, "경기 침체|경기 부양|경기 회복|경기 둔화"},
		{"Gyeonggi", []string{"gyeonggi"}, "경기도|경기 지역"}},
	"기사": {{"article", []string{"article", "story", "report"}, "신문 기사|기사를 썼|보도 기사"},
		{"driver", []string{"driver", "chauffeur"}, "택시 기사|버스 기사|운전 기사"},
		{"knight", []string{"knight"}, "기사단|기사 작위"}},
	"연기": {{"acting", []string{"acting", "performance"}, "연기력|연기 인생|연기 변신"},
		{"smoke", []string{"smoke"}, "연기가 피어|연기를 내뿜|검은 연기"},
		{"postponement", []string{"postpone", "postponement", "delay"}, "연기됐|연기했|연기하기로|무기한 연기"}},
	"구조": {{"rescue", []string{"rescue"}, "구조대|구조 작업|인명 구조"},
		{"structure", []string{"structure", "structural"}, "구조 조정|구조조정|산업 구조|구조적|구조물"}},
	"인도": {{"India", []string{"india"}, "인도 정부|인도 총리|인도인"},
		{"sidewalk", []string{"sidewalk", "pavement"}, "인도를 걷|인도로 돌진|인도에 올라"},
		{"handover", []string{"handover", "extradition", "hand over"}, "신병 인도|범죄인 인도|인도했|인도받"}},
	"수도": {{"capital", []string{"capital"}, "수도권|수도 서울"},
		{"water supply", []string{"water", "tap"}, "수도관|상수도|수도 공급|수도 요금"},
		{"ascetic", []string{"ascetic", "monastery", "monk"}, "수도원|수도승|수도사"}},
	"유산": {{"heritage", []string{"heritage", "inheritance", "legacy", "estate"}, "문화유산|세계유산|유산 상속"},
		{"miscarriage", []string{"miscarriage"}, "유산했|유산 위험|자연 유산"}},
	"주식": {{"stocks", []string{"stock", "stocks", "share", "shares", "equity"}, "주식시장|주식 시장|주식을 사|주식을 팔"},
		{"staple food", []string{"staple"}, "주식으로 삼|주식인 쌀"}},
	"사과": {{"apology", []string{"apology", "apologize", "apologise"}, "사과했|사과하|사과문|공식 사과"},
		{"apple", []string{"apple"}, "사과나무|사과 농가|사과즙|사과 주스"}},
	"소장": {{"director", []string{"director", "chief", "head"}, "연구소장|소장을 맡"},
		{"major general", []string{"major general"}, "육군 소장|해병대 소장|공군 소장"},
		{"complaint", []string{"complaint", "lawsuit", "petition"}, "소장을 제출|소장에서"}},
	"대장": {{"general", []string{"general"}, "육군 대장|대장 계급"},
		{"colon", []string{"colon", "bowel", "colorectal"}, "대장암|대장 내시경|대장균"}},
	"의식": {{"consciousness", []string{"consciousness", "conscious", "awareness"}, "의식을 잃|의식 불명|의식을 되찾"},
		{"ceremony", []string{"ceremony", "ritual", "rite"}, "의식을 거행|종교 의식|추모 의식"}},
}

// lintHomographs reports each Korean form (not forbidden) that is a
// common word of several senses in the table, whose term has no context,
// not_with or not_in: a warning naming the other senses and phrases of
// them for not_in (the sense of the entry told by its English forms; all
// senses when none tells it).
func lintHomographs(gs []*Glossary) []Problem {
	var out []Problem
	for _, g := range gs {
		for _, e := range g.Entries {
			for _, t := range e.Terms {
				if t.Status.Forbidden() || t.Conditional() {
					continue
				}
				if b, _ := t.Lang.Base(); b.String() != "ko" {
					continue
				}
				senses, ok := homographs[t.Text]
				if !ok {
					continue
				}
				own := entrySense(e, senses)
				var others, phrases []string
				for i, s := range senses {
					if i == own {
						continue
					}
					others = append(others, s.gloss)
					phrases = append(phrases, s.phrases)
				}
				line, col := e.Line, 0
				if t.Line > 0 {
					line, col = t.Line, t.Col
				}
				o, p := strings.Join(others, ", "), strings.Join(phrases, "|")
				out = append(out, Problem{File: e.File, Line: line, Col: col, Severity: Warning, Code: CodeCommonWord,
					Data: map[string]any{"Term": t.Text, "ID": e.ID, "Senses": o, "NotIn": p},
					Message: fmt.Sprintf("Korean form %q of entry %s is a common word that also means %s: give it a context, not_with or not_in (for example not_in %s)",
						t.Text, e.ID, o, p)})
			}
		}
	}
	return out
}

// entrySense is the index of the sense of senses that entry e's English
// forms name (a word of the sense's English as a word of a form), or -1.
func entrySense(e *Entry, senses []homographSense) int {
	for i, s := range senses {
		for _, t := range e.Terms {
			if !isEnglish(t.Lang) {
				continue
			}
			low := " " + strings.ToLower(t.Text) + " "
			for _, w := range s.english {
				if strings.Contains(low, " "+w+" ") {
					return i
				}
			}
		}
	}
	return -1
}

// OtherSensePhrases gives, for a Korean form t of entry e that is a common
// word of the table whose sense e's English forms tell, the phrases of the
// word's other senses: where the form names something else, as a not_in
// would say (check reads them for a form with no context, not_with or
// not_in of its own; session 18, T18). Nil for any other form.
func OtherSensePhrases(e *Entry, t *Term) []string {
	if t.Conditional() {
		return nil
	}
	if b, _ := t.Lang.Base(); b.String() != "ko" {
		return nil
	}
	senses, ok := homographs[t.Text]
	if !ok {
		return nil
	}
	own := entrySense(e, senses)
	if own < 0 {
		return nil
	}
	var out []string
	for i, s := range senses {
		if i != own {
			out = append(out, strings.Split(s.phrases, "|")...)
		}
	}
	return out
}
