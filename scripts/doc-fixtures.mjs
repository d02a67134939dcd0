// Writes the 可研 fixtures of the document checks as HTML (for LibreOffice to turn into DOCX) and as
// Markdown: one consistent report, and variants with exactly one mistake each. The base is the 吉林
// example's 可研 (scripts/example-docs/), whose headings follow 吉林 附件2 word for word; the fixture gives
// the project a 46-character name and a total of 1,234.56 万元 written in every form consultants use.
// Usage: node scripts/doc-fixtures.mjs OUTDIR   (scripts/make-docx-fixtures.sh runs it)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LONG_NAME = '吉林省自然资源厅不动产登记信息共享服务平台暨全省不动产登记数据汇聚治理与共享应用建设项目';
const OLD_NAME = '吉林省不动产登记信息共享服务平台建设项目';
const root = fileURLToPath(new URL('../', import.meta.url));
const base = readFileSync(join(root, 'scripts', 'example-docs', 'jilin-可行性研究报告.html'), 'utf8');

const td = (t, a = '') => `<td${a}>${t}</td>`;
const tr = (...cells) => `<tr>${cells.join('')}</tr>`;
const estimate = (subtotal = '1,071.66', total = '1,234.56') => `<p>表8-1 项目总投资估算表</p>
<table border="1" cellspacing="0" cellpadding="4">
${tr(td('项目名称：' + LONG_NAME, ' colspan="5"'))}
${tr(td('序号'), td('类别'), td('工程或费用名称'), td('金额（万元）'), td('计算依据'))}
${tr(td('1'), td('工程费用', ' rowspan="6"'), td('硬件设备购置费'), td('123.45'), td('按表4-1中硬件金额合计'))}
${tr(td('2'), td('软件购置费'), td('88.00'), td('按表4-1中软件金额合计'))}
${tr(td('3'), td('应用系统开发费'), td('716.41'), td('按工作量核算表：325.64人月×2.20万元/人月'))}
${tr(td('4'), td('“吉林祥云”资源租用费'), td('86.40'), td('按“吉林祥云”资源租用单价×3年'))}
${tr(td('5'), td('系统集成费'), td('57.40'), td('按硬件和软件购置费之和的约27%计取'))}
${tr(td(''), td('小计'), td(subtotal), td(''))}
${tr(td('6'), td('工程建设其他费用', ' rowspan="4"'), td('监理费'), td('23.00'), td('按监理收费标准计取'))}
${tr(td('7'), td('第三方测评、等保测评及密评费'), td('41.20'), td('按测评机构报价'))}
${tr(td('8'), td('项目前期咨询费'), td('35.00'), td('按编制及评审市场价计取'))}
${tr(td(''), td('小计'), td('99.20'), td(''))}
${tr(td('9'), td('预备费'), td('预备费'), td('63.70'), td('按工程费用与工程建设其他费用之和的6%计取'))}
${tr(td('合计', ' colspan="3"'), td(total), td(''))}
</table>`;
const config = (server = ['2', '26.00', '52.00'], total = '211.45') => `<p>表4-1 项目软硬件配置清单</p>
<table border="1" cellspacing="0" cellpadding="4">
${tr(td('类别'), td('名称'), td('主要技术参数'), td('单位'), td('数量'), td('单价（万元）'), td('金额（万元）'), td('是否安全可靠产品'))}
${tr(td('硬件', ' rowspan="3"'), td('密码服务器'), td('国密二级 SM2/SM3/SM4'), td('台'), td(server[0]), td(server[1]), td(server[2]), td('是'))}
${tr(td('签名验签服务器'), td('国密二级'), td('台'), td('2'), td('18.00'), td('36.00'), td('是'))}
${tr(td('数据库一体机'), td('国产 ARM 架构 2节点'), td('台'), td('1'), td('35.45'), td('35.45'), td('是'))}
${tr(td('软件', ' rowspan="2"'), td('国产数据库'), td('集群版 3节点'), td('套'), td('1'), td('55.00'), td('55.00'), td('是'))}
${tr(td('国产中间件'), td('企业版 8节点'), td('套'), td('1'), td('33.00'), td('33.00'), td('是'))}
${tr(td('合计', ' colspan="6"'), td(total), td(''))}
</table>`;

