/**
 * A profile that cannot be used (unknown, or not valid): the command stops with its message,
 * exit status 2, as for any other bad argument.
 */
export class ProfileError extends Error {
  readonly en: string;
  constructor(zh: string, en: string) {
    super(zh);
    this.en = en;
    this.name = 'ProfileError';
  }
}
