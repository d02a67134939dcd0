import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import { AS_OF, copyExample, EXAMPLES, zwpack } from './helpers.js';

// zwpack diff of each example against a copy with a changed amount, a deleted chapter and an added
// table row, and with one finding fixed: exactly those four are reported.
vi.setConfig({ testTimeout: 60_000 });

const KY_MD = 'docs/可行性研究报告.md';
const KY_DOCX = 'docs/可行性研究报告.docx';
const PLACEHOLDER = '本章另有补充说明××。';

/** The DOCX body's paragraphs and tables as they stand in document.xml. */
function blocks(xml: string): { head: string; parts: string[]; tail: string } {
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('<w:sectPr');
  return { head: xml.slice(0, start), parts: xml.slice(start, end).match(/<w:(p|tbl)\b[\s\S]*?<\/w:\1>/g) ?? [], tail: xml.slice(end) };
}
const textOf = (p: string): string => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const levelOf = (p: string): number | null => Number(/w:pStyle w:val="Heading(\d)"/.exec(p)?.[1] ?? NaN) || null;

function editDocx(file: string, change: (parts: string[]) => string[]): void {
  const zip = unzipSync(readFileSync(file));
  const b = blocks(strFromU8(zip['word/document.xml']!));
  zip['word/document.xml'] = strToU8(b.head + change(b.parts).join('') + b.tail);
  writeFileSync(file, zipSync(zip));
}

