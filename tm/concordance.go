package tm

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/tm/internal/terms"
	"bitext/tm/postings"
)

// Concordance returns the units of ix with a variant containing q.Text,
// by id: for each language (q.Lang, or every stored one), the units
// holding every index term of the query (the posting lists intersected,
// rarest first) whose text in that language contains the query,
// case-insensitively. A query without an index term (a lone Korean
// character, only digits) scans the stored texts (Index.Scan). It is the
// concordance of every backend.
func Concordance(ctx context.Context, ix Index, q ConcordanceQuery) ([]Unit, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	text := strings.TrimSpace(terms.NFC(q.Text))
	if text == "" {
		return nil, nil
	}
	langs := []string{LangKey(q.Lang)}
	if q.Lang == language.Und {
		var err error
		if langs, err = ix.Langs(ctx); err != nil {
			return nil, err
		}
	}
	needle := strings.ToLower(text)
	var ids []int64
	seen := map[int64]bool{}
	for _, lk := range langs {
		lang, err := language.Parse(lk)
		if err != nil {
			lang = language.Und
		}
		var cands []int64
		if qt := terms.IndexTerms(text, lang); len(qt) == 0 || terms.Characters(lang) && utf8.RuneCountInString(text) < 2 {
			cands, err = ix.Scan(ctx, lk, needle, q.Limit*4)
		} else {
			cands, err = intersect(ctx, ix, qt)
		}
		if err != nil {
			return nil, err
		}
		if ids, err = containing(ctx, ix, cands, lk, needle, q.Limit, ids, seen); err != nil {
			return nil, err
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ix.Units(ctx, ids)
}

// containing appends to ids, up to limit, the candidates not seen yet
// whose text in the language lk contains needle (lowercased), reading
// their variants a few at a time.
func containing(ctx context.Context, ix Index, cands []int64, lk, needle string, limit int, ids []int64, seen map[int64]bool) ([]int64, error) {
	for len(cands) > 0 && len(ids) < limit {
		part := cands[:min(len(cands), 4*limit)]
		cands = cands[len(part):]
		var todo []int64
		for _, id := range part {
			if !seen[id] {
				todo = append(todo, id)
			}
		}
		units, err := ix.Variants(ctx, todo)
		if err != nil {
			return nil, err
		}
		byID := make(map[int64][]StoredVariant, len(units))
		for _, u := range units {
			byID[u.ID] = u.Variants
		}
		for _, id := range todo {
			if len(ids) >= limit {
				break
			}
			for _, v := range byID[id] {
				if LangKey(v.Lang) == lk && strings.Contains(strings.ToLower(v.Text), needle) {
					seen[id] = true
					ids = append(ids, id)
					break
				}
			}
		}
	}
	return ids, nil
}

// intersect returns the units holding every term (ascending ids), reading
// the rarest term's posting list first.
func intersect(ctx context.Context, ix Index, qt []uint64) ([]int64, error) {
	dfs, _, err := ix.DocFreqs(ctx, qt)
	if err != nil {
		return nil, err
	}
	order := make([]postings.Term, len(qt))
	for i, t := range qt {
		if dfs[i] == 0 {
			return nil, nil
		}
		order[i] = postings.Term{Term: t, DF: dfs[i]}
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].DF < order[j].DF })
	var cur map[int64]bool
	for i, t := range order {
		next := map[int64]bool{}
		err := ix.Postings(ctx, []uint64{t.Term}, func(data []byte) error {
			return postings.Decode(data, func(id int64) {
				if i == 0 || cur[id] {
					next[id] = true
				}
			})
		})
		if err != nil {
			return nil, err
		}
		cur = next
		if len(cur) == 0 {
			return nil, nil
		}
	}
	ids := make([]int64, 0, len(cur))
	for id := range cur {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, nil
}
