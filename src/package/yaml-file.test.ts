import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers.js';
import { MAX_TEXT_BYTES } from './read-text.js';
import { keyPosition, readYamlFile, valuePosition } from './yaml-file.js';

function load(bytes: string | Buffer) {
  const f = join(tempDir(), 'x.yaml');
  writeFileSync(f, bytes);
  return readYamlFile(f, 'x.yaml', 'zh');
}

describe('readYamlFile', () => {
  it('reads plain UTF-8 and locates values and keys', () => {
    const y = load('a: 1\nb:\n  c: hello\n');
    expect(y.findings).toEqual([]);
    expect(y.data).toEqual({ a: 1, b: { c: 'hello' } });
    expect(valuePosition(y, '/b/c')).toEqual({ line: 3, column: 6 });
    expect(keyPosition(y, '/b/c')).toEqual({ line: 3, column: 3 });
  });

  it('ignores a UTF-8 BOM without shifting columns', () => {
    const y = load('\uFEFFname: 项目\n');
    expect(y.findings).toEqual([]);
    expect(y.data).toEqual({ name: '项目' });
    expect(valuePosition(y, '/name')).toEqual({ line: 1, column: 7 });
  });

  it('counts lines right with CRLF endings', () => {
    const y = load('a: 1\r\nb: 2\r\nc: 3\r\n');
    expect(y.data).toEqual({ a: 1, b: 2, c: 3 });
    expect(valuePosition(y, '/c')).toEqual({ line: 3, column: 4 });
  });

  it('decodes GBK with a warning instead of garbling', () => {
    // "名称: 金湖" in GBK
    const gbk = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6, 0x3a, 0x20, 0xbd, 0xf0, 0xba, 0xfe, 0x0a]);
    const y = load(gbk);
    expect(y.data).toEqual({ 名称: '金湖' });
    expect(y.findings).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'yaml', line: 1 })]);
  });

  it('reports an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    const y = load(lines.join('\n') + '\n');
    expect(y.data).toBeUndefined();
    expect(y.findings).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('别名') })]);
  });

  it('reports a duplicate key at the second key', () => {
    const y = load('a: 1\nb: 2\na: 3\n');
    expect(y.findings).toEqual([expect.objectContaining({ ruleId: 'yaml', line: 3, column: 1 })]);
  });

  it('refuses a file over the size limit with a clear message', () => {
    const y = load(Buffer.alloc(MAX_TEXT_BYTES + 1, 0x61));
    expect(y.findings).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('文件过大') })]);
  });

  it('refuses a binary file', () => {
    const y = load(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(y.findings[0]?.message).toContain('不是文本文件');
  });
});
