/**
 * A folder that is not a package (missing, not a folder, no project.yaml, a link out): the command
 * says so in one line and exits 2. The CLI maps it as it maps a bad argument.
 */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}
