import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Word 97, WPS, RTF, Excel 97 and WPS spreadsheets are converted by LibreOffice when it is installed:
// in a temp folder of their own (a copy; the original is never opened for writing), with a time limit.

/** LibreOffice is not installed, or the conversion failed or took too long. */
export class ConvertError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An OLE compound file: Word 97, WPS, Excel 97 or WPS 表格, whatever its name says. */
export const isOle = (b: Uint8Array): boolean => Buffer.from(b.buffer, b.byteOffset, Math.min(8, b.length)).equals(OLE);

/** The UTF-16LE name of the stream a password-protected .docx or .xlsx keeps in its OLE container. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
/** A .docx or .xlsx with an open password: an OLE container that LibreOffice cannot open either. */
export const isEncryptedOoxml = (b: Uint8Array): boolean => isOle(b) && Buffer.from(b.buffer, b.byteOffset, b.length).includes(ENCRYPTION_INFO);

/** The seconds a conversion may take (ZWPACK_SOFFICE_TIMEOUT), 120 by default. */
const timeoutMs = (): number => (Number(process.env.ZWPACK_SOFFICE_TIMEOUT) > 0 ? Number(process.env.ZWPACK_SOFFICE_TIMEOUT) : 120) * 1000;

/** The LibreOffice program: ZWPACK_SOFFICE, else `soffice` on the PATH. */
const program = (): string => process.env.ZWPACK_SOFFICE || 'soffice';

/** Convert a file's bytes (named `name`) to .docx or .xlsx; returns the converted bytes. */
export function convertWithSoffice(name: string, data: Buffer, to: 'docx' | 'xlsx'): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'zwpack-soffice-'));
  const save = to === 'docx' ? 'docx:MS Word 2007 XML' : 'xlsx:Calc MS Excel 2007 XML';
  try {
    const src = join(work, `in${name.slice(name.lastIndexOf('.'))}`);
    writeFileSync(src, data);
    try {
      execFileSync(program(), ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', save, '--outdir', join(work, 'out'), src], { timeout: timeoutMs(), stdio: 'ignore' });
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { signal?: string };
      if (e.code === 'ENOENT') throw new ConvertError(`需要 LibreOffice 才能读取此格式：请在 Word/WPS 中另存为 .${to}，或安装 LibreOffice（soffice）后重试`, `LibreOffice is needed to read this format: save it as .${to} in Word/WPS, or install LibreOffice (soffice) and try again`);
      if (e.signal === 'SIGTERM') throw new ConvertError(`LibreOffice 转换超时（${timeoutMs() / 1000} 秒；ZWPACK_SOFFICE_TIMEOUT 可调）`, `the LibreOffice conversion timed out (${timeoutMs() / 1000} s; see ZWPACK_SOFFICE_TIMEOUT)`);
      throw new ConvertError(`LibreOffice 无法转换此文件（${e.message.split('\n')[0]}）`, `LibreOffice could not convert the file (${e.message.split('\n')[0]})`);
    }
    const out = !existsSync(join(work, 'out')) ? undefined : readdirSync(join(work, 'out'), { withFileTypes: true }).find((f) => f.isFile() && f.name.endsWith(`.${to}`));
    if (!out) throw new ConvertError('LibreOffice 未能转换此文件（文件可能已损坏）', 'LibreOffice produced nothing (the file may be damaged)');
    return readFileSync(join(work, 'out', out.name));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
