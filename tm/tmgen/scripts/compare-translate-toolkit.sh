#!/bin/sh
# Compare `bitext tm lookup` with Translate Toolkit's pretranslate (Debian
# package translate-toolkit) on the same generated memory and the same
# English queries. Usage, from the repository root:
#
#   sh tm/tmgen/scripts/compare-translate-toolkit.sh 100000 ../shared/corpus
#
# It prints the CPU time of each side (/usr/bin/time) and how many of the
# queries got a match of at least 75 and how many got the unit they were
# made from.
set -eu
N=${1:-10000}
CORPUS=${2:-}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
go build -o "$W/bitext" ./cmd/bitext
set -- --units "$N" --seed 1 --out "$W/tm.tmx" --queries 1000 --queries-out "$W/q.jsonl"
[ -n "$CORPUS" ] && set -- "$@" --corpus "$CORPUS"
"$W/bitext" tm gen "$@"
/usr/bin/python3 - "$W" <<'PY'
import json, sys
w = sys.argv[1]
qs = [json.loads(l) for l in open(w + '/q.jsonl')]
en = [q for q in qs if q['source_lang'] == 'en']
esc = lambda s: s.replace('\\', '\\\\').replace('"', '\\"')
with open(w + '/q.po', 'w') as f:
    f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ko\\n"\n\n')
    for i, q in enumerate(en):
        f.write('msgctxt "q%d"\nmsgid "%s"\nmsgstr ""\n\n' % (i, esc(q['text'])))
with open(w + '/q.txt', 'w') as f:
    for q in en:
        f.write(q['text'] + '\n')
PY
echo "translate-toolkit pretranslate:"
/usr/bin/time -f "  %e s wall, %U s user, %M kB" pretranslate -t "$W/tm.tmx" "$W/q.po" "$W/out.po" >/dev/null 2>"$W/tt.err" || true
tail -1 "$W/tt.err"
echo "bitext tm import + lookup:"
/usr/bin/time -f "  import %e s wall, %U s user, %M kB" "$W/bitext" tm --tm "$W/b.tm" import "$W/tm.tmx" >/dev/null
/usr/bin/time -f "  lookup %e s wall, %U s user, %M kB" "$W/bitext" tm --tm "$W/b.tm" lookup --source-lang en --target-lang ko --min 75 --top 1 --format json - <"$W/q.txt" >"$W/ours.json"
/usr/bin/python3 - "$W" <<'PY'
import json, sys, xml.etree.ElementTree as ET
from translate.storage import po
w = sys.argv[1]
qs = [json.loads(l) for l in open(w + '/q.jsonl')]
en = [q for q in qs if q['source_lang'] == 'en']
ko = {}
for tu in ET.parse(w + '/tm.tmx').getroot().iter('tu'):
    segs = {v.get('{http://www.w3.org/XML/1998/namespace}lang'): ''.join(v.find('seg').itertext()) for v in tu.iter('tuv')}
    ko[tu.get('tuid')] = segs['ko']
ours = json.load(open(w + '/ours.json'))
om = sum(1 for r in ours if r['matches'])
ot = sum(1 for r, q in zip(ours, en) if r['matches'] and r['matches'][0]['target'] == ko[q['want_tuid']])
tt = {u.source: u.target for u in po.pofile.parsefile(w + '/out.po').units if not u.isheader()}
tm_ = sum(1 for q in en if tt.get(q['text']))
tt_true = sum(1 for q in en if tt.get(q['text']) == ko[q['want_tuid']])
print(f"{len(en)} English queries: bitext matched {om} (the true unit {ot}); translate-toolkit matched {tm_} (the true unit {tt_true})")
PY
