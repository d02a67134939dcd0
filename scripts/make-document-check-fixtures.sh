#!/usr/bin/env bash
# Make the fixtures of the document checks (DOC-AMOUNT, DOC-TABLE, DOC-NAME…): a 可研 that states its
# facts consistently and variants with one mistake each, as DOCX written by LibreOffice (soffice) from
# the HTML that scripts/doc-fixtures.mjs writes, and as the same text in Markdown. Run by hand; CI
# uses the committed files and does not need LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "needs LibreOffice: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node scripts/doc-fixtures.mjs "$work/src" >/dev/null
# The 可研 of several mistakes at once is the submission fixture's (make-submission-fixtures.sh).
rm "$work"/src/ky-mistakes.*
mkdir -p test/fixtures/docx test/fixtures/md
timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --infilter=HTML\ \(StarWriter\) \
  --convert-to 'docx:MS Word 2007 XML' --outdir "$work/docx" "$work"/src/*.html >/dev/null 2>&1
for f in "$work"/docx/ky-*.docx; do cp "$f" test/fixtures/docx/; done
cp "$work"/src/ky-*.md test/fixtures/md/
ls test/fixtures/docx/ky-*.docx | wc -l | xargs echo "DOCX fixtures:"
