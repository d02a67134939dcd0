// Makes N synthetic but valid packages from the shipped examples, varying the profile (each
// example in turn), the size (up to 40 more rows in 信息资源目录, longer Markdown chapters) and the
// documents (Word for 吉林, Markdown for the others). Each is a project of its own: its own name and
// 投资项目代码, and what it builds (the 建设内容 sentence, its systems) drawn at random. With `faults`,
// most packages also have what a first draft has: a chapter left out here and there, a funding amount
// that does not add up. With `duplicates: N`, N of each relation a reviewer's year may hide are planted:
// two departments building the same (a 建设内容 copied with an edit), two projects under one code, a
// paragraph naming another package's project.
// Usage: node bench/generate.mjs N DIR [--faults] [--duplicates N]
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseDocument } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));
const examples = readdirSync(join(root, 'examples'))
  .filter((d) => existsSync(join(root, 'examples', d, 'project.yaml')))
  .sort()
  .map((d) => join(root, 'examples', d));

/** A small deterministic generator, so a run can be repeated exactly. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const DOMAINS = ['医保基金监管', '不动产登记', '水文监测', '城市管理', '市场监管', '应急指挥', '生态环境', '交通运输', '农业农村', '公共资源交易', '社会保障卡', '住房公积金', '教育考试', '卫生健康', '文化旅游', '林草防火', '自然资源调查', '河湖长制', '食品安全追溯', '安全生产执法', '人口普查', '退役军人服务', '殡葬管理', '地震监测', '气象服务', '档案数字化', '信访事项', '法律援助', '营商环境', '税源分析'];
const KINDS = ['数据汇聚平台', '智能分析系统', '协同办公系统', '监测预警平台', '移动应用', '电子档案系统', '决策支持系统', '服务门户', '统一受理系统', '可视化展示系统', '知识库', '视频联网平台'];
const TAILS = ['统一部署在政务云，复用统一身份认证和电子印章', '依托电子政务外网运行，接入省级共享交换平台', '采用微服务架构，数据按“一数一源”汇聚', '与上级业务系统对接，实现业务协同和数据回流', '分两期实施，一期完成核心功能', '配套建设运维监控和安全审计能力'];

/** What one project builds, drawn at random: its 建设内容 sentence and its systems. */
function contentOf(rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const systems = Array.from({ length: 4 }, () => `${pick(DOMAINS)}${pick(KINDS)}`);
  return { systems, sentence: `建设内容包括${systems[0]}、${systems[1]}、${systems[2]}和${systems[3]}，${pick(TAILS)}。` };
}

