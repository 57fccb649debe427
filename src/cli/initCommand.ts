import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import type { Config, FileKind } from "../config/config.js";
import { configRelativePath } from "../config/configPath.js";
import { fileMatchGlob, isEditorGlob } from "../config/editorGlob.js";
import { configFileName, findConfig } from "../config/findConfig.js";
import { loadConfig } from "../config/loadConfig.js";
import { describeWriteFailure, writeFileAtomic } from "../files/atomicWrite.js";
import { isAbsenceCode } from "../files/fileFacts.js";
import { isNotPayloadName } from "../files/notPayload.js";
import { describeUnread, isUnread, readBounded } from "../files/readBounded.js";
import { escapeControls } from "../formatters/displayText.js";
import type { CliIo } from "./cliIo.js";
import { applyTextEdits, jsonSchemasEdits } from "./jsonSchemasEdit.js";
import { makeFolders } from "./makeFolders.js";
import { describeRemoved, schemaEntries, type Association } from "./schemaEntries.js";
import { argumentProblem, UsageError } from "./usageError.js";
import { refuseUndecodableName } from "./undecodableArgument.js";
import { editableSettings } from "./vscodeSettings.js";
import { coveringGlob, laterExclusion } from "./fileMatchReach.js";
import { walkSkippedMatches } from "./walkSkippedMatches.js";

/**
 * Where the editor schemas are, as VS Code resolves a relative url from the workspace folder:
 * in the oms-lint Node would load from there (node_modules in the folder or one above it, where a
 * monorepo hoists it), else in ./node_modules/oms-lint (not installed yet).
 */
function editorSchemaBase(workspace: string): string {
  for (let dir = workspace; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules", "oms-lint", "package.json"))) {
      const installed = relative(workspace, join(dir, "node_modules", "oms-lint")).split(sep).join("/");
      return `${installed.startsWith("../") ? "" : "./"}${installed}/schemas/editor/`;
    }
    if (dirname(dir) === dir) return "./node_modules/oms-lint/schemas/editor/";
  }
}

const usage = `oms-lint init --vscode [--config <file>]

Writes the "json.schemas" associations of .vscode/settings.json (in the working folder):
each "files" entry of oms-lint.config.json gets its kind's editor schema, and the config
file its own (any oms-lint.config.json; a --config of another name by its path). oms-lint
gives a file the kind of the first entry whose glob matches it, VS Code every matching
association's schema: so each association excludes (with "!") the globs of the entries
before it (an extglob's as every file under its folders), those of the entries after it where
VS Code reads its own glob wider (one without a leading **/ is matched at any depth, a ?
matches /), and the files a folder walk never lints (hidden ones, node_modules,
package.json, tsconfig*.json, …) and a --config of another name where its globs could take
them. An association naming
one of oms-lint's editor schemas is init's: it is replaced when the config gives its globs
again, and removed, with a note naming it, when the config does not (written by an
earlier init for a glob since changed, it would point files at the wrong kind; init cannot
tell it from one written by hand: to keep one, add its glob and kind to "files"). Other
associations are kept as written. Only the "json.schemas" member changes: every other
byte of the file stays, comments and layout too.
`;

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
  if (folder !== ".." && !folder.startsWith("../")) return `/${folder}/${glob}`;
  const below = relative(config.baseDir, workspace).split(sep).join("/");
  if (below.startsWith("../") || isAbsolute(below)) return undefined;
  if (glob.startsWith(`${below}/`)) return `/${glob.slice(below.length + 1)}`;
  return glob.startsWith("**/") ? `/${glob}` : undefined;
}

