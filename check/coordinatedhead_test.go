package check

import "testing"

// cancerGlossary: our own entries for terms with a head noun.
const cancerGlossary = `id,type,lang,term,status,case,short,note,from,until
breast-cancer,term,ko,유방암,preferred,,,,,
breast-cancer,term,en,breast cancer,preferred,,,,,
lung-cancer,term,ko,폐암,preferred,,,,,
lung-cancer,term,en,lung cancer,preferred,,,,,
`

// TestCoordinatedHead: a term's head noun said once for a list of its
// modifiers (session 24, helper T64). Our own sentences.
func TestCoordinatedHead(t *testing.T) {
	testMissing(t, cancerGlossary, []missingCase{
		{"the first of a list", nil, "유방암과 난소암이 늘었다.", "Breast and ovarian cancers rose.", false},
		{"inside a list with commas", nil, "폐암, 간암, 위암이 늘었다.", "Cases of lung, liver and stomach cancer rose.", false},
		{"a member of two words", nil, "폐암과 소세포 간암이 늘었다.", "Lung and small cell cancers rose.", false},
		{"the last modifier before the head", nil, "간암과 폐암이 늘었다.", "Liver and lung cancers rose.", false},
		{"the whole form", nil, "폐암이 늘었다.", "Lung cancer rose.", false},
		{"the words scattered", nil, "폐암이 늘었다.", "Lung capacity and cancer rose.", true},
		{"the modifier alone", nil, "폐암이 늘었다.", "Lung disease rose.", true},
		{"a list without the head", nil, "폐암 환자가 3년 동안 늘었다.", "Lung, liver and stomach problems rose in 3 years.", true},
	})
}
