import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, zwpack } from '../helpers.js';

// A Word 97 submission is converted by LibreOffice (soffice on the PATH) in a temp folder; the original stays as it was.
const SUB = join(ROOT, 'test', 'fixtures', 'submissions', 'doc');

describe('zwpack import of a .doc, with LibreOffice', () => {
  it('converts the .doc to the package\'s .docx, reads its facts, and leaves the original untouched', () => {
    const work = tempDir();
    cpSync(SUB, join(work, 'sub'), { recursive: true });
    const [name] = readdirSync(join(work, 'sub'));
    const before = readFileSync(join(work, 'sub', name!));
    const r = zwpack(['import', 'sub', 'pkg', '--as-of', '2024-03-10'], work);
    expect(r.stderr).toBe('');
    const docx = name!.replace(/\.doc$/, '.docx');
    expect(r.stdout).toContain(`文档：${name} → docs/${docx}（可行性研究报告）`);
    const yaml = readFileSync(join(work, 'pkg', 'project.yaml'), 'utf8');
    expect(yaml).toMatch(new RegExp(`estimate: 1234\\.56 # 读自：${name!.replace(/[()（）.]/g, '.')} ¶\\d+`));
    expect(readFileSync(join(work, 'sub', name!)).equals(before)).toBe(true);
  });
});
