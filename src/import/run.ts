import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';
import { isWithin, realTarget } from '../fs/real-path.js';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { readDocumentsRegistry } from '../package/documents-registry.js';
import { isProfileId, loadProfile } from '../profiles/profile.js';
import { classify, materialItem, revisionKey } from './classify.js';
import type { ClassifiedFile } from './classify.js';
import { conflicts, readDraft, withNatures } from './draft.js';
import type { ReadAt, ReadDocument } from './draft.js';
import { guessStage } from './stage.js';
import { draftYaml } from './package-yaml.js';
import { wordTables } from './word-tables.js';
import { readSubmission, SubmissionError } from './submission.js';

// `zwpack import`: a submission in, a package folder out — written whole into a temp folder beside
// the target and renamed into place, so a failure leaves nothing half-written and the submission is
// only ever read.

export interface ImportOptions {
  profile?: string;
  stage?: string;
  force?: boolean;
  lang: Lang;
}

export interface Imported {
  dir: string;
  /** What the reviewer should read before the validation: found, guessed, to confirm. */
  lines: string[];
  /** Problems of the submission's files (unreadable, two versions that disagree), at the original file. */
  findings: Finding[];
}

/** The submission cannot be imported: nothing was written. */
export class ImportError extends Error {
  override name = 'PackageError';
}

/** Documents in the order their facts are trusted: the 可研 states the most. */
const TRUST = ['feasibility', 'design', 'proposal', 'implementation', 'scheme', 'serviceRequirement'];

/** A finding of the import at a place of a submitted file (its paragraph, page or cell), or of the whole file. */
const finding = (file: string, severity: Finding['severity'], message: string, lang: Lang, at?: ReadAt): Finding => ({
  ruleId: 'import',
  severity,
  file,
  line: at?.line ?? 1,
  column: 1,
  place: at?.place ?? pick(lang, '整个文件', 'whole file'),
  source: null,
  message,
});

/** The default target: `<submission>-zwpack` beside the folder or zip. */
export const defaultTarget = (submission: string): string => resolve(dirname(resolve(submission)), `${basename(resolve(submission)).replace(/\.zip$/i, '')}-zwpack`);

function guardTarget(src: string, target: string, force: boolean, lang: Lang): void {
  const t = realTarget(target);
  if (isWithin(target, src)) {
    throw new ImportError(pick(lang, `目标目录 ${target} 是提交材料本身或在其中：提交材料不会被改动，请另选目录`, `the target ${target} is the submission or inside it: the submission is never changed; choose another folder`));
  }
  if (existsSync(t) && readdirSync(t).length > 0 && !force) {
    throw new ImportError(pick(lang, `目标目录 ${target} 已存在且不为空：加 --force 以替换它`, `the target ${target} exists and is not empty: add --force to replace it`));
  }
}

/** The candidate read for a document: the newest revision, then the editable one; the others are named. */
function choose(cands: ClassifiedFile[]): ClassifiedFile[] {
  return [...cands].sort((a, b) => {
    const [ra, da] = revisionKey(a.path);
    const [rb, db] = revisionKey(b.path);
    const editable = (f: ClassifiedFile): number => (f.model?.kind === 'pdf' ? 1 : 0);
    return ra - rb || db.localeCompare(da) || editable(a) - editable(b) || a.path.localeCompare(b.path);
  });
}

