import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { schemaAt } from '../schema/titles.js';

type Json = Record<string, unknown>;

/** Put an object's keys in the order its schema lists them, so every project.yaml reads alike. */
function ordered(root: Json, value: unknown, path: string[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => ordered(root, v, [...path, String(i)]));
  if (!value || typeof value !== 'object') return value;
  const props = propsOf(root, path);
  const keys = Object.keys(value).sort((a, b) => rank(props, a) - rank(props, b));
  return Object.fromEntries(keys.map((k) => [k, ordered(root, (value as Json)[k], [...path, k])]));
}

const propsOf = (root: Json, path: string[]): string[] => Object.keys((schemaAt(root, path)?.properties as Json | undefined) ?? {});
const rank = (props: string[], k: string): number => (props.includes(k) ? props.indexOf(k) : props.length);

/** A comment for a key that the schema cannot give (e.g. a profile's question), by dotted path. */
export type ExtraComments = Record<string, string>;

/** The key's schema title and description, as its comment says them. */
function titleOf(root: Json, path: string[]): string | null {
  const node = schemaAt(root, path);
  if (!node?.title) return null;
  return `${String(node.title)}${node.description ? ` —— ${String(node.description)}` : ''}`;
}

/**
 * A key the facts do not give, as the lines of a commented-out block: its title, then the key with its
 * example value, each nested value with its title at the end of its line (so uncommenting the block
 * leaves valid YAML with its comments).
 */
function commentedKey(root: Json, path: string[], key: string, example: unknown): string {
  const doc = new Document({ [key]: example });
  const trail = (node: unknown, at: string[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const p = [...at, String(pair.key.value)];
        if (isScalar(pair.value)) {
          const title = schemaAt(root, p)?.title;
          if (title && p.length > path.length + 1) pair.value.comment = ` ${String(title)}`;
        } else trail(pair.value, p);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => trail(item, [...at, String(i)]));
  };
  trail(doc.contents, path);
  const title = titleOf(root, [...path, key]);
  const text = doc.toString({ lineWidth: 0 }).trimEnd().split('\n').map((l) => ` ${l}`);
  return [...(title ? [` ${title}`] : []), ...text].join('\n');
}

/**
 * Each mapping key gets its schema title and description as a Chinese comment; each key of the
 * template the facts do not give is written commented out, in its place.
 */
function annotate(root: Json, map: YAMLMap, path: string[], extra: ExtraComments, template: Json | undefined): void {
  const present = new Map<string, Node>();
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    present.set(key, pair.key as Node);
    const own = extra[[...path, key].join('.')];
    const title = own ?? titleOf(root, [...path, key]);
    if (title) pair.key.commentBefore = ` ${title}`;
    const sub = template?.[key];
    if (isMap(pair.value)) annotate(root, pair.value, [...path, key], extra, sub && typeof sub === 'object' && !Array.isArray(sub) ? (sub as Json) : undefined);
    // A block of its own (owner, money, dates…) stands apart at the top.
    if (path.length === 0 && (isMap(pair.value) || isSeq(pair.value))) pair.key.spaceBefore = true;
  }
  if (!template) return;
  const props = propsOf(root, path);
  const order = [...new Set([...props, ...Object.keys(template)])].filter((k) => present.has(k) || k in template);
  let pending: string[] = [];
  for (const key of order) {
    const at = present.get(key);
    if (at) {
      if (pending.length > 0) at.commentBefore = [...pending, at.commentBefore ?? ''].filter((t) => t !== '').join('\n');
      pending = [];
    } else pending.push(commentedKey(root, path, key, template[key]));
  }
  if (pending.length > 0) map.comment = [map.comment ?? '', ...pending].filter((t) => t !== '').join('\n');
}

/**
 * project.yaml text: the schema line for editors, then the facts with a comment on every key, and —
 * given a template of example values — every other key the schema takes, commented out, so a consultant
 * without a schema-aware editor sees every fact there is to fill. `validate` reads a comment as absent.
 */
export function projectYaml(facts: Json, schema: Json, schemaRef: string, extra: ExtraComments = {}, template?: Json): string {
  const doc = new Document(ordered(schema, facts, []));
  if (isMap(doc.contents)) annotate(schema, doc.contents, [], extra, template);
  doc.commentBefore = ` yaml-language-server: $schema=${schemaRef}\n zwpack 项目事实：各表单和文档均以本文件为准。金额单位为万元，日期格式为 YYYY-MM-DD。\n 以 # 开头的键尚未填写（validate 视为没有）：填写时删去行首的 #，改成本项目的值。`;
  return doc.toString({ lineWidth: 0 });
}
