package check

import (
	"testing"
	"time"
)

const middleReplacedGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
johnson-speaker,person,ko,존슨 하원 의장,preferred,,,,,,,,,,,
johnson-speaker,person,en,House Speaker Mike Johnson,preferred,,Johnson,,,,,,,,,
johnson-speaker,person,en,House Speaker Johnson,admitted,,,,,,,,,,,
bush-2,person,ko,부시,preferred,,,,,,,,,,,
bush-2,person,en,George W. Bush,preferred,,Bush,,,,,,,,,
bush-2,person,en,George Bush,admitted,,Bush,,,,,,,,,
tinubu,person,ko,볼라 티누부,preferred,,,,,,,,,,,
tinubu,person,en,Bola Tinubu,preferred,,Tinubu,,,,,,,,,
`

// A title and surname form with another given name put before the
// surname, where the list gives the form with its own given name there,
// is the person misnamed (middlereplaced.go, check12s-missed); the listed
// given name with its period left out (George W Bush) and a middle name
// where the list gives none (Bola Ahmed Tinubu) still name the person.
// The first case fails without middleReplaced.
func TestMiddleReplaced(t *testing.T) {
	c := caseChecker(t, "middlereplaced.csv", middleReplacedGlossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"존슨 하원 의장은 예산안에 서명했다.", "House Speaker Boris Johnson signed the spending bill.", "target-term-missing::error"},
		{"존슨 하원 의장은 예산안에 서명했다.", "House Speaker Mike Johnson signed the spending bill.", ""},
		{"존슨 하원 의장은 예산안에 서명했다.", "House Speaker Johnson signed the spending bill.", ""},
		{"부시 대통령은 말했다.", "US President George W Bush said so.", ""},
		{"부시 대통령은 말했다.", "US President George W. Bush said so.", ""},
		{"볼라 티누부가 말했다.", "Bola Ahmed Tinubu said so.", ""},
	} {
		if got := t41Rules(t, c, tc.src, tc.tgt, time.Time{}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
}
