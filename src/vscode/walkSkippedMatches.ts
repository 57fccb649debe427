import { appSettingsGlob, isNotPayloadName, isSkippedFolderName, notPayloadNames, postmanVariablesGlobs, typeScriptConfigGlobs } from "../files/notPayload.js";
import { globMatcher } from "../glob/globMatcher.js";

/**
 * The files a folder walk never lints (walkFolder.ts: hidden files and folders, node_modules,
 * the names notPayload.ts lists) that a fileMatch pattern (`/orders/**\/*.json`, as init writes
 * one) could match, as fileMatch patterns for its association to exclude (`!` is added by the
 * caller): `oms-lint .` never lints package.json or .vscode/settings.json, so the editor must not
 * check them as payloads either. Only where the pattern's wildcards could reach such a file:
 * `/orders/order-*.json` gets none. Each exclusion keeps the pattern's folders before the
 * wildcard it stands for, since VS Code matches every pattern as `**\/<pattern>` on the file's
 * whole URI (vscode-json-languageservice, FilePatternAssociation): `/orders/**\/.*\/**` cannot
 * take a file whose workspace merely lies in a hidden folder; one with no folder before it
 * (`/**\/.*\/**`, for `**\/*.json`) can, and then the editor checks none of those files: less
 * than oms-lint, never more.
 */
export function walkSkippedMatches(fileMatch: string): string[] {
  const segments = globSegments(fileMatch.replace(/^\//, ""));
  // A last `**` matches files at any depth: the folders it crosses, then any name.
  if (segments.at(-1) === "**") segments.push("*");
  const folders = segments.slice(0, -1);
  const at = (count: number) => ["", ...folders.slice(0, count)].join("/");
  const exclusions = folders.flatMap((segment, i) => skippedFolders(segment).map((folder) => `${at(i)}/${folder}/**`));
  const names = skippedNames(segments.at(-1)!);
  if (names.length > 0) exclusions.push(`${at(folders.length)}/${names.length === 1 ? names[0] : `{${names.join(",")}}`}`);
  return exclusions;
}

/** The folders the walk never enters (isSkippedFolderName) that one segment of a pattern could name, as patterns; `**` crosses any number of folders, any of them one. */
function skippedFolders(segment: string): string[] {
  if (segment === "**") return ["**/.*", "**/node_modules"];
  if (!hasWildcard(segment)) return isSkippedFolderName(segment) ? [segment] : [];
  return [...(mayBeginWith(segment, ".") ? [".*"] : []), ...(nameMatcher(segment)("node_modules") ? ["node_modules"] : [])];
}

/**
 * The file names the walk skips (a hidden one, or one isNotPayloadName lists) that a name
 * pattern could match: a plain name is one or none; a wildcard is tried on each listed name,
 * and takes hidden names and TypeScript's configs when its plain beginning allows them.
 */
function skippedNames(name: string): string[] {
  if (!hasWildcard(name)) return name.startsWith(".") || isNotPayloadName(name) ? [name] : [];
  const matches = nameMatcher(name);
  return [
    ...(mayBeginWith(name, ".") ? [".*"] : []),
    ...notPayloadNames.filter((listed) => matches(listed)),
    // By the config's base name (tsconfig, jsconfig): "*.json" and "ts*" can take one, "order-*.json" none.
    ...typeScriptConfigGlobs.filter((glob) => mayBeginWith(name, glob.split(/[.-]/)[0]!)),
    // .NET's appsettings.<Environment>.json, by the same plain beginning.
    ...(mayBeginWith(name, "appsettings.") && matches("appsettings.Development.json") ? [appSettingsGlob] : []),
    // Postman's environments and globals, where the pattern takes such a name whatever its start
    // ("*.json", "*.postman_*.json"). A pattern with a plain start ("order-*.json") could take
    // order-dev.postman_environment.json too, but excluding them there would add an exclusion to
    // nearly every association written, for a name no fixture folder holds: left, so the editor
    // may check such a file where the walk skips it (the audit's case; README, Editor).
    ...postmanVariablesGlobs.filter((glob) => matches(`env${glob.slice(1)}`)),
  ];
}

/** As oms-lint matches a config's globs (dot: true, as fileKinds compiles them): `*` takes a hidden name too. */
function nameMatcher(segment: string): (name: string) => boolean {
  return globMatcher(segment, { dot: true });
}

const wildcardChars = /[*?[{]/;

function hasWildcard(segment: string): boolean {
  return wildcardChars.test(segment);
}

/** Whether a name the segment matches could begin with `prefix`: its plain beginning (before its first wildcard) and the prefix agree as far as both go. */
function mayBeginWith(segment: string, prefix: string): boolean {
  const wildcard = segment.search(wildcardChars);
  if (wildcard === -1) return segment.startsWith(prefix);
  const plain = segment.slice(0, wildcard);
  return plain.startsWith(prefix) || prefix.startsWith(plain);
}

/** A glob's `/`-separated segments, a `/` inside braces or brackets (`{a/b,c}`) kept in its segment. */
function globSegments(glob: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === "{" || char === "[") depth++;
    else if ((char === "}" || char === "]") && depth > 0) depth--;
    else if (char === "/" && depth === 0) {
      segments.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  segments.push(glob.slice(start));
  return segments;
}