const under = {
  '第一章 项目概述': [`${LONG_NAME}由吉林省自然资源厅负责建设，部署于“吉林祥云”政务云，建设期自2024-07-15至2025-10-31，项目总投资1,234.56万元，年运行维护经费45.00万元。`],
  '六、项目总投资及资金来源': [
    '项目总投资1234.56 万元，其中工程费用1,071.66万元、工程建设其他费用99.20万元、预备费63.70万元；资金来源为省级财政资金1,034.56万元、中央预算内投资200.00万元。',
    '项目总投资（大写）：人民币壹仟贰佰叁拾肆万伍仟陆佰元整。',
  ],
  '十三、主要软硬件选型原则和详细软硬件配置清单': ['软硬件选型坚持安全可靠、国产优先，详细配置见表4-1。', config()],
  '第七章 项目实施进度': ['项目建设期为2024-07-15至2025-10-31，建设期16个月。'],
  '第八章 投资估算和资金来源': ['项目总投资12,345,600元，约0.12亿元，投资测算依据为本地区政务信息化项目建设投资测算有关标准和市场询价。'],
  '二、项目总投资估算': ['项目总投资估算为1,234.56万元，其中硬件设备购置费１２３.４５万元、软件购置费88.00万元，明细见表8-1。', estimate()],
  '三、资金来源与落实情况': ['项目总投资1,234.56万元，资金来源为省级财政资金1,034.56万元、中央预算内投资200.00万元，省级财政资金已列入省级财政预算。'],
  '四、资金使用计划': ['2024年安排600.00万元，2025年安排634.56万元，按合同约定的进度节点支付。'],
  '五、项目运行维护经费估算': ['项目建成后年运行维护经费45.00万元，自第二年起列入建设单位部门预算。'],
};

/** The consistent report: the example's text with the fixture's name, amounts and tables under their headings. */
function consistent() {
  const out = [];
  let skip = false;
  for (const line of base.replaceAll(OLD_NAME, LONG_NAME).split('\n')) {
    const h = /^<h(\d)>(.*)<\/h\d>$/.exec(line);
    if (h) {
      out.push(line);
      const mine = under[h[2]];
      skip = !!mine;
      if (mine) for (const p of mine) out.push(p.startsWith('<') ? p : `<p>${p}</p>`);
      continue;
    }
    if (line.startsWith('</body>')) skip = false;
    // What the example had under a heading the fixture rewrites (paragraphs and tables) is left out.
    if (skip) continue;
    out.push(line);
  }
  return out.join('\n');
}

/** Each variant: one replacement in the consistent text, and the one finding it must get. */
export const VARIANTS = {
  'total-text': ['项目总投资12,345,600元', '项目总投资13,245,600元', 'DOC-AMOUNT'],
  'line-text': ['其中硬件设备购置费１２３.４５万元', '其中硬件设备购置费１３２.４５万元', 'DOC-AMOUNT'],
  'table-total': [estimate(), estimate('1,071.66', '1,243.56'), 'DOC-TABLE'],
  'table-subtotal': [estimate(), estimate('1,017.66'), 'DOC-TABLE'],
  'twice': ['项目建成后年运行维护经费45.00万元', '项目建成后年运行维护经费46.50万元', 'DOC-AMOUNT-TWICE'],
  'funding-sum': ['项目总投资1,234.56万元，资金来源为省级财政资金1,034.56万元', '项目总投资1,234.56万元，资金来源为省级财政资金1,043.56万元', 'DOC-FUNDING-SUM'],
  'config': [config(), config(['2', '24.50', '49.00'], '208.45'), 'CONFIG-ESTIMATE'],
  'cover-name': [`<p>${LONG_NAME}</p>\n<p>可行性研究报告</p>`, '<p>吉林省自然资源综合监管平台建设项目</p>\n<p>可行性研究报告</p>', 'DOC-NAME'],
  'owner': ['项目建设单位为吉林省自然资源厅，', '项目建设单位为吉林省人力资源和社会保障厅，', 'DOC-NAME'],
  'code': ['资金来源与落实情况</h2>', '资金来源与落实情况</h2>\n<p>投资项目代码：2024-220000-65-01-900413。</p>', 'DOC-NAME'],
  'place': ['七、经济与社会效益</h2>', '七、经济与社会效益</h2>\n<p>项目建成后，将为哈尔滨市人力资源和社会保障局提供不动产登记信息查询服务。</p>', 'DOC-PLACE'],
  'period': ['建设期16个月', '建设期18个月', 'DOC-PERIOD'],
};

