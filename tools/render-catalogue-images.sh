#!/usr/bin/env bash
# Regenerates docs/images/catalogue/<id>.png: the first page of each kind of the catalogue, generated from its own
# sample tracker and rendered by LibreOffice. Needs libreoffice-writer-nogui and poppler-utils.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/docs/images/catalogue"
dotnet build "$root/src/LucBinh.Docs.Cli" -v q >/dev/null
ids=$( (echo bao-cao-ket-qua-phoi-hop; ls "$root"/templates/*.json | xargs -n1 basename | sed 's/\.json$//') | sort -u)
for id in $ids; do
  manifest="$root/templates/$id.json"
  sample="$root/templates/samples/$id.xlsx"
  [ "$id" = "bao-cao-ket-qua-phoi-hop" ] && sample="$root/templates/samples/so-theo-doi-6-thang-dau-2024.xlsx"
  out="$work/$id"
  mkdir -p "$out"
  each=()
  if [ -f "$manifest" ] && grep -q '"each": "' "$manifest"; then
    each=(--each "$(sed -n 's/.*"each": "\([^"]*\)".*/\1/p' "$manifest")")
  fi
  (cd "$work" && dotnet run --no-build --project "$root/src/LucBinh.Docs.Cli" -- generate \
      --template "$root/templates/$id.docx" --tracker "$sample" "${each[@]}" --out "$out" >/dev/null)
  docx=$(ls "$out"/*.docx | sort | head -n 1)
  cp "$docx" "$out/first.docx"
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$out" "$out/first.docx" >/dev/null
  pdftoppm -png -r 80 -f 1 -l 1 "$out/first.pdf" "$out/page"
  cp "$(ls "$out"/page-*.png | head -n 1)" "$root/docs/images/catalogue/$id.png"
  echo "docs/images/catalogue/$id.png"
done
