/** What a system error code means for a file, in words a user reads. */
const meanings: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOENT: "it does not exist",
  ENOTDIR: "a part of its path is not a folder",
  EISDIR: "it is a folder",
  EEXIST: "it exists already",
  ELOOP: "a loop of symbolic links",
  ENAMETOOLONG: "its name is too long",
  EIO: "an input/output error",
  ENXIO: "it is a pipe or device that no process reads",
};

/**
 * A system error in words, its code once in parentheses: "permission denied (EACCES)".
 * `own` words a code as the caller's case reads it (a write's ENOENT: "its folder does not
 * exist"). A code with no words here keeps Node's text, without the code and the path Node
 * puts around it ("ENOTDIR: not a directory, open '/tmp/…'" said the code twice and a path
 * the message already names; found by the files audit).
 */
export function systemErrorWords(error: unknown, own: Readonly<Record<string, string>> = {}): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = String((error as Error)?.message ?? error);
  if (typeof code !== "string") return message;
  const words = own[code] ?? meanings[code] ?? message.replace(new RegExp(`^${code}: `), "").replace(/, \w+ '.*'$/s, "");
  return `${words} (${code})`;
}
