import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { spawnSync } from 'node:child_process';

// Without LibreOffice a .doc is one finding naming the file and what to do (ZWPACK_SOFFICE points at no program).
describe('zwpack import of a .doc without LibreOffice', () => {
  it('names the file and says to save it as .docx or install LibreOffice', () => {
    const work = tempDir();
    cpSync(join(ROOT, 'test', 'fixtures', 'submissions', 'doc'), join(work, 'sub'), { recursive: true });
    const [name] = readdirSync(join(work, 'sub'));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'zwpack.js'), 'import', 'sub', 'pkg'], { cwd: work, encoding: 'utf8', env: { ...process.env, ZWPACK_SOFFICE: '/nonexistent/soffice' } });
    expect(r.stdout).toContain(`sub/${name}`.replace('sub/', ''));
    expect(r.stdout).toContain('无法读取：需要 LibreOffice 才能读取此格式：请在 Word/WPS 中另存为 .docx，或安装 LibreOffice（soffice）后重试  import');
    expect(r.status).toBe(1);
  });
});
