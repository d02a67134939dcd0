import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadProfile, profileIds } from '../profiles/profile.js';
import { projectSchema, projectValidator } from '../schema/compile.js';
import { projectYaml } from './facts-yaml.js';
import { projectTemplate } from './template.js';

type Json = Record<string, unknown>;

/** Every key path of the schema's objects (not inside arrays, nor the profile's declarations). */
function schemaKeys(node: Json, defs: Json, prefix = ''): string[] {
  const props = (node.properties ?? {}) as Record<string, Json>;
  return Object.entries(props).flatMap(([k, raw]) => {
    const v = typeof raw.$ref === 'string' ? { ...(defs[raw.$ref.split('/').pop()!] as Json), ...raw } : raw;
    const path = `${prefix}${k}`;
    return k === 'declarations' ? [] : v.properties ? [path, ...schemaKeys(v, defs, `${path}.`)] : [path];
  });
}

const keysOf = (obj: unknown, prefix = ''): string[] =>
  obj && typeof obj === 'object' && !Array.isArray(obj) ? Object.entries(obj as Json).flatMap(([k, v]) => [`${prefix}${k}`, ...keysOf(v, `${prefix}${k}.`)]) : [];

describe('the project.yaml template', () => {
  it('has an example for every key the schema takes (a key added to the schema must be added there)', () => {
    const schema = projectSchema() as Json;
    const all = new Set(profileIds().flatMap((id) => keysOf(projectTemplate(loadProfile(id)))));
    expect(schemaKeys(schema, schema.$defs as Json).filter((k) => !all.has(k))).toEqual([]);
  });

  for (const id of profileIds()) {
    it(`${id}: its example facts, every key uncommented, are valid for the profile`, () => {
      const profile = loadProfile(id);
      const example = projectTemplate(profile);
      const validate = projectValidator(profile);
      const ok = validate({ ...example, declarations: Object.fromEntries(profile.questions.map((q) => [q.id, false])) });
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });
  }

  it('writes every key the facts do not give commented out in its place, which YAML reads as absent', () => {
    const profile = loadProfile('jilin');
    const text = projectYaml({ profile: 'jilin', name: '吉林省某厅信息化建设项目', owner: { name: '吉林省某厅' }, money: { roughEstimate: 1260 } }, projectSchema() as Json, 'x.json', {}, projectTemplate(profile));
    expect(parse(text)).toEqual({ profile: 'jilin', name: '吉林省某厅信息化建设项目', owner: { name: '吉林省某厅' }, money: { roughEstimate: 1260 } });
    // In the schema's order, each under its title: code between name and category, 承办科室 under owner.name.
    expect(text).toMatch(/\nname: 吉林省某厅信息化建设项目\n\n?# 投资项目统一代码 —— 投资项目在线审批监管平台赋予的24位代码，如 2025-320831-65-01-123456。\n# code: 2025-320831-65-01-123456\n/);
    expect(text).toContain('  name: 吉林省某厅\n  # 承办科室 —— 建设单位内负责项目的科室。\n  # department: 信息中心\n');
    expect(text).toContain('  roughEstimate: 1260\n  # 投资估算（万元） —— 项目建议书或可行性研究报告的投资估算。\n  # estimate: 1234.56\n');
    // The 吉林 keys are there, the 金湖 and 巴中 ones are not; the funding example names a 吉林 资金性质.
    expect(text).toContain('# singleContent: false');
    expect(text).not.toMatch(/civilWorks|contractMonths|class:/);
    expect(text).toContain('  #     nature: 省级财政资金 # 资金性质');
    // Uncommenting a block gives valid YAML with its titles as comments.
    const lines = text.split('\n');
    const from = lines.indexOf('# contractor:');
    const to = lines.findIndex((l, i) => i > from && !l.startsWith('#   '));
    const block = lines.slice(from, to).map((l) => l.slice(2)).join('\n');
    expect(parse(block)).toMatchObject({ contractor: { name: 'XX科技有限公司' } });
  });
});
