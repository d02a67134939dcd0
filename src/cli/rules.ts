import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { loadProfile, profileIds } from '../profiles/profile.js';
import { allRules } from '../rules/instances.js';
import { ruleSource, rulesInForce } from '../rules/engine.js';
import { profileArg } from './args.js';

export interface RulesOptions {
  profile?: string;
  format: string;
  lang: Lang;
}

interface Row {
  id: string;
  kind: string[];
  severity: string;
  title: string;
  source: string | null;
  believed: boolean;
  /** Parameters by profile id, for each profile that has the rule in force. */
  profiles: Record<string, Record<string, unknown>>;
}

/** zwpack rules: the rules in force, with kind, severity, parameters and citation. */
export function runRules(opts: RulesOptions): number {
  const { lang } = opts;
  const wanted = profileArg(opts.profile, lang);
  const ids = wanted ? [wanted] : profileIds();
  const rows = new Map<string, Row>();
  for (const pid of ids) {
    for (const { rule, params } of rulesInForce(loadProfile(pid))) {
      const m = rule.meta;
      const row = rows.get(m.id) ?? {
        id: m.id,
        kind: m.kind,
        severity: m.severity,
        title: pick(lang, m.title.zh, m.title.en),
        source: ruleSource(m),
        believed: m.believed === true,
        profiles: {},
      };
      row.profiles[pid] = params;
      rows.set(m.id, row);
    }
  }
  const list = allRules().map((r) => rows.get(r.meta.id)).filter((r): r is Row => r !== undefined);
  if (opts.format === 'json') {
    process.stdout.write(JSON.stringify({ rules: list }, null, 2) + '\n');
    return 0;
  }
  for (const r of list) {
    const params = Object.entries(r.profiles)
      .filter(([, p]) => Object.keys(p).length > 0)
      .map(([pid, p]) => `${pid}: ${Object.entries(p).map(([k, v]) => `${k}=${String(v)}`).join(' ')}`);
    process.stdout.write(`${r.id.padEnd(22)} ${r.kind.join('+').padEnd(11)} ${r.severity.padEnd(8)} ${r.title}\n`);
    if (r.source) process.stdout.write(`${' '.repeat(23)}${r.source}\n`);
    process.stdout.write(`${' '.repeat(23)}${Object.keys(r.profiles).join(', ')}${params.length > 0 ? `  ·  ${params.join('; ')}` : ''}\n`);
  }
  process.stdout.write(pick(lang, `共 ${list.length} 条规则\n`, `${list.length} rules\n`));
  return 0;
}