export async function runImportInto(submission: string, target: string | undefined, opts: ImportOptions): Promise<Imported> {
  const { lang } = opts;
  const src = resolve(submission);
  if (!existsSync(src)) throw new ImportError(pick(lang, `找不到提交材料：${submission}`, `submission not found: ${submission}`));
  const dir = target ? resolve(target) : defaultTarget(src);
  guardTarget(src, dir, opts.force === true, lang);
  if (opts.profile !== undefined && !isProfileId(opts.profile)) throw new ImportError(pick(lang, `未知的办法：${opts.profile}`, `unknown profile: ${opts.profile}`));
  let sub;
  try {
    sub = readSubmission(src);
  } catch (err) {
    if (err instanceof SubmissionError) throw new ImportError(pick(lang, `未导入（未写入任何文件）：${err.zh}`, `not imported (nothing written): ${err.en}`));
    throw err;
  }
  if (sub.files.length === 0) throw new ImportError(pick(lang, `未导入：${submission} 中没有文件`, `not imported: ${submission} holds no files`));
  const files: ClassifiedFile[] = [];
  for (const f of sub.files) files.push(await classify(f, lang));
  const findings: Finding[] = [];
  const lines: string[] = [];
  if (!files.some((f) => f.what === 'document' || f.what === 'table' || (f.what === 'unreadable' && f.doc))) {
    throw new ImportError(pick(lang, `未导入：${submission} 中没有可识别的文档或附表（${files.map((f) => f.path).join('、')}）`, `not imported: ${submission} holds no document or annex table zwpack recognises (${files.map((f) => f.path).join(', ')})`));
  }

  // One file per document: the others are named, and a second total is a finding.
  const chosen = new Map<string, ClassifiedFile>();
  const byDoc = new Map<string, ClassifiedFile[]>();
  for (const f of files) if (f.what === 'document' && f.doc) byDoc.set(f.doc, [...(byDoc.get(f.doc) ?? []), f]);
  const registry = readDocumentsRegistry();
  for (const [doc, cands] of byDoc) {
    const [first, ...rest] = choose(cands);
    chosen.set(doc, first!);
    for (const r of rest) lines.push(pick(lang, `${registry[doc]?.title ?? doc}：读取 ${first!.path}，另有 ${r.path}（未读取）`, `${doc}: read ${first!.path}; ${r.path} not read`));
  }
  const docs: ReadDocument[] = TRUST.flatMap((id) => (chosen.has(id) ? [{ doc: id, file: chosen.get(id)!.path, model: chosen.get(id)!.model! }] : []));
  const tableLines = files.flatMap((f) => (f.what === 'table' && f.above ? [{ file: f.path, lines: f.above }] : []));
  const draft = readDraft(docs, tableLines);
  // Each other value of a fact, at its own place, naming the first (which project.yaml takes).
  for (const { fact, first } of conflicts(draft)) {
    for (const o of first.others) {
      findings.push(finding(o.at?.file ?? first.at?.file ?? '', 'error', pick(lang, `${fact} 在此处为 ${String(o.value)}，与 ${first.from} 的 ${String(first.value)} 不同；project.yaml 取 ${String(first.value)}，请核实`, `${fact} is ${String(o.value)} here, but ${String(first.value)} in ${first.from}; project.yaml takes ${String(first.value)}: confirm`), lang, o.at));
    }
  }
  for (const [doc, cands] of byDoc) {
    if (cands.length < 2) continue;
    const totals = cands.map((c) => {
      const total = Object.values(readDraft([{ doc, file: c.path, model: c.model! }]).money)[0];
      return { c, t: total?.value, at: total?.at };
    });
    const distinct = new Set(totals.map((x) => x.t).filter((t) => t !== undefined));
    if (distinct.size > 1) findings.push(finding(chosen.get(doc)!.path, 'error', pick(lang, `${cands.length} 个文件都是${registry[doc]?.title ?? doc}，总投资不同：${totals.map((x) => `${x.c.path} ${x.t ?? '未写明'} 万元`).join('；')}。已读取 ${chosen.get(doc)!.path}，请确认哪一份是送审的版本`, `${cands.length} files are the ${doc} with different totals: ${totals.map((x) => `${x.c.path} ${x.t ?? 'none'}`).join('; ')}; read ${chosen.get(doc)!.path}`), lang, totals.find((x) => x.c === chosen.get(doc))?.at));
  }
  const profileId = opts.profile ?? draft.profile?.value ?? 'national';
  const profile = loadProfile(profileId);
  draft.funding = withNatures(draft.funding, profile);
  const profileFrom = opts.profile ? '由 --profile 指定' : draft.profile ? `推断：${draft.profile.from}，请核实` : '待核实：未能从建设单位或封面判断所属地区，暂按国家办法';
  const materials = files.filter((f) => f.what === 'material').map((f) => f.path);
  const guessed = guessStage(profile, [...chosen.keys()].map((d) => registry[d]?.title ?? d), materials);
  const stage = opts.stage ?? guessed.value;
  const stageFrom = opts.stage ? '由 --stage 指定' : guessed.zh;
  if (opts.stage && !profile.stages.includes(opts.stage)) throw new ImportError(pick(lang, `--stage「${opts.stage}」不是${profile.name}办法的阶段，可选：${profile.stages.join('、')}`, `--stage "${opts.stage}" is not a stage of ${profile.nameEn}: ${profile.stages.join(', ')}`));

  // Where each file goes in the package, under its original name (a folder's path joined when two share one).
  const out = new Map<string, Buffer>();
  const place = (folder: string, f: ClassifiedFile): string => {
    let rel = `${folder}/${f.name}`;
    if (out.has(rel)) rel = `${folder}/${f.path.replace(/\.[^.]+$/, '').replace(/\//g, '_')}${f.name.slice(f.name.lastIndexOf('.'))}`;
    out.set(rel, f.data);
    return rel;
  };
  const documents: Record<string, string> = {};
  const notes: string[] = [];
  for (const f of files) {
    if (f.what === 'document') {
      const rel = place('docs', f);
      if (f.doc && chosen.get(f.doc) === f) documents[f.doc] = rel;
    } else if (f.what === 'table' && f.model) {
      // A Word file of annex tables: each table as tables/<table>.yaml (below), the file itself kept in other/.
      place('other', f);
    } else if (f.what === 'table') {
      place('tables', f);
      lines.push(pick(lang, `附表：${f.path} → tables/${f.name}（${f.tableId}，按表头识别）`, `annex table: ${f.path} → tables/${f.name} (${f.tableId}, by its header)`));
    } else if (f.what === 'material') {
      const item = materialItem(profile, f.path);
      place(item ? `materials/${item.id}-${item.title}` : 'other', f);
      lines.push(pick(lang, `材料：${f.path}${item ? ` → 材料清单第 ${item.id} 项「${item.title}」` : '（未对应材料清单条目，放在 other/）'}`, `material: ${f.path}${item ? ` → item ${item.id} ${item.title}` : ' (no checklist item; in other/)'}`));
    } else if (f.what === 'unreadable') {
      const rel = place(f.doc && /\.pdf$/i.test(f.name) ? 'docs' : 'other', f);
      // A scanned PDF is still the document: validate says, at it, that its text cannot be checked.
      if (f.doc && rel.startsWith('docs/') && !chosen.has(f.doc)) documents[f.doc] = rel;
      else notes.push(`未读取：${f.path}（${f.reason!.zh}）`);
      findings.push(finding(f.path, 'error', pick(lang, `无法读取：${f.reason!.zh}`, `cannot read: ${f.reason!.en}`), lang));
    } else {
      place('other', f);
      lines.push(pick(lang, `未识别：${f.path}（${f.reason?.zh ?? ''}），放在 other/`, `not recognised: ${f.path} (${f.reason?.en ?? ''}); in other/`));
    }
  }
  // The Word tables of the documents read, for each kind no workbook of the submission holds.
  const fromWorkbooks = new Set(files.filter((f) => f.what === 'table' && !f.model).map((f) => f.tableId));
  const tableFiles: ReadDocument[] = files.flatMap((f) => (f.what === 'table' && f.model ? [{ doc: 'table', file: f.path, model: f.model }] : []));
  for (const d of [...docs, ...tableFiles]) {
    if (d.model.kind !== 'docx') continue;
    for (const t of wordTables(d.model, d.file)) {
      if (fromWorkbooks.has(t.tableId) || out.has(`tables/${t.file}`)) continue;
      out.set(`tables/${t.file}`, Buffer.from(t.yaml, 'utf8'));
      lines.push(pick(lang, `附表：${t.from} → tables/${t.file}`, `annex table: ${t.from} → tables/${t.file}`));
    }
  }
  for (const s of sub.skipped) lines.push(pick(lang, `跳过：${s}（系统或临时文件）`, `skipped: ${s} (a system or lock file)`));
  for (const [doc, f] of chosen) lines.unshift(pick(lang, `文档：${f.path} → ${documents[doc]}（${registry[doc]?.title ?? doc}）`, `document: ${f.path} → ${documents[doc]} (${doc})`));
  const yaml = draftYaml({ draft, profile: { id: profileId, from: profileFrom }, stage: { value: stage, from: stageFrom }, documents, notes, submission: basename(src) });
  lines.push(pick(lang, `办法：${profileId}（${profileFrom}）；阶段：${stage}（${stageFrom}）`, `profile: ${profileId}; stage: ${stage}`));
  const unsure = yaml.split('\n').filter((l) => l.includes('待核实') || l.includes('请核实')).length;
  lines.push(pick(lang, `project.yaml 中有 ${unsure} 处待核实（见其中的注释）`, `${unsure} values in project.yaml to confirm (see its comments)`));

  // Written whole beside the target, then renamed into place.
  const tmp = join(dirname(dir), `.${basename(dir)}.import-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    writeFileAtomic(join(tmp, 'project.yaml'), yaml);
    for (const [rel, data] of out) writeFileAtomic(join(tmp, rel), data);
    if (existsSync(dir)) {
      const old = join(dirname(dir), `.${basename(dir)}.old-${process.pid}`);
      renameSync(dir, old);
      renameSync(tmp, dir);
      rmSync(old, { recursive: true, force: true });
    } else renameSync(tmp, dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { dir, lines, findings };
}
