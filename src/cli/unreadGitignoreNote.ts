import { relative } from "node:path";

/**
 * The note for a .gitignore that is there but cannot be read, in git's words ("unable to
 * access"): the files it lists are linted, where a readable one would have left them out.
 * Its words are escaped where it is written (main's note).
 */
export function unreadGitignoreNote(path: string, why: string, cwd: string): string {
  return `note: unable to access ${relative(cwd, path)}: ${why}; the files it lists are not left out`;
}
