/**
 * The config's globs that climb out of its folder (`../shared/**\/*.json`): every glob is
 * matched against the paths below the config file's folder, so such a glob names no file, and
 * a `files` entry with one mapped nothing while the run said only "cannot tell which payload
 * this is" (found by the newcomer audit; `init --vscode` wrote it as an unmatchable fileMatch).
 * Each is a problem at its place, as a schema problem is.
 */
// `!../shared/keep.json`, an un-ignore, climbs out as well.
const climbs = /(^!?|\/)\.\.(\/|$)/;

export const climbingGlobMessage =
  "this glob climbs out of the config file's folder with .., but globs are matched against the paths below that folder, so it names no file: put the config in a folder above those files";

export function climbingGlobs(file: unknown): { readonly path: string; readonly message: string }[] {
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
  for (const [path, globs] of places) {
    if (typeof globs === "string" && climbs.test(globs)) problems.push({ path, message: climbingGlobMessage });
    if (Array.isArray(globs)) globs.forEach((glob, i) => typeof glob === "string" && climbs.test(glob) && problems.push({ path: `${path}/${i}`, message: climbingGlobMessage }));
  }
  return problems;
}
