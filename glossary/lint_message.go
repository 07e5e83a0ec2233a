package glossary

// problemMessages are the ids of the lint problems' messages in
// locales/glossary.*.toml, by code.
var problemMessages = map[string]string{
	CodeSyntax:        "GlossaryProblemSyntax",
	CodeBadLang:       "GlossaryProblemBadLang",
	CodeBadDates:      "GlossaryProblemBadDate",
	CodeEmptyTerm:     "GlossaryProblemEmptyTerm",
	CodeEmptyEntry:    "GlossaryProblemEmptyEntry",
	CodePaddedTerm:    "GlossaryProblemPadded",
	CodeNotNFC:        "GlossaryProblemNotNFC",
	CodeDuplicateID:   "GlossaryProblemDuplicateID",
	CodeDuplicateTerm: "GlossaryProblemDuplicateTerm",
	CodeSharedTerm:    "GlossaryProblemSharedTerm",
	CodeStatusClash:   "GlossaryProblemStatusClash",
	CodeNoPreferred:   "GlossaryProblemNoPreferred",
	CodeTwoPreferred:  "GlossaryProblemTwoPreferred",
	CodeShortForm:     "GlossaryProblemShortForm",
	CodeTooLong:       "GlossaryProblemTooLong",

	CodeDeprecatedInside:  "GlossaryProblemDeprecatedInside",
	CodeDeprecatedExtends: "GlossaryProblemDeprecatedExtends",
	CodeDeprecatedOther:   "GlossaryProblemDeprecatedOther",
	CodeGivenVariants:     "GlossaryProblemGivenVariants",
	CodeDeprecatedVariant: "GlossaryProblemDeprecatedVariant",
	CodeCommonWord:        "GlossaryProblemCommonWord",
	CodeSelfContext:       "GlossaryProblemSelfContext",
}

// MessageID is the id of the problem's message for a translated text, ""
// when there is none (Message is then said as it is).
func (p Problem) MessageID() string {
	switch {
	case p.Code == CodeBadLang && p.Data["Want"] != nil:
		return "GlossaryProblemLangWant"
	case p.Code == CodeBadDates && p.Data["Until"] != nil:
		return "GlossaryProblemDateOrder"
	case p.Code == CodeDuplicateTerm && p.Data["Overlap"] != nil:
		return "GlossaryProblemOverlappingWindows"
	}
	return problemMessages[p.Code]
}

// MessageData is the data of the problem's message: a copy of Data.
func (p Problem) MessageData() map[string]any {
	data := make(map[string]any, len(p.Data)+1)
	for k, v := range p.Data {
		data[k] = v
	}
	return data
}
