import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import type { Config, FileKind } from "../config/config.js";
import { configRelativePath } from "../config/configPath.js";
import { fileMatchGlob, isEditorGlob } from "../config/editorGlob.js";
import { configFileName } from "../config/findConfig.js";
import { isNotPayloadName } from "../files/notPayload.js";
import { asMatchedInUri } from "../glob/vscodeFileMatch.js";
import { coveringGlob, laterExclusion } from "./fileMatchReach.js";
import { walkSkippedMatches } from "./walkSkippedMatches.js";

/** One entry of VS Code's "json.schemas": the files it takes (fileMatch, `!` excluding) and the schema they are checked against. */
export interface Association {
  readonly fileMatch: readonly string[];
  readonly url: string;
}

/**
 * Where the editor schemas are, as VS Code resolves a relative url from the workspace folder:
 * in the oms-lint Node would load from there (node_modules in the folder or one above it, where a
 * monorepo hoists it), else in ./node_modules/oms-lint (not installed yet: `installed` false).
 */
function editorSchemaBase(workspace: string): { readonly base: string; readonly installed: boolean } {
  for (let dir = workspace; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules", "oms-lint", "package.json"))) {
      const installed = relative(workspace, join(dir, "node_modules", "oms-lint")).split(sep).join("/");
      return { base: `${installed.startsWith("../") ? "" : "./"}${installed}/schemas/editor/`, installed: true };
    }
    if (dirname(dir) === dir) return { base: notInstalledBase, installed: false };
  }
}

/** Where the editor schemas will be once oms-lint is installed in the folder. */
export const notInstalledBase = "./node_modules/oms-lint/schemas/editor/";

/**
 * A config glob as VS Code's fileMatch reads it: from the workspace folder (it matches the
 * pattern as `**\/<pattern>` on the path), its leading `./` dropped (fileMatchGlob); undefined for
 * one whose files lie outside the folder (run below the config's folder), which VS Code would
 * never match there.
 */
function fileMatch(workspace: string, config: Pick<Config, "baseDir">, configGlob: string): string | undefined {
  // A last `/**` as `/**\/*`: VS Code's `orders/**` takes ordersX.json too (its globstar swallows the `/` before it).
  const glob = fileMatchGlob(configGlob).replace(/(.)\/\*\*$/, "$1/**/*");
  const folder = relative(workspace, config.baseDir).split(sep).join("/");
  if (folder === "") return `/${glob}`;
  if (folder !== ".." && !folder.startsWith("../")) return `/${literalName(folder)}/${glob}`;
  const below = asMatchedInUri(relative(config.baseDir, workspace).split(sep).join("/"));
  if (below.startsWith("../") || isAbsolute(below)) return undefined;
  if (glob.startsWith(`${below}/`)) return `/${glob.slice(below.length + 1)}`;
  return glob.startsWith("**/") ? `/${glob}` : undefined;
}

/** What schemaAssociations reads of a config: its folder and its `files`. */
export type AssociatedConfig = Pick<Config, "baseDir" | "files">;

/**
 * The associations oms-lint owns: one per `files` entry with a glob in the folder, in order, and
 * the config's own schema (`configPath`, the file it was read from); and the globs left out:
 * those whose files lie outside the folder (the config's own path too, when it lies there), and
 * those fileMatch cannot say (isEditorGlob).
 *
 * VS Code checks a file against EVERY association whose fileMatch matches it (all their schemas
 * at once: vscode-json-languageservice's createCombinedSchema), where oms-lint gives it the kind
 * of the FIRST entry whose glob matches (kindForFile). So each association excludes, with `!`,
 * the files of every entry before it (coveringFileMatches: an extglob's too), those of every entry
 * after it that its pattern takes beyond its glob (laterExclusion: `/*.json` is matched at any
 * depth), the files the folder walk never lints (walkSkippedMatches) and the config file; after its own globs, as VS Code's fileMatch reads a list: the last
 * pattern that matches the file decides (FilePatternAssociation.matchesPattern).
 */
