#!/bin/sh
# Regenerates the tool-written TMX fixtures in this folder. Needs the Debian
# packages translate-toolkit and omegat. Run from tmx/testdata. The inputs
# (translate-toolkit.po, omegat-project/) and news.out.tmx are ours.
set -e
po2tmx -l ko --comments=source translate-toolkit.po translate-toolkit.tmx

# OmegaT 3.6 console mode: translate omegat-project/source/article.txt with
# news.out.tmx (our encoder's output) as an auto-translation memory. OmegaT
# then writes its project TMX exports (level1 = TMX 1.1, level2 = TMX 1.4).
tmp=$(mktemp -d)
cp -r omegat-project "$tmp/proj"
mkdir -p "$tmp/proj/tm/auto" "$tmp/proj/target" "$tmp/proj/glossary" "$tmp/proj/dictionary" "$tmp/proj/omegat"
cp news.out.tmx "$tmp/proj/tm/auto/bitext.tmx"
omegat --mode=console-translate --config-dir="$tmp/cfg" --disable-project-locking --no-team "$tmp/proj"
cp "$tmp/proj/proj-level1.tmx" omegat-level1.tmx
cp "$tmp/proj/proj-level2.tmx" omegat-level2.tmx
# Four of the five source sentences come from news.out.tmx: the translated
# document must hold their Korean text.
grep -c '' "$tmp/proj/target/article.txt"
cat "$tmp/proj/target/article.txt"
rm -rf "$tmp"
