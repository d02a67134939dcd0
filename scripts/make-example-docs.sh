#!/usr/bin/env bash
# Make the Word documents of the examples that are written as HTML in scripts/example-docs/ with
# LibreOffice (soffice), so the examples are what real office software writes: heading styles, a
# 估算表 with merged 类别 cells and subtotals. Run by hand after editing an HTML source; CI uses
# the committed files and does not need LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "needs LibreOffice: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert() { timeout 120 soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" >/dev/null 2>&1; }

# scripts/example-docs/<example>-<document>.html → examples/<example>*/docs/<document>.docx
for src in scripts/example-docs/*.html; do
  base=$(basename "$src" .html)
  example=${base%%-*}
  doc=${base#*-}
  dir=$(ls -d examples/"$example"-*/ | head -n 1)
  cp "$src" "$work/$doc.html"
  convert --infilter=HTML\ \(StarWriter\) --convert-to 'docx:MS Word 2007 XML' --outdir "$work/out" "$work/$doc.html"
  cp "$work/out/$doc.docx" "$dir/docs/$doc.docx.tmp"
  mv "$dir/docs/$doc.docx.tmp" "$dir/docs/$doc.docx"
  echo "wrote $dir""docs/$doc.docx"
done