export function schemaAssociations(
  workspace: string,
  config: AssociatedConfig,
  configPath: string,
): { associations: Association[]; outside: string[]; unsayable: string[]; configAssociated: boolean; installed: boolean } {
  const { base, installed } = editorSchemaBase(workspace);
  const associations: Association[] = [];
  const outside: string[] = [];
  const unsayable: string[] = [];
  const configMatch = configFileMatch(workspace, configPath);
  const coverings = config.files.map((entry) => coveringFileMatches(workspace, config, entry));
  config.files.forEach((entry, index) => {
    for (const glob of entry.globs) if (!isEditorGlob(glob)) unsayable.push(glob);
    const matches = entry.globs.map((glob) => (isEditorGlob(glob) ? fileMatch(workspace, config, glob) : undefined));
    entry.globs.forEach((glob, i) => {
      if (matches[i] === undefined && isEditorGlob(glob)) outside.push(glob);
    });
    const inside = matches.filter((match) => match !== undefined);
    if (inside.length === 0) return;
    const earlier = coverings.slice(0, index).flat();
    const later = coverings.slice(index + 1).flat();
    const takenByLater = inside.flatMap((inclusion) => later.flatMap((covering) => laterExclusion(inclusion, covering) ?? []));
    const exclusions = new Set([...earlier, ...takenByLater, ...inside.flatMap(walkSkippedMatches), ...configExclusion(config, configPath, entry, configMatch)]);
    associations.push({ fileMatch: [...inside, ...[...exclusions].map((pattern) => `!${pattern}`)], url: `${base}${entry.kind}.json` });
  });
  if (configMatch === undefined) outside.push(configShown(workspace, configPath));
  else associations.push({ fileMatch: [configMatch], url: `${base}oms-lint.config.schema.json` });
  return { associations, outside, unsayable, configAssociated: configMatch !== undefined, installed };
}

/** Patterns that take every file of the folder the entry's globs take (coveringGlob: an extglob's too, which fileMatch cannot say), to exclude them from the other associations. */
function coveringFileMatches(workspace: string, config: Pick<Config, "baseDir">, entry: FileKind): string[] {
  return entry.globs.flatMap((glob) => fileMatch(workspace, config, coveringGlob(fileMatchGlob(glob))) ?? []);
}

/**
 * The config file's fileMatch: `oms-lint.config.json` for one of that name (any folder's: oms-lint
 * finds one upward from wherever it runs, and a package of a monorepo has its own); another
 * (`-c my.config.json`) by its path from the folder, as the `files` globs are written;
 * undefined for one outside the folder, which VS Code would never match there.
 */
function configFileMatch(workspace: string, configPath: string): string | undefined {
  if (basename(configPath) === configFileName) return configFileName;
  const path = configShown(workspace, configPath);
  return path === ".." || path.startsWith("../") || isAbsolute(path) ? undefined : `/${literalName(path)}`;
}

/**
 * A path as a fileMatch that matches it: a `#` or `?` as the URI holds it (asMatchedInUri), and
 * each other character a fileMatch reads as a wildcard (`cfg[1].json` would match cfg1.json
 * only) as `?`, which matches any one character, the character itself too; VS Code's fileMatch
 * has no escape (a `\` before `?` makes a literal dot).
 */
function literalName(path: string): string {
  return asMatchedInUri(path).replace(/[*[\]{}]/g, "?");
}

function configShown(workspace: string, configPath: string): string {
  return relative(workspace, configPath).split(sep).join("/");
}

/**
 * The config file, where the entry's globs take it and its name is not one the folder walk skips
 * (oms-lint.config.json is: notPayload.ts): `**\/*.json` takes my.config.json, which is to be
 * checked against the config's schema alone.
 */
function configExclusion(config: AssociatedConfig, configPath: string, entry: FileKind, configMatch: string | undefined): string[] {
  if (configMatch === undefined || isNotPayloadName(basename(configPath))) return [];
  const path = configRelativePath(config, configPath);
  return path !== undefined && entry.matches(path) ? [configMatch] : [];
}
