import type { ErrorObject } from 'ajv';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'a text'],
  number: ['数字', 'a number'],
  integer: ['整数', 'a whole number'],
  boolean: ['布尔值（true 或 false）', 'true or false'],
  object: ['键值表', 'a mapping'],
  array: ['列表', 'a list'],
  null: ['空值', 'null'],
};

function typeName(t: unknown, lang: Lang): string {
  const names = (Array.isArray(t) ? t : [t]).map((x) => {
    const n = TYPE_NAMES[String(x)];
    return n ? pick(lang, n[0], n[1]) : String(x);
  });
  return names.join(pick(lang, '或', ' or '));
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export interface MessageContext {
  /** The field's title (e.g. 投资估算（万元）). */
  title: string;
  /** The field's description, used as a hint for format errors. */
  description: string | undefined;
  /** For required / unknown keys: the title of the child key, when the schema has one. */
  childTitle?: string;
  /** For an unknown key: the key meant, when its title or spelling gives it away (`name（项目名称）`). */
  meant?: string;
  /** For a value that should be a mapping: the keys it takes. */
  keys?: string[];
  /** Who the profile is, for "does not apply" messages. */
  profileName: string;
}

/** One ajv error as a sentence that names the field by its title. */
export function schemaMessage(e: ErrorObject, value: unknown, c: MessageContext, lang: Lang): string {
  const p = e.params as Record<string, unknown>;
  const t = c.title;
  switch (e.keyword) {
    case 'required':
      return pick(lang, `缺少必填项：${c.childTitle ?? ''}（${String(p.missingProperty)}）`, `missing required field: ${c.childTitle ?? ''} (${String(p.missingProperty)})`);
    case 'additionalProperties':
      return pick(
        lang,
        c.meant ? `未知的键「${String(p.additionalProperty)}」：应为 ${c.meant}` : `未知的键「${String(p.additionalProperty)}」：${t}中没有这一项，请检查拼写`,
        c.meant ? `unknown key "${String(p.additionalProperty)}": use ${c.meant}` : `unknown key "${String(p.additionalProperty)}": ${t} has no such field; check the spelling`,
      );
    case 'type': {
      // A mapping says which keys it takes, so the fix is in the message.
      const keys = c.keys && c.keys.length > 0 ? `（${c.keys.slice(0, 6).join('、')}${c.keys.length > 6 ? '…' : ''}）` : '';
      const keysEn = c.keys && c.keys.length > 0 ? ` (${c.keys.slice(0, 6).join(', ')}${c.keys.length > 6 ? '…' : ''})` : '';
      return pick(lang, `${t}应当是${typeName(p.type, lang)}${keys}，而不是 ${show(value)}`, `${t} must be ${typeName(p.type, lang)}${keysEn}, not ${show(value)}`);
    }
    case 'enum':
      return pick(
        lang,
        `${t}的取值「${show(value)}」无效，应当是：${(p.allowedValues as unknown[]).map(show).join('、')}`,
        `${t}: "${show(value)}" is not allowed; use one of: ${(p.allowedValues as unknown[]).map(show).join(', ')}`,
      );
    case 'const':
      return pick(lang, `${t}应当是 ${show(p.allowedValue)}`, `${t} must be ${show(p.allowedValue)}`);
    case 'exclusiveMinimum':
      return pick(lang, `${t}应当大于 ${String(p.limit)}`, `${t} must be greater than ${String(p.limit)}`);
    case 'minimum':
      return pick(lang, `${t}应当不小于 ${String(p.limit)}`, `${t} must be at least ${String(p.limit)}`);
    case 'exclusiveMaximum':
      return pick(lang, `${t}应当小于 ${String(p.limit)}`, `${t} must be less than ${String(p.limit)}`);
    case 'maximum':
      return pick(lang, `${t}应当不大于 ${String(p.limit)}`, `${t} must be at most ${String(p.limit)}`);
    case 'minLength':
      return Number(p.limit) <= 1
        ? pick(lang, `${t}不能为空`, `${t} must not be empty`)
        : pick(lang, `${t}应当至少有 ${String(p.limit)} 个字符`, `${t} must have at least ${String(p.limit)} characters`);
    case 'maxLength':
      return pick(lang, `${t}不能超过 ${String(p.limit)} 个字符`, `${t} must have at most ${String(p.limit)} characters`);
    case 'minItems':
      return pick(lang, `${t}应当至少有 ${String(p.limit)} 项`, `${t} needs at least ${String(p.limit)} items`);
    case 'maxItems':
      return pick(lang, `${t}不能超过 ${String(p.limit)} 项`, `${t} may have at most ${String(p.limit)} items`);
    case 'maxProperties':
      return pick(lang, `${c.profileName}的办法没有需要声明的${t}，请删除这些键`, `the ${c.profileName} regulation has no ${t}; remove these keys`);
    case 'pattern':
      // A date of the calendar, but of no project's: years outside 1900–2199 (0226 for 2026).
      if (e.schemaPath.startsWith('#/$defs/date/')) {
        return pick(lang, `${t}的年份应在 1900 至 2199 之间，而不是 ${show(value)}`, `${t} must fall in the years 1900–2199, not ${show(value)}`);
      }
      return pick(
        lang,
        `${t}格式不正确（${show(value)}）${c.description ? `：${c.description}` : ''}`,
        `${t} is malformed (${show(value)})${c.description ? `: ${c.description}` : ''}`,
      );
    case 'format':
      return p.format === 'date'
        ? pick(lang, `${t}应当是 YYYY-MM-DD 格式的有效日期，而不是 ${show(value)}`, `${t} must be a valid date as YYYY-MM-DD, not ${show(value)}`)
        : pick(lang, `${t}格式不正确（应为 ${String(p.format)}）`, `${t} must be a valid ${String(p.format)}`);
    case 'false schema':
      return pick(lang, `${t}不适用于${c.profileName}的办法，请删除此项`, `${t} does not apply under the ${c.profileName} regulation; remove it`);
    default:
      return pick(lang, `${t}不符合要求（${e.keyword}）`, `${t}: ${e.message ?? e.keyword}`);
  }
}
