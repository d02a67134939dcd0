import { PackageError } from '../package/errors.js';
import type { ValidateRun, Validated } from '../pipeline.js';
import { validatePackage } from '../pipeline.js';
import { preloadWorkbooks } from '../package/preloaded.js';

/** One folder's result: validated, or why it could not be read (exit 2 either way for the latter). */
export type Outcome = { validated: Validated } | { unreadable: string };

/** Validate one folder (its workbooks read first); a folder that cannot be read is an outcome, any other failure is thrown. */
export async function validateFolder(dir: string, run: ValidateRun): Promise<Outcome> {
  try {
    await preloadWorkbooks(dir, run.lang);
    return { validated: validatePackage(dir, run) };
  } catch (err) {
    if (err instanceof PackageError) return { unreadable: err.message };
    throw err;
  }
}
