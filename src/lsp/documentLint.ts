import { ownFields } from "../engine/ownField.js";
import { basename } from "node:path";
import { configIgnores } from "../config/configIgnores.js";
import { isSkippedFrom } from "../files/notPayload.js";
import { lintedFileType, type LintedFileType } from "../files/lintedName.js";
import { gitignoreFilter } from "../files/gitignoreChain.js";
import { isOwnReport } from "../files/ownReport.js";
import { parse as tolerantParse } from "jsonc-parser";
import type { Config } from "../config/config.js";
import { kindForFile } from "../config/kindForFile.js";
import { forgetRealPaths } from "../config/configPath.js";
import { editorChecksAs } from "./editorChecked.js";
import { hasSchemaKey } from "./documentSchemaKey.js";
import { fileSizeLimit, fileSizeWording, payloadOptions, requestFileType, requestOptions, type LintRun } from "../lint/lintRun.js";
import type { EncodingFault } from "../source/encodingFault.js";
import { encodingFaultResult } from "../lint/encodingFaultResult.js";
import { toolLinter } from "../builtIn/linter.js";
import { detectParsedKind } from "../kinds/kindDetection.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import type { Kind } from "../kinds/kinds.js";
import { fileFault, lintResult, type LintResult } from "../lint/lintResult.js";
import { hiddenRules } from "../suppressions/suppressionCounts.js";
import { defaultMaxDepth } from "../source/parseSource.js";
import { findTooDeep } from "../source/nestingDepth.js";
import { editorAudience } from "../lint/audience.js";
import { limitsOf } from "../lint/oversizedValue.js";
import { parseWithinLimits } from "../source/boundedParse.js";
import { findOversized, type StructureLimits } from "../source/entryCount.js";
import { editorView, leftToEditor, type EditorView } from "./editorStructure.js";

/** What the editor's user chose: `editor` leaves structure (the schema) to the editor's own JSON validation. */
export interface ServerSettings {
  readonly structure: "publish" | "editor";
}

export const defaultServerSettings: ServerSettings = { structure: "publish" };

/** A document that oms-lint checks, and what checking it found. */
export interface DocumentLint {
  readonly format: "payload" | "http" | "postman";
  /** The payload's kind (payload files only): the quick fixes need it. */
  readonly kind?: Kind;
  /** Whether that kind was told from the document's content, not given by the config: fix-all then holds a Create Order's fixes, as --fix does. */
  readonly kindToldFromContent?: boolean;
  readonly result: LintResult;
  /** The rules whose errors the suppressions record hides in this file (payload files only): fix-all leaves their fixes unmade. */
  readonly hiddenRules?: ReadonlySet<string>;
}

/**
 * An open document: a file, by its path (and, where its bytes on disk are not UTF-8, the CLI's
 * fault with them: diskEncoding.ts; asked only once the file is one the lint takes, so an
 * ignored file's bytes are never read), or one with no file of its own (an `untitled:` or a
 * virtual file system's document), by the name its URI gives and the language the editor says.
 * A file's `settingsFolder` is the workspace folder whose .vscode/settings.json VS Code applies to
 * it (null: none; absent: the run folder), where structure "editor" looks for json.schemas.
 */
export type EditorDocument = { readonly filePath: string; readonly encodingFault?: () => EncodingFault | undefined; readonly settingsFolder?: string | null } | { readonly name: string; readonly languageId: string };

/**
 * What oms-lint reads an open document as: JSON (payloads, Postman collections) or a REST
 * Client file. A file, by its name as the folder walk takes it (lintedName.ts), whatever
 * language the editor gives it: `order.JSON`, `order.json5` opened as JSON or `x.txt` opened
 * as http are files that `oms-lint .` skips, so the editor shows nothing on them either. A
 * document with no file has no name a walk could find: the language the editor gives it
 * says, else its name.
 */
function readable(document: EditorDocument): LintedFileType | undefined {
  if ("filePath" in document) return lintedFileType(basename(document.filePath));
  return languageFileType(document.languageId) ?? lintedFileType(basename(document.name));
}

function languageFileType(languageId: string): LintedFileType | undefined {
  return languageId === "json" || languageId === "http" ? languageId : undefined;
}

/** A JSON document that is a payload, of this kind (a mapped one may be absent: the CLI then reports the unknown kind). */
interface Payload {
  readonly kind?: Kind;
  /** Whether the config's `files` gave the kind: the files `init --vscode` gives the editor a schema for. */
  readonly mapped?: true;
  /** Whether the kind was told from the content (no `files` glob gave it). */
  readonly toldFromContent?: true;
}

