import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../../test/helpers.js';
import { checkFormTemplate } from './template-check.js';

/** A copy of one of zwpack's templates with one change; its findings as `line:col message`. */
function check(name: string, from: string, to: string): string[] {
  const text = readFileSync(join(ROOT, 'templates', 'forms', name), 'utf8');
  expect(text).toContain(from);
  const file = join(tempDir(), name);
  writeFileSync(file, text.replace(from, to));
  return checkFormTemplate(file, name, 'zh').map((f) => `${f.line}:${f.column} ${f.message}`);
}

describe('form template check (run by the build on every template)', () => {
  it("zwpack's own templates have nothing to say", () => {
    expect(check('jinhu-1.yaml', 'id:', 'id:')).toEqual([]);
    expect(check('jilin-annex-2.yaml', 'id:', 'id:')).toEqual([]);
  });

  it('a grid row that does not span the form’s columns', () => {
    expect(check('jinhu-1.yaml', "{value: '{money.roughEstimate|wan}', span: 2}", "{value: '{money.roughEstimate|wan}', span: 3}")).toEqual([expect.stringMatching(/^\d+:5 第 \d+ 行共跨 7 列，表单有 6 列$/)]);
  });

  it('an unknown key and a table form naming no annex table', () => {
    expect(check('jinhu-1.yaml', 'article:', 'articel:')).toEqual(expect.arrayContaining([expect.stringMatching(/未知的键「articel」：应为 article（依据条款）/), '2:1 缺少必填项：依据条款（article）']));
    expect(check('jilin-annex-3.yaml', 'table: investment-estimate', 'table: investment-estimat')).toEqual([expect.stringMatching(/附表「investment-estimat」不存在/)]);
  });
});
