import { PackageError } from '../package/errors.js';
import type { ValidateRun, Validated } from '../pipeline.js';
import { failedPackage, validatePackage } from '../pipeline.js';
import { preloadWorkbooks } from '../package/preloaded.js';
import { preloadPdfs } from '../document/read.js';
import { loadPackage } from '../package/load.js';
import type { PackageView } from '../report/html/view.js';
import { resolve } from 'node:path';
import { fingerprint } from '../corpus/fingerprint.js';
import type { Fingerprint } from '../corpus/fingerprint.js';
import { packageOutlines } from '../rules/engine.js';

/** One folder's result: validated (with the report's view and its fingerprint when asked), or why it could not be read (exit 2). */
export type Outcome = { validated: Validated & { view?: PackageView; fingerprint?: Fingerprint } } | { unreadable: string };

/**
 * Validate one folder (its workbooks read first); a folder that cannot be read is an outcome, and
 * any other failure becomes the folder's own result (one `package` finding): never the batch's.
 */
export async function validateFolder(dir: string, run: ValidateRun, fingerprinted = false): Promise<Outcome> {
  try {
    await preloadWorkbooks(dir, run.lang);
    await preloadPdfs(dir);
    if (!run.view && !fingerprinted) return { validated: validatePackage(dir, run) };
    const pkg = loadPackage(dir, run.lang);
    const validated = validatePackage(dir, run, pkg);
    // The package's documents as the checks read them: the comparison with other packages reads them too.
    const fp = fingerprinted ? fingerprint(validated.result.path, resolve(dir), pkg, packageOutlines(pkg, run.lang).documents.map((d) => ({ file: d.file, model: d.outline }))) : undefined;
    // The report's view loads only for the report: validate's start-up stays as it was.
    const view = run.view ? (await import('../report/html/view.js')).packageView(pkg, validated, run) : undefined;
    return { validated: { ...validated, ...(view ? { view } : {}), ...(fp ? { fingerprint: fp } : {}) } };
  } catch (err) {
    if (err instanceof PackageError) return { unreadable: err.message };
    return { validated: failedPackage(dir, err, run.lang) };
  }
}
