/**
 * What ends a location spelt as a folder's, on each kind of system: a backslash separates names
 * on Windows only; on Linux and macOS it is a character of a file's name (`out\.` is a file), so
 * there only a slash is one (CLI review: `-o 'out\.'` was refused and `--cache-location 'c\.'`
 * made a folder named `c\.`).
 */
const folderEnds = {
  posix: { slash: /\/$/, dots: /(^|\/)(\.\.?)$/ },
  win32: { slash: /[\\/]$/, dots: /(^|[\\/])(\.\.?)$/ },
} as const;

/**
 * Why a location, by its spelling alone, names a folder: it ends with a slash, or its last name
 * is "." or ".." (`out/.`, `a/b/..`). resolve() drops all three, so a check made after it took
 * the folder for a file's name: `-o out/.` wrote a file named out, `-o rep1.json/.` replaced the
 * file rep1.json (CLI review). Said as the words in "names a folder (…)"; undefined when the
 * spelling names no folder. The platform is the system's that resolves the location.
 */
export function folderSpelling(location: string, platform: NodeJS.Platform = process.platform): string | undefined {
  const ends = platform === "win32" ? folderEnds.win32 : folderEnds.posix;
  if (ends.slash.test(location)) return "it ends with a slash";
  const dots = ends.dots.exec(location);
  if (dots === null) return undefined;
  return dots[1] === "" ? `it is ${dots[2]}` : `it ends with ${dots[1]}${dots[2]}`;
}
