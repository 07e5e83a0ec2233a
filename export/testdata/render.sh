#!/usr/bin/env bash
# Renders the sample bilingual document the way editors open it, for a look:
#   - the HTML page in headless Chromium (a PNG screenshot, screen and print)
#   - the DOCX converted to PDF by headless LibreOffice, then to PNG
# Usage: export/testdata/render.sh [OUTDIR]   (default: a new temporary folder)
# Needs: chromium, libreoffice (libreoffice-writer-nogui), poppler-utils,
# fonts-noto-cjk for Korean glyphs. Nothing here is fetched from the network.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
go test ./export -count=1 -run '^TestWriteSamples$' -samples "$out" >/dev/null
echo "samples in $out"

if command -v chromium >/dev/null 2>&1; then
  for name in sample sample.ko; do
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$profile" --hide-scrollbars --window-size=1200,1600 \
      --screenshot="$out/$name.html.png" "file://$out/$name.html" >/dev/null 2>&1
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$profile" --no-pdf-header-footer \
      --print-to-pdf="$out/$name.html.pdf" "file://$out/$name.html" >/dev/null 2>&1
    rm -rf "$profile"
    echo "chromium: $out/$name.html.png $out/$name.html.pdf"
  done
else
  echo "chromium not installed: skipped the HTML screenshot"
fi

if command -v libreoffice >/dev/null 2>&1; then
  profile=$(mktemp -d)
  libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
    --outdir "$out" "$out/sample.docx" "$out/sample.ko.docx" >/dev/null 2>&1
  rm -rf "$profile"
  for name in sample sample.ko; do
    test -s "$out/$name.pdf" || { echo "libreoffice did not convert $name.docx"; exit 1; }
    if command -v pdftotext >/dev/null 2>&1; then
      # The converted PDF must hold both columns' text.
      text=$(pdftotext "$out/$name.pdf" -)
      for want in "산업통상자원부" "Ahn Duk-geun"; do
        grep -q "$want" <<<"$text" || { echo "$name.pdf lacks $want"; exit 1; }
      done
    fi
    echo "libreoffice: $out/$name.pdf"
  done
else
  echo "libreoffice not installed: skipped the DOCX conversion"
fi

if command -v pdftoppm >/dev/null 2>&1; then
  for pdf in "$out"/*.pdf; do
    pdftoppm -png -r 70 -f 1 -l 1 "$pdf" "${pdf%.pdf}.page"
  done
  ls "$out"/*.png
fi
