import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataYaml } from '../data/data-file.js';
import { annexTables } from '../document/annex-table.js';
import type { DocumentModel } from '../document/model.js';
import { DocumentReadError } from '../document/model.js';
import { readWordFile } from '../document/read.js';
import { readPdf } from '../document/read-pdf.js';
import type { Lang } from '../i18n/lang.js';
import { convertWithSoffice, ConvertError, isEncryptedOoxml, isOle } from '../office/soffice.js';
import type { Profile } from '../profiles/profile.js';
import type { SubmittedFile } from './submission.js';

// Each file of a submission: what it is (a document of the package, an annex table, a material, or
// unrecognised) and, for documents and tables, what it says, read once into the document model.

interface ImportWords {
  documents: Record<string, string[]>;
  materials: string[];
  revisions: string[];
  synonyms: Record<string, string>;
  stages: { words: string[]; stages: string[] }[];
}
let words: ImportWords | null = null;
/** templates/import.yaml, read once. */
export const importWords = (): ImportWords => (words ??= readDataYaml('templates', 'import.yaml') as ImportWords);

export interface ClassifiedFile {
  path: string;
  /** The bytes the package gets: the original, or LibreOffice's .docx/.xlsx of a .doc/.xls. */
  data: Buffer;
  /** The name the package's copy gets (a converted file ends in .docx/.xlsx). */
  name: string;
  what: 'document' | 'table' | 'material' | 'unrecognised' | 'unreadable';
  /** A document's id (feasibility…). */
  doc?: string;
  model?: DocumentModel;
  /** A workbook's table kind, as its header says. */
  tableId?: string;
  /** A workbook's lines above its header (its title, `项目名称：…`), each at its cell. */
  above?: { text: string; line: number; cell: string }[];
  /** Why it could not be read, or what it is when not recognised. */
  reason?: { zh: string; en: string };
}

const isPdf = (b: Buffer): boolean => b.subarray(0, 1024).includes(Buffer.from('%PDF-'));
const IMAGE = /\.(jpe?g|png|tiff?|bmp|gif)$/i;

const baseName = (path: string): string => path.split('/').pop()!;
const stem = (path: string): string => baseName(path).replace(/\.[^.]+$/, '');
const plain = (s: string): string => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/** The document a title or file name names (the longest matching word wins), unless it names a material. */
export function documentNamed(text: string): string | null {
  const t = plain(text);
  let best: { id: string; len: number } | null = null;
  for (const [id, list] of Object.entries(importWords().documents)) {
    for (const w of list) if (t.includes(w) && (!best || w.length > best.len)) best = { id, len: w.length };
  }
  return best?.id ?? null;
}

const namesMaterial = (text: string): boolean => importWords().materials.some((w) => plain(text).includes(w));

/**
 * The checklist item of the profile a material's name matches: its title in the name or the name in
 * its title; else a word of the name that templates/import.yaml says the item's title has (中标通知书 →
 * 采购结果通知书); else a material word of the name in the item's detail (批复 in 项目批复文件).
 */
export function materialItem(profile: Profile, name: string): { id: string; title: string } | null {
  const n = plain(stem(name)).replace(/^附件\d+/, '').replace(/扫描件|复印件|盖章版/g, '');
  const { synonyms, materials } = importWords();
  const items = profile.materials;
  const hit =
    items.find((m) => plain(m.title).length > 1 && (n.includes(plain(m.title)) || (n.length > 3 && plain(m.title).includes(n)))) ??
    Object.entries(synonyms).flatMap(([w, t]) => (n.includes(w) ? items.filter((m) => m.title.includes(t)) : []))[0] ??
    materials.flatMap((w) => (n.includes(w) ? items.filter((m) => m.detail?.includes(w)) : []))[0];
  return hit ? { id: hit.id, title: hit.title } : null;
}

/** How new a candidate is by its name: the revision word's rank (报批稿 newest), then a date in the name. */
export function revisionKey(path: string): [number, string] {
  const revs = importWords().revisions;
  const i = revs.findIndex((r) => baseName(path).includes(r));
  const date = /(20\d\d)[-.年_]?(\d{1,2})[-.月_]?(\d{1,2})?/.exec(baseName(path));
  const when = date ? `${date[1]}${date[2]!.padStart(2, '0')}${(date[3] ?? '0').padStart(2, '0')}` : '';
  return [i < 0 ? revs.length : i, when];
}

/** The document a model's cover names: a line that is a document's title. */
function documentOnCover(model: DocumentModel): string | null {
  for (const line of model.cover.slice(0, 12)) {
    if (line.text.length <= 40 && !namesMaterial(line.text)) {
      const id = documentNamed(line.text);
      if (id) return id;
    }
  }
  return null;
}

