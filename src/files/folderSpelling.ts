/**
 * Why a location, by its spelling alone, names a folder: it ends with a slash, or its last name
 * is "." or ".." (`out/.`, `a/b/..`). resolve() drops all three, so a check made after it took
 * the folder for a file's name: `-o out/.` wrote a file named out, `-o rep1.json/.` replaced the
 * file rep1.json (CLI review). Said as the words in "names a folder (…)"; undefined when the
 * spelling names no folder.
 */
export function folderSpelling(location: string): string | undefined {
  if (/[\\/]$/.test(location)) return "it ends with a slash";
  const dots = /(^|[\\/])(\.\.?)$/.exec(location);
  if (dots === null) return undefined;
  return dots[1] === "" ? `it is ${dots[2]}` : `it ends with ${dots[1]}${dots[2]}`;
}
