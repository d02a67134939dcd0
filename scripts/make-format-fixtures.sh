#!/usr/bin/env bash
# Make the submissions of the other formats a reviewer receives, with LibreOffice (the consistent 可研
# and 配置清单 of make-submission-fixtures.sh, saved again):
#   formats/     the 可研 as RTF, the 资金来源表 as a Word 97 file named .wps, the 配置清单 as Excel 97 (.xls);
#   et/          the 配置清单 as an Excel 97 file named .et.
#                WPS Office's .wps and .et are the Word 97 and Excel 97 formats under its own names
#                (LibreOffice tells them by their content), so Word 97 and Excel 97 files saved by
#                LibreOffice stand in for them;
#   encrypted/   the 可研 as a PDF with an open password (123456), and a zip whose entries are
#                encrypted (zip -P, the ZipCrypto every Windows tool reads).
# Run by hand; CI uses the committed files. Needs soffice, zip and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in soffice zip python3; do command -v $p >/dev/null || { echo "needs $p" >&2; exit 2; }; done
in=test/fixtures/submissions/consistent
out=test/fixtures/submissions
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" >/dev/null 2>&1; }
ky=$(cd "$in" && ls *可行性研究报告（送审稿）.docx)
mkdir -p "$work/src"
cp "$in/$ky" "$work/src/ky.docx"
cp "$in/附件2 项目资金来源表.docx" "$work/src/funding.docx"
cp "$in/附件1 项目软硬件配置清单.xlsx" "$work/src/hardware.xlsx"
lo --convert-to 'rtf:Rich Text Format' --outdir "$work/rtf" "$work/src/ky.docx"
lo --convert-to 'doc:MS Word 97' --outdir "$work/doc" "$work/src/funding.docx"
lo --convert-to 'xls:MS Excel 97' --outdir "$work/xls" "$work/src/hardware.xlsx"
lo --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"123456"}}' --outdir "$work/pdf" "$work/src/ky.docx"

rm -rf "$out/formats" "$out/et" "$out/encrypted" "$out/encrypted-submission.zip"
mkdir -p "$out/formats" "$out/et" "$out/encrypted"
cp "$work/rtf/ky.rtf" "$out/formats/${ky%.docx}.rtf"
cp "$work/doc/funding.doc" "$out/formats/附件2 项目资金来源表.wps"
cp "$work/xls/hardware.xls" "$out/formats/附件1 项目软硬件配置清单.xls"
cp "$work/xls/hardware.xls" "$out/et/附件1 项目软硬件配置清单.et"
cp "$work/pdf/ky.pdf" "$out/encrypted/${ky%.docx}（加密）.pdf"
(cd "$in" && zip -q -X -P 123456 "$work/sealed.zip" "$ky" "附件1 项目软硬件配置清单.xlsx")
cp "$work/sealed.zip" "$out/encrypted-submission.zip"
find "$out/formats" "$out/et" "$out/encrypted" "$out/encrypted-submission.zip" -type f | sort
