import { readTablesRegistry } from '../package/tables.js';
import type { Rule, RuleContext } from './types.js';

/** More decimals of 万元 than six (分): a form cannot print it, and would round figures and 大写 alike. */
const finerThanFen = (v: number): boolean => Math.abs(v * 1e6 - Math.round(v * 1e6)) > 1e-6;

/** Every number under a node, with its JSON Pointer. */
function numbers(node: unknown, pointer: string, out: [string, number][]): [string, number][] {
  if (typeof node === 'number') out.push([pointer, node]);
  else if (Array.isArray(node)) node.forEach((v, i) => numbers(v, `${pointer}/${i}`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) numbers(v, `${pointer}/${k}`, out);
  return out;
}

const AMOUNT_KEYS = /^(amount|unitPrice|rate|total|budget|paid)$/;

function report(ctx: RuleContext, pointer: string, value: number, file?: string): void {
  ctx.report({
    ...(file ? { file } : {}),
    pointer,
    zh: `金额 ${value} 万元精确到分以下（万元最多 6 位小数）；表单会把数字和大写都四舍五入到分`,
    en: `the amount ${value} (万元) is finer than a fen (six decimals of 万元); forms round both the figures and the capitals to the fen`,
  });
}

export const rule: Rule = {
  meta: {
    id: 'AMOUNT-PRECISION',
    kind: ['arith'],
    severity: 'warning',
    title: { zh: '金额精确到分', en: 'Amounts to the fen' },
    description: {
      zh: '以万元计的金额最多 6 位小数（即精确到分）；更精确的金额无法在表单中如实写成大写。',
      en: 'Amounts in 万元 have at most six decimals (the fen); a finer one cannot be written out in capitals as it stands.',
    },
    origin: null,
    article: '',
  },
  check(ctx) {
    for (const [pointer, value] of numbers(ctx.facts.money, '/money', [])) if (finerThanFen(value)) report(ctx, pointer, value);
    for (const id of Object.keys(readTablesRegistry())) {
      const t = ctx.table(id);
      if (!t) continue;
      for (const [pointer, value] of numbers(t.data, '', [])) {
        if (AMOUNT_KEYS.test(pointer.split('/').pop()!) && finerThanFen(value)) report(ctx, pointer, value, t.file);
      }
    }
  },
};
