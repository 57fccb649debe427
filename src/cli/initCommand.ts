import { mkdirSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { applyEdits, modify, parse } from "jsonc-parser";
import type { Config } from "../config/config.js";
import { configFileName, findConfig } from "../config/findConfig.js";
import { loadConfig } from "../config/loadConfig.js";
import { writeFileAtomic, WriteFailure } from "../files/atomicWrite.js";
import { describeUnread, isUnread, readBounded } from "../files/readBounded.js";
import { escapeControls } from "../formatters/displayText.js";
import type { CliIo } from "./cliIo.js";
import { argumentProblem, UsageError } from "./usageError.js";
import { editableSettings } from "./vscodeSettings.js";

/** Where the editor schemas are, as a project that installs oms-lint sees them (VS Code resolves it from the workspace folder). */
export const editorSchemaUrl = (name: string) => `./node_modules/oms-lint/schemas/editor/${name}`;

const usage = `oms-lint init --vscode [--config <file>]

Writes the "json.schemas" associations of .vscode/settings.json (in the working folder):
each "files" entry of oms-lint.config.json gets its kind's editor schema, and the config
file its own. Other settings and other schema associations are kept, comments too.
`;

interface Association {
  readonly fileMatch: readonly string[];
  readonly url: string;
}

/** A config glob as VS Code's fileMatch reads it: from the workspace folder (it matches the pattern as `**\/<pattern>` on the path). */
function fileMatch(workspace: string, config: Config, glob: string): string {
  const folder = relative(workspace, config.baseDir).split(sep).join("/");
  return folder === "" ? `/${glob}` : `/${folder}/${glob}`;
}

/** The associations oms-lint owns: one per `files` entry, in order, and the config's own schema. */
export function schemaAssociations(workspace: string, config: Config): Association[] {
  const associations: Association[] = config.files.map((entry) => ({
    fileMatch: entry.globs.map((glob) => fileMatch(workspace, config, glob)),
    url: editorSchemaUrl(`${entry.kind}.json`),
  }));
  associations.push({ fileMatch: [configFileName], url: editorSchemaUrl("oms-lint.config.schema.json") });
  return associations;
}

/**
 * The settings text with oms-lint's associations in "json.schemas" (replacing those it wrote
 * before, keeping everyone else's), edited in place so that comments and layout stay.
 */
export function withAssociations(settingsText: string, associations: readonly Association[]): string {
  const current = parse(settingsText) as { "json.schemas"?: unknown } | undefined;
  const existing = Array.isArray(current?.["json.schemas"]) ? (current["json.schemas"] as { url?: unknown }[]) : [];
  const others = existing.filter((entry) => !(typeof entry?.url === "string" && entry.url.includes("oms-lint/schemas/editor/")));
  const text = settingsText.trim() === "" ? "{}\n" : settingsText;
  const edits = modify(text, ["json.schemas"], [...others, ...associations], { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } });
  return applyEdits(text, edits);
}

/** VS Code's settings.json, read to add the associations to it: larger is not a settings file. */
const maxSettingsBytes = 16 * 1024 * 1024;

/** `oms-lint init --vscode`: the editor checks each payload against its kind's schema as you type. */
export async function runInit(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { vscode: { type: "boolean" }, config: { type: "string", short: "c" }, help: { type: "boolean", short: "h" } }, strict: true }));
  } catch (error) {
    throw new UsageError(`${argumentProblem(error)} (see oms-lint init --help)`);
  }
  if (values.help) {
    io.writeStdout(usage);
    return 0;
  }
  if (!values.vscode) throw new UsageError("init: say what to set up: oms-lint init --vscode (see oms-lint init --help)");
  const configPath = values.config === undefined ? findConfig(io.cwd) : resolve(io.cwd, values.config);
  if (configPath === undefined) throw new UsageError(`init --vscode: no ${configFileName} here or above; its "files" globs are what the editor associates`);
  const config = await loadConfig(configPath, io.cwd);
  const folder = join(io.cwd, ".vscode");
  const target = join(folder, "settings.json");
  // Read as every file is (readBounded): a FIFO or a device named settings.json never hangs the run.
  // No settings file yet is a new one (written only if none appears meanwhile, below).
  const read = readBounded(target, maxSettingsBytes);
  if (isUnread(read) && read.code !== "ENOENT" && read.code !== "ENOTDIR") throw new UsageError(`init --vscode: cannot read ${relative(io.cwd, target)}: ${describeUnread(read, maxSettingsBytes)}`);
  const before = isUnread(read) ? undefined : read;
  // A file we cannot read exactly as VS Code does is refused unchanged: an edit would lose the user's bytes.
  const settings = before === undefined ? { ok: true as const, bom: "", text: "" } : editableSettings(before);
  if (!settings.ok) throw new UsageError(`init --vscode: ${relative(io.cwd, target)}${settings.at}: ${settings.message} (the file is left unchanged)`);
  const associations = schemaAssociations(resolve(io.cwd), config);
  try {
    mkdirSync(folder, { recursive: true });
    // Written beside it and renamed into place, and only if no one saved it meanwhile.
    writeFileAtomic(target, settings.bom + withAssociations(settings.text, associations), before === undefined ? { overwrite: false } : { expect: before });
  } catch (error) {
    const reason = error instanceof WriteFailure ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    throw new UsageError(`init --vscode: cannot write ${relative(io.cwd, target)}: ${reason}`);
  }
  const shownConfig = escapeControls(relative(io.cwd, configPath) || configPath);
  io.writeStdout(`wrote ${escapeControls(relative(io.cwd, target))}: ${associations.length} json.schemas associations (${config.files.length} from ${shownConfig}'s "files", 1 for the config itself)\n`);
  return 0;
}
