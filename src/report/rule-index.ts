import { allRules, profileRules } from '../rules/instances.js';
import { RULES } from '../rules/index.js';
import { loadProfile } from '../profiles/profile.js';
import { ruleSource } from '../rules/engine.js';
import type { RuleMeta } from '../rules/types.js';

/** Findings that are not regulation rules: the package's own layers. */
const LAYERS: Record<string, { zh: string; en: string }> = {
  schema: { zh: '字段和表格须符合 JSON Schema', en: 'Fields and tables match their JSON Schemas' },
  yaml: { zh: 'YAML 语法、编码和重复键', en: 'YAML syntax, encoding and duplicate keys' },
  package: { zh: '文档路径在软件包内且存在', en: 'Document paths exist inside the package' },
  rules: { zh: '办法规则的运行状态', en: 'Whether regulation rules ran' },
  profile: { zh: '办法文件（profile）的结构、规则和参数', en: 'Profile files: structure, rules and parameters' },
  materials: { zh: '办法列出、未归入任何在用规则的材料已放入其目录', en: 'Materials the profile lists under no rule in force are in their folders' },
};

export interface RuleInfo {
  id: string;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  source: string | null;
  kind: string[];
  severity: string;
}

/**
 * Every rule a report may name, by id: the regulation rules and the layers above. Given the
 * profiles of the packages reported, only theirs are read (the others' rule definitions are not needed).
 */
export function ruleInfo(profiles?: readonly string[]): Map<string, RuleInfo> {
  const out = new Map<string, RuleInfo>();
  for (const [id, t] of Object.entries(LAYERS)) {
    out.set(id, { id, title: t, description: t, source: null, kind: [id], severity: 'error' });
  }
  const rules = profiles ? [...RULES, ...profiles.flatMap((id) => profileRules(loadProfile(id)))] : allRules();
  for (const { meta } of rules) out.set(meta.id, fromMeta(meta));
  return out;
}

function fromMeta(meta: RuleMeta): RuleInfo {
  return { id: meta.id, title: meta.title, description: meta.description, source: ruleSource(meta), kind: meta.kind, severity: meta.severity };
}