/**
 * Whether a JSON document is a payload, and of which kind: the config's `files` first, then
 * the content, read within the run's limits (the CLI's: the config's `limits`). A document past
 * the entries or the values limit is never built (16M `{}` in 48 MB took 13.5 s and 1.5 GB to
 * parse): the CLI refuses such a file by the count whatever it holds, its kind unknown, and so
 * does the editor, with the same one `parse` fault. A document nested too deep is told by the
 * text before the bracket one level too deep (its top level is what detectParsedKind reads): a
 * payload then gets the CLI's one `parse` fault, any other deep JSON nothing, as any other JSON
 * file. A text within every limit that does not parse (single quotes, an unquoted key, a
 * trailing comma, a line break in a string) gets the CLI's `parse` fault whatever it holds: a
 * folder walk reports it on any .json file, and jsonc-parser's recovery stops at the broken
 * token, so the kind it tells is often none (the editor audit: `"value": 'Happy birthday'`
 * showed nothing where the CLI and ESLint gave the fault). Such a text is read leniently
 * (jsonc-parser recovers what it can) for its kind, which the quick fixes take; jsonc-parser
 * recurses once per level (about 8,000 overflowed the stack), so it is handed at most the
 * default depth: the text up to the bracket that opens the level past it.
 */
function payloadOf(config: Config, filePath: string, text: string, limits: StructureLimits, runFolder: string | undefined, editor: EditorStructure | undefined): Payload | undefined {
  const mapped = kindForFile(config, filePath);
  // Mapped as the editor's schemas are: where init --vscode's associations, written in the workspace folder, check it against this kind (it leaves the globs fileMatch cannot say out, and some of their files unchecked).
  // Asked only under structure "editor": "publish" reads no settings.json (it was read and parsed at every lint).
  if (mapped !== undefined) return editor !== undefined && editorChecks(config, filePath, mapped, runFolder, editor.settingsFolder, text) ? { kind: mapped, mapped: true } : { kind: mapped };
  const parsed = parseWithinLimits(text, limits);
  if (parsed !== undefined) return payloadOfKind(detectParsedKind(parsed.value));
  const body = withoutByteOrderMark(text);
  const oversized = findOversized(body, limits);
  if (oversized !== undefined && oversized.limit !== "depth") return {};
  // Not JSON, or nested too deep: only the text before that bracket, which is within every limit.
  const readable = oversized === undefined ? body : body.slice(0, oversized.offset);
  const tooDeep = findTooDeep(readable, defaultMaxDepth);
  const kind = detectParsedKind(tolerantParse(tooDeep < 0 ? readable : readable.slice(0, tooDeep), [], { allowTrailingComma: true }));
  // Within every limit: the text's own syntax fault, which the CLI gives on any JSON file (its kind unknown: lintText tells none).
  if (oversized === undefined) return kind === undefined ? {} : { kind, toldFromContent: true };
  return payloadOfKind(kind);
}

/** Structure "editor" asked for a file: the folder whose settings VS Code applies to it (none: no folder's). */
interface EditorStructure {
  readonly settingsFolder: string | undefined;
}

/** Whether VS Code surely checks the file against oms-lint's editor schema of its kind: its settings say so (editorChecksAs), and the document names no $schema of its own, which VS Code would take instead. */
function editorChecks(config: Config, filePath: string, kind: Kind, runFolder: string | undefined, settingsFolder: string | undefined, text: string): boolean {
  return editorChecksAs(config, filePath, kind, runFolder, settingsFolder) && !hasSchemaKey(text);
}

function payloadOfKind(kind: Kind | undefined): Payload | undefined {
  return kind === undefined ? undefined : { kind, toldFromContent: true };
}

/**
 * Lints an open document as the CLI lints the file: the same config, kinds and rules. A file
 * whose name a folder walk does not take (`order.JSON`, `x.txt`: readable), a JSON document
 * that parses and is not a payload (package.json, the config itself, one of oms-lint's own reports), one
 * that a folder walk from `runFolder` (the workspace folder) skips (by its name or a
 * .gitignore), or that the config's `ignores` skip, gets nothing: undefined, so the editor
 * shows no oms-lint diagnostic, quick fix or hover on it. `suppress`: the errors the CLI's
 * suppressions record leaves out of its report, left out of the result as the rules found it
 * (before `structure: "editor"` drops any: the record counts them all).
 */
