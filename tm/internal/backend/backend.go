// Package backend is what every translation memory backend (tm/sqlite,
// tm/postgres) stores the same way and no user of package tm needs: the
// stored form of language tags, the JSON of a unit's fields beyond a
// store's columns, the keys of exact lookup and of duplicate detection,
// and the times a unit gets when added. Index terms and key counts are
// package tm/internal/terms.
//
//	hash := backend.TextKey(v.Lang, v.Text) // the variants' hash column
//	data := backend.EncodeExtras(&u, true)  // the units' data column
package backend

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/internal/terms"
)

// StoredTag returns the form a store keeps a language tag in ("und" for
// Und).
func StoredTag(t language.Tag) string {
	if t == language.Und {
		return "und"
	}
	return t.String()
}

var storedTags sync.Map

// ParseStoredTag reads a tag written by StoredTag; what does not parse is
// Und. Results are cached: stores parse the same few tags again and again.
func ParseStoredTag(s string) language.Tag {
	if s == "" || s == "und" {
		return language.Und
	}
	if t, ok := storedTags.Load(s); ok {
		return t.(language.Tag)
	}
	t, err := language.Parse(s)
	if err != nil {
		t = language.Und
	}
	storedTags.Store(s, t)
	return t
}

// extras is what a unit holds beyond the columns stores keep, as JSON.
type extras struct {
	TUID    string      `json:"tuid,omitempty"`
	Creator string      `json:"creator,omitempty"`
	Changer string      `json:"changer,omitempty"`
	Origin  *tm.Origin  `json:"origin,omitempty"`
	Notes   []tm.Note   `json:"notes,omitempty"`
	Props   []tm.Prop   `json:"props,omitempty"`
	VProps  [][]tm.Prop `json:"vprops,omitempty"`
	VNotes  [][]tm.Note `json:"vnotes,omitempty"`
}

// EncodeExtras returns, as JSON, what u holds beyond the columns a store
// keeps: TUID, creator, origin, notes and properties of the unit and of
// each variant, and the changer unless withChanger is false (the store
// keeps it in a column of its own).
func EncodeExtras(u *tm.Unit, withChanger bool) []byte {
	d := extras{TUID: u.TUID, Creator: u.Creator, Notes: u.Notes, Props: u.Props}
	if withChanger {
		d.Changer = u.Changer
	}
	if u.Origin != (tm.Origin{}) {
		o := u.Origin
		d.Origin = &o
	}
	for _, v := range u.Variants {
		if len(v.Props) > 0 || len(v.Notes) > 0 {
			for _, v := range u.Variants {
				d.VProps = append(d.VProps, v.Props)
				d.VNotes = append(d.VNotes, v.Notes)
			}
			break
		}
	}
	b, _ := json.Marshal(d)
	return b
}

// DecodeExtras sets the fields of u that EncodeExtras wrote into data;
// u's variants must be there already. A changer not in data is left as it
// is.
func DecodeExtras(u *tm.Unit, data []byte) {
	var d extras
	_ = json.Unmarshal(data, &d) // written by EncodeExtras
	u.TUID, u.Creator, u.Notes, u.Props = d.TUID, d.Creator, d.Notes, d.Props
	if d.Changer != "" {
		u.Changer = d.Changer
	}
	if d.Origin != nil {
		u.Origin = *d.Origin
	}
	for i := range u.Variants {
		if i < len(d.VProps) {
			u.Variants[i].Props = d.VProps[i]
		}
		if i < len(d.VNotes) {
			u.Variants[i].Notes = d.VNotes[i]
		}
	}
}

// Defaults fills the creation and change times of u with now when unset.
func Defaults(u *tm.Unit, now time.Time) {
	if u.Created.IsZero() {
		u.Created = now
	}
	if u.Changed.IsZero() {
		u.Changed = u.Created
	}
}

// Identity is the key of duplicate detection: the hash of every variant's
// base language and text, in a fixed order.
func Identity(u *tm.Unit) uint64 {
	keys := make([]string, 0, len(u.Variants))
	for _, v := range u.Variants {
		keys = append(keys, terms.LangKey(v.Lang)+"\x00"+v.Text)
	}
	slices.Sort(keys)
	return terms.Hash(strings.Join(keys, "\x01"))
}

// TextKey is the key of exact lookup: the hash of a base language and an
// NFC text.
func TextKey(lang language.Tag, text string) uint64 {
	return terms.Hash(terms.LangKey(lang) + "\x00" + text)
}
