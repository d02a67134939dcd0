/** The default size limit of a Word document or a workbook: real 可研 with screenshots reach tens of MB. */
export const DEFAULT_MAX_FILE_MB = 50;

/** The environment variable `--max-file-size` sets (worker threads share the environment). */
export const MAX_FILE_ENV = 'ZWPACK_MAX_FILE_MB';

/** The size limit for a DOCX or XLSX in bytes: `--max-file-size MB`, else 50 MB. */
export function maxFileBytes(): number {
  const mb = Number(process.env[MAX_FILE_ENV]);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_FILE_MB) * 1024 * 1024;
}

/** "文件过大（61.2 MB），上限为 50 MB（--max-file-size 可调）" in both languages. */
export function tooLarge(size: number, what: { zh: string; en: string }): { zh: string; en: string } {
  const mb = (size / 1048576).toFixed(1);
  const limit = maxFileBytes() / 1048576;
  return {
    zh: `${what.zh}过大（${mb} MB），上限为 ${limit} MB；可用 --max-file-size ${Math.ceil(size / 1048576)} 放宽`,
    en: `${what.en} too large (${mb} MB); the limit is ${limit} MB (raise it with --max-file-size ${Math.ceil(size / 1048576)})`,
  };
}
