import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { allRules } from '../src/rules/instances.js';
import { VERSION } from '../src/version.js';
import { copyExample, edit, EXAMPLES, ROOT, zwpack, AS_OF } from './helpers.js';

/** Every catalogue rule of kind arith, path, flag or time (shared/rules-catalogue.md). */
const CATALOGUE = [
  'NAT-STAGES', 'NAT-ESTIMATE-10', 'NAT-ACCEPT-6M', 'NAT-SELF-EVAL',
  'JH-SCOPE', 'JH-PLAN-DEADLINE', 'JH-CLASS', 'JH-PLAN-ONLY', 'JH-NO-ENV-REVIEW', 'JH-NOT-SUPPORTED', 'JH-CHANGE-10',
  'JH-FREE-OM-1Y', 'JH-ACCEPT-PATH', 'JH-TERMINATE-1M', 'JH-EVAL-BLOCKERS',
  'BZ-SCOPE-30W', 'BZ-NO-PROJECT', 'BZ-DATA-FIRST', 'BZ-STAGES', 'BZ-SERVICE', 'BZ-TRIAL-3M', 'BZ-OM-3Y', 'BZ-MONITOR', 'BZ-SELF-EVAL',
  'XF-STAGES', 'XF-REVIEW', 'XF-CLOUD', 'XF-CONTRACT-5WD', 'XF-REPORT-30WD', 'XF-SELF-EVAL',
  'GL-PLAN-Q3', 'GL-ALWAYS-APPROVE', 'GL-SUPERVISION-100W', 'GL-CHANGE-10', 'GL-ACCEPT-6M', 'GL-SELF-EVAL',
  'JL-UNIFIED', 'JL-STAGES', 'JL-CLOUD', 'JL-ANNUAL-EVAL', 'JL-CHANGE-15', 'JL-ACCEPT-6M', 'JL-SELF-EVAL',
];

interface RuleRow { id: string; source: string | null; kind: string[]; profiles: Record<string, unknown> }

