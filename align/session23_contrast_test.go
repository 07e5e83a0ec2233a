package align

import (
	"strings"
	"testing"
)

// TestContrastLostCost: wContrastLost when the Korean side's first
// sentence opens with a contrastive and no English member has one, in
// either orientation; nothing when the Korean opens otherwise or an
// English member keeps the contrast anywhere.
func TestContrastLostCost(t *testing.T) {
	ko := func(s string) feature { return feature{contrast: contrastsKorean(s)} }
	en := func(s string) feature { return feature{english: true, contrast: contrastsEnglish(s)} }
	but := ko("그러나 국내의 상황은 반대였다.")
	plain := ko("소속사는 방침을 밝혔다.")
	lost := en("They are usually circulated on the Web.")
	kept := en("But it wasn't perfect, or even close to it.")
	cases := []struct {
		name     string
		src, tgt []feature
		want     float64
	}{
		{"그러나 against a line without a contrast", []feature{but}, []feature{lost}, wContrastLost},
		{"the same, English as the source", []feature{lost}, []feature{but}, wContrastLost},
		{"그러나 against a split without a contrast", []feature{but}, []feature{lost, lost}, wContrastLost},
		{"a split's second line keeps it", []feature{but}, []feature{lost, kept}, 0},
		{"a merge whose first member opens with 그러나", []feature{but, plain}, []feature{lost}, wContrastLost},
		{"a merge whose second member does (wContrast's)", []feature{plain, but}, []feature{lost}, 0},
		{"no contrastive in the Korean", []feature{plain}, []feature{lost}, 0},
	}
	for _, c := range cases {
		if got := contrastLostCost(c.src, c.tgt); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestContrastLostDrop: kpc-dev.039 of A16's dev part (its first nine
// Korean sentences and six English lines, the core lexicon alone). The
// edition dropped Korean 6, "그러나 국내의 …", and split Korean 5 into
// English 3 and 4; without wContrastLost the split is given to the
// dropped "그러나" sentence and Korean 5 is left unlinked
// ([5]-[] [6]-[3 4]).
func TestContrastLostDrop(t *testing.T) {
	ko := []string{
		"올림픽 공원 체조경기장에서 있었던 한국의 인기 그룹 동방신기의 ``The Second Asia Tour 'O''' 공연이 끝나고 휴대폰 및 디지털 카메라 등 콘서트 현장에서 물품 반환이 지연돼 큰 혼란을 빚었다.",
		"이날 콘서트를 참관한 8천 여명의 팬들은 콘서트장에 입장하기 전 세 곳의 물품보관소에서 휴대폰과 디지털 카메라를 맡겼다.",
		"이는 물론 공연 도중 동방신기의 사진을 불법으로 찍지 못하도록 하기 위한 처사.",
		"콘서트 장면은 휴대폰 업체에서 제공하는 콘텐츠이기 때문이다.",
		"콘서트가 끝나고 여자 중, 고등학생이 대부분이었던 팬들은 물품을 돌려 받기 위해 보관소로 몰려들었고 일부 팬의 경우 새벽 3시까지 기다려 소지품을 돌려 받기도 했다.",
		"소속사에서는 콘서트 장면을 찍어 인터넷에 유통시키는 불법 행위가 부쩍 증가하고 있어 이를 우려한 자신들의 방침임을 밝히고 있다.",
		"그러나 국내의 이와같은 상황과는 반대로 국제 인기스타의 경우 자신들의 사진을 찍는 것을 허용하고 있으며, 웨스트라이프의 경우 작년 서울에서의 공연 장면을 팬들에게 찍을 수 있도록 허용했었다.",
		"중국 동부 저장성에서 당국의 교회 철거에 항의하던 기독교 신도와 경찰간에 대규모 충돌이 발생했다고 언론들이 전했다.",
		"인권단체들에따르면 이날 충돌은 500명의 경찰이 강력하게 항의하던 3,000명의 신도들을 해산시키는 과정에서 발생했다.",
	}
	en := []string{
		"onfusion marred popular Korean boy band TVXQ's sold-out concert ``The Second Asia Tour 'O''' at Olympic Gymnastics Stadium in Seoul, as thousands of fans waited for hours after the concert to retrieve their cell phones and digital cameras from the organizers.",
		"In a move criticized as being excessive… concert organizers required the 8,000 fans who attended concert to leave their cell phones and digital cameras in three designated booths before entering the stadium.",
		"This was done to ensure that fans would not be able to take photographs or videos of TVXQ during the concert, while images of the concert were licensed to several mobile phone content providers.",
		"Entertainment companies are increasingly becoming concerned over copyright violations resulting from these fan videos and photos.",
		"They are usually circulated on the Web.",
		"The violence occurred when up to 500 police tried to break up a 3,000-strong protest, a rights group said.",
	}
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	got := linkString(links)
	for _, want := range []string{"[5]-[3 4] ", "[6]-[] "} {
		if !strings.Contains(got, want) {
			t.Errorf("links %s, want %s among them", got, want)
		}
	}
}
