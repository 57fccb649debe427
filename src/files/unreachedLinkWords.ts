import { systemErrorWords } from "./systemErrorWords.js";

/**
 * What a symbolic link is when following it failed with `error`, to follow "it is" or "<path>
 * is": a loop of links (ELOOP), a broken link (ENOENT: what it points to is not there), or one
 * whose target may be there but is out of reach, in its code's own words (EACCES through a
 * closed folder, ENOTDIR through a file). "Broken" said of those sent the user looking for a
 * file that exists. One wording for a link met on the way (makeFolders) and a link that is the
 * file written (atomicWrite's resolveLinks).
 */
export function unreachedLinkWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? "ENOENT";
  if (code === "ELOOP") return "a loop of symbolic links (ELOOP)";
  if (code === "ENOENT") return "a broken symbolic link (what it points to does not exist)";
  return `a symbolic link to what cannot be reached: ${systemErrorWords(error)}`;
}
