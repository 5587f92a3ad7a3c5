#!/usr/bin/env bash
# Renders a .docx to PNG pages for a person to look at: tests/render/docx-to-png.sh FILE.docx OUTDIR
# Needs libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk (Debian).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
in=$1; out=$2
mkdir -p "$out"
FONTCONFIG_FILE="$here/fonts.conf" timeout 120 soffice --headless --convert-to pdf --outdir "$out" "$in" >/dev/null
pdf="$out/$(basename "${in%.*}").pdf"
pdftoppm -r 80 -png "$pdf" "$out/page"
ls "$out"/page*.png
