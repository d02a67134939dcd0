import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packagedCalendar } from '../src/calendar/workdays.js';
import { validatePackage } from '../src/pipeline.js';
import type { Validated } from '../src/pipeline.js';
import { loadPackage } from '../src/package/load.js';
import { packageView } from '../src/report/html/view.js';
import { reportHtml } from '../src/report/html/page.js';
import { AS_OF, EXAMPLES, ROOT, tempDir } from './helpers.js';

/** Check a package as `zwpack report` does, and its page: it must never throw, nor carry a raw control character. */
function checkWithReport(dir: string, calendar: ReturnType<typeof packagedCalendar>): { v: Validated; html: string } {
  const run = { lang: 'zh' as const, asOf: AS_OF, calendar, explainPath: true };
  const pkg = loadPackage(dir, 'zh');
  const v = validatePackage(dir, run, pkg);
  const html = reportHtml({ views: [packageView(pkg, v, run)], unreadable: [], asOf: AS_OF, lang: 'zh' });
  expect(html).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  return { v, html };
}

// `npm test` runs 1,000 cases with a fixed seed; `npm run fuzz` runs 10,000 (FUZZ_RUNS, FUZZ_SEED).
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

const profiles = Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[];
const dirs = Object.fromEntries(
  profiles.map((p) => {
    const d = join(tempDir('zwpack-fuzz-'), p);
    cpSync(join(ROOT, EXAMPLES[p]), d, { recursive: true });
    return [p, d];
  }),
) as Record<(typeof profiles)[number], string>;
const FILES = ['project.yaml', 'tables/项目总投资估算表.yaml', 'tables/项目资金来源表.yaml', 'tables/软硬件配置清单.yaml', 'tables/信息资源目录.yaml'];
/** Each example's documents: Markdown, or Word for 吉林. */
const DOCS = Object.fromEntries(profiles.map((p) => [p, readdirSync(join(dirs[p], 'docs')).sort().map((f) => `docs/${f}`)])) as Record<(typeof profiles)[number], string[]>;
const originals = new Map<string, Buffer>();
for (const p of profiles) for (const f of [...FILES, ...DOCS[p]]) originals.set(`${p}/${f}`, readFileSync(join(dirs[p], f)));

/** Characters that matter to YAML, plus CJK and odd whitespace. */
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(':', ': ', '- ', '[', ']', '{', '}', '&a ', '*a', '!!binary ', '"', "'", '#', '\t', '\r\n', '\n  ', '---\n', '? ', '|', '>', '%YAML 1.1\n', '项目', '\uFEFF', '\u0000'),
  fc.constantFrom('-1', '1e309', 'NaN', '.inf', 'null', '~', 'true', '2026-02-30', '0x1F', '99999999999999999999'),
);

type Op = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; len: number } | { kind: 'dupline'; at: number } | { kind: 'value'; at: number; text: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: piece }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('dupline' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('value' as const), at: fc.nat(), text: piece }),
);

/**
 * A Word document mutated: the ops applied to the text of word/document.xml (so the XML may break),
 * or, when `raw`, to the zip's bytes themselves (so the zip may break).
 */
function mutateDocx(docx: Buffer, ops: Op[], raw: boolean): Buffer {
  if (raw) return Buffer.from(apply(docx.toString('latin1'), ops), 'latin1');
  const parts = unzipSync(docx);
  parts['word/document.xml'] = strToU8(apply(strFromU8(parts['word/document.xml']!), ops));
  return Buffer.from(zipSync(parts));
}

/** How many paragraphs a Word document has, if it can still be read: the upper bound of a finding's ¶ number. */
function paragraphs(docx: Buffer): number {
  try {
    return (strFromU8(unzipSync(docx)['word/document.xml']!).match(/<w:p[ >]/g) ?? []).length;
  } catch {
    return Infinity;
  }
}

function apply(text: string, ops: Op[]): string {
  let t = text;
  for (const o of ops) {
    const at = t.length === 0 ? 0 : o.at % t.length;
    if (o.kind === 'insert') t = t.slice(0, at) + o.text + t.slice(at);
    else if (o.kind === 'delete') t = t.slice(0, at) + t.slice(at + o.len);
    else {
      const lines = t.split('\n');
      const i = lines.length === 0 ? 0 : o.at % lines.length;
      if (o.kind === 'dupline') lines.splice(i, 0, lines[i] ?? '');
      else lines[i] = (lines[i] ?? '').replace(/:\s.*$/, `: ${o.text}`);
      t = lines.join('\n');
    }
  }
  return t;
}