/** What schemaAssociations reads of a config: its folder and its `files`. */
type AssociatedConfig = Pick<Config, "baseDir" | "files">;

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
export function schemaAssociations(workspace: string, config: AssociatedConfig, configPath: string): { associations: Association[]; outside: string[]; unsayable: string[]; configAssociated: boolean } {
  const base = editorSchemaBase(workspace);
  const associations: Association[] = [];
  const outside: string[] = [];
  const unsayable: string[] = [];
  const configMatch = configFileMatch(workspace, configPath);
  const coverings = config.files.map((entry) => coveringFileMatches(workspace, config, entry));
  config.files.forEach((entry, index) => {
    unsayable.push(...entry.globs.filter((glob) => !isEditorGlob(glob)));
    const matches = entry.globs.map((glob) => (isEditorGlob(glob) ? fileMatch(workspace, config, glob) : undefined));
    outside.push(...entry.globs.filter((glob, i) => matches[i] === undefined && isEditorGlob(glob)));
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
  return { associations, outside, unsayable, configAssociated: configMatch !== undefined };
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
 * A path as a fileMatch that matches it: each character a fileMatch reads as a wildcard
 * (`cfg[1].json` would match cfg1.json only) as `?`, which matches any one character, the
 * character itself too; VS Code's fileMatch has no escape (a `\` before `?` makes a literal dot).
 */
function literalName(path: string): string {
  return path.replace(/[*?[\]{}]/g, "?");
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

/** VS Code's settings.json, read to add the associations to it: larger is not a settings file. */
const maxSettingsBytes = 16 * 1024 * 1024;

const optionSpec = {
  vscode: { type: "boolean" },
  config: { type: "string", short: "c" },
  help: { type: "boolean", short: "h" },
} as const;

/** The long options' names, which a misspelt one is answered from (usageError), as lint's and split's are. */
const optionNames: readonly string[] = Object.keys(optionSpec);

/** `oms-lint init --vscode`: the editor checks each payload against its kind's schema as you type. */
export async function runInit(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: optionSpec, strict: true }));
  } catch (error) {
    throw new UsageError(`${argumentProblem(error, optionNames)} (see oms-lint init --help)`);
  }
  if (values.help) {
    io.writeStdout(usage);
    return 0;
  }
  if (!values.vscode) throw new UsageError("init: say what to set up: oms-lint init --vscode (see oms-lint init --help)");
  refuseUndecodableName("--config", values.config);
  const configPath = values.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, values.config);
  if (configPath === undefined) throw new UsageError(`init --vscode: no ${configFileName} here or above; its "files" globs are what the editor associates`);
  const config = await loadConfig(configPath, io.cwd);
  const folder = join(io.cwd, ".vscode");
  const target = join(folder, "settings.json");
  // Read as every file is (readBounded): a FIFO or a device named settings.json never hangs the run.
  // No settings file yet is a new one (written only if none appears meanwhile, below).
  const read = readBounded(target, maxSettingsBytes);
  if (isUnread(read) && !isAbsenceCode(read.code)) throw new UsageError(`init --vscode: cannot read ${relative(io.cwd, target)}: ${describeUnread(read, maxSettingsBytes)}`);
  const before = isUnread(read) ? undefined : read;
  // A file we cannot read exactly as VS Code does is refused unchanged: an edit would lose the user's bytes.
  const settings = before === undefined ? { ok: true as const, bom: "", text: "" } : editableSettings(before);
  if (!settings.ok) throw new UsageError(`init --vscode: ${relative(io.cwd, target)}${settings.at}: ${settings.message} (the file is left unchanged)`);
  const { associations, outside, unsayable, configAssociated } = schemaAssociations(resolve(io.cwd), config, configPath);
  const { entries, removed } = schemaEntries(settings.text, settings.schemas?.children?.[1], associations);
  try {
    // Level by level: Node 20's recursive mkdir loops for ever under /proc (data-safety audit: init hung there).
    makeFolders(folder);
    // Written beside it and renamed into place, and only if no one saved it meanwhile.
    writeFileAtomic(target, settings.bom + applyTextEdits(settings.text, jsonSchemasEdits(settings.text, settings.root, settings.schemas, entries)), before === undefined ? { overwrite: false } : { expect: before });
  } catch (error) {
    // In words, as every write failure (found by the audit of every write: "EEXIST" alone when .vscode is a file).
    throw new UsageError(`init --vscode: cannot write ${relative(io.cwd, target)}: ${describeWriteFailure(error)}`);
  }
  const shownConfig = escapeControls(relative(io.cwd, configPath) || configPath);
  const notes =
    (outside.length === 0 ? "" : `; left out, as their files lie outside this folder: ${escapeControls(outside.join(", "))}`) +
    (unsayable.length === 0 ? "" : `; left out, as VS Code's fileMatch cannot say them (an extglob, a POSIX class, an escape or a leading !: give those files plain globs too, for the editor to check them): ${escapeControls(unsayable.join(", "))}`) +
    (removed.length === 0
      ? ""
      : `; removed, as they name oms-lint's schemas for a fileMatch ${shownConfig}'s "files" no longer give (an earlier init wrote them for globs since changed, or you did; to keep one, add its glob and kind to "files"): ${escapeControls(removed.map(describeRemoved).join(", "))}`);
  io.writeStdout(
    `wrote ${escapeControls(relative(io.cwd, target))}: ${associations.length} json.schemas associations (${associations.length - (configAssociated ? 1 : 0)} from ${shownConfig}'s "files"${configAssociated ? ", 1 for the config itself" : ""})${notes}\n`,
  );
  return 0;
}
