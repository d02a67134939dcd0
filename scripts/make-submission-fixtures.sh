#!/usr/bin/env bash
# Make the submissions `zwpack import` is tested on, as a reviewer receives them, with LibreOffice:
#   consistent/      a 可研 (送审稿) as DOCX and its PDF, the 软硬件配置清单 workbook with a title and a
#                    项目名称 line above the header, the 资金来源表 as a Word file of its own, a scanned
#                    中标通知书, and a note nothing reads;
#   mistakes/        the 可研 with three mistakes of the document checks (a 项目总投资 in the text that
#                    differs, DOC-AMOUNT; a 估算表 合计 its rows do not add up to, DOC-TABLE; a paragraph
#                    naming 哈尔滨市, DOC-PLACE), and the 配置清单 whose 项目名称 line names another project
#                    (DOC-NAME);
#   consistent-gbk.zip  consistent/ zipped as Windows in China does: GBK names without the UTF-8 flag,
#                    with __MACOSX/ and a ~$ lock file to skip;
#   doc/             the 可研 as Word 97 (.doc) only;   scan/  the 可研 as a scanned PDF only.
# Run by hand; CI uses the committed files. Needs soffice, pdftoppm and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
for p in soffice pdftoppm python3; do command -v $p >/dev/null || { echo "needs $p" >&2; exit 2; }; done
out=test/fixtures/submissions
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo() { timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" >/dev/null 2>&1; }
node scripts/doc-fixtures.mjs "$work/src" >/dev/null
name=$(node -e "import('./scripts/doc-fixtures.mjs').then(m=>console.log(m.LONG_NAME))")
ky="${name}可行性研究报告（送审稿）"

lo --infilter='HTML (StarWriter)' --convert-to 'docx:MS Word 2007 XML' --outdir "$work/docx" "$work/src/ky-consistent.html" "$work/src/ky-mistakes.html"
# 附件2 项目资金来源表 as a Word file of its own: a title above the table, merged 合计 cells.
cat > "$work/src/funding.html" <<HTML
<html><head><meta charset="utf-8"></head><body>
<p>附件2 项目资金来源表</p>
<table border="1">
<tr><td>资金来源</td><td>资金性质</td><td>金额（万元）</td><td>占比（%）</td></tr>
<tr><td>省级财政预算</td><td>省级财政资金</td><td>1,034.56</td><td>83.80</td></tr>
<tr><td>中央预算内投资</td><td>中央预算内投资</td><td>200.00</td><td>16.20</td></tr>
<tr><td colspan="2">合计</td><td>1,234.56</td><td>100.00</td></tr>
</table></body></html>
HTML
lo --infilter='HTML (StarWriter)' --convert-to 'docx:MS Word 2007 XML' --outdir "$work/docx" "$work/src/funding.html"
lo --convert-to pdf --outdir "$work/pdf" "$work/docx/ky-consistent.docx"
lo --convert-to 'doc:MS Word 97' --outdir "$work/doc" "$work/docx/ky-consistent.docx"

# The 软硬件配置清单 as consultants send it: a title and a 项目名称 line above the header, a 合计 below.
s() { echo "<table:table-cell office:value-type=\"string\"><text:p>$1</text:p></table:table-cell>"; }
n() { echo "<table:table-cell office:value-type=\"float\" office:value=\"$1\"><text:p>$1</text:p></table:table-cell>"; }
e() { echo '<table:table-cell/>'; }
row() { echo "<table:table-row>$*</table:table-row>"; }
workbook() {
cat > "$work/$1.fods" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="配置清单">
$(row "$(s '附件1 项目软硬件配置清单')")
$(row "$(s "项目名称：$2")")
$(row "$(s 类别)$(s 名称)$(s 主要技术参数)$(s 单位)$(s 数量)$(s '单价(万元)')$(s '金额（万元）')$(s 是否安全可靠产品)")
$(row "$(s 硬件)$(s 密码服务器)$(s '国密二级 SM2/SM3/SM4')$(s 台)$(n 2)$(n 26)$(n 52)$(s 是)")
$(row "$(s 硬件)$(s 签名验签服务器)$(s 国密二级)$(s 台)$(n 2)$(n 35.725)$(n 71.45)$(s 是)")
$(row "$(s 软件)$(s 国产数据库)$(s '集群版 3节点')$(s 套)$(n 1)$(n 45)$(n 45)$(s 是)")
$(row "$(s 软件)$(s 国产中间件)$(s '企业版 8节点')$(s 套)$(n 1)$(n 43)$(n 43)$(s 是)")
$(row "$(s 合计)$(e)$(e)$(e)$(e)$(e)$(n 211.45)$(e)")
</table:table></office:spreadsheet></office:body></office:document>
XML
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/xlsx" "$work/$1.fods"
}
workbook hardware "$name"
workbook hardware-other-name 吉林省自然资源综合监管平台建设项目

# A scan: the PDF's first page as a picture, in a PDF of its own (no text layer).
pdftoppm -r 60 -png -f 1 -l 1 "$work/pdf/ky-consistent.pdf" "$work/page"
node -e "
const PDFDocument = require('pdfkit'); const fs = require('fs');
const doc = new PDFDocument({ size: 'A4', font: null, info: { CreationDate: new Date('2024-01-01') } });
doc.pipe(fs.createWriteStream(process.argv[2])); doc.image(process.argv[1], 0, 0, { width: 595 }); doc.end();
" "$(ls "$work"/page*.png | head -1)" "$work/scan.pdf"

rm -rf "$out/consistent" "$out/mistakes" "$out/doc" "$out/scan" "$out/consistent-gbk.zip"
mkdir -p "$out/consistent" "$out/mistakes" "$out/doc" "$out/scan"
cp "$work/docx/ky-consistent.docx" "$out/consistent/$ky.docx"
cp "$work/pdf/ky-consistent.pdf" "$out/consistent/$ky.pdf"
cp "$work/xlsx/hardware.xlsx" "$out/consistent/附件1 项目软硬件配置清单.xlsx"
cp "$work/scan.pdf" "$out/consistent/中标通知书（扫描件）.pdf"
cp "$work/docx/funding.docx" "$out/consistent/附件2 项目资金来源表.docx"
printf '送审材料，请查收。\r\n' > "$out/consistent/说明.txt"
cp "$work/docx/ky-mistakes.docx" "$out/mistakes/$ky.docx"
cp "$work/xlsx/hardware-other-name.xlsx" "$out/mistakes/附件1 项目软硬件配置清单.xlsx"
cp "$work/doc/ky-consistent.doc" "$out/doc/${name}可行性研究报告.doc"
cp "$work/scan.pdf" "$out/scan/${name}可行性研究报告.pdf"

# The zip as Windows writes it: names in GBK and no UTF-8 flag (Python's zipfile would set it, so the
# name bytes are given as the writer of a GBK system gives them), plus the junk a Mac and Office leave.
python3 - "$out/consistent" "$out/consistent-gbk.zip" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
class GbkInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode('gbk'), self.flag_bits & ~0x800
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(src)):
        info = GbkInfo('送审材料/' + name, (2024, 3, 1, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, open(os.path.join(src, name), 'rb').read())
    z.writestr(GbkInfo('送审材料/~$可行性研究报告.docx', (2024, 3, 1, 9, 0, 0)), b'lock')
    z.writestr(GbkInfo('__MACOSX/送审材料/._说明.txt', (2024, 3, 1, 9, 0, 0)), b'x')
PY
find "$out" -type f | sort
