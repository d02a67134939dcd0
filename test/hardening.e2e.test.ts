import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copyExample, edit, tempDir, validateJson, zwpack } from './helpers.js';

// Each case here is a row of docs/bad-input.md: no internal error, no hang, one clear line.

const noInternal = (r: { stderr: string }): void => expect(r.stderr).not.toContain('内部错误');

describe('dates', () => {
  for (const command of ['validate', 'checklist', 'render']) {
    it(`${command} --as-of 2026-13-45: one line, exit 2`, () => {
      const r = zwpack([command, copyExample('xiangfen'), '--as-of', '2026-13-45']);
      noInternal(r);
      expect(r.stderr.trim()).toBe('zwpack: --as-of 应为 YYYY-MM-DD 格式的日期：2026-13-45');
      expect(r.status).toBe(2);
    });
  }

  it('checklist on a project.yaml with 2026-13-45 names the fact and its place', () => {
    const dir = copyExample('xiangfen');
    edit(join(dir, 'project.yaml'), 'contractSigned: 2026-09-24', 'contractSigned: 2026-13-45');
    const r = zwpack(['checklist', dir]);
    noInternal(r);
    expect(r.stderr).toMatch(/project\.yaml:\d+:19 合同签订日期应当是 YYYY-MM-DD 格式的有效日期，而不是 2026-13-45；请先改正/);
    expect(r.status).toBe(2);
  });

  it("checklist's deadlines include the rules a profile defines (XF-CONTRACT-5WD is profile data)", () => {
    const dir = copyExample('xiangfen');
    edit(join(dir, 'project.yaml'), 'contractFiled: 2026-10-09', 'contractFiled: 2026-10-20');
    const r = zwpack(['checklist', dir, '--as-of', '2026-11-22', '--format', 'json']);
    const timing = (JSON.parse(r.stdout) as { timing: { ruleId: string }[] }).timing;
    expect(timing.map((f) => f.ruleId)).toContain('XF-CONTRACT-5WD');
  });
});

describe('files that are not files', () => {
  it('init onto a file: one line, exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), 'mine');
    const r = zwpack(['init', join(dir, 'README.md'), '--yes']);
    noInternal(r);
    expect(r.stderr).toContain('是一个文件，不是目录');
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('mine');
  });

  it('a folder named like a document is a finding of that package; the rest of the batch is checked', () => {
    const root = tempDir();
    const a = join(root, 'a');
    execFileSync('cp', ['-r', copyExample('xiangfen'), a]);
    execFileSync('cp', ['-r', copyExample('jilin'), join(root, 'b')]);
    execFileSync('rm', [join(a, 'docs', '项目建议书.md')]);
    mkdirSync(join(a, 'docs', '项目建议书.md'));
    const r = zwpack(['validate', '--recursive', root, '--format', 'json']);
    noInternal(r);
    const pkgs = (JSON.parse(r.stdout) as { packages: { path: string; findings: { file: string; message: string }[] }[] }).packages;
    expect(pkgs.map((p) => p.path.split('/').pop())).toEqual(['a', 'b']);
    expect(pkgs[0]!.findings).toContainEqual(expect.objectContaining({ file: 'docs/项目建议书.md', message: '无法读取文档：这是目录，不是文件' }));
    expect(pkgs[1]!.findings.filter((f) => f.file.startsWith('docs/'))).toEqual([]);
  });

  it('--recursive follows a symlinked package folder once; a link back up the tree or to a folder walked is named and skipped', () => {
    const root = tempDir();
    const elsewhere = tempDir();
    execFileSync('cp', ['-r', copyExample('xiangfen'), join(root, 'a')]);
    execFileSync('cp', ['-r', copyExample('jilin'), join(elsewhere, 'b')]);
    symlinkSync(join(elsewhere, 'b'), join(root, 'b'));
    symlinkSync(join(root, 'a'), join(root, 'c'));
    mkdirSync(join(root, 'd'));
    symlinkSync(root, join(root, 'd', 'up'));
    const r = zwpack(['validate', '--recursive', root, '--format', 'json']);
    noInternal(r);
    const pkgs = (JSON.parse(r.stdout) as { packages: { path: string }[] }).packages;
    expect(pkgs.map((p) => p.path.split('/').pop())).toEqual(['a', 'b']);
    expect(r.stderr).toMatch(/c 是链接，指向已检查过的目录，跳过/);
    expect(r.stderr).toMatch(/d\/up 是链接，指向已检查过的目录，跳过/);
  });

  it('a FIFO in place of a table is named, never opened (no hang)', () => {
    const dir = copyExample('xiangfen');
    execFileSync('rm', [join(dir, 'tables', '信息资源目录.yaml')]);
    execFileSync('mkfifo', [join(dir, 'tables', '信息资源目录.yaml')]);
    const r = spawnSync(process.execPath, [BIN, 'validate', dir, '--format', 'json'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.stdout).toContain('这是命名管道（FIFO），不是文件');
    expect(r.status).toBe(1);
  });

  it('render --out into /proc answers at once instead of spinning', () => {
    const r = spawnSync(process.execPath, [BIN, 'render', copyExample('jinhu'), '--all', '--to', 'docx', '--out', '/proc/self/zwpack-out'], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.stderr).toMatch(/^zwpack: 无法写入 \/proc\/self\/zwpack-out：/);
    expect(r.status).toBe(2);
  });
});

