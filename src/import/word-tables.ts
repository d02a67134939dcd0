import { Document, isMap } from 'yaml';
import { annexTables } from '../document/annex-table.js';
import type { DocumentModel } from '../document/model.js';
import { placeOf } from '../document/model.js';
import { toFen } from '../model/money.js';
import { readTablesRegistry } from '../package/tables.js';

// The annex tables a document holds as Word tables (表8-1 项目总投资估算表…), written as the package's
// tables/*.yaml with the place each row was read, so the stage's required tables are the submission's own.

export interface WordTable {
  tableId: string;
  /** tables/<file> as the registry names it. */
  file: string;
  yaml: string;
  /** `XX可研.docx ¶412「表8-1 项目总投资估算表」` */
  from: string;
}

/** Every annex table of a document, the first of each kind only. */
export function wordTables(model: DocumentModel, fileName: string): WordTable[] {
  const registry = readTablesRegistry();
  const out: WordTable[] = [];
  for (const t of annexTables(model)) {
    const entry = registry[t.tableId];
    if (!entry || out.some((o) => o.tableId === t.tableId) || t.rows.length === 0) continue;
    const from = `${fileName} ${placeOf(model, t.line).split(' ')[0]}${t.caption ? `「${t.caption}」` : ''}`;
    const data: Record<string, unknown> = { table: t.tableId, title: entry.title, unit: '万元', rows: t.rows.map((r) => r.values) };
    // A 合计 its rows do not add up to is the document's mistake, reported at its row there (DOC-TABLE):
    // the copy leaves it out, so the same mistake is not reported again at a file the reviewer never had.
    const amounts = t.rows.map((r) => r.values.amount).filter((a): a is number => typeof a === 'number');
    const sum = amounts.reduce((a, b) => a + toFen(b), 0n);
    const wrongTotal = t.total !== undefined && amounts.length > 0 && sum !== toFen(t.total.amount);
    if (t.total && !wrongTotal) data.total = t.total.amount;
    const doc = new Document(data);
    doc.commentBefore = ` ${entry.title}：zwpack import 读自 ${from}，请核实。${wrongTotal ? `\n 文档中的合计 ${t.total!.amount} 万元与各行之和不符（validate 在文档中报告），此处未写入合计。` : ''}`;
    const rows = doc.get('rows', true) as { items: unknown[] } | undefined;
    rows?.items.forEach((item, i) => {
      if (isMap(item)) item.commentBefore = ` ${placeOf(model, t.rows[i]!.line).split(' ')[0]}`;
    });
    out.push({ tableId: t.tableId, file: entry.file, yaml: doc.toString({ lineWidth: 0 }), from });
  }
  return out;
}
