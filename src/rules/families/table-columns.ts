import { stageOf, stageReached } from '../../profiles/stages.js';
import { readTablesRegistry } from '../../package/tables.js';
import { tableSchema } from '../../schema/compile.js';
import type { RuleFamily } from './index.js';

/** The titles the table's schema gives its columns (the headers zwpack writes). */
function columnTitles(tableId: string): Record<string, string> {
  const entry = readTablesRegistry()[tableId];
  if (!entry) return {};
  const rows = (tableSchema(entry.schema).properties as Record<string, { items?: { properties?: Record<string, { title?: string }> } }>).rows;
  return Object.fromEntries(Object.entries(rows?.items?.properties ?? {}).map(([k, v]) => [k, v.title ?? k]));
}

/** Columns a local article asks every row of an annex table to fill (襄汾's 信息资源目录: 来源, 开放属性, 所属系统). */
export const tableColumns: RuleFamily = {
  id: 'table-columns',
  kind: ['stage'],
  summary: { zh: '自某阶段起，附表每一行须填写某些列', en: 'from a stage on, every row of an annex table fills some columns' },
  options: {
    type: 'object',
    required: ['table', 'columns', 'from'],
    additionalProperties: false,
    properties: {
      table: { type: 'string', minLength: 1, description: '附表标识，如 resource-catalogue' },
      columns: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: '须填写的列（表格 schema 的键）' },
      from: { type: 'string', minLength: 1 },
    },
  },
  stageOf: (o) => String(o.from),
  check(ctx) {
    const from = String(ctx.params.from);
    if (!stageReached(ctx.profile, stageOf(ctx.profile, ctx.facts), from)) return;
    const table = ctx.table(String(ctx.params.table));
    if (!table) return; // a missing table is STAGE-REQUIRED's to report
    const columns = ctx.params.columns as unknown as string[];
    const titles = columnTitles(String(ctx.params.table));
    table.data.rows.forEach((row, i) => {
      const empty = columns.filter((c) => row[c] === undefined || row[c] === null || String(row[c]).trim() === '');
      if (empty.length === 0) return;
      const named = empty.map((c) => `「${titles[c] ?? c}」（${c}）`).join('、');
      ctx.report({ file: table.file, pointer: `/rows/${i}`, zh: `第 ${i + 1} 行缺少${named}（自${from}阶段起每行应当填写）`, en: `row ${i + 1} lacks ${empty.join(', ')} (every row states them from ${from} on)` });
    });
  },
};
