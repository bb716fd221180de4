#!/usr/bin/env bash
# Regenerates docs/images/bao-cao-trang-1.png: the first page of the sample report, rendered by LibreOffice.
# Needs libreoffice-writer-nogui and poppler-utils.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
(cd "$work" && dotnet run --project "$root/src/LucBinh.Docs.Cli" -- generate --out "$work/report.docx")
soffice --headless --convert-to pdf --outdir "$work" "$work/report.docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 "$work/report.pdf" "$work/page"
cp "$work/page-1.png" "$root/docs/images/bao-cao-trang-1.png"
echo "docs/images/bao-cao-trang-1.png updated"
