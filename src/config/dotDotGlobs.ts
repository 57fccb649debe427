import { posix } from "node:path";

/**
 * The config's globs with a `..` segment: every glob is matched against the paths below the
 * config file's folder, which hold none, so such a glob names no file. One that climbs out of
 * the folder (`../shared/**\/*.json`) mapped nothing in `files` while the run said only "cannot
 * tell which payload this is" (found by the newcomer audit; `init --vscode` wrote it as an
 * unmatchable fileMatch); one that stays inside (`legacy/../top.json`) was told it climbs out
 * (audit at d5d094fb), and is shown the glob it means, unless a wildcard, a bracket or a brace
 * comes before the `..` (`deep/**\/../d.json` is not "deep/d.json": `**` spans any number of
 * folders). Each is a problem at its place, as a schema problem is.
 */
// `!../shared/keep.json`, an un-ignore, climbs out as well; so does `!!../shared/**`, which minimatch reads as `../shared/**`.
const dotDot = /(^!*|\/)\.\.(\/|$)/;

export const climbingGlobMessage =
  "this glob climbs out of the config file's folder with .., but globs are matched against the paths below that folder, so it names no file: put the config in a folder above those files";

const namesNoFile = "this glob has a .. segment, which no path below the config file's folder holds, so it names no file";

/** A segment that a wildcard, a bracket or a brace makes stand for folders the glob does not name (`**`: any number of them; `{a,b/c}`: one or two). */
const wildSegment = /[*?[{]/;

/** The problem of one glob with a `..` segment; undefined for one without. */
function dotDotProblem(glob: string): string | undefined {
  if (!dotDot.test(glob)) return undefined;
  const negation = /^!*/.exec(glob)![0];
  const segments = glob.slice(negation.length).split("/");
  const firstWild = segments.findIndex((segment) => wildSegment.test(segment));
  const fixed = firstWild < 0 ? segments : segments.slice(0, firstWild);
  const normal = posix.normalize(fixed.join("/"));
  if (normal === ".." || normal.startsWith("../")) return climbingGlobMessage;
  // `deep/**/../d.json` is not "deep/d.json": no text is the glob it stands for.
  if (firstWild >= 0 && segments.indexOf("..", firstWild) >= 0) return namesNoFile;
  return `${namesNoFile}: write it ${JSON.stringify(negation + posix.normalize(segments.join("/")))}`;
}

export function dotDotGlobs(file: unknown): { readonly path: string; readonly message: string }[] {
  if (typeof file !== "object" || file === null || Array.isArray(file)) return [];
  const { files, ignores, overrides } = file as Record<string, unknown>;
  const places: [string, unknown][] = [];
  if (Array.isArray(files)) files.forEach((entry, i) => places.push([`/files/${i}/glob`, (entry as Record<string, unknown> | null)?.glob]));
  places.push(["/ignores", ignores]);
  if (Array.isArray(overrides)) {
    overrides.forEach((entry, i) => {
      places.push([`/overrides/${i}/files`, (entry as Record<string, unknown> | null)?.files], [`/overrides/${i}/ignores`, (entry as Record<string, unknown> | null)?.ignores]);
    });
  }
  const problems: { path: string; message: string }[] = [];
  const check = (path: string, glob: unknown) => {
    const message = typeof glob === "string" ? dotDotProblem(glob) : undefined;
    if (message !== undefined) problems.push({ path, message });
  };
  for (const [path, globs] of places) {
    check(path, globs);
    if (Array.isArray(globs)) globs.forEach((glob, i) => check(`${path}/${i}`, glob));
  }
  return problems;
}
