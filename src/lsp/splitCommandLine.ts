import { relative } from "node:path";
import { namesBelow } from "../files/notPayload.js";

/** Characters a POSIX shell takes literally in a word: a word of only these needs no quotes. */
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word for a POSIX shell: as it is when plain, else in single quotes, each quote of it as '\''. */
export function shellQuoted(word: string): string {
  return plainWord.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * The file as `npx oms-lint split` takes it, quoted for a POSIX shell: relative to the
 * workspace folder that holds it (the innermost), where the user runs the command, or its
 * absolute path when it is in none. A file name alone (biz $(x).json) ran a substitution and
 * named a file of the workspace's top folder.
 */
export function splitFileArgument(filePath: string, workspaceFolders: readonly string[]): string {
  const holding = workspaceFolders.filter((folder) => namesBelow(folder, filePath) !== undefined).sort((a, b) => b.length - a.length)[0];
  const path = holding === undefined ? filePath : relative(holding, filePath);
  // A name such as -x.json would be read as an option.
  return shellQuoted(path.startsWith("-") ? `./${path}` : path);
}
