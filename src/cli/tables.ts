import { existsSync, renameSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { schemaCopy, tableYaml } from '../init/scaffold.js';
import { loadPackage, TABLES_DIR } from '../package/load.js';
import { preloadWorkbooks } from '../package/preloaded.js';
import { readTablesRegistry } from '../package/tables.js';
import { buildTime } from '../fs/zip-normalize.js';
import { UsageError } from './errors.js';

export interface ConvertOptions {
  to: string;
  force?: boolean;
  lang: Lang;
}

/**
 * zwpack tables convert: each annex table of a package into the other format. The file it came from
 * is kept beside it as `<name>.bak` (tables/ reads only .yaml and .xlsx), so nothing is lost.
 */
export async function runTablesConvert(dirArg: string | undefined, opts: ConvertOptions): Promise<number> {
  const { lang } = opts;
  if (opts.to !== 'xlsx' && opts.to !== 'yaml') throw new UsageError(pick(lang, `--to 只能是 xlsx 或 yaml，而不是「${opts.to}」`, `--to must be xlsx or yaml, not "${opts.to}"`));
  const dir = resolve(dirArg ?? '.');
  await preloadWorkbooks(dir, lang);
  const pkg = loadPackage(dir, lang);
  const registry = readTablesRegistry();
  const name = String((pkg.facts.data as { name?: unknown } | undefined)?.name ?? '');
  const lines: string[] = [];
  let failed = 0;
  for (const t of pkg.tables) {
    const from = t.file.endsWith('.xlsx') ? 'xlsx' : 'yaml';
    if (from === opts.to) continue;
    const data = t.data as { table?: string; rows?: Record<string, unknown>[]; total?: number } | undefined;
    const id = typeof data?.table === 'string' && registry[data.table] ? data.table : Object.entries(registry).find(([, e]) => basename(t.file).replace(/\.\w+$/, '') === e.file.replace(/\.ya?ml$/, ''))?.[0];
    const bad = t.findings.find((f) => f.severity === 'error');
    if (!id || !data || !Array.isArray(data.rows) || bad) {
      failed++;
      lines.push(pick(lang, `  未转换 ${t.file}：${bad ? `${bad.cell ?? `${bad.line}:${bad.column}`} ${bad.message}` : '无法识别的表格'}`, `  not converted ${t.file}: ${bad ? `${bad.cell ?? `${bad.line}:${bad.column}`} ${bad.message}` : 'unknown table'}`));
      continue;
    }
    const entry = registry[id]!;
    const base = entry.file.replace(/\.ya?ml$/, '');
    const target = join(TABLES_DIR, `${base}.${opts.to}`);
    const source = join(dir, t.file);
    const backup = `${source}.bak`;
    if (!opts.force && (existsSync(join(dir, target)) || existsSync(backup))) {
      throw new UsageError(pick(lang, `${existsSync(join(dir, target)) ? target : `${t.file}.bak`} 已存在；加 --force 覆盖`, `${existsSync(join(dir, target)) ? target : `${t.file}.bak`} exists; --force overwrites it`));
    }
    const content = opts.to === 'xlsx'
      ? await (await import('../package/workbook-write.js')).writeTableWorkbook({ tableId: id, projectName: name, rows: data.rows, ...(typeof data.total === 'number' ? { total: data.total } : {}), date: buildTime() })
      : tableYaml(dir, id, entry.title, entry.schema, data.rows, data.total);
    writeFileAtomic(join(dir, target), content);
    if (opts.to === 'yaml') {
      // The schema the YAML names travels with the package (editor completion).
      const copy = schemaCopy(`tables/${entry.schema}`);
      if (!existsSync(join(dir, copy.path))) writeFileAtomic(join(dir, copy.path), copy.content);
    }
    renameSync(source, backup);
    lines.push(`  ${t.file} → ${target}${pick(lang, `（原文件改名为 ${t.file}.bak）`, ` (the original is kept as ${t.file}.bak)`)}`);
  }
  process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : pick(lang, `没有需要转换为 ${opts.to} 的表格\n`, `no table to convert to ${opts.to}\n`));
  return failed > 0 ? 1 : 0;
}