export function lintDocument(document: EditorDocument, text: string, config: Config, settings: ServerSettings, runFolder?: string, suppress: (result: LintResult) => LintResult = (result) => result): DocumentLint | undefined {
  const type = readable(document);
  if (type === undefined) return undefined;
  // Links are read again at each lint: the server keeps the config until a config file changes, and a link may be retargeted meanwhile.
  forgetRealPaths(config);
  const filePath = "filePath" in document ? document.filePath : document.name;
  // What `oms-lint .` run from the workspace folder skips (manifests, lockfiles, tool configs,
  // hidden folders such as .vscode, node_modules), even where a `files` glob would map it.
  if (isSkippedFrom(runFolder, filePath)) return undefined;
  // One of oms-lint's own reports (or its cache), which the walk leaves out by its content, even under a `files` glob (but for `[]`, a payload of the glob's kind: ownReport.ts).
  if (isOwnReport(text, kindForFile(config, filePath))) return undefined;
  // A file the config's ignores skip is not linted in the editor either (as ESLint's extension does).
  if (configIgnores(config)?.(filePath, false)) return undefined;
  // Nor one a .gitignore leaves out of the walk, read as the walk reads them (on each lint: an edit of a .gitignore counts at the next).
  if (runFolder !== undefined && gitignoreFilter(runFolder, runFolder)(filePath)) return undefined;
  // Bytes on disk the CLI refuses as not UTF-8: its one fault, not the text the editor decoded from them.
  const fault = "filePath" in document ? document.encodingFault?.() : undefined;
  if (fault !== undefined) return refusedUnread(type, encodingFaultResult(filePath, kindForFile(config, filePath) ?? null, fault));
  // A request's body file is named as `oms-lint` run in the workspace folder takes it; of a document not on disk (the server's filePathOf found none, as for the split advice), given no command.
  const onDisk = "filePath" in document;
  const run: LintRun = ownFields({ config, rules: config.rules, ...config.limits, audience: editorAudience, ...(runFolder === undefined ? {} : { workingFolder: runFolder }), ...(onDisk ? {} : { notOnDisk: true }) });
  // The CLI refuses a file past the size limit (its config's limits.maxFileSize) unparsed, whatever it holds: so does the editor.
  const size = Buffer.byteLength(text, "utf8");
  const limit = fileSizeLimit(run);
  if (size > limit) return refusedUnread(type, lintResult(filePath, kindForFile(config, filePath) ?? null, [fileFault("parse", fileSizeWording(run)(size, limit))]));
  const request = type === "http" ? "http" : requestFileType(filePath, text, run);
  if (request !== undefined) {
    const options = requestOptions(filePath, run);
    const result = request === "http" ? toolLinter.lintHttpFile(text, filePath, options) : toolLinter.lintPostmanCollection(text, filePath, options);
    // No json.schemas entry checks a request file's bodies, URLs or a Postman raw body: their structure is published, whatever the setting.
    return { format: request, result: suppress(result) };
  }
  const editor = settings.structure === "editor" && "filePath" in document ? { settingsFolder: document.settingsFolder === undefined ? runFolder : (document.settingsFolder ?? undefined) } : undefined;
  const payload = payloadOf(config, filePath, text, limitsOf(run), runFolder, editor);
  if (payload === undefined) return undefined;
  const { kind } = payload;
  // Told from its content, a Create Order's fixes are held, as the CLI holds them (heldOrderFixes.ts): the editor made them, and its fix-all rewrote a Historic Order Import without its orderStatus.
  const kindToldFromContent = payload.toldFromContent === true;
  const found = toolLinter.lintText(text, payloadOptions(filePath, ownFields({ ...run, kind, kindToldFromContent })));
  const result = suppress(found);
  return { format: "payload", kind, kindToldFromContent, result: payload.mapped ? withStructure(result, settings, editorView(kind, text)) : result, hiddenRules: hiddenRules(found, result) };
}

/** A file the CLI refuses unread (past the size limit, not UTF-8): its one fault, whatever the text holds. */
function refusedUnread(type: LintedFileType, result: LintResult): DocumentLint {
  return { format: type === "http" ? "http" : "payload", result };
}

/**
 * Structure left to the editor: the findings its own schema reports are dropped (see
 * editorStructure.ts); those it cannot (a search string's parameters, a length by UTF-16
 * units) or checks otherwise (a format, a number typed by its writing) stay, as do parse
 * faults and rules (found by the review of the last stop: some were shown nowhere). Only on a payload
 * whose kind the config's `files` give: those are what `init --vscode` associates a schema
 * with. A payload told by its content, a .http file or a Postman collection has no
 * json.schemas entry, and dropping its structure showed a documented refusal nowhere (audit
 * of the editor surface).
 */
function withStructure(result: LintResult, settings: ServerSettings, view: EditorView): LintResult {
  if (settings.structure === "publish") return result;
  return lintResult(result.filePath, result.kind, result.messages.filter((m) => !leftToEditor(m, view)));
}
