#!/usr/bin/env bash
# Make the Word fixtures of test/fixtures/docx/ with LibreOffice (soffice), so the outline reader
# is tested on files real office software wrote. Run by hand after `npm run build`; CI uses the
# committed files and does not need LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/docx
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert() { soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" >/dev/null 2>&1; }

# 1. A zwpack skeleton after a round trip through LibreOffice, with one chapter deleted in it.
node bin/zwpack.js init "$work/pkg" --profile jilin --yes >/dev/null
cp "$work/pkg/docs/可行性研究报告.docx" "$work/ky.docx"
convert --convert-to fodt --outdir "$work" "$work/ky.docx"
# Delete the heading of 第五章 项目采购方案 (a text:h element) and the table-of-contents entry for it.
python3 - "$work/ky.fodt" <<'PY'
import re, sys
p = sys.argv[1]; s = open(p, encoding='utf-8').read()
s, n = re.subn(r'<text:h [^>]*>(?:(?!</text:h>).)*第五章 项目采购方案(?:(?!</text:h>).)*</text:h>', '', s, flags=re.S)
assert n == 1, n
open(p, 'w', encoding='utf-8').write(s)
PY
convert --convert-to 'docx:MS Word 2007 XML' --outdir "$work/rt" "$work/ky.fodt"
cp "$work/rt/ky.docx" "$out/lo-roundtrip-no-procurement.docx"

# 2. A document written in LibreOffice with its own heading styles (Heading 1/2), a table and a header.
cat > "$work/styled.html" <<'HTML'
<html><head><meta charset="utf-8"><title>可行性研究报告</title></head><body>
<p>某某平台建设项目可行性研究报告</p>
<h1>1 项目概述</h1><p>本项目……</p>
<h1>2 项目建设单位概况</h1><p>……</p>
<h1>3 需求分析和项目建设的必要性</h1><p>……</p>
<table border="1"><tr><td>第四章 项目建设方案</td><td>表格里的文字不是标题</td></tr></table>
<h1>4 项目建设方案</h1>
<h2>4.1 软硬件产品安全可靠情况</h2><p>……</p>
<h2>4.2 密码应用方案</h2><p>……</p>
<h1>5 信息资源共享分析</h1><p>……</p>
<h1>6 项目组织机构和人员</h1><p>……</p>
<h1>7 项目实施进度</h1><p>……</p>
<h1>8 投资估算和资金来源</h1><p>……</p>
<h1>9 效益与风险分析</h1><p>……</p>
</body></html>
HTML
convert --infilter=HTML\ \(StarWriter\) --convert-to 'docx:MS Word 2007 XML' --outdir "$work/styled" "$work/styled.html"
cp "$work/styled/styled.docx" "$out/lo-heading-styles.docx"

# 3. A document with no heading styles at all: chapters are bold "第X章" lines, as WPS users often write.
cat > "$work/bold.html" <<'HTML'
<html><head><meta charset="utf-8"></head><body>
<p><b>某某平台建设项目可行性研究报告</b></p>
<p><b>第一章 项目概述</b></p><p>一、项目名称：某某平台。本项目由某某单位建设，建设期一年。</p>
<p><b>第二章 项目建设单位概况</b></p><p>……</p>
<p><b>第三章 需求分析和项目建设的必要性</b></p><p>……</p>
<p><b>第四章 项目建设方案</b></p>
<p><b>一、软硬件产品安全可靠情况</b></p><p>……</p>
<p><b>二、密码应用方案</b></p><p>……</p>
<p><b>第五章 信息资源共享分析</b></p><p>……</p>
<p><b>第六章 项目组织机构和人员</b></p><p>……</p>
<p><b>第七章 项目实施进度</b></p><p>……</p>
<p><b>第八章 投资估算和资金来源</b></p><p>……</p>
<p><b>第九章 效益与风险分析</b></p><p>……</p>
</body></html>
HTML
convert --infilter=HTML\ \(StarWriter\) --convert-to 'docx:MS Word 2007 XML' --outdir "$work/bold" "$work/bold.html"
cp "$work/bold/bold.docx" "$out/lo-bold-numbering.docx"

# 4 and 5. The official 吉林 可研 outline (附件2) word for word in LibreOffice: every chapter as a
# Heading 1 with nothing under it; then with the outline's 主要包括 lines under each, and 第八章 holding ××万元.
chapters=(项目概述 项目建设单位概况 需求分析和项目建设的必要性 项目建设方案 项目采购方案 项目组织机构和人员培训 项目实施进度 投资估算和资金来源 效益与评价指标分析 项目风险与风险管理)
numbers=(一 二 三 四 五 六 七 八 九 十)
awk '/^附件2/{f=1} /^附件3/{f=0} f && /^主要包括/' ../shared/seeds/004_f66cb676faa7a469.txt > "$work/guides.txt"
{ echo '<html><head><meta charset="utf-8"></head><body><p>吉林省某某平台建设项目可行性研究报告</p>'
  for i in "${!chapters[@]}"; do echo "<h1>第${numbers[$i]}章 ${chapters[$i]}</h1>"; done
  echo '</body></html>'; } > "$work/official-empty.html"
{ echo '<html><head><meta charset="utf-8"></head><body><p>吉林省某某平台建设项目可行性研究报告</p>'
  for i in "${!chapters[@]}"; do
    echo "<h1>第${numbers[$i]}章 ${chapters[$i]}</h1><p>$(sed -n "$((i + 1))p" "$work/guides.txt")</p>"
    if [ "${chapters[$i]}" = 投资估算和资金来源 ]; then echo '<p>项目总投资××万元，其中建设投资××万元。</p>'; fi
  done
  echo '</body></html>'; } > "$work/official-guides.html"
for f in official-empty official-guides; do
  convert --infilter=HTML\ \(StarWriter\) --convert-to 'docx:MS Word 2007 XML' --outdir "$work/$f" "$work/$f.html"
  cp "$work/$f/$f.docx" "$out/lo-$f.docx"
done
ls -l "$out"
