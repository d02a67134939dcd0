import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** The fixed time of a build: SOURCE_DATE_EPOCH when set (reproducible builds), else 2000-01-01. */
export function buildTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date('2000-01-01T00:00:00Z');
}

/**
 * Make a DOCX byte-identical run to run: fixed document dates in docProps/core.xml and fixed
 * entry times in the zip (the docx package stamps both with the current time).
 */
export function normalizeDocx(buf: Uint8Array, when = buildTime()): Uint8Array {
  const files = unzipSync(buf);
  const core = files['docProps/core.xml'];
  if (core) {
    const iso = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`),
    );
  }
  // Word wants [Content_Types].xml first; keep the original order, only the times change.
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: when }]] as const));
  return zipSync(entries as Parameters<typeof zipSync>[0], { level: 6 });
}
