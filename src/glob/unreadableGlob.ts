/**
 * A glob oms-lint will not match: its expression past the size bound (globMatcher), or one the
 * regular-expression engine refuses. The CLI reports it in one line, naming the glob, and exits
 * 2, as for any other config or usage problem; never as an internal error.
 */
export class UnreadableGlob extends Error {
  constructor(
    readonly glob: string,
    reason: string,
  ) {
    super(`the glob "${shownGlob(glob)}" cannot be matched: ${reason}`);
    this.name = "UnreadableGlob";
  }
}

/** Past this many characters, a glob is quoted by its start and its length. */
const shownLength = 120;

const shownGlob = (glob: string): string => (glob.length <= shownLength ? glob : `${glob.slice(0, shownLength)}… (${glob.length} characters)`);