/** Put what a project builds in its package: the documents' 建设内容, the catalogue's system, the software rows. */
function writeContent(dir, content) {
  for (const f of readdirSync(join(dir, 'docs'))) {
    const file = join(dir, 'docs', f);
    // Every paragraph that states a 建设内容 (not a heading) becomes the project's own.
    if (f.endsWith('.md')) writeFileSync(file, readFileSync(file, 'utf8').replace(/^(?!#).*建设内容.*$/gm, content.sentence));
    if (f.endsWith('.docx')) {
      const z = unzipSync(readFileSync(file));
      const text = (p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      z['word/document.xml'] = strToU8(strFromU8(z['word/document.xml']).replace(/<w:p\b[^>]*>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g, (p) => (!/w:pStyle w:val="Heading/.test(p) && text(p).includes('建设内容') ? `<w:p><w:r><w:t>${content.sentence}</w:t></w:r></w:p>` : p)));
      writeFileSync(file, zipSync(z));
    }
  }
  const catalogue = join(dir, 'tables', '信息资源目录.yaml');
  if (existsSync(catalogue)) {
    const t = parseDocument(readFileSync(catalogue, 'utf8'));
    for (const row of t.get('rows').items) if (row.get('system') !== undefined) row.set('system', content.systems[0]);
    writeFileSync(catalogue, t.toString());
  }
  const config = join(dir, 'tables', '软硬件配置清单.yaml');
  if (existsSync(config)) {
    const t = parseDocument(readFileSync(config, 'utf8'));
    let k = 1;
    for (const row of t.get('rows').items) if (/软件/.test(String(row.get('category')))) row.set('name', content.systems[k++ % 4]);
    writeFileSync(config, t.toString());
  }
}

export function generate(n, out, { seed = 1, faults = false, duplicates = 0 } = {}) {
  const rnd = random(seed);
  mkdirSync(out, { recursive: true });
  const width = String(n).length;
  const dirs = [];
  // What is planted: [package, the other] by index, ten packages apart per planted group.
  if (duplicates * 10 > n) throw new Error(`--duplicates ${duplicates} needs at least ${duplicates * 10} packages`);
  const planted = { duplicate: [], code: [], copied: [] };
  for (let k = 0; k < duplicates; k++) {
    planted.duplicate.push([10 * k, 10 * k + 4]);
    planted.code.push([10 * k + 1, 10 * k + 7]);
    planted.copied.push([10 * k + 2, 10 * k + 9]);
  }
  const contents = Array.from({ length: n }, () => contentOf(rnd));
  // Two departments, one thing built: the second's 建设内容 is the first's, reworded at its start.
  for (const [a, b] of planted.duplicate) contents[b] = { systems: contents[a].systems, sentence: contents[a].sentence.replace('建设内容包括', '本项目主要建设内容包括') };
  const names = [];
  for (let i = 0; i < n; i++) {
    const example = examples[i % examples.length];
    const dir = join(out, `pkg-${String(i + 1).padStart(width, '0')}`);
    cpSync(example, dir, { recursive: true });
    // A name of its own, so no two packages print the same.
    const facts = join(dir, 'project.yaml');
    const doc = parseDocument(readFileSync(facts, 'utf8'));
    const [oldName, name] = [doc.get('name'), `${doc.get('name')}（样本${i + 1}）`];
    doc.set('name', name);
    names.push(name);
    // A code of its own: the example's area, then the package's number.
    doc.set('code', String(doc.get('code')).replace(/\d{6}$/, String(i + 1).padStart(6, '0')));
    if (doc.hasIn(['summary', 'content'])) doc.setIn(['summary', 'content'], contents[i].sentence);
    writeFileSync(facts, doc.toString());
    // The documents name the project too: on the cover and after 项目名称：.
    for (const f of readdirSync(join(dir, 'docs'))) {
      const file = join(dir, 'docs', f);
      if (f.endsWith('.md')) writeFileSync(file, readFileSync(file, 'utf8').replaceAll(oldName, name));
      if (f.endsWith('.docx')) {
        const z = unzipSync(readFileSync(file));
        z['word/document.xml'] = strToU8(strFromU8(z['word/document.xml']).replaceAll(oldName, name));
        writeFileSync(file, zipSync(z));
      }
    }
    writeContent(dir, contents[i]);
    // More resources in the catalogue: a table of 4 to 44 rows.
    const catalogue = join(dir, 'tables', '信息资源目录.yaml');
    if (existsSync(catalogue)) {
      const t = parseDocument(readFileSync(catalogue, 'utf8'));
      const rows = t.get('rows');
      const first = rows.items[0].toJSON();
      for (let k = 1, extra = Math.floor(rnd() * 41); k <= extra; k++) rows.add(t.createNode({ ...first, name: `${first.name}（分项${k}）` }));
      writeFileSync(catalogue, t.toString());
    }
    // Longer Markdown documents: paragraphs under each chapter.
    const docs = join(dir, 'docs');
    for (const f of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
      const paras = Math.floor(rnd() * 6);
      let text = readFileSync(join(docs, f), 'utf8').replace(/^(## .*)$/gm, (h) => `${h}\n\n${'本章按编写提示展开，数据取自项目事实。\n\n'.repeat(paras)}`);
      // Half the documents lose one chapter heading.
      if (faults && rnd() < 0.5) {
        const heads = [...text.matchAll(/^## .*$/gm)];
        const drop = heads[1 + Math.floor(rnd() * (heads.length - 1))];
        if (drop) text = text.slice(0, drop.index) + text.slice(drop.index + drop[0].length);
      }
      writeFileSync(join(docs, f), text);
    }
    // A third of the packages: a funding source that no longer adds up to the approved total.
    if (faults && rnd() < 0.3) {
      const text = readFileSync(facts, 'utf8');
      writeFileSync(facts, text.replace(/^(\s+amount: )(\d+(?:\.\d+)?)$/m, (_, k, v) => `${k}${Math.round((Number(v) + 7.5) * 100) / 100}`));
    }
    dirs.push(dir);
  }
  for (const [c, d] of planted.code) {
    const file = join(dirs[c], 'project.yaml');
    const code = parseDocument(readFileSync(join(dirs[d], 'project.yaml'), 'utf8')).get('code');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.set('code', code);
    writeFileSync(file, doc.toString());
  }
  // A paragraph written for another project, left in: it names that project.
  for (const [e, f] of planted.copied) {
    const md = readdirSync(join(dirs[e], 'docs')).find((x) => x.endsWith('.md'));
    const line = `本项目参照${names[f]}的建设经验，统一数据标准和共享接口。`;
    if (md) {
      const file = join(dirs[e], 'docs', md);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(## .*)$/m, `$1\n\n${line}`));
    } else {
      const file = join(dirs[e], 'docs', readdirSync(join(dirs[e], 'docs')).find((x) => x.endsWith('.docx')));
      const z = unzipSync(readFileSync(file));
      // Under the first chapter's heading, as the Markdown ones.
      z['word/document.xml'] = strToU8(strFromU8(z['word/document.xml']).replace(/(<w:pStyle w:val="Heading1"\/>[\s\S]*?<\/w:p>)/, `$1<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`));
      writeFileSync(file, zipSync(z));
    }
  }
  const as = (pairs) => pairs.map(([x, y]) => [dirs[x], dirs[y]]);
  Object.defineProperty(dirs, 'planted', { value: { duplicate: as(planted.duplicate), code: as(planted.code), copied: as(planted.copied) } });
  return dirs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [n, out] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(n) || n < 1 || !out) {
    console.error('usage: node bench/generate.mjs N DIR [--faults] [--duplicates N]');
    process.exit(2);
  }
  const at = process.argv.indexOf('--duplicates');
  generate(n, out, { faults: process.argv.includes('--faults'), duplicates: at > 0 ? Number(process.argv[at + 1]) : 0 });
  console.log(`${n} packages in ${out}`);
}
