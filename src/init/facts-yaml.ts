import { Document, isMap, isScalar } from 'yaml';
import type { YAMLMap } from 'yaml';
import { schemaAt } from '../schema/titles.js';

type Json = Record<string, unknown>;

/** Put an object's keys in the order its schema lists them, so every project.yaml reads alike. */
function ordered(root: Json, value: unknown, path: string[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => ordered(root, v, [...path, String(i)]));
  if (!value || typeof value !== 'object') return value;
  const props = Object.keys((schemaAt(root, path)?.properties as Json | undefined) ?? {});
  const keys = Object.keys(value).sort((a, b) => rank(props, a) - rank(props, b));
  return Object.fromEntries(keys.map((k) => [k, ordered(root, (value as Json)[k], [...path, k])]));
}

const rank = (props: string[], k: string): number => (props.includes(k) ? props.indexOf(k) : props.length);

/** A comment for a key that the schema cannot give (e.g. a profile's question), by dotted path. */
export type ExtraComments = Record<string, string>;

/** Each mapping key gets its schema title and description as a Chinese comment. */
function annotate(root: Json, map: YAMLMap, path: string[], extra: ExtraComments): void {
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const node = schemaAt(root, [...path, key]);
    const own = extra[[...path, key].join('.')];
    if (own) pair.key.commentBefore = ` ${own}`;
    else if (node?.title) {
      const desc = node.description ? ` —— ${String(node.description)}` : '';
      pair.key.commentBefore = ` ${String(node.title)}${desc}`;
    }
    if (isMap(pair.value)) annotate(root, pair.value, [...path, key], extra);
  }
}

/** project.yaml text: the schema line for editors, then the facts with a comment on every key. */
export function projectYaml(facts: Json, schema: Json, schemaRef: string, extra: ExtraComments = {}): string {
  const doc = new Document(ordered(schema, facts, []));
  if (isMap(doc.contents)) annotate(schema, doc.contents, [], extra);
  doc.commentBefore = ` yaml-language-server: $schema=${schemaRef}\n zwpack 项目事实：各表单和文档均以本文件为准。金额单位为万元，日期格式为 YYYY-MM-DD。`;
  return doc.toString({ lineWidth: 0 });
}
