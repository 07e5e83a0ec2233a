package tm

import (
	"encoding/json"
	"sync"

	"golang.org/x/text/language"
)

// What follows is for stores: how a unit's language tags, and the fields
// it holds beyond a store's columns, are written and read back, the same
// in every backend.

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
	TUID    string   `json:"tuid,omitempty"`
	Creator string   `json:"creator,omitempty"`
	Changer string   `json:"changer,omitempty"`
	Origin  *Origin  `json:"origin,omitempty"`
	Notes   []Note   `json:"notes,omitempty"`
	Props   []Prop   `json:"props,omitempty"`
	VProps  [][]Prop `json:"vprops,omitempty"`
	VNotes  [][]Note `json:"vnotes,omitempty"`
}

// EncodeExtras returns, as JSON, what u holds beyond the columns a store
// keeps: TUID, creator, origin, notes and properties of the unit and of
// each variant, and the changer unless withChanger is false (the store
// keeps it in a column of its own).
func EncodeExtras(u *Unit, withChanger bool) []byte {
	d := extras{TUID: u.TUID, Creator: u.Creator, Notes: u.Notes, Props: u.Props}
	if withChanger {
		d.Changer = u.Changer
	}
	if u.Origin != (Origin{}) {
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
func DecodeExtras(u *Unit, data []byte) {
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
