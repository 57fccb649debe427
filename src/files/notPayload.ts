import { basename, isAbsolute, relative, sep } from "node:path";
import { suppressionsFileName } from "./suppressionsFileName.js";
import { configFileName } from "../config/findConfig.js";

/**
 * JSON that is evidently not a payload, by its name: what a repository's root holds beside
 * the fixtures (package manifests and lockfiles, TypeScript's and other tools' configs) and
 * oms-lint's own files. A folder walk or a glob skips them; a file named outright is linted.
 * (Hidden files and folders, `.vscode/` and oms-lint's cache among them, are never walked;
 * oms-lint's reports, which any name may hold, are told by their content when read: ownReport.ts.)
 */
const names: ReadonlySet<string> = new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "composer.json",
  "deno.json",
  "lerna.json",
  "nx.json",
  "turbo.json",
  "renovate.json",
  "biome.json",
  "vercel.json",
  // Tools' configs read as JSON with comments (src/eslint/jsoncFiles.ts) or evidently no payload:
  // `npx oms-lint .` at a repository's root failed on a commented tslint.json or appsettings.json.
  "tslint.json",
  "babel.config.json",
  "angular.json",
  "api-extractor.json",
  "tsdoc.json",
  "typedoc.json",
  "cspell.json",
  // .NET's settings (appsettings.<Environment>.json below) and Visual Studio's Properties/launchSettings.json.
  "appsettings.json",
  "launchSettings.json",
  // The JetBrains HTTP Client's environments, which it reads beside the .http files oms-lint lints.
  "http-client.env.json",
  "http-client.private.env.json",
  // Tools' configs at a repository's root that their tools read with comments (jsoncFiles.ts) or
  // that are evidently no payload: `npx oms-lint .` failed on a commented dprint.json, knip.json
  // and wrangler.json (audit of issue 18's CI features). Their hidden forms (.dprint.json,
  // .knip.json, .swcrc, .jshintrc, .markdownlint.json, .devcontainer/) are never walked, and
  // biome.jsonc, deno.jsonc, renovate.json5 and wrangler.jsonc are not `*.json`.
  "dprint.json",
  "knip.json",
  "wrangler.json",
  "firebase.json",
  // Nx's per-project config, beside nx.json.
  "project.json",
  "jsr.json",
  "rome.json",
  configFileName,
  suppressionsFileName,
  // ESLint's bulk suppressions, beside oms-lint's: `{\n}` after `eslint --suppress-all` on a clean
  // project or after --prune-suppressions, which nothing in it tells from a payload of no kind
  // ("cannot tell which payload this is" in ESLint and `npx oms-lint .`: audit of the ESLint plugin).
  "eslint-suppressions.json",
]);

/** tsconfig.json, tsconfig.build.json, jsconfig.json, …: TypeScript's configs, which it reads as JSONC. */
const configPattern = /^(?:tsconfig|jsconfig)(?:[.-].*)?\.json$/;

export function isTypeScriptConfigName(name: string): boolean {
  return configPattern.test(name);
}

/**
 * Postman's exported environments and globals (`dev.postman_environment.json`), kept beside the
 * collections oms-lint lints: each drew a "cannot tell which payload" warning, which fails a run
 * under --max-warnings 0 (request-files audit).
 */
const postmanVariablesPattern = /\.postman_(?:environment|globals)\.json$/;

/** The same, as globs of a file's name. */
export const postmanVariablesGlobs: readonly string[] = ["*.postman_environment.json", "*.postman_globals.json"];

/** .NET's settings per environment (appsettings.Development.json), read as appsettings.json is. */
const appSettingsPattern = /^appsettings\..*\.json$/;

export function isAppSettingsName(name: string): boolean {
  return appSettingsPattern.test(name);
}

/** The same, as a glob of a file's name. */
export const appSettingsGlob = "appsettings.*.json";

export function isNotPayloadName(name: string): boolean {
  return names.has(name) || isTypeScriptConfigName(name) || postmanVariablesPattern.test(name) || isAppSettingsName(name);
}

/**
 * oms-lint's own files by name (its config, its suppressions file; its cache is hidden, never
 * walked): no payload, and no file to name outright either, which is a kind error there.
 */
export function isOwnFileName(name: string): boolean {
  return name === configFileName || name === suppressionsFileName;
}

/** The names above but TypeScript's configs: for the editor's fileMatch (walkSkippedMatches.ts). */
export const notPayloadNames: readonly string[] = [...names];

/**
 * TypeScript's configs as configPattern reads them, in globs that VS Code's fileMatch and
 * picomatch read alike: `tsconfig.json`, `tsconfig.<any>.json`, `tsconfig-<any>.json`.
 */
export const typeScriptConfigGlobs: readonly string[] = ["tsconfig", "jsconfig"].flatMap((base) => [`${base}.json`, `${base}.*.json`, `${base}-*.json`]);

/**
 * The same, as ignore globs (for globby). TypeScript's configs by typeScriptConfigGlobs: a
 * `tsconfig*.json` here skipped tsconfigorder.json, which the walk lints (fix audit).
 */
export const notPayloadGlobs: readonly string[] = [
  ...[...names].map((name) => `**/${name}`),
  ...typeScriptConfigGlobs.map((glob) => `**/${glob}`),
  ...postmanVariablesGlobs.map((glob) => `**/${glob}`),
  `**/${appSettingsGlob}`,
];

/** A folder a folder walk never enters: a hidden one (.git, .vscode, oms-lint's cache) or node_modules. */
export function isSkippedFolderName(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/**
 * Whether a folder walk skips the file at this path below the walked folder (its names, the
 * file's last): a hidden file, JSON that is not a payload by its name, or a file in a folder
 * the walk never enters. What `oms-lint .` never lints, and the editor leaves alone too.
 */
export function isSkippedByWalk(names: readonly string[]): boolean {
  const name = names.at(-1) ?? "";
  return name.startsWith(".") || isNotPayloadName(name) || names.slice(0, -1).some(isSkippedFolderName);
}

/** The names of a file's path below `folder`, its own name last; undefined when the file is not inside it. */
export function namesBelow(folder: string, filePath: string): string[] | undefined {
  const below = relative(folder, filePath);
  const outside = below === "" || below === ".." || below.startsWith(`..${sep}`) || isAbsolute(below);
  return outside ? undefined : below.split(sep);
}

/**
 * Whether a folder walk from `folder` skips the file, as `oms-lint .` run there would (the
 * editor and the ESLint plugin judge a file by it); a file outside the folder, or with no
 * folder to walk from, is judged by its own name.
 */
export function isSkippedFrom(folder: string | undefined, filePath: string): boolean {
  return isSkippedByWalk((folder === undefined ? undefined : namesBelow(folder, filePath)) ?? [basename(filePath)]);
}
