package mine

import "testing"

// Session 20 (helper M35): one-word names typed place for want of
// evidence on the dev parts (나드 ~ Nad on dev-10-200, 캐버노 ~ Kavanaugh on
// dev-9-200) are a person's by a verb in the progressive after the name
// and by 지명자 ("nominee") after the Korean name. The test fails without
// the rule.

// TestPersonProgressiveAndNominee: "Nad was calling regularly" and 캐버노
// 지명자에 대한 show a person; "Iran was calling for" (a government's) and
// 캐버노의 지명자 (the name's nominee) do not.
func TestPersonProgressiveAndNominee(t *testing.T) {
	testPersonEvidence(t, []personCase{
		{"나드가 정기적으로 전화를 했고 상황이 무척 나쁘다고 했다.", "\"Nad was calling regularly to say it was really bad,\" said Mrs Ednan-Laperouse.", "나드", true},
		{"이란은 회담을 요구하고 있었다.", "Iran was calling for talks.", "이란", false},
		{"파인스타인 의원은 포드가 제기한 캐버노 지명자에 대한 혐의를 상세히 기술한 서신을 받았다.", "Feinstein was sent the letter detailing the allegations against Kavanaugh by Ford back in July.", "캐버노", true},
		{"캐버노에 대한 혐의를 상세히 기술한 서신을 받았다.", "She was sent the letter detailing the allegations against Kavanaugh.", "캐버노", false},
	})
}
