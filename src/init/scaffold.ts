import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { writeFileAtomic } from '../fs/atomic.js';
import { assetPath } from '../data/assets.js';
import { defaultDocumentPath, readDocumentsRegistry } from '../package/documents-registry.js';
import type { DocumentType } from '../package/documents-registry.js';
import { FACTS_FILE, TABLES_DIR } from '../package/load.js';
import { readTablesRegistry } from '../package/tables.js';
import type { Profile } from '../profiles/profile.js';
import { projectSchema } from '../schema/compile.js';
import { projectYaml } from './facts-yaml.js';
import { projectTemplate } from './template.js';
import { declarationsOf } from './defaults.js';
import { folderOf } from '../materials/status.js';
import { markdownSkeleton, skeletonHeadings } from '../outline/skeleton.js';
import type { SkeletonCover } from '../outline/skeleton.js';
import { docxSkeleton } from '../outline/skeleton-docx.js';
import { buildTime } from '../fs/zip-normalize.js';
import { outlineFacts } from '../outline/package.js';
import type { Facts } from '../model/facts.js';
import { today } from '../calendar/dates.js';

/** Where a package keeps copies of the schemas its files name, so editor completion survives moving or mailing it. */
export const SCHEMA_COPIES = '.zwpack/schemas';

/** The schema reference an editor resolves from a file inside the package: the package's own copy. */
function schemaRef(fromDir: string, schemaRel: string, dir: string): string {
  return relative(fromDir, join(dir, SCHEMA_COPIES, schemaRel)).split('\\').join('/');
}

/** The copy of a schema a package carries (written by init beside the files that name it). */
export function schemaCopy(schemaRel: string): PlannedFile {
  return { path: `${SCHEMA_COPIES}/${schemaRel}`, content: readFileSync(assetPath('schemas', schemaRel), 'utf8') };
}

/** A table's YAML text: the schema line, a hint, then the table (empty, or the rows given). */
export function tableYaml(dir: string, id: string, title: string, schemaFile: string, rows: Record<string, unknown>[] = [], total?: number): string {
  const body: Record<string, unknown> = { table: id, title, unit: '万元', rows };
  if (id !== 'resource-catalogue') body.total = total ?? 0;
  const ref = schemaRef(join(dir, TABLES_DIR), `tables/${schemaFile}`, dir);
  return `# yaml-language-server: $schema=${ref}\n# ${title}：在 rows 下逐行填写，合计写在 total。\n${stringify(body)}`;
}

/** The cover facts of a document skeleton; the date is when the plan was filed, else today. */
function coverOf(doc: DocumentType, facts: Record<string, unknown>): SkeletonCover {
  const owner = (facts.owner as { name?: string } | undefined)?.name ?? '';
  const filed = (facts.dates as { planFiled?: string } | undefined)?.planFiled;
  const day = filed ?? today();
  const [y, m] = day.split('-');
  return { project: String(facts.name ?? ''), document: doc.title, owner, date: `${y}年${Number(m)}月` };
}

export interface PlannedFile {
  path: string;
  content: string | Uint8Array;
}

export type DocsFormat = 'docx' | 'md';
export type TablesFormat = 'yaml' | 'xlsx';

/** Every file `init` writes for these facts, relative to the target folder. */
export async function planPackage(dir: string, facts: Record<string, unknown>, profile: Profile, docsFormat: DocsFormat = 'docx', tablesFormat: TablesFormat = 'yaml'): Promise<PlannedFile[]> {
  if (profile.questions.length > 0) facts = { ...facts, declarations: declarationsOf(profile, facts.declarations) };
  const files: PlannedFile[] = [
    schemaCopy('project.schema.json'),
    {
      path: FACTS_FILE,
      content: projectYaml(
        facts,
        projectSchema(),
        schemaRef(dir, 'project.schema.json', dir),
        Object.fromEntries(profile.questions.map((q) => [`declarations.${q.id}`, `${q.article}：${q.text}（${q.expect ? '满足填 true' : '存在该情形填 true'}，否则填 false）`])),
        projectTemplate(profile),
      ),
    },
  ];
  const tables = readTablesRegistry();
  for (const id of profile.tables) {
    const t = tables[id];
    if (!t) continue;
    if (tablesFormat === 'xlsx') {
      const { writeTableWorkbook } = await import('../package/workbook-write.js');
      const content = await writeTableWorkbook({ tableId: id, projectName: String(facts.name ?? ''), rows: [], date: buildTime() });
      files.push({ path: `${TABLES_DIR}/${t.file.replace(/\.ya?ml$/, '.xlsx')}`, content });
    } else files.push({ path: `${TABLES_DIR}/${t.file}`, content: tableYaml(dir, id, t.title, t.schema) }, schemaCopy(`tables/${t.schema}`));
  }
  const docs = readDocumentsRegistry();
  const declared = (facts.documents ?? {}) as Record<string, string>;
  for (const id of new Set([...profile.documents, ...Object.keys(declared)])) {
    const d = docs[id];
    if (!d) continue;
    const path = declared[id] ?? defaultDocumentPath(d, docsFormat);
    const outline = profile.outlines[id];
    if (!outline) continue;
    const headings = skeletonHeadings(outline, outlineFacts(facts as unknown as Facts));
    const cover = coverOf(d, facts);
    if (/\.docx$/i.test(path)) files.push({ path, content: await docxSkeleton(cover, headings) });
    else if (path.endsWith('.md')) files.push({ path, content: markdownSkeleton(cover, headings) });
  }
  files.push({
    path: 'materials/README.md',
    content: '# 备案和验收材料\n\n每个材料清单条目一个子目录，把扫描件或电子文件放入对应目录。`zwpack checklist` 据此判断材料是否齐全。\n',
  });
  // One folder per material item; the hidden .keep file does not count as the material.
  for (const m of profile.materials) files.push({ path: `${folderOf(m)}/.keep`, content: '' });
  return files;
}

/** What a new folder may already hold and still count as empty (`git init && zwpack init .`). */
const HARMLESS = new Set(['.git', '.gitignore', '.gitattributes', '.DS_Store', 'Thumbs.db', 'desktop.ini']);

export function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).every((n) => HARMLESS.has(n));
}

/** A planned file could not be written; `written` lists what was. */
export class ScaffoldError extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
    readonly written: string[],
  ) {
    super(file);
  }
}

/**
 * Write the planned files atomically. A file that is already there is never replaced — it may hold
 * the user's facts, tables or chapters, and init's are blank defaults — it is listed in `kept`.
 */
export function writePackage(dir: string, files: readonly PlannedFile[]): { written: string[]; kept: string[] } {
  const written: string[] = [];
  const kept: string[] = [];
  for (const f of files) {
    const abs = join(dir, f.path);
    if (existsSync(abs)) {
      if (!f.path.endsWith('/.keep')) kept.push(f.path);
      continue;
    }
    try {
      writeFileAtomic(abs, f.content);
    } catch (err) {
      throw new ScaffoldError(f.path, err, written);
    }
    written.push(f.path);
  }
  return { written, kept };
}