/** Remove a chapter, its heading and all that stands under it. */
function deleteChapter(dir: string, title: string): void {
  if (dir.endsWith('.md')) {
    const lines = readFileSync(dir, 'utf8').split('\n');
    const from = lines.findIndex((l) => /^#+ /.test(l) && l.includes(title));
    const level = lines[from]!.match(/^#+/)![0].length;
    const to = lines.findIndex((l, i) => i > from && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level);
    writeFileSync(dir, [...lines.slice(0, from), ...lines.slice(to)].join('\n'));
    return;
  }
  editDocx(dir, (parts) => {
    const from = parts.findIndex((p) => levelOf(p) !== null && textOf(p).includes(title));
    const level = levelOf(parts[from]!)!;
    const to = parts.findIndex((p, i) => i > from && (levelOf(p) ?? 99) <= level);
    return [...parts.slice(0, from), ...parts.slice(to)];
  });
}

/** Put a paragraph with a placeholder right under a chapter's heading. */
function addPlaceholder(file: string, title: string): void {
  if (file.endsWith('.md')) {
    const text = readFileSync(file, 'utf8');
    const at = text.split('\n').find((l) => /^#+ /.test(l) && l.includes(title))!;
    writeFileSync(file, text.replace(`${at}\n`, `${at}\n\n${PLACEHOLDER}\n`));
    return;
  }
  editDocx(file, (parts) => {
    const at = parts.findIndex((p) => levelOf(p) !== null && textOf(p).includes(title));
    return [...parts.slice(0, at + 1), `<w:p><w:r><w:t>${PLACEHOLDER}</w:t></w:r></w:p>`, ...parts.slice(at + 1)];
  });
}

type Json = Record<string, unknown> & { findings: { resolved: { ruleId: string; message: string }[]; added: unknown[]; open: unknown[] } };

describe('zwpack diff', () => {
  for (const profile of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`${profile}: a changed amount, a deleted chapter, an added table row and a fixed finding, exactly`, () => {
      const ky = profile === 'jilin' ? KY_DOCX : KY_MD;
      const before = copyExample(profile);
      addPlaceholder(join(before, ky), '第八章 投资估算和资金来源');
      const after = copyExample(profile);
      const facts = join(after, 'project.yaml');
      const estimate = Number(/\n {2}estimate: ([\d.]+)/.exec(readFileSync(facts, 'utf8'))![1]);
      writeFileSync(facts, readFileSync(facts, 'utf8').replace(`  estimate: ${estimate}\n`, `  estimate: ${estimate + 10}\n`));
      deleteChapter(join(after, ky), '第七章 项目实施进度');
      const catalogue = join(after, 'tables', '信息资源目录.yaml');
      const data = parse(readFileSync(catalogue, 'utf8')) as { rows: Record<string, unknown>[] };
      data.rows.push({ ...data.rows[0], name: '新增的信息资源' });
      writeFileSync(catalogue, stringify(data));

      const r = zwpack(['diff', before, after, '--format', 'json', '--as-of', AS_OF]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const d = JSON.parse(r.stdout) as Json & {
        facts: { pointer: string; old: number; new: number; delta: number; percent: number }[];
        tables: { table: string; added: { name: string }[]; removed: unknown[]; changed: unknown[] }[];
        documents: { file: string; added: string[]; removed: string[]; renamed: unknown[]; changed: { heading: string; added: number; removed: number }[] }[];
      };
      expect(d.facts).toEqual([expect.objectContaining({ pointer: '/money/estimate', old: estimate, new: estimate + 10, delta: 10, percent: Math.round((10 / estimate) * 10000) / 100 })]);
      expect(d.tables.map((t) => [t.table, t.added.map((x) => x.name), t.removed.length, t.changed.length])).toEqual([['resource-catalogue', ['新增的信息资源'], 0, 0]]);
      expect(d.documents).toHaveLength(1);
      const doc = d.documents[0]!;
      expect(doc.file).toBe(ky);
      expect(doc.removed[0]).toBe('第七章 项目实施进度');
      expect(doc.added).toEqual([]);
      expect(doc.renamed).toEqual([]);
      // The placeholder paragraph is gone from 第八章: one paragraph removed, no other chapter changed.
      expect(doc.changed).toEqual([expect.objectContaining({ heading: '第八章 投资估算和资金来源', added: 0, removed: 1 })]);
      expect(d.findings.resolved).toEqual([expect.objectContaining({ ruleId: 'DOC-CONTENT', message: expect.stringContaining('占位内容「××」') })]);
      // What the changes bring is new: statements of the old 估算 in the documents, the chapter the outline misses.
      expect(d.findings.added.length).toBeGreaterThan(0);
    });
  }

  it('the text format says the same, in Chinese, and the HTML is one page with each part', () => {
    const before = copyExample('national');
    addPlaceholder(join(before, KY_MD), '第八章 投资估算和资金来源');
    const after = copyExample('national');
    deleteChapter(join(after, KY_MD), '第七章 项目实施进度');
    const text = zwpack(['diff', before, after, '--as-of', AS_OF]).stdout;
    expect(text).toContain('事实（project.yaml）：\n  没有改动');
    expect(text).toMatch(/docs\/可行性研究报告\.md（可行性研究报告）：新增章节 0，删除 \d+，改名 0，修改 1 章\n {4}- 第七章 项目实施进度/);
    expect(text).toMatch(/检查结果：已解决 1，新增 \d+，仍存在 \d+\n {2}✔ 已解决 {2}警告 {2}「第八章 投资估算和资金来源」中有待填写的占位内容「××」/);
    const html = zwpack(['diff', before, after, '--format', 'html', '--as-of', AS_OF]).stdout;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<li class="removed">− 第七章 项目实施进度</li>');
    expect(html).toContain('<li class="good"><b>已解决</b> 「第八章 投资估算和资金来源」中有待填写的占位内容「××」');
  });

  it('a changed sentence with an amount is shown old beside new, and a fact change that changes the route says so', () => {
    const before = copyExample('bazhong');
    const after = copyExample('bazhong');
    const facts = join(after, 'project.yaml');
    // 268.40 → 368.40 万元: past 300, the 实施方案 route no longer applies (巴中 第十九条).
    writeFileSync(facts, readFileSync(facts, 'utf8').replaceAll(': 268.4\n', ': 368.4\n'));
    const ky = join(after, 'docs', '实施方案.md');
    writeFileSync(ky, readFileSync(ky, 'utf8').replaceAll('268.40万元', '368.40万元'));
    const d = JSON.parse(zwpack(['diff', before, after, '--format', 'json', '--as-of', AS_OF]).stdout) as { route: { old: string[]; new: string[] }; documents: { changed: { sentences: { old: string; new: string }[] }[] }[] };
    expect(d.route).toEqual({ old: ['implementation'], new: ['feasibility', 'design'] });
    const sentences = d.documents.flatMap((x) => x.changed.flatMap((c) => c.sentences));
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.every((s) => s.old.includes('268.40万元') && s.new.includes('368.40万元'))).toBe(true);
  });
});
