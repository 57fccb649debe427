import { posix } from "node:path";

/**
 * The config's globs with a `..` segment: every glob is matched against the paths below the
 * config file's folder (the working folder, for a config named with --config), which hold none, so such a glob names no file. One that climbs out of
 * the folder (`../shared/**\/*.json`) mapped nothing in `files` while the run said only "cannot
 * tell which payload this is" (found by the newcomer audit; `init --vscode` wrote it as an
 * unmatchable fileMatch); one that stays inside (`legacy/../top.json`) was told it climbs out
 * (audit at d5d094fb), and is shown the glob it means, unless a wildcard, a bracket or a brace
 * comes before the `..` (`deep/**\/../d.json` is not "deep/d.json": `**` spans any number of
 * folders). Each is a problem at its place, as a schema problem is.
 */
// `!../shared/keep.json`, an un-ignore, climbs out as well; so does `!!../shared/**`, which minimatch reads as `../shared/**`.
const dotDot = /(^!*|\/)\.\.(\/|$)/;

/**
 * The folder a config's globs are matched below, in the words of its messages: the config
 * file's folder for a config found upward, the working folder for one named with --config
 * (ESLint's basePath for a config file given explicitly).
 */
export interface GlobBase {
  readonly folder: string;
  readonly remedy: string;
}

export const configFolderBase: GlobBase = { folder: "the config file's folder", remedy: "put the config in a folder above those files" };

export const workingFolderBase: GlobBase = {
  folder: "the working folder (the globs of a config named with --config are relative to it, as ESLint's are)",
  remedy: "run oms-lint from a folder above those files",
};

const climbingGlobMessage = (base: GlobBase) =>
  `this glob climbs out of ${base.folder} with .., but globs are matched against the paths below that folder, so it names no file: ${base.remedy}`;

const namesNoFile = (base: GlobBase) => `this glob has a .. segment, which no path below ${base.folder} holds, so it names no file`;

/** A segment that a wildcard, a bracket or a brace makes stand for folders the glob does not name (`**`: any number of them; `{a,b/c}`: one or two). */
const wildSegment = /[*?[{]/;

/** The problem of one glob with a `..` segment; undefined for one without. */
function dotDotProblem(glob: string, base: GlobBase): string | undefined {
  if (!dotDot.test(glob)) return undefined;
  const negation = /^!*/.exec(glob)![0];
  const segments = glob.slice(negation.length).split("/");
  const firstWild = segments.findIndex((segment) => wildSegment.test(segment));
  const fixed = firstWild < 0 ? segments : segments.slice(0, firstWild);
  const normal = posix.normalize(fixed.join("/"));
  if (normal === ".." || normal.startsWith("../")) return climbingGlobMessage(base);
  // `deep/**/../d.json` is not "deep/d.json": no text is the glob it stands for.
  if (firstWild >= 0 && segments.indexOf("..", firstWild) >= 0) return namesNoFile(base);
  return `${namesNoFile(base)}: write it ${JSON.stringify(negation + posix.normalize(segments.join("/")))}`;
}

export function dotDotGlobs(file: unknown, base: GlobBase = configFolderBase): { readonly path: string; readonly message: string }[] {
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
    const message = typeof glob === "string" ? dotDotProblem(glob, base) : undefined;
    if (message !== undefined) problems.push({ path, message });
  };
  for (const [path, globs] of places) {
    check(path, globs);
    if (Array.isArray(globs)) globs.forEach((glob, i) => check(`${path}/${i}`, glob));
  }
  return problems;
}
