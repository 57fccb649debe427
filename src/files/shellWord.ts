/** Characters a POSIX shell takes literally in a word: a word of only these needs no quotes. */
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word for a POSIX shell: as it is when plain, else in single quotes, each quote of it as '\''. */
export function shellQuoted(word: string): string {
  return plainWord.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** A file's path as an argument of an `oms-lint` command: quoted for a POSIX shell, and never read as an option (-x.json is ./-x.json). */
export function fileArgument(path: string): string {
  return shellQuoted(path.startsWith("-") ? `./${path}` : path);
}