describe('fuzzing validate with mutated examples: facts, tables and documents', () => {
  it(`never throws (nor does its HTML report), never fails to run a rule, and every position lies inside its file (${RUNS} cases)`, () => {
    const calendar = packagedCalendar();
    fc.assert(
      fc.property(
        fc.constantFrom(...profiles).chain((p) => fc.tuple(fc.constant(p), fc.constantFrom(...FILES, ...DOCS[p]))),
        fc.array(op, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        ([profile, file], ops, raw) => {
          const dir = dirs[profile];
          const key = `${profile}/${file}`;
          const original = originals.get(key)!;
          const mutated = file.endsWith('.docx') ? mutateDocx(original, ops, raw) : Buffer.from(apply(original.toString('utf8'), ops));
          writeFileSync(join(dir, file), mutated);
          try {
            const { v } = checkWithReport(dir, calendar);
            expect(v.crashed).toBe(false);
            for (const f of v.result.findings) {
              expect(f.line).toBeGreaterThanOrEqual(1);
              expect(f.column).toBeGreaterThanOrEqual(1);
              if (f.file.endsWith('.docx')) {
                // In a Word document the line is the paragraph's number.
                expect(f.line).toBeLessThanOrEqual(Math.max(1, paragraphs(f.file === file ? mutated : readFileSync(join(dir, f.file)))));
                continue;
              }
              const text = (f.file === file ? mutated : readFileSync(join(dir, f.file))).toString('utf8');
              const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
              expect(f.line).toBeLessThanOrEqual(lines.length);
              expect(f.column).toBeLessThanOrEqual((lines[f.line - 1] ?? '').length + 1);
            }
          } finally {
            writeFileSync(join(dir, file), original);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);
});

/** File names with what a terminal or an XML reader must not get raw: controls, newlines, bidi overrides, XML-forbidden characters. */
const nasty = fc.array(fc.constantFrom('a', '报告', '\n', '\r', '\t', '\u001b[2K', '\u001b[32m✔ ', '\u007f', '\u0085', '\u202e', '\u2066', '\u0001', '\u000b', '&<>"', ' ', '.pdf'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('').replaceAll('/', ''));

type Change = { kind: 'material-name'; name: string } | { kind: 'table-name'; name: string } | { kind: 'fifo' | 'folder'; target: string };

describe('fuzzing file names and file types', () => {
  it(`every report format stays well-formed and shows no raw control character (${Math.ceil(RUNS / 10)} cases)`, async () => {
    const { formatPretty } = await import('../src/report/pretty.js');
    const { formatJson } = await import('../src/report/json.js');
    const { formatSarif } = await import('../src/report/sarif.js');
    const { formatJunit } = await import('../src/report/junit.js');
    const { execFileSync } = await import('node:child_process');
    const { mkdirSync, rmSync, renameSync } = await import('node:fs');
    const calendar = packagedCalendar();
    const change: fc.Arbitrary<Change> = fc.oneof(
      fc.record({ kind: fc.constant('material-name' as const), name: nasty }),
      fc.record({ kind: fc.constant('table-name' as const), name: nasty }),
      fc.record({ kind: fc.constantFrom('fifo' as const, 'folder' as const), target: fc.constantFrom('project.yaml', ...FILES.slice(1)) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...profiles), change, (profile, c) => {
        const dir = dirs[profile];
        const undo: (() => void)[] = [];
        try {
          if (c.kind === 'material-name' || c.kind === 'table-name') {
            const folder = c.kind === 'table-name' ? join(dir, 'tables') : join(dir, 'materials', readdirSync(join(dir, 'materials')).find((n) => !n.includes('.'))!);
            const file = join(folder, c.kind === 'table-name' ? `${c.name}.yaml` : c.name);
            writeFileSync(file, c.kind === 'table-name' ? 'table: x\n' : 'x');
            undo.push(() => rmSync(file, { force: true }));
          } else {
            const file = join(dir, c.target);
            renameSync(file, `${file}.orig`);
            if (c.kind === 'fifo') execFileSync('mkfifo', [file]);
            else mkdirSync(file);
            undo.push(() => {
              rmSync(file, { recursive: true, force: true });
              renameSync(`${file}.orig`, file);
            });
          }
          const { v, html } = checkWithReport(dir, calendar);
          expect(v.crashed).toBe(false);
          // A name's markup characters are escaped on the page.
          expect(html).not.toContain('&<>"');
          const results = [v.result];
          const pretty = formatPretty(results, 'zh');
          expect(pretty).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          expect(() => JSON.parse(formatJson(results))).not.toThrow();
          expect(() => JSON.parse(formatSarif(results, 'zh', '0'))).not.toThrow();
          const xml = formatJunit(results);
          expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
          expect((xml.match(/<testsuite /g) ?? []).length).toBe((xml.match(/<\/testsuite>/g) ?? []).length);
        } finally {
          for (const u of undo.reverse()) u();
        }
      }),
      { numRuns: Math.ceil(RUNS / 10), seed: SEED },
    );
  }, 600_000);
});

/** Part names a DOCX or workbook reader looks for, and the same in another case (a duplicate to Windows). */
const PART = fc.constantFrom('[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'WORD/Document.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'XL/Workbook.XML', '../x.xml', '');
const SNIPPET = fc.constantFrom(
  '',
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>项目总投资1234.56万元</w:t></w:r></w:p>',
  '<workbook xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
  '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>类别</t></is></c><c r="B1" t="inlineStr"><is><t>名称</t></is></c><c r="C1" t="s"><v>7</v></c></row>',
  '<sst><si><t>金额（万元）</t></si>',
  '<mergeCells><mergeCell ref="A1:XFD1048576"/>',
  '\u0000\u0000',
);
const lyingEntry = fc.record({
  name: PART,
  head: SNIPPET,
  body: fc.oneof(SNIPPET, fc.constantFrom('<row><c><v>1</v></c></row>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>', '<c r="ZZZZ99999999"/>')),
  times: fc.nat({ max: 50 }),
  tail: fc.constantFrom('', '</sheetData></worksheet>', '</w:body></w:document>', '</sst>', '</mergeCells></worksheet>'),
  claim: fc.option(fc.oneof(fc.constantFrom(0, 4670, 0xffffffff), fc.nat()), { nil: undefined }),
  badLocal: fc.boolean(),
});
/** Cut the zip short, or flip a byte near its end (the central directory), after it is written. */
const damage = fc.option(fc.record({ cut: fc.boolean(), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { freq: 2, nil: undefined });

describe('fuzzing zips that lie, and profiles that extend each other', () => {
  it(`a lying DOCX is a DocumentReadError and a lying workbook one finding at its file: nothing else is ever thrown (${RUNS} cases)`, async () => {
    // @ts-expect-error: a plain script of the repository, shared with the benchmark
    const { lyingZip } = await import('../bench/lying-zip.mjs');
    const { readDocx } = await import('../src/document/read-docx.js');
    const { DocumentReadError } = await import('../src/document/model.js');
    const { readWorkbookTable } = await import('../src/package/workbook.js');
    const file = join(tempDir('zwpack-fuzz-'), '软硬件配置清单.xlsx');
    await fc.assert(
      fc.asyncProperty(fc.array(lyingEntry, { maxLength: 6 }), damage, async (entries, d) => {
        let buf = lyingZip(entries) as Buffer;
        if (d) {
          const at = buf.length === 0 ? 0 : buf.length - 1 - (d.at % Math.min(buf.length, 200));
          buf = d.cut ? buf.subarray(0, at) : Buffer.from(buf);
          if (!d.cut) buf[at] = d.byte;
        }
        try {
          readDocx(buf);
        } catch (err) {
          expect(err).toBeInstanceOf(DocumentReadError);
        }
        writeFileSync(file, buf);
        const yf = await readWorkbookTable(file, 'tables/软硬件配置清单.xlsx', 'zh');
        if (yf.data === undefined) expect(yf.findings.filter((f) => f.severity === 'error').map((f) => [f.line, f.column])).toEqual([[1, 1]]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);

  it(`user profiles extending each other, themselves or nothing, with parameters of any size: one error at extends for a cycle, never a crash (${RUNS} cases)`, async () => {
    const { checkProfileFile } = await import('../src/rules/profile-check.js');
    const { loadProfile } = await import('../src/profiles/profile.js');
    const { ProfileError } = await import('../src/profiles/errors.js');
    const { rmSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const XF = readFileSync(join(ROOT, 'profiles', 'xiangfen.yaml'), 'utf8');
    const before = process.env.ZWPACK_PROFILES;
    let n = 0;
    const parent = fc.constantFrom(0, 1, 2, 'national', 'jilin', 'nosuch');
    const months = fc.option(fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.constantFrom(1e9, 0.5, 120, 121, 1)), { nil: undefined });
    try {
      fc.assert(
        fc.property(fc.array(fc.record({ parent, months }), { minLength: 1, maxLength: 3 }), (specs) => {
          // Fresh ids each case: loaded profiles are kept by id.
          const ids = specs.map((_, i) => `fz${n}-${i}`);
          n++;
          const dir = mkdtempSync(join(tmpdir(), 'zwpack-fuzz-profiles-'));
          const target = (p: number | string): string => (typeof p === 'number' ? (ids[p] ?? 'nosuch') : p);
          specs.forEach((s, i) => {
            let text = XF.replace('id: xiangfen', `id: ${ids[i]}`).replace('extends: national', `extends: ${target(s.parent)}`);
            if (s.months !== undefined) text = text.replace(/^rules:\n/m, `rules:\n  NAT-ACCEPT-6M: {months: ${s.months}}\n`);
            writeFileSync(join(dir, `${ids[i]}.yaml`), text);
          });
          process.env.ZWPACK_PROFILES = dir;
          try {
            specs.forEach((_, i) => {
              // Whether following extends from this profile comes back to a profile already met.
              const met = new Set<string>();
              let at: string = ids[i]!;
              while (ids.includes(at) && !met.has(at)) {
                met.add(at);
                at = target(specs[ids.indexOf(at)]!.parent);
              }
              const cycle = ids.includes(at);
              const findings = checkProfileFile(join(dir, `${ids[i]}.yaml`), `${ids[i]}.yaml`, 'zh');
              if (cycle) expect(findings.filter((f) => f.severity === 'error').some((f) => /循环|自身/.test(f.message))).toBe(true);
              try {
                loadProfile(ids[i]!);
              } catch (err) {
                expect(err).toBeInstanceOf(ProfileError);
              }
            });
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      if (before === undefined) delete process.env.ZWPACK_PROFILES;
      else process.env.ZWPACK_PROFILES = before;
    }
  }, 600_000);
});
