/**
 * An error the user can act on: printed as one line, exit status 2.
 * Anything else reaching the top is an internal error.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
