import { PackageError } from '../package/errors.js';
import type { ValidateRun, Validated } from '../pipeline.js';
import { failedPackage, validatePackage } from '../pipeline.js';
import { preloadWorkbooks } from '../package/preloaded.js';
import { preloadPdfs } from '../document/read.js';
import { loadPackage } from '../package/load.js';
import type { PackageView } from '../report/html/view.js';

/** One folder's result: validated (with the report's view when asked), or why it could not be read (exit 2). */
export type Outcome = { validated: Validated & { view?: PackageView } } | { unreadable: string };

/**
 * Validate one folder (its workbooks read first); a folder that cannot be read is an outcome, and
 * any other failure becomes the folder's own result (one `package` finding): never the batch's.
 */
export async function validateFolder(dir: string, run: ValidateRun): Promise<Outcome> {
  try {
    await preloadWorkbooks(dir, run.lang);
    await preloadPdfs(dir);
    if (!run.view) return { validated: validatePackage(dir, run) };
    // The report's view loads only for the report: validate's start-up stays as it was.
    const { packageView } = await import('../report/html/view.js');
    const pkg = loadPackage(dir, run.lang);
    const validated = validatePackage(dir, run, pkg);
    return { validated: { ...validated, view: packageView(pkg, validated, run) } };
  } catch (err) {
    if (err instanceof PackageError) return { unreadable: err.message };
    return { validated: failedPackage(dir, err, run.lang) };
  }
}
