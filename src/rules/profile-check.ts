import type { ErrorObject, ValidateFunction } from 'ajv';
import { basename } from 'node:path';
import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { keyPosition, pointerSegment, readYamlFile, valuePosition } from '../package/yaml-file.js';
import { loadProfile } from '../profiles/profile.js';
import type { Profile } from '../profiles/profile.js';
import { isProfileId, profileIds, profileSource } from '../profiles/registry.js';
import { schemaFindings } from '../schema/check.js';
import { compileSchema, schemaFile } from '../schema/compile.js';
import { schemaMessage } from '../schema/messages.js';
import { editDistance } from '../schema/spelling.js';
import { FAMILIES, META_KEYS } from './families/index.js';
import { isFamilyRule } from './instances.js';
import { outlineIds } from '../outline/schemas.js';
import { RULES } from './index.js';
import type { Rule } from './types.js';
import { pushAll } from '../arrays.js';
import { ProfileError } from '../profiles/errors.js';
import { dateKeySchema } from './families/dates.js';

type Json = Record<string, unknown>;

const PROFILE_SCHEMA = 'profile.schema.json';
const validators = new Map<string, ValidateFunction>();
function validatorOf(key: string, schema: Json): ValidateFunction {
  let v = validators.get(key);
  if (!v) validators.set(key, (v = compileSchema(schema)));
  return v;
}

const esc = pointerSegment;

/** The closest of `names` to a misspelt one, when it is close (a typo, not another word). */
function nearest(name: string, names: readonly string[]): string | null {
  let best: [string, number] | null = null;
  for (const n of names) {
    const d = editDistance(name.toUpperCase(), n.toUpperCase());
    if (!best || d < best[1]) best = [n, d];
  }
  return best && best[1] <= Math.max(2, Math.floor(name.length / 4)) ? best[0] : null;
}

/**
 * The range of each parameter the module rules take, by its name (the families give theirs in their
 * options): months of -1000000 or 1e9 are no regulation's, and would print a deadline in year −81307.
 */
const PARAM_RANGES: Record<string, Json> = {
  months: { type: 'integer', minimum: 1, maximum: 120, description: '月数（1–120）' },
  trialMonths: { type: 'integer', minimum: 0, maximum: 60, description: '试运行月数（0–60）' },
  from: { type: 'integer', minimum: 0, maximum: 120, description: '起始月数（0–120）' },
  to: { type: 'integer', minimum: 1, maximum: 120, description: '截止月数（1–120）' },
  minimum: { type: 'number', minimum: 0, maximum: 10_000_000, description: '金额（万元）' },
  mergeLimit: { type: 'number', minimum: 0, maximum: 10_000_000, description: '金额（万元）' },
  threshold: { type: 'number', minimum: 0, maximum: 10_000_000, description: '金额（万元）' },
  limit: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: '占总投资的比例，如 0.1' },
  inclusive: { type: 'boolean' },
  deadline: { type: 'string', pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$', description: '月-日，如 09-30' },
};

/** The JSON Schema of a zwpack rule's parameters: the ones it has defaults for, each with its range. */
export function paramsSchema(rule: Rule): Json {
  const m = rule.meta;
  const properties: Record<string, Json> = {};
  for (const [k, v] of Object.entries(m.params ?? {})) {
    properties[k] = m.paramSchemas?.[k] ?? PARAM_RANGES[k] ?? (k === 'base' || k === 'also' ? dateKeySchema() : { type: typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v, title: k });
  }
  return { type: ['object', 'null'], additionalProperties: false, properties };
}

/**
 * Check one profile file: its structure against schemas/profile.schema.json, then what a schema
 * cannot say — every rule it names exists, takes the parameters given, of their types; a rule it
 * defines uses a known family with valid options; its parent exists; its questions and
 * requirements name rules and stages it has. Each finding has the file, line and column.
 */
