package check

// Session 24 (helper T65, issue #11): an Arabic surname after its article
// prefix, alone in a usual respelling, names the person (respelledNamed)
// where every allowed English form writes the prefix. surnameFirst takes a
// name whose last word holds a hyphen for one written surname first, the
// Korean way (Han Seung-soo), so respelledNamed skipped "Walid al-Muallem"
// as a Korean name and accepted "Al-Moualem" for 무알렘 only when the list
// also gave a form without the prefix (Walid Muallem). house43 lists Walid
// al-Moallem with Walid al-Muallem admitted, none without al-, and "Al-Moualem
// said" for 알-무알렘 장관은 (ntrex-even 1958, judged false: the minister in a
// usual romanization) stayed a missing person though "Walid al-Moualem" in
// the article's first mention was accepted as the same transliteration. So
// respelledNamed reads such a form's last word as a surname (articleSurname:
// a lower-case article and a hyphen, then a capital); the other readers of
// surnameFirst are left as they are (a given name of one admitted form with
// the surname of another, "Tareq al-Hashimi", is still read by the Korean
// name's rules). Developed on house43's false alarm (seen) and our own
// sentences (TestArticleSurnameRespelt).

// givenNameLast reports whether the words ws of a listed name are written
// surname first with a hyphenated given name last (surnameFirst), the last
// word being no Arabic surname after its article (articleSurname).
func givenNameLast(ws []string) bool {
	return surnameFirst(ws) && !articleSurname(ws[len(ws)-1])
}
