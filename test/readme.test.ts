import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, zwpack } from './helpers.js';

// What the README shows is what zwpack does today: its sample summary line, the facts file it names
// for init --from, and a --ics example that yields an event.
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the README', () => {
  it('quotes the summary line validate prints for the national example', () => {
    const line = zwpack(['validate', 'examples/national-shuili-gongxiang']).stdout.trim().split('\n').at(-1)!;
    expect(README).toContain(`\`${line}\``);
  });

  it('init --from the facts file it names writes a package of those facts', () => {
    expect(README).toContain('npx zwpack init my-project --from examples/facts/jilin.yaml');
    const dir = join(tempDir(), 'my-project');
    expect(zwpack(['init', dir, '--from', 'examples/facts/jilin.yaml']).status).toBe(0);
    expect(readFileSync(join(dir, 'project.yaml'), 'utf8')).toContain('code: 2025-220000-65-01-900413');
  });

  it('its checklist --ics example writes the deadline it names', () => {
    const cmd = /npx zwpack (checklist examples\/\S+ --as-of \S+) --to pdf --ics deadlines\.ics/.exec(README)!;
    const ics = join(tempDir(), 'deadlines.ics');
    const r = zwpack([...cmd[1]!.split(' '), '--ics', ics]);
    expect(r.stderr).toContain('1 个截止日期');
    expect(readFileSync(ics, 'utf8')).toContain('DTSTART;VALUE=DATE:20261230');
    rmSync(ics);
  });
});