/** The variants whose mistakes the submission `mistakes/` makes at once (scripts/make-submission-fixtures.sh). */
export const MISTAKES = ['total-text', 'table-total', 'place'];

/** The same document as Markdown: headings as #, paragraphs as lines, tables as pipe tables (merged cells written out). */
export function toMarkdown(html) {
  const out = [];
  const cell = (s) => s.replace(/<[^>]+>/g, '').replace(/\|/g, '\\|');
  const blocks = html.split(/\n(?=<(?:h\d|p|table)[ >])/).filter((b) => /^<(?:h\d|p|table)[ >]/.test(b));
  // The title page: its first two lines (the name, the document's title) as the Markdown title, as the examples write it.
  const first = blocks.findIndex((b) => b.startsWith('<h'));
  const cover = blocks.slice(0, first).map((b) => /^<p>(.*)<\/p>/.exec(b)?.[1] ?? '');
  out.push(`# ${cover[0]}${cover[1] ?? ''}`, '', ...cover.slice(2).flatMap((c) => [c, '']));
  for (const block of blocks.slice(first)) {
    const h = /^<h(\d)>(.*)<\/h\d>/.exec(block);
    if (h) out.push(`${'#'.repeat(Number(h[1]) + 1)} ${h[2]}`, '');
    else if (block.startsWith('<table')) {
      // Markdown has no merged cells: a merged cell's text stands in its first row and column, the rest left empty.
      const grid = [];
      const rows = [...block.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td( [^>]*)?>(.*?)<\/td>/g)]);
      const pending = [];
      rows.forEach((cells, r) => {
        const row = [];
        let c = 0;
        const fill = () => { while (pending[c]?.left > 0) { row.push(''); pending[c].left--; c++; } };
        for (const m of cells) {
          fill();
          const span = Number(/colspan="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 1);
          const down = Number(/rowspan="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 1);
          for (let k = 0; k < span; k++) {
            row.push(k === 0 ? cell(m[2]) : '');
            if (down > 1) pending[c] = { left: down - 1 };
            c++;
          }
        }
        fill();
        grid[r] = row;
      });
      const width = Math.max(...grid.map((r) => r.length));
      const lines = grid.map((r) => `| ${[...r, ...Array(width - r.length).fill('')].join(' | ')} |`);
      lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
      out.push(...lines, '');
    } else {
      const p = /^<p>(.*)<\/p>/.exec(block);
      if (p) out.push(p[1], '');
    }
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/doc-fixtures.mjs OUTDIR');
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  const good = consistent();
  const all = { consistent: good };
  for (const [name, [from, to]] of Object.entries(VARIANTS)) {
    if (!good.includes(from)) throw new Error(`variant ${name}: the consistent report has no ${from.slice(0, 40)}`);
    all[name] = good.replace(from, to);
  }
  all.mistakes = MISTAKES.reduce((html, name) => html.replace(VARIANTS[name][0], VARIANTS[name][1]), good);
  for (const [name, html] of Object.entries(all)) {
    writeFileSync(join(dir, `ky-${name}.html`), html);
    writeFileSync(join(dir, `ky-${name}.md`), toMarkdown(html));
  }
  console.log(`${Object.keys(all).length} fixtures in ${dir}`);
}
