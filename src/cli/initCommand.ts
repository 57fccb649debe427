import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { configFileName, findConfig } from "../config/findConfig.js";
import { loadConfig } from "../config/loadConfig.js";
import { describeWriteFailure, writeFileAtomic } from "../files/atomicWrite.js";
import { isAbsenceCode } from "../files/fileFacts.js";
import { describeUnread, isUnread, readBounded } from "../files/readBounded.js";
import { escapeControls } from "../formatters/displayText.js";
import { fixedSizeMessage } from "../source/fileSize.js";
import type { CliIo } from "./cliIo.js";
import { applyTextEdits, jsonSchemasEdits } from "./jsonSchemasEdit.js";
import { makeFolders } from "./makeFolders.js";
import { describeRemoved, schemaEntries } from "./schemaEntries.js";
import { schemaAssociations } from "../vscode/schemaAssociations.js";
import { argumentProblem, UsageError } from "./usageError.js";
import { refuseUndecodableName } from "./undecodableArgument.js";
import { editableSettings } from "../vscode/vscodeSettings.js";
import { missingSchemaNote } from "./missingSchemaNote.js";

const usage = `oms-lint init --vscode [--config <file>]

Writes the "json.schemas" associations of .vscode/settings.json (in the working folder):
each "files" entry of oms-lint.config.json gets its kind's editor schema, and the config
file its own (any oms-lint.config.json; a --config of another name by its path). oms-lint
gives a file the kind of the first entry whose glob matches it, VS Code every matching
association's schema: so each association excludes (with "!") the globs of the entries
before it (an extglob's as every file under its folders), those of the entries after it where
VS Code reads its own glob wider (one without a leading **/ is matched at any depth, a ?
matches /), and the files a folder walk never lints (hidden ones, node_modules,
package.json, tsconfig.json, tsconfig.*.json, …) and a --config of another name where its globs could take
them. An association naming
one of oms-lint's editor schemas is init's: it is replaced when the config gives its globs
again, and removed, with a note naming it, when the config does not (written by an
earlier init for a glob since changed, it would point files at the wrong kind; init cannot
tell it from one written by hand: to keep one, add its glob and kind to "files"). Other
associations are kept as written. Only the "json.schemas" member changes: every other
byte of the file stays, comments and layout too.
`;

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
  const config = await loadConfig(configPath, io.cwd, values.config === undefined ? "configFolder" : "workingFolder");
  const folder = join(io.cwd, ".vscode");
  const target = join(folder, "settings.json");
  // Read as every file is (readBounded): a FIFO or a device named settings.json never hangs the run.
  // No settings file yet is a new one (written only if none appears meanwhile, below).
  const read = readBounded(target, maxSettingsBytes);
  // Past the limit, in words that name no way to raise it: init has no --max-file-size, and the config's limits are the payloads'.
  if (isUnread(read) && !isAbsenceCode(read.code)) throw new UsageError(`init --vscode: cannot read ${relative(io.cwd, target)}: ${describeUnread(read, maxSettingsBytes, fixedSizeMessage("settings file"))}`);
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
    (unsayable.length === 0 ? "" : `; left out, as VS Code's fileMatch cannot say them (an extglob, a POSIX class, a bracket it reads otherwise, such as [!a], an escape, nested braces, a {1..3} range or a leading !: give those files plain globs too, for the editor to check them): ${escapeControls(unsayable.join(", "))}`) +
    (removed.length === 0
      ? ""
      : `; removed, as they name oms-lint's schemas for a fileMatch ${shownConfig}'s "files" no longer give (an earlier init wrote them for globs since changed, or you did; to keep one, add its glob and kind to "files"): ${escapeControls(removed.map(describeRemoved).join(", "))}`) +
    missingSchemaNote(resolve(io.cwd), associations);
  io.writeStdout(
    `wrote ${escapeControls(relative(io.cwd, target))}: ${associations.length} json.schemas associations (${associations.length - (configAssociated ? 1 : 0)} from ${shownConfig}'s "files"${configAssociated ? ", 1 for the config itself" : ""})${notes}\n`,
  );
  return 0;
}
