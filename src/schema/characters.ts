import type { Finding } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { pointerSegment, valuePosition } from '../package/yaml-file.js';
import type { YamlFile } from '../package/yaml-file.js';
import { firstXmlForbidden } from '../xml-chars.js';
import { fieldTitle } from './titles.js';

type Json = Record<string, unknown>;

/**
 * Each value of facts or a table holding a character XML forbids (U+FFFE, a NUL, a lone surrogate):
 * a warning at the value. The DOCX and XLSX zwpack writes leave the character out — with it they
 * would not open — so what was written differs from the facts until it is deleted here.
 */
export function forbiddenCharacters(yf: YamlFile, root: Json, lang: Lang): Finding[] {
  const out: Finding[] = [];
  // An explicit stack: a value nested ten thousand deep must not overflow the call stack.
  const stack: { value: unknown; path: string[] }[] = [{ value: yf.data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const hit = firstXmlForbidden(value);
      if (!hit) continue;
      const at = valuePosition(yf, '/' + path.map(pointerSegment).join('/'));
      const title = lang === 'en' ? path.join('.') || 'the file' : path.length > 0 ? fieldTitle(root, path) : String(root.title ?? '文件');
      out.push({
        ruleId: 'schema',
        severity: 'warning',
        file: yf.file,
        line: at.line,
        column: at.column,
        ...(at.cell ? { cell: at.cell } : {}),
        source: null,
        message: pick(
          lang,
          `${title}含有文档格式不允许的字符 ${hit.code}（第 ${hit.index + 1} 个字符）：生成的 DOCX、XLSX 中已略去；请在此删除它`,
          `${title} holds ${hit.code} (character ${hit.index + 1}), which XML does not allow: the DOCX and XLSX written leave it out; delete it here`,
        ),
      });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, String(i)] });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Json).reverse()) stack.push({ value: v, path: [...path, k] });
    }
  }
  return out;
}
