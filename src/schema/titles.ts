type Json = Record<string, unknown>;

function deref(root: Json, node: Json): Json {
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const target = ((root.$defs as Json)[ref.slice(8)] ?? {}) as Json;
    // Words on the referring node (title, description) win over the definition's.
    return { ...deref(root, target), ...node, $ref: undefined };
  }
  return node;
}

function rawChild(node: Json, seg: string): Json | null {
  const props = node.properties as Record<string, Json> | undefined;
  if (props && props[seg]) return props[seg];
  if (node.items && typeof node.items === 'object' && /^\d+$/.test(seg)) return node.items as Json;
  if (node.additionalProperties && typeof node.additionalProperties === 'object') return node.additionalProperties as Json;
  return null;
}

/** The schema node describing the value at the given path, or null. */
export function schemaAt(root: Json, segments: readonly string[]): Json | null {
  let node: Json | null = deref(root, root);
  for (const seg of segments) {
    const raw: Json | null = node ? rawChild(node, seg) : null;
    node = raw ? deref(root, raw) : null;
  }
  return node;
}

/** True when the node at the path is a shared definition ($ref), e.g. a person or a unit. */
function isShared(root: Json, segments: readonly string[]): boolean {
  const parent = schemaAt(root, segments.slice(0, -1));
  const raw = parent ? rawChild(parent, segments[segments.length - 1] ?? '') : null;
  return typeof raw?.$ref === 'string' && raw.properties === undefined;
}

/**
 * A field's human name: its title, qualified by the enclosing item for array rows
 * (资金来源 第2项 金额（万元）) and by a shared definition's owner (单位负责人 手机), so two
 * same-titled fields are told apart.
 */
export function fieldTitle(root: Json, segments: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (/^\d+$/.test(seg)) {
      parts.push(`第${Number(seg) + 1}项`);
      continue;
    }
    const node = schemaAt(root, segments.slice(0, i + 1));
    const isLast = i === segments.length - 1;
    // Only the last title and titles of containers whose items follow are shown.
    const named = isLast || /^\d+$/.test(segments[i + 1] ?? '') || (i === segments.length - 2 && isShared(root, segments.slice(0, i + 1)));
    if (named) parts.push((node?.title as string) ?? seg);
  }
  return parts.join(' ') || ((root.title as string) ?? '');
}