export function checkProfileFile(abs: string, rel: string, lang: Lang): Finding[] {
  const yf = readYamlFile(abs, rel, lang);
  const out: Finding[] = [...yf.findings];
  if (out.some((f) => f.severity === 'error')) return out;
  const data = yf.data as Json;
  const err = (pointer: string, zh: string, en: string, key = false): void => {
    const pos = key ? keyPosition(yf, pointer) : valuePosition(yf, pointer);
    out.push({ ruleId: 'profile', severity: 'error', file: rel, line: pos.line, column: pos.column, source: null, message: pick(lang, zh, en) });
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    err('', '办法文件应当是一个 YAML 映射（键: 值）', 'a profile file is a YAML mapping (key: value)');
    return out;
  }
  const root = schemaFile(PROFILE_SCHEMA);
  pushAll(out, schemaFindings(yf, validatorOf(PROFILE_SCHEMA, root), root, String(data.name ?? ''), lang).map((f) => ({ ...f, ruleId: 'profile' })));

  const id = String(data.id ?? '');
  const fileId = basename(abs).replace(/\.ya?ml$/i, '');
  if (typeof data.id === 'string' && id !== fileId) err('/id', `办法标识 ${id} 与文件名 ${fileId}.yaml 不一致`, `the id ${id} differs from the file name ${fileId}.yaml`);
  const source = profileSource(id);
  if (source && source.builtin && source.file !== abs) err('/id', `${id} 是 zwpack 内置的办法，请另取标识`, `${id} is one of zwpack's own profiles; choose another id`);

  let parent: Profile | null = null;
  if (data.extends !== undefined) {
    const pid = String(data.extends);
    if (pid === id) err('/extends', `办法不能继承自身（${id}）：地方办法应继承 national 或另一部办法`, `a profile cannot extend itself (${id}): extend national or another profile`);
    else if (!isProfileId(pid)) err('/extends', `继承的办法「${pid}」不存在（可用：${knownIds()}）`, `extends "${pid}", which is not a profile (${profileIds().join(', ')})`);
    else {
      try {
        parent = loadProfile(pid);
      } catch (e) {
        if (!(e instanceof ProfileError)) throw e;
        err('/extends', e.message, e.en);
      }
    }
  } else if (id !== 'national') {
    err('', '缺少 extends：地方办法应继承 national（或另一部办法）', 'extends is missing: a local profile extends national (or another profile)', true);
  }

  const stages = (Array.isArray(data.stages) ? data.stages : parent?.stages ?? []) as string[];
  const rules = (data.rules && typeof data.rules === 'object' ? data.rules : {}) as Record<string, unknown>;
  const modules = new Map(RULES.map((r) => [r.meta.id, r]));
  const inherited = (parent?.rules ?? {}) as Record<string, unknown>;
  const defined = new Set<string>(Object.keys(inherited).filter((k) => isFamilyRule(inherited[k])));
  for (const [rid, setting] of Object.entries(rules)) {
    const at = `/rules/${esc(rid)}`;
    const unknownRule = (): void => {
      // With an unknown parent, what it would have defined cannot be known: its error is enough.
      if (data.extends !== undefined && parent === null) return;
      const hint = nearest(rid, [...modules.keys(), ...defined]);
      err(at, `未知的规则 ${rid}${hint ? `（是否为 ${hint}？）` : ''}；zwpack rules 列出全部规则，或用 use: 规则族 定义新规则`, `unknown rule ${rid}${hint ? ` (did you mean ${hint}?)` : ''}; zwpack rules lists them, or define one with use: FAMILY`, true);
    };
    if (setting === false || setting === null) {
      if (!modules.has(rid) && !defined.has(rid)) unknownRule();
      continue;
    }
    if (typeof setting !== 'object' || Array.isArray(setting)) {
      err(at, `规则 ${rid} 的设置应当是参数映射（{} 为默认值）或 false`, `the setting of ${rid} is a mapping of parameters ({} for the defaults) or false`);
      continue;
    }
    const entry = setting as Json;
    if (entry.use !== undefined) {
      if (modules.has(rid)) {
        err(`${at}/use`, `${rid} 是 zwpack 的内置规则，自定义规则请另取编号`, `${rid} is one of zwpack's rules; give your rule another ID`);
        continue;
      }
      const family = FAMILIES[String(entry.use)];
      if (!family) {
        err(`${at}/use`, `未知的规则族「${String(entry.use)}」（可用：${Object.keys(FAMILIES).join('、')}）`, `unknown rule family "${String(entry.use)}" (${Object.keys(FAMILIES).join(', ')})`);
        continue;
      }
      if (typeof entry.article !== 'string' || entry.article === '') err(at, `规则 ${rid} 缺少 article（所依据的条款，如 第十八条）`, `rule ${rid} has no article (the article it enforces)`, true);
      if (typeof entry.title !== 'string' || entry.title === '') err(at, `规则 ${rid} 缺少 title（一句话说明）`, `rule ${rid} has no title`, true);
      checkMeta(entry, at);
      checkOptions(rid, family.id, family.options, entry, at);
      defined.add(rid);
      continue;
    }
    const rule = modules.get(rid);
    if (rule) {
      checkOptions(rid, rid, paramsSchema(rule), entry, at, Object.keys(rule.meta.params ?? {}));
    } else if (defined.has(rid)) {
      // An inherited rule of a family: new parameters over the parent's, checked as a whole.
      const merged = { ...(inherited[rid] as Json), ...entry };
      const family = FAMILIES[String(merged.use)]!;
      checkMeta(entry, at);
      checkOptions(rid, family.id, family.options, merged, at, undefined, entry);
    } else {
      unknownRule();
    }
  }

  // Questions, requirements and materials name rules and stages the profile has.
  const ruleIds = new Set([...Object.keys(inherited).filter((k) => inherited[k] !== false), ...Object.keys(rules).filter((k) => rules[k] !== false)]);
  (Array.isArray(data.questions) ? (data.questions as Json[]) : []).forEach((q, i) => {
    if (q && typeof q.rule === 'string' && !ruleIds.has(q.rule)) err(`/questions/${i}/rule`, `问题 ${String(q.id)} 所属的规则 ${q.rule} 不在本办法的 rules 中`, `question ${String(q.id)} belongs to ${q.rule}, which is not among the profile's rules`);
  });
  for (const [key, item] of Object.entries((data.requires ?? {}) as Record<string, unknown>)) {
    if (!item || typeof item !== 'object') continue;
    const r = item as Json;
    if (typeof r.from === 'string' && stages.length > 0 && !stages.includes(r.from)) err(`/requires/${esc(key)}/from`, `阶段「${r.from}」不是本办法的阶段（${stages.join('、')}）`, `"${r.from}" is not one of the profile's stages (${stages.join(', ')})`);
    if (typeof r.declarations === 'string' && !ruleIds.has(r.declarations)) err(`/requires/${esc(key)}/declarations`, `规则 ${r.declarations} 不在本办法的 rules 中`, `${r.declarations} is not among the profile's rules`);
  }
  // Each document's outline is one zwpack has, or one in the outlines/ folder beside the user's profiles.
  for (const [doc, outline] of Object.entries((data.outlines ?? {}) as Record<string, unknown>)) {
    if (typeof outline === 'string' && !outlineIds().includes(outline)) err(`/outlines/${esc(doc)}`, `提纲「${outline}」不存在（zwpack 的提纲或 outlines/${outline}.schema.json）`, `no outline "${outline}" (zwpack's, or outlines/${outline}.schema.json beside your profiles)`);
  }
  (Array.isArray(data.materials) ? (data.materials as Json[]) : []).forEach((m, i) => {
    if (m && typeof m.rule === 'string' && !ruleIds.has(m.rule)) err(`/materials/${i}/rule`, `材料 ${String(m.id)} 引用的规则 ${m.rule} 不在本办法的 rules 中`, `material ${String(m.id)} refers to ${m.rule}, which is not among the profile's rules`);
  });
  return out;

  function checkMeta(entry: Json, at: string): void {
    if (entry.severity !== undefined && !['error', 'warning', 'info'].includes(String(entry.severity))) err(`${at}/severity`, `severity 应当是 error、warning 或 info`, 'severity is error, warning or info');
    if (entry.stage !== undefined && stages.length > 0 && !stages.includes(String(entry.stage))) err(`${at}/stage`, `阶段「${String(entry.stage)}」不是本办法的阶段（${stages.join('、')}）`, `"${String(entry.stage)}" is not one of the profile's stages`);
  }

  /** The options of a rule (its entry less the words about it) against their schema; `own` limits findings to keys this file sets. */
  function checkOptions(rid: string, key: string, schema: Json, entry: Json, at: string, names?: string[], own?: Json): void {
    const options = Object.fromEntries(Object.entries(entry).filter(([k]) => !(META_KEYS as readonly string[]).includes(k)));
    const validate = validatorOf(`options:${key}`, schema);
    if (validate(options)) return;
    for (const e of validate.errors ?? []) {
      const p = e.params as Record<string, unknown>;
      if (e.keyword === 'additionalProperties') {
        const k = String(p.additionalProperty);
        const avail = names ?? Object.keys((schema.properties ?? {}) as Json);
        err(`${at}/${esc(k)}`, `规则 ${rid} 没有参数「${k}」（可用：${avail.join('、') || '无'}）`, `${rid} takes no parameter "${k}" (${avail.join(', ') || 'none'})`, true);
        continue;
      }
      const k = e.instancePath.split('/')[1] ?? '';
      if (own && k && !(k in own)) continue;
      if (e.keyword === 'required') {
        err(at, `规则 ${rid} 缺少参数「${String(p.missingProperty)}」`, `${rid} needs the parameter "${String(p.missingProperty)}"`, true);
        continue;
      }
      const zh = schemaMessage(e as ErrorObject, options[k], { title: `${rid} 的参数「${k}」`, description: undefined, profileName: '' }, 'zh');
      const en = schemaMessage(e as ErrorObject, options[k], { title: `${rid}.${k}`, description: undefined, profileName: '' }, 'en');
      err(`${at}${e.instancePath}`, zh, en);
    }
  }
}

const knownIds = (): string => profileIds().join('、');
