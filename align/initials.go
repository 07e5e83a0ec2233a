package align

import "strings"

// latinKey is the text a Latin token is hashed by (kindLatin): lower
// case, and an initialism written with dots (U.N, U.S, E.U: capital
// letters one by one, as latinTokens leaves them without the last dot)
// without them, so that the English "U.N." and a Korean sentence's "UN"
// are one key (session 16, helper A23: kpc-dev.019's "UN은 2006년 …"
// against "… the last U.N. study …").
func latinKey(t string) string {
	if initialism(t) {
		t = strings.ReplaceAll(t, ".", "")
	}
	return strings.ToLower(t)
}

// initialism reports whether t is two or more capital letters each
// followed by a dot but the last (U.N, U.S.A).
func initialism(t string) bool {
	t = strings.TrimSuffix(t, ".")
	if len(t) < 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if i%2 == 0 {
			if c < 'A' || c > 'Z' {
				return false
			}
		} else if c != '.' {
			return false
		}
	}
	return len(t)%2 == 1
}
