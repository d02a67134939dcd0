#!/usr/bin/env bash
# Make the workbook fixtures of test/fixtures/xlsx/ with LibreOffice Calc (soffice), so the workbook
# reader is tested on files real office software wrote. Run by hand; CI uses the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=test/fixtures/xlsx
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert() { soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" >/dev/null 2>&1; }

# A flat ODS document: one <table:table> per sheet, rows given as the body of this function's input.
fods() {
  cat <<'HEAD'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
HEAD
  cat
  echo '</office:spreadsheet></office:body></office:document>'
}
s() { echo "<table:table-cell office:value-type=\"string\"><text:p>$1</text:p></table:table-cell>"; }
n() { echo "<table:table-cell office:value-type=\"float\" office:value=\"$1\"><text:p>$1</text:p></table:table-cell>"; }
f() { echo "<table:table-cell table:formula=\"of:=$1\" office:value-type=\"float\"><text:p/></table:table-cell>"; }
e() { echo '<table:table-cell/>'; }
hw_header() { echo "<table:table-row>$(s 类别)$(s 名称)$(s 主要技术参数)$(s 单位)$(s 数量)$(s '单价(万元)')$(s '金额（万元）')$(s 是否安全可靠产品)</table:table-row>"; }
hw_rows() {
  echo "<table:table-row>$(s 硬件)$(s 密码服务器)$(s '国密二级 SM2/SM3/SM4')$(s 台)$(n 2)$(n 26)$(n "$1")$(s 是)</table:table-row>"
  echo "<table:table-row>$(s 硬件)$(s 签名验签服务器)$(s 国密二级)$(s 台)$(n 2)$(n 18)$(n 36)$(s 是)</table:table-row>"
  echo "<table:table-row>$(s 软件)$(s 国产数据库)$(s '集群版 3节点')$(s 套)$(n 1)$(n 45)$(n 45)$(s 是)</table:table-row>"
  echo "<table:table-row>$(s 软件)$(s 国产中间件)$(s '企业版 8节点')$(s 套)$(n 1)$(n 27.2)$(n 27.2)$(s 是)</table:table-row>"
  echo "<table:table-row>$(s 云资源)$(s '“吉林祥云”资源租用')$(s '64核/256GB×6，3年')$(s 项)$(n 1)$(n 86.4)$(n 86.4)$(s 是)</table:table-row>"
}

# 1. The 吉林 example's 软硬件配置清单 with a title above it, a 合计 row and a note below it.
fods > "$work/hardware.fods" <<XML
<table:table table:name="配置清单">
<table:table-row>$(s '项目软硬件配置清单')</table:table-row>
<table:table-row>$(s '项目名称：吉林省不动产登记信息共享服务平台建设项目')</table:table-row>
$(hw_header)
$(hw_rows 52)
<table:table-row>$(s 合计)$(e)$(e)$(e)$(e)$(e)$(n 246.6)$(e)</table:table-row>
<table:table-row>$(s '注：“是否安全可靠产品”填是或否。')</table:table-row>
</table:table>
XML
# 2. The same with one amount that does not match 数量 × 单价 (F7 should be 52).
fods > "$work/hardware-bad-sum.fods" <<XML
<table:table table:name="配置清单">
$(hw_header)
$(hw_rows 53)
<table:table-row>$(s 合计)$(e)$(e)$(e)$(e)$(e)$(n 247.6)$(e)</table:table-row>
</table:table>
XML
# 3. Amounts and the total as formulas (Calc saves their computed results), and a number typed as text.
fods > "$work/hardware-formulas.fods" <<XML
<table:table table:name="配置清单">
$(hw_header)
<table:table-row>$(s 硬件)$(s 密码服务器)$(s '国密二级 SM2/SM3/SM4')$(s 台)$(n 2)$(n 26)$(f '[.E2]*[.F2]')$(s 是)</table:table-row>
<table:table-row>$(s 硬件)$(s 签名验签服务器)$(s 国密二级)$(s 台)$(n 2)$(n 18)$(f '[.E3]*[.F3]')$(s 是)</table:table-row>
<table:table-row>$(s 软件)$(s 国产数据库)$(s '集群版 3节点')$(s 套)$(n 1)$(n 45)$(f '[.E4]*[.F4]')$(s 是)</table:table-row>
<table:table-row>$(s 软件)$(s 国产中间件)$(s '企业版 8节点')$(s 套)$(n 1)$(s '27.20')$(s '27.20')$(s 是)</table:table-row>
<table:table-row>$(s 云资源)$(s '“吉林祥云”资源租用')$(s '64核/256GB×6，3年')$(s 项)$(n 1)$(n 86.4)$(f '[.E6]*[.F6]')$(s 是)</table:table-row>
<table:table-row>$(s 合计)$(e)$(e)$(e)$(e)$(e)$(f 'SUM([.G2:.G6])')$(e)</table:table-row>
</table:table>
XML
# 4. The 估算表 with a header over two rows (估算 merged over 金额 and 计算依据), on the second sheet.
fods > "$work/estimate-merged.fods" <<XML
<table:table table:name="说明"><table:table-row>$(s '本工作簿的第二张表是项目总投资估算表。')</table:table-row></table:table>
<table:table table:name="估算表">
<table:table-row>
<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>序号</text:p></table:table-cell>
<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>工程或费用名称</text:p></table:table-cell>
<table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>费用类别</text:p></table:table-cell>
<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>估算</text:p></table:table-cell><table:covered-table-cell/>
</table:table-row>
<table:table-row><table:covered-table-cell/><table:covered-table-cell/><table:covered-table-cell/>$(s '金额
（万元）')$(s 计算依据)</table:table-row>
<table:table-row>$(s 一)$(s 硬件设备购置费)$(s 工程费用)$(n 88)$(s 按配置清单)</table:table-row>
<table:table-row>$(s 二)$(s 软件购置费)$(s 工程费用)$(n 72.2)$(s 按配置清单)</table:table-row>
<table:table-row>$(s 三)$(s 应用系统开发费)$(s 工程费用)$(n 396)$(s 按工作量核算表)</table:table-row>
<table:table-row>$(s 四)$(s '“吉林祥云”资源租用费')$(s 工程费用)$(n 86.4)$(e)</table:table-row>
<table:table-row>$(s 五)$(s 系统集成费)$(s 工程费用)$(n 42.6)$(e)</table:table-row>
<table:table-row>$(s 六)$(s 监理费)$(s 工程建设其他费用)$(n 18.6)$(e)</table:table-row>
<table:table-row>$(s 七)$(s '第三方测评、等保测评及密评费')$(s 工程建设其他费用)$(n 36.5)$(e)</table:table-row>
<table:table-row>$(s 八)$(s 项目前期咨询费)$(s 工程建设其他费用)$(n 28.8)$(e)</table:table-row>
<table:table-row>$(s 九)$(s 预备费)$(s 预备费)$(n 49.2)$(e)</table:table-row>
<table:table-row>$(s 合计)$(e)$(e)$(n 818.3)$(e)</table:table-row>
</table:table>
XML
# 5. The list of another project: its 项目名称 line above the header names a different project (DOC-NAME).
fods > "$work/hardware-other-name.fods" <<XML
<table:table table:name="配置清单">
<table:table-row>$(s '项目软硬件配置清单')</table:table-row>
<table:table-row>$(s '项目名称：吉林省人力资源社会保障一体化信息平台建设项目')</table:table-row>
$(hw_header)
$(hw_rows 52)
<table:table-row>$(s 合计)$(e)$(e)$(e)$(e)$(e)$(n 246.6)$(e)</table:table-row>
</table:table>
XML
for f in hardware hardware-bad-sum hardware-formulas estimate-merged hardware-other-name; do
  convert --convert-to xlsx --outdir "$work/out" "$work/$f.fods"
  cp "$work/out/$f.xlsx" "$out/lo-$f.xlsx"
done
ls -l "$out"