describe('interrupting render', () => {
  it('Ctrl-C while writing stops between files: exit 130, every file whole, no temp file', async () => {
    const dir = copyExample('jinhu');
    const child = spawn(process.execPath, [BIN, 'render', dir, '--all'], { stdio: 'ignore' });
    // Once the first form is written, interrupt.
    const out = join(dir, 'out');
    for (let i = 0; i < 400 && !(existsSync(out) && readdirSync(out).some((f) => f.endsWith('.docx'))); i++) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    const files = readdirSync(out);
    expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(files.length).toBeLessThan(10);
    for (const f of files.filter((n) => n.endsWith('.docx'))) expect(() => unzipSync(readFileSync(join(out, f)))).not.toThrow();
    for (const f of files.filter((n) => n.endsWith('.pdf'))) expect(readFileSync(join(out, f)).subarray(-6).toString()).toMatch(/%%EOF/);
  });
});

describe('output that cannot be forged', () => {
  it('an ESC sequence in a value and a newline in a material file name are shown escaped', () => {
    const dir = copyExample('xiangfen');
    edit(join(dir, 'project.yaml'), 'category: 建设类', 'category: "\\e[1A\\e[2K\\e[32m✔ 伪造"');
    const v = zwpack(['validate', dir]);
    expect(v.stdout).not.toContain('\u001b');
    expect(v.stdout).toContain('\\x1b[1A');
    const c = copyExample('xiangfen');
    writeFileSync(join(c, 'materials', '03-信息资源目录录入共享平台证明', 'x\n  ✔ 99    伪造  就绪'), 'forged');
    const r = zwpack(['checklist', c, '--as-of', '2026-11-22']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  ✔ 99'))).toEqual([]);
    expect(r.stdout).toContain('x\\n  ✔ 99');
  });

  it('JUnit stays well-formed XML with control characters, and its totals are the sums of its suites', () => {
    const dir = copyExample('xiangfen');
    edit(join(dir, 'project.yaml'), 'category: 建设类', 'category: "\\x01\\x0b坏"');
    const xml = zwpack(['validate', dir, copyExample('jilin'), '--format', 'junit']).stdout;
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const top = /<testsuites [^>]*tests="(\d+)" failures="(\d+)"/.exec(xml)!;
    const suites = [...xml.matchAll(/<testsuite [^>]*tests="(\d+)" failures="(\d+)"/g)];
    expect(Number(top[1])).toBe(suites.reduce((n, m) => n + Number(m[1]), 0));
    expect(Number(top[2])).toBe(suites.reduce((n, m) => n + Number(m[2]), 0));
  });

  it('calendar events are per project and per item: two projects never share a UID, a corrected date keeps it', () => {
    /** The xiangfen example with its contract signed on `signed` and not yet filed: one coming deadline. */
    const pending = (signed: string, code?: string): string => {
      const dir = copyExample('xiangfen');
      edit(join(dir, 'project.yaml'), 'contractSigned: 2026-09-24', `contractSigned: ${signed}`);
      edit(join(dir, 'project.yaml'), 'contractFiled: 2026-10-09\n', '');
      if (code) edit(join(dir, 'project.yaml'), 'code: 2026-141023-65-01-007315', `code: ${code}`);
      execFileSync('rm', ['-r', join(dir, 'materials', '01-合同备案材料')]);
      return dir;
    };
    const uids = (dir: string): string[] => {
      const ics = join(tempDir(), 'd.ics');
      zwpack(['checklist', dir, '--as-of', '2026-11-22', '--ics', ics]);
      return [...readFileSync(ics, 'utf8').matchAll(/^UID:(.+?)\r?$/gm)].map((m) => m[1]!);
    };
    const one = uids(pending('2026-11-20'));
    expect(one).toHaveLength(1);
    expect(uids(pending('2026-11-20', '2026-141023-65-01-009999'))[0]).not.toBe(one[0]);
    expect(uids(pending('2026-11-23'))).toEqual(one);
  });
});

describe('characters that XML forbids, and control characters', () => {
  it('a U+FFFE in a fact or a table cell is a warning at its place, and the DOCX and XLSX written leave it out', () => {
    const dir = copyExample('jilin');
    edit(join(dir, 'project.yaml'), 'name: 吉林省不动产登记信息共享服务平台建设项目', 'name: "吉林省不动产登记\\uFFFE信息共享服务平台建设项目\\r\\v\\0"');
    const table = join(dir, 'tables', '软硬件配置清单.yaml');
    const [first] = readFileSync(table, 'utf8').match(/name: .+/)!;
    edit(table, first!, `name: "${first!.slice(6).replace(/^"|"$/g, '')}\\uFFFF"`);
    const warned = validateJson(dir).findings.filter((f) => /文档格式不允许的字符/.test(f.message));
    expect(warned.map((f) => [f.file, f.severity, f.message.replace(/（第.*$/, '')])).toEqual([
      ['project.yaml', 'warning', '项目名称含有文档格式不允许的字符 U+FFFE'],
      ['tables/软硬件配置清单.yaml', 'warning', expect.stringMatching(/含有文档格式不允许的字符 U\+FFFF$/)],
    ]);
    // The DOCX forms: the name without the character, every part free of what XML forbids.
    const out = join(tempDir(), 'out');
    zwpack(['render', dir, '--all', '--to', 'docx,xlsx', '--out', out, '--as-of', '2026-11-22']);
    const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
    for (const f of readdirSync(out)) {
      for (const [part, bytes] of Object.entries(unzipSync(readFileSync(join(out, f))))) {
        if (part.endsWith('.xml')) expect(bad.test(Buffer.from(bytes).toString('utf8')), `${f} ${part}`).toBe(false);
      }
    }
    const docx = readdirSync(out).find((f) => f.endsWith('.docx'))!;
    expect(Buffer.from(unzipSync(readFileSync(join(out, docx)))['word/document.xml']!).toString('utf8')).toContain('吉林省不动产登记信息共享服务平台建设项目');
    // tables convert writes a workbook zwpack reads again as whole.
    expect(zwpack(['tables', 'convert', dir, '--to', 'xlsx']).status).toBe(0);
    expect(validateJson(dir).findings.filter((f) => /已损坏/.test(f.message))).toEqual([]);
  });

  it('a lone CR, VT or NUL in the project name never reaches the calendar (only CRLF line ends do)', () => {
    const dir = copyExample('xiangfen');
    // Signed 2026-11-20 and not yet filed: one coming deadline, named with the project.
    edit(join(dir, 'project.yaml'), 'contractSigned: 2026-09-24', 'contractSigned: 2026-11-20');
    edit(join(dir, 'project.yaml'), 'contractFiled: 2026-10-09\n', '');
    execFileSync('rm', ['-r', join(dir, 'materials', '01-合同备案材料')]);
    edit(join(dir, 'project.yaml'), 'name: 襄汾县政务服务“一网通办”升级改造项目', 'name: "襄汾县政务服务“一网通办”\\r升级\\v改造\\0项目"');
    const ics = join(tempDir(), 'd.ics');
    expect(zwpack(['checklist', dir, '--as-of', '2026-11-22', '--ics', ics]).stderr).toContain('1 个截止日期');
    // Lines unfolded (RFC 5545 folds at 75 octets with CRLF and a space).
    const text = readFileSync(ics, 'utf8').replace(/\r\n /g, '');
    expect(text).toContain('SUMMARY:合同备案材料 截止（襄汾县政务服务“一网通办”升级改造项目）');
    expect(/[\u0000-\u0008\u000a-\u001f\u007f]/.test(text.replace(/\r\n/g, ''))).toBe(false);
  });

  it('render --to xlsx with no annex table among the forms says nothing was written and why', () => {
    const dir = copyExample('jinhu');
    const out = join(tempDir(), 'out');
    const r = zwpack(['render', dir, '--to', 'xlsx', '--out', out]);
    expect([r.status, r.stdout]).toEqual([2, '']);
    expect(r.stderr.trim()).toMatch(/^zwpack: 未写入任何文件：--to xlsx 只把附表写成工作簿，所选表单（2 份）中没有附表（金湖县没有附表表单）/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the user's files", () => {
  it('validate --output onto a file of the package being read is refused, and the file is unchanged', () => {
    const dir = copyExample('xiangfen');
    const before = readFileSync(join(dir, 'project.yaml'), 'utf8');
    const r = zwpack(['validate', dir, '--output', join(dir, 'project.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不能用报告覆盖它');
    expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toBe(before);
  });

  it('no output option replaces a file of the package however the path reaches it: a symlinked folder, a link to the file', () => {
    const dir = copyExample('xiangfen');
    const work = tempDir();
    symlinkSync(dir, join(work, 'link'));
    symlinkSync(join(dir, 'project.yaml'), join(work, 'facts.yaml'));
    const before = readFileSync(join(dir, 'project.yaml'), 'utf8');
    const cases: [string[], string][] = [
      // Inside the package reached through the link: the path string names no package folder.
      [['validate', '.', '--output', join(work, 'link', 'project.yaml')], join(work, 'link')],
      [['validate', dir, '--output', 'link/project.yaml'], work],
      [['validate', dir, '--output', 'facts.yaml'], work],
      [['report', dir, '--out', 'link/project.yaml', '--force'], work],
      [['checklist', dir, '--ics', 'link/project.yaml'], work],
      [['checklist', dir, '--output', 'facts.yaml', '--format', 'json'], work],
    ];
    for (const [args, cwd] of cases) {
      const r = zwpack(args, cwd);
      expect([r.status, r.stderr.trim().split('\n').length]).toEqual([2, 1]);
      expect(r.stderr).toMatch(/是软件包 .* 中已有的文件，不能用(报告|日历文件)覆盖它/);
      expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toBe(before);
    }
    // A file of no package is still written, and --force still replaces one that is not a report.
    writeFileSync(join(work, 'notes.html'), 'mine');
    expect(zwpack(['report', dir, '--out', 'notes.html', '--force', '--as-of', '2026-11-22'], work).stderr).toContain('已生成报告');
  });

  it('init --yes --force over a filled package keeps its facts, tables and chapters', () => {
    const dir = copyExample('jilin');
    const facts = readFileSync(join(dir, 'project.yaml'), 'utf8');
    const table = readFileSync(join(dir, 'tables', '项目总投资估算表.yaml'), 'utf8');
    const r = zwpack(['init', dir, '--yes', '--force', '--profile', 'national']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已存在，未改动');
    expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toBe(facts);
    expect(readFileSync(join(dir, 'tables', '项目总投资估算表.yaml'), 'utf8')).toBe(table);
  });

  it('a folder holding only .git and .gitignore counts as empty', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.gitignore'), 'out/\n');
    expect(zwpack(['init', dir, '--yes']).status).toBe(0);
    expect(existsSync(join(dir, 'project.yaml'))).toBe(true);
  });

  it('a material linked to a file outside the package is not counted as ready', () => {
    const dir = copyExample('xiangfen');
    const folder = join(dir, 'materials', '03-信息资源目录录入共享平台证明');
    symlinkSync('/etc/hostname', join(folder, 'r.pdf'));
    const items = (JSON.parse(zwpack(['checklist', dir, '--as-of', '2026-11-22', '--format', 'json']).stdout) as { items: { id: string; status: string; next?: string }[] }).items;
    const item = items.find((i) => i.id === '03')!;
    expect(item.status).toBe('empty');
    expect(item.next).toContain('是指向软件包目录之外的链接，不计入');
  });
});

describe("a newcomer's first steps", () => {
  it('zwpack alone prints help on stdout with status 0; -v and -V print the version', () => {
    const r = zwpack([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: zwpack');
    expect(r.stderr).toBe('');
    for (const flag of ['-v', '-V', '--version']) expect(zwpack([flag]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("commander's messages carry the prefix, in the language asked for", () => {
    expect(zwpack(['validate', '--bogus']).stderr).toBe('zwpack: 未知的选项 --bogus\n');
    expect(zwpack(['validate', '--format', 'xml']).stderr).toBe('zwpack: 选项 --format <format> 的取值「xml」无效，可选：pretty, json, sarif, junit, html\n');
    expect(zwpack(['--lang', 'en', 'validate', '--format', 'xml']).stderr).toMatch(/^zwpack: option '--format <format>' argument 'xml' is invalid/);
  });

  it('colour obeys FORCE_COLOR, NO_COLOR and --no-color', () => {
    const run = (env: Record<string, string>, args: string[] = []): string =>
      spawnSync(process.execPath, [BIN, ...args, 'validate', copyExample('national')], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', ...env } }).stdout;
    expect(run({ FORCE_COLOR: '1' })).toContain('\u001b[');
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(run({ FORCE_COLOR: '1' }, ['--no-color'])).not.toContain('\u001b[');
  });

  it('explain takes a declaration key of project.yaml and quotes the question and its article', () => {
    const r = zwpack(['explain', 'XF-REVIEW-NETWORK']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('第十一条：“项目新建业务专网”');
    expect(r.stdout).toContain('所属规则: XF-REVIEW');
    expect(r.stdout).toContain('《襄汾县政务信息化项目建设应用管理办法》第十一条：');
  });

  it('init --from with keys in Chinese or misspelt names the key meant, and writes nothing', () => {
    const dir = tempDir();
    const facts = join(dir, 'facts.yaml');
    writeFileSync(facts, 'profile: jinhu\n项目名称: 金湖县测试项目\ncategory: 建设类\nowner: {name: 金湖县数据局, nmae: x}\n');
    const r = zwpack(['init', join(dir, 'pkg'), '--from', facts]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`zwpack: ${facts}:2:1 未知的键「项目名称」：应为 name（项目名称）\n${facts}:4:23 未知的键「nmae」：应为 name（建设单位名称）\n`);
    expect(existsSync(join(dir, 'pkg'))).toBe(false);
  });
});

describe('editor completion survives moving the package', () => {
  it('init writes the schemas into the package and points its files at those copies', () => {
    const first = join(tempDir(), 'pkg');
    expect(zwpack(['init', first, '--yes', '--docs', 'md']).status).toBe(0);
    const moved = join(tempDir(), 'elsewhere');
    execFileSync('mv', [first, moved]);
    for (const file of ['project.yaml', 'tables/项目资金来源表.yaml']) {
      const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(join(moved, file), 'utf8'))![1]!;
      const target = join(moved, file, '..', ref);
      expect(existsSync(target)).toBe(true);
      expect(JSON.parse(readFileSync(target, 'utf8')).$schema).toContain('json-schema.org');
    }
  });

  it('a value that should be a mapping says which keys it takes', () => {
    const dir = copyExample('xiangfen');
    const text = readFileSync(join(dir, 'project.yaml'), 'utf8').replace(/ {2}head:\n(?: {4}.*\n)+/, '  head: 刘海涛\n');
    writeFileSync(join(dir, 'project.yaml'), text);
    const r = zwpack(['validate', dir, '--format', 'json']);
    expect(r.stdout).toContain('单位负责人应当是键值表（name、title、phone、mobile），而不是 刘海涛');
  });
});

describe('render names what the user edits', () => {
  it('a computed value that cannot be filled names the key of project.yaml it comes from', () => {
    const dir = copyExample('jinhu');
    const text = readFileSync(join(dir, 'project.yaml'), 'utf8').replace(/.*planFiled:.*\n/, '').replace(/ {2}funding:\n(?: {4}.*\n)+/, '');
    writeFileSync(join(dir, 'project.yaml'), text);
    const r = zwpack(['render', dir, '--form', 'JH-FORM-1', '--to', 'docx']);
    expect(r.stdout).toContain('警告：JH-FORM-1 缺少 计划申报日期（dates.planFiled）、资金来源（money.funding），已留空待手工填写');
    expect(r.stdout).not.toMatch(/planYear|fundNatures/);
  });
});

describe('--holidays', () => {
  it('a date that does not exist, a list instead of a mapping, and a FIFO are one line each, exit 2', () => {
    const dir = tempDir();
    const cases: [string, (f: string) => void, string][] = [
      ['bad-date.yaml', (f) => writeFileSync(f, 'holidays:\n  2027-13-45: 国庆\n'), 'holidays 中的「2027-13-45」不是有效日期（YYYY-MM-DD）'],
      ['list.yaml', (f) => writeFileSync(f, 'holidays: [1, 2]\n'), 'holidays 应为 日期: 名称 的键值表'],
      ['fifo.yaml', (f) => execFileSync('mkfifo', [f]), '这是命名管道（FIFO），不是文件'],
    ];
    for (const [name, make, message] of cases) {
      const file = join(dir, name);
      make(file);
      const r = spawnSync(process.execPath, [BIN, 'validate', copyExample('national'), '--holidays', file], { encoding: 'utf8', timeout: 20_000 });
      expect(r.stderr).toBe(`zwpack: 无法读取节假日文件 ${file}：${message}\n`);
      expect(r.status).toBe(2);
    }
  });
});
