// Package glossary reads, merges, checks and matches the English edition's
// glossary of Korean and English names, titles and terms.
//
//	g, err := glossary.Load("testdata/glossary/house.csv")
//	if err != nil { ... }
//	text := "정의용은 종전선언이라고 했다"
//	for _, m := range g.Matcher(language.Korean).FindAll(text) {
//		fmt.Println(m.Entry.ID, text[m.Start:m.End], m.Suffix)
//	}
//	// chung-eui-yong 정의용 은
//	// end-of-war-declaration 종전선언 이라고
//
// # Model
//
// An Entry is a concept (a person, title, organization, place or term)
// with an id, a note, optional validity dates (From and Until, both days
// inclusive: ministries get renamed, officials leave office) and its Terms.
// A Term is one form in one language (a BCP 47 tag) with a Status:
// Preferred, Admitted, Deprecated or Superseded (the last two are
// forbidden forms; Superseded says the form was right once). Names and
// titles (person, title, organization, place) are case-sensitive by
// default, terms are not. A person's term may carry the Short form allowed
// after the first mention ("Chung" for "Chung Eui-yong"). In each language
// of an entry without a preferred term, the first admitted term is
// preferred.
//
// # Formats
//
// CSV and TSV (Load by extension .csv, .tsv; Decode with FormatCSV,
// FormatTSV) have a header row naming the columns, in any order:
//
//	id,type,lang,term,status,case,short,note,from,until
//
// One row per term; the rows of one id form an entry. id, lang and term are
// required. type is person, title, organization, place or term (default
// term); status is preferred, admitted (default), deprecated or
// superseded; case is yes or no (default by type); short is the person's
// short form; note, from and until (YYYY-MM-DD) belong to the entry and are
// given once, on any of its rows (a different value on another row is an
// error). Lines starting with # are comments. WriteCSV writes this layout,
// sorted by the Korean preferred form with Korean collation.
//
// TBX (.tbx, .xml) is read in both versions: v2 (<martif>, TBX-Basic:
// termEntry, langSet, tig) and v3 (<tbx>, ISO 30042:2019: conceptEntry,
// langSec, termSec). Read are the entry id attribute; the language of
// langSet/langSec (xml:lang); in tig/termSec the term, termNote
// administrativeStatus (preferredTerm-admn-sts, admittedTerm-admn-sts,
// deprecatedTerm-admn-sts, supersededTerm-admn-sts) and termNote
// x-caseSensitive (yes or no); a tig whose termNote termType is shortForm
// gives the Short form of the closest usable term before it in its
// language (else of the preferred one); at entry
// level, descrip subjectField (or x-entryType) naming one of the types,
// descrip definition or note as the note, and descrip or admin
// x-validFrom and x-validUntil as dates. Other data categories are skipped.
// Plain XML (no internal DTD subset, no entities but the predefined and
// numeric ones) is read by a tokenizer of this package, about twice as
// fast as encoding/xml; anything else, and every error, goes through
// encoding/xml. WriteTBX writes TBX v2 that reads back the same.
//
// Errors in a file are *SyntaxError values with file, line and column
// (columns count bytes, from 1).
//
// # Combining glossaries
//
// Merge combines a house glossary with desk glossaries: the later glossary
// wins. An entry with an id already present replaces the earlier entry
// whole; a form that an earlier entry with another id also lists is taken
// from the earlier entry. Each such case is returned as a Conflict; Lint
// reports the same clashes before they reach a merge.
//
// # Matching
//
// A Matcher finds every form of one language's terms in a text with one
// trie of all the forms' normalized keys, walked from each word start (the
// only places a form may start), leftmost-longest and without overlaps;
// Match offsets are byte offsets into the original text. Normalization:
// text and forms are compared in NFC, fullwidth and halfwidth forms are
// folded (ＵＮ is UN), a run of white space is one space, and letters are
// case folded except for case-sensitive forms, which must match exactly.
// Hyphens and dashes are not folded: "end-of-war" and "end of war" are
// different spellings. One exception: a Korean form with the Arabic
// article 알 (바샤르 알아사드) matches the article joined, apart or
// hyphenated (바샤르 알 아사드, 바샤르 알-아사드) as that form, unless
// another form of its entry lists that spelling or the entry forbids a
// form with the article.
//
// A form must start where no letter, digit or combining mark precedes it.
// What may follow it:
//
//   - A run of Hangul syllables: the whole run, up to the next character
//     that is not a Hangul syllable, must be one of the particle and copula
//     sequences of Particles, optionally after the plural marker 들
//     (정의용은, 한반도의, 외교부가, 종전선언이라고, 장관들이), and no
//     letter or digit may follow it. Any other Hangul makes another word:
//     대통령 does not match in 대통령실, 미국 not in 미국인. The particle
//     must have the form spelling gives it after the form's last syllable
//     when that is Hangul (은 이 을 과 으로 이라고 이든 after a final
//     consonant; 는 가 를 와 로 라고 든 after a vowel; 로 after ㄹ): 골 does
//     not match in 골든 (golden), 세종 not in 세종로. One exception, the
//     writer's slip: after a last word of two syllables or more, the other
//     allomorph of 을/를, 은/는, 으로/로 (으로 only after a vowel or ㄹ),
//     라는, 라고 and 랑 is read as the particle (부바 왓슨를, 리하나을,
//     제레미 코빈라는), and after a person's form also 가, 와 and 과
//     (크리스천 베일가); see slip. The run is returned as Match.Suffix.
//   - English endings: a possessive ('s or ’s, or a bare apostrophe after
//     s), and for entries of type term a plural s or es before it
//     (declarations, declarations'). The ending is Match.Suffix.
//   - Otherwise any character that is not a letter, digit or combining
//     mark (an apostrophe only when it closes a quotation, that is, no
//     letter or digit follows it, or Hangul does: 'end-of-war
//     declaration', '종전선언'이라고), or the end of the text.
//
// Matchers are built once per glossary, language and options and cached;
// they are safe for concurrent use.
//
// # Lint
//
// Lint reports, with file, line and column: files that do not load,
// duplicate entry ids and duplicate forms, a form preferred in one entry
// and deprecated in another, two entries claiming the same form, empty or
// padded terms, text not in NFC, bad language tags (and country codes such
// as kr used as languages), dates that do not parse or end before they
// start, languages with only deprecated forms, two preferred forms in one
// language, and short forms that are not a word of their term.
package glossary