function unreadable(f: SubmittedFile, zh: string, en: string): ClassifiedFile {
  return { path: f.path, data: f.data, name: baseName(f.path), what: 'unreadable', reason: { zh, en } };
}

/** A word-processing file's model, converting .doc/.wps/.rtf (or a .docx that is really a .doc) first. */
async function readWordish(f: SubmittedFile): Promise<ClassifiedFile> {
  const data = f.data;
  const name = baseName(f.path);
  if (/\.pdf$/i.test(name)) {
    if (!isPdf(data)) return unreadable(f, '扩展名是 .pdf，但不是 PDF 文件（可能是改了扩展名的图片）', 'named .pdf but not a PDF (a renamed image?)');
    try {
      return { path: f.path, data, name, what: 'document', model: await readPdf(data) };
    } catch (err) {
      if (err instanceof DocumentReadError) return unreadable(f, err.zh, err.en);
      throw err;
    }
  }
  try {
    const read = readWordFile(name, data);
    return read.converted ? { path: f.path, data: read.converted, name: `${stem(f.path)}.docx`, what: 'document', model: read.model } : { path: f.path, data, name, what: 'document', model: read.model };
  } catch (err) {
    if (err instanceof DocumentReadError) return unreadable(f, err.zh, err.en);
    throw err;
  }
}

/** A workbook's table kind by its header (exceljs reads it from a temp copy); .xls/.et are converted first. */
async function readWorkbook(f: SubmittedFile, lang: Lang): Promise<ClassifiedFile> {
  let data = f.data;
  let name = baseName(f.path);
  if (isEncryptedOoxml(data)) return unreadable(f, '工作簿已加密（设置了打开密码），请在 Excel/WPS 中取消密码后另存为 .xlsx', 'the workbook is encrypted (password-protected); remove the password and save it as .xlsx again');
  if (!/\.xlsx$/i.test(f.path) || isOle(data)) {
    try {
      data = convertWithSoffice(name, data, 'xlsx');
      name = `${stem(f.path)}.xlsx`;
    } catch (err) {
      if (!(err instanceof ConvertError)) throw err;
      return unreadable(f, err.zh, err.en);
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'zwpack-import-'));
  try {
    writeFileSync(join(work, 'table.xlsx'), data);
    const { readWorkbookTable } = await import('../package/workbook.js');
    const yf = await readWorkbookTable(join(work, 'table.xlsx'), name, lang);
    const tableId = (yf.data as { table?: unknown } | undefined)?.table;
    const above = (yf.above ?? []).map((a) => ({ text: a.text, line: a.at.line, cell: a.at.cell ?? '' }));
    if (typeof tableId === 'string') return { path: f.path, data, name, what: 'table', tableId, above };
    return { path: f.path, data, name, what: 'unrecognised', reason: { zh: '工作簿的表头不是已知附表', en: 'the workbook\'s header is not a known annex table' } };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Classify one file of the submission. */
export async function classify(f: SubmittedFile, lang: Lang): Promise<ClassifiedFile> {
  const name = baseName(f.path);
  if (/\.(xlsx|xls|et|xlsm)$/i.test(name)) return readWorkbook(f, lang);
  if (/\.ofd$/i.test(name)) return unreadable(f, 'OFD 版式文件暂不能读取：请同时提供 PDF 或 Word 版本', 'OFD files cannot be read yet: provide a PDF or Word version too');
  const material = namesMaterial(stem(name));
  // A material is listed and copied, not read: a scan of a contract says nothing zwpack checks.
  if (material && /\.(pdf|docx?|wps|jpe?g|png|tiff?|bmp|gif)$/i.test(name)) return { path: f.path, data: f.data, name, what: 'material' };
  if (IMAGE.test(name)) return { path: f.path, data: f.data, name, what: 'unrecognised', reason: { zh: '图片文件', en: 'an image' } };
  if (/\.(docx|doc|wps|rtf|pdf)$/i.test(name)) {
    const read = await readWordish(f);
    const named = documentNamed(stem(name));
    if (read.what !== 'document') return named ? { ...read, doc: named } : read;
    const doc = named ?? documentOnCover(read.model!);
    if (doc) return { ...read, doc };
    // A Word file that is no document but holds an annex table (附件2 工作量核算表.docx): a table, by its header.
    const table = read.model!.kind === 'docx' ? annexTables(read.model!)[0] : undefined;
    if (table) return { ...read, what: 'table', tableId: table.tableId };
    return { ...read, what: 'unrecognised', reason: { zh: '文件名和封面都不是已知文档', en: 'neither its name nor its cover names a known document' } };
  }
  return { path: f.path, data: f.data, name, what: 'unrecognised', reason: { zh: '不是 Word、PDF 或 Excel 文件', en: 'not a Word, PDF or Excel file' } };
}
