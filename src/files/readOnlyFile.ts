/**
 * A file whose mode lets no one write it (chmod a-w): what its owner made read-only to keep it.
 * One policy for every file a run would replace or remove: a report rewritten, an earlier child
 * of split --force replaced, a stale child removed. None is, by root's run too, whom no mode
 * stops (--force removed a read-only stale child while it refused a read-only earlier child: split audit).
 */
export function noOneMayWrite(mode: number): boolean {
  return (mode & 0o222) === 0;
}

/** Why such a file is refused, in a user's words. */
export const readOnlyWords = "it is read-only (no write permission on the file)";