describe('zwpack rules', () => {
  const rules = (JSON.parse(zwpack(['rules', '--format', 'json']).stdout) as { rules: RuleRow[] }).rules;

  it('lists every catalogue rule of kind arith, path, flag or time, each citing its article', () => {
    for (const id of CATALOGUE) {
      const r = rules.find((x) => x.id === id);
      expect(r, id).toBeDefined();
      expect(r!.source, id).toMatch(/第.+条|（/);
    }
  });

  it('every local rule is in force in its own profile', () => {
    const prefix: Record<string, string> = { JH: 'jinhu', BZ: 'bazhong', XF: 'xiangfen', GL: 'gulou', JL: 'jilin' };
    for (const r of rules) {
      const own = prefix[r.id.slice(0, 2)];
      if (own) expect(Object.keys(r.profiles), r.id).toEqual([own]);
    }
  });

  it('--profile narrows the list and shows parameters', () => {
    const r = zwpack(['rules', '--profile', 'xiangfen']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('XF-CONTRACT-5WD');
    expect(r.stdout).toContain('workdays=5');
    expect(r.stdout).not.toContain('JL-CLOUD');
  });

  it('an unknown profile is exit 2', () => {
    expect(zwpack(['rules', '--profile', 'tianjin']).status).toBe(2);
  });
});

describe('every rule module', () => {
  const files = readdirSync(join(ROOT, 'src/rules'));
  for (const { meta } of RULES) {
    it(`${meta.id} has its test beside it and a citation or an explicit none`, () => {
      const base = meta.id.toLowerCase();
      expect(files).toContain(`${base}.ts`);
      expect(files).toContain(`${base}.test.ts`);
      if (meta.origin !== null) expect(meta.article.length).toBeGreaterThan(0);
    });
  }
});

describe('every rule a profile defines from a family', () => {
  const tests = readdirSync(join(ROOT, 'test/profile-rules'));
  for (const { meta } of allRules().filter((r) => r.meta.family)) {
    it(`${meta.id} (${meta.family}) has its test and an article`, () => {
      expect(tests).toContain(`${meta.id.toLowerCase()}.test.ts`);
      expect(meta.article.length).toBeGreaterThan(0);
    });
  }
});

describe('zwpack explain', () => {
  it('quotes the article with its number', () => {
    const r = zwpack(['explain', 'XF-CONTRACT-5WD']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('第十八条：');
    expect(r.stdout).toContain('项目实施单位应在签订正式合同5个工作日内，将合同文本报县政务信息化主管部门备案。');
    expect(r.stdout).toContain('workdays=5');
  });

  it('quotes the local articles that restate a national rule', () => {
    const r = zwpack(['explain', 'NAT-SELF-EVAL']);
    expect(r.stdout).toContain('《吉林省政务信息化项目建设管理办法》第二十八条：');
  });

  it('an unknown rule is exit 2 with one line', () => {
    const r = zwpack(['explain', 'XX-NOPE']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('validate --explain-path', () => {
  it('prints the route and why', () => {
    const r = zwpack(['validate', EXAMPLES.bazhong, '--explain-path', '--as-of', AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('BZ-STAGES');
    expect(r.stdout).toMatch(/实施方案：总投资 268\.40 万元不超过 300 万元/);
  });
});

describe('SARIF and JUnit', () => {
  const require = createRequire(import.meta.url);

  it('SARIF output is valid SARIF 2.1.0 and carries each rule with its citation', () => {
    const dir = copyExample('xiangfen');
    edit(join(dir, 'project.yaml'), 'contractFiled: 2026-10-09', 'contractFiled: 2026-10-12');
    const r = zwpack(['validate', dir, '--format', 'sarif', '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } }; results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const Ajv4 = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors: unknown } };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // The published schema has a pattern that JavaScript's unicode mode rejects.
    const validate = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.find((x) => x.id === 'XF-CONTRACT-5WD')!.help.text).toContain('第十八条');
    expect(run.results.map((x) => x.ruleId)).toEqual(['XF-CONTRACT-5WD']);
    expect(run.results[0]!.locations[0]!.physicalLocation.region.startLine).toBeGreaterThan(1);
  });

  it('JUnit output has a failing test case for the file with findings', () => {
    const dir = copyExample('jinhu');
    edit(join(dir, 'project.yaml'), 'freeMaintenanceMonths: 12', 'freeMaintenanceMonths: 6');
    const r = zwpack(['validate', dir, EXAMPLES.jilin, '--format', 'junit', '--as-of', AS_OF]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="zwpack" tests="2" failures="1">/);
    expect(r.stdout).toContain('<failure message="1 finding(s)" type="zwpack">project.yaml:');
    expect(r.stdout).toContain('JH-FREE-OM-1Y');
    expect(r.stdout).toContain(`<testcase classname="${EXAMPLES.jilin}" name="project.yaml" />`);
  });
});

describe('version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(zwpack(['--version']).stdout.trim()).toBe(VERSION);
  });
});

describe('README', () => {
  it('its rule table names every rule zwpack has', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| kind | rules |'), readme.indexOf('\n\n', readme.indexOf('| kind | rules |')));
    const ids = (JSON.parse(zwpack(['rules', '--format', 'json']).stdout) as { rules: { id: string }[] }).rules.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(60);
    expect(ids.filter((id) => !table.includes(`\`${id}\``))).toEqual([]);
    // …and nothing else: every ID it names is a rule.
    const named = [...table.matchAll(/`([A-Z]{2,}(?:-[A-Z0-9]+)+)`/g)].map((m) => m[1]!);
    expect(named.filter((id) => !ids.includes(id))).toEqual([]);
  });
});

describe('explain', () => {
  it('works for every rule zwpack lists, naming its source', async () => {
    const { runExplain } = await import('../src/cli/explain.js');
    const ids = (JSON.parse(zwpack(['rules', '--format', 'json']).stdout) as { rules: { id: string; source: string | null }[] }).rules;
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      for (const r of ids) {
        spy.mockClear();
        expect(runExplain(r.id, 'zh')).toBe(0);
        const text = spy.mock.calls.map((c) => String(c[0])).join('');
        expect(text.startsWith(`${r.id}  `)).toBe(true);
        if (r.source) expect(text).toContain(`依据: ${r.source}`);
      }
    } finally {
      spy.mockRestore();
    }
  });
});
