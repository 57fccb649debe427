import { JSONLanguage } from "@eslint/json";
import { nestingTooDeep, parseSource, type FailedParse } from "../source/parseSource.js";
import { eslintLimitHints, eslintMaxDepth, languageLimits, languageMaxFileSize, limitsProblem } from "./languageLimits.js";
import { bytesOverLimit, fileTooLargeMessage } from "./languageFileSize.js";
import { unreadDocument } from "./unreadDocument.js";
import { jsoncDialectOf, mayBePayload } from "./payloadFile.js";
import { isOwnReport } from "../files/ownReport.js";
import { fileEncodingFault } from "./fileEncoding.js";
import { oversizedSearchQuery } from "../lint/oversizedQuery.js";
import { limitsOf } from "../lint/oversizedValue.js";
import { textWording } from "../source/limitMessages.js";
import { isRestClientFile } from "../requests/restClientFile.js";

/**
 * A .http or .rest file given to ESLint (a `files` glob that matches it): it is no JSON, and the
 * reader's first fault in it ("placeholder POST is not a JSON value") told the user to edit a
 * request line (audit of the ESLint plugin). Said once, in words that name who lints it.
 */
const requestFileMessage =
  "this is a request file (.http, .rest), not JSON: the oms-lint command and its language server lint it, not the ESLint plugin; leave it out of the files the oms-lint config matches";

type ParseResult = ReturnType<JSONLanguage["parse"]>;
type ParseFile = Parameters<JSONLanguage["parse"]>[0];
type ParseContext = Parameters<JSONLanguage["parse"]>[1];
type LanguageOptions = Parameters<JSONLanguage["validateLanguageOptions"]>[0];

/** oms-lint's verdict as ESLint's parse failure: ESLint reports it as one fatal "Parsing error" and runs no rule. */
function failure({ fault, range }: FailedParse): ParseResult {
  return { ok: false, errors: [{ message: fault.message, line: range.line, column: range.column }] };
}

/**
 * @eslint/json's JSON language, refusing what `oms-lint` refuses, in its words. A text the
 * CLI gives a `parse` verdict (not JSON, nested deeper than 1,000 levels, more than 100,000
 * members in one object, more than 5,000,000 values) fails to parse here too, so ESLint
 * reports it as a fatal error (exit 1), as it does any file it cannot parse. A config object
 * sets the limits as the CLI's config does, with `languageOptions: { limits: { maxDepth,
 * maxEntries, maxValues, maxFileSize } }` (src/eslint/languageLimits.ts: the depth can only be lowered
 * here); the verdict names them. They are checked before momoa reads the text: momoa
 * recurses once per level, and text nested a few thousand deep overflowed the stack and
 * stopped the whole ESLint run. The documents' own
 * faults (a placeholder such as MFG_ID, a leading zero, a trailing comma) are named and
 * explained, where the JSON parser says only "Unexpected token".
 */
export class OmsJsonLanguage extends JSONLanguage {
  /** tsconfig.json, .vscode/settings.json and the rest their tools read as JSONC (src/eslint/jsoncFiles.ts). */
  readonly #jsonc = new JSONLanguage({ mode: "jsonc" });

  constructor() {
    super({ mode: "json" });
  }

  /** @eslint/json's options, and `limits`: ESLint reports a wrong one as a config error (`Key "languageOptions": limits.maxDepth must be …`). */
  override validateLanguageOptions(languageOptions: LanguageOptions): void {
    super.validateLanguageOptions(languageOptions);
    const problem = limitsProblem(languageOptions);
    if (problem !== undefined) throw new Error(problem);
  }

  override parse(file: ParseFile, context: ParseContext): ParseResult {
    const text = String(file.body);
    // What oms-lint's reader reads: the file's own leading mark, which ESLint took off (file.bom), put back,
    // so that a second one is the CLI's fault at 1:1 (positions count no leading mark), not momoa's
    // "Unexpected character" after oms-lint's reader took the second for the first (audit of the ESLint plugin).
    const read = file.bom ? `\uFEFF${text}` : text;
    if (isRestClientFile(file.path)) return { ok: false, errors: [{ message: requestFileMessage, line: 1, column: 1 }] };
    // parse() is given no working folder (ESLint passes only languageOptions; its cwd reaches the
    // rules alone), so the process's stands in for it: the two differ only for a tool that gives
    // ESLint another cwd (README, ESLint: a limit we document). What the CLI's walk from there
    // skips (a hidden file, a file in a hidden folder such as .next/ or in node_modules, a manifest,
    // a JSONC tool's file) is no payload, and gets no oms-lint limit or verdict: judged by its name
    // alone, p8/.next/server/pages-manifest.json of 100,001 members was a fatal "more than 100000
    // members" where the CLI skips it (editor audit). One of oms-lint's own reports is no payload
    // by its content (src/files/ownReport.ts).
    const maxFileSize = languageMaxFileSize(context?.languageOptions);
    if (!mayBePayload(file.path, process.cwd()) || isOwnReport(text)) {
      // Not read at all past the size limit: no oms-lint rule runs on it, and @eslint/json's tree of
      // a 50.8 MB package-lock.json ran the whole run out of memory (unreadDocument.ts).
      const unread = bytesOverLimit(read, maxFileSize);
      if (unread !== undefined) return { ok: true, ast: unreadDocument(unread) };
      // No oms-lint verdict on a file that is no payload (the CLI never reads it), only the guard
      // against the stack: a lowered maxDepth, meant for payloads, does not refuse a tsconfig.json.
      const tooDeep = nestingTooDeep(text, { maxDepth: eslintMaxDepth, limitHints: eslintLimitHints(eslintMaxDepth) });
      if (tooDeep) return failure(tooDeep);
      // Read as its own tool reads it: package.json is strict JSON to npm, so a comment in it stays a parse error.
      const dialect = jsoncDialectOf(file.path);
      if (dialect === undefined) return this.#strict(file, context, read);
      return this.#jsonc.parse(file, { languageOptions: { ...context?.languageOptions, allowTrailingCommas: dialect.trailingCommas } });
    }
    // Bytes that are not UTF-8 reach ESLint's text as U+FFFD: the CLI refuses them before anything else, in these words.
    const encoding = fileEncodingFault(text, file.physicalPath);
    if (encoding !== undefined) return { ok: false, errors: [{ message: encoding.message, line: encoding.line, column: encoding.column }] };
    const limits = languageLimits(context?.languageOptions);
    const hints = eslintLimitHints(limits.maxDepth);
    const parsed = parseSource(read, { ...limits, limitHints: hints });
    if (!parsed.ok) return failure(parsed);
    // A string payload is a search URL (the one kind a string is): its parameters are held to
    // maxEntries here, as the CLI holds them, for the lint pass's verdict is no parsing error.
    const tooMany = typeof parsed.value === "string" ? oversizedSearchQuery(parsed.value, limitsOf(limits), textWording, hints) : undefined;
    if (tooMany) {
      const { line, column } = parsed.locate.pointer("");
      return { ok: false, errors: [{ message: tooMany.message, line, column }] };
    }
    // Before momoa reads it: its tree of a 47 MB order ran ESLint out of memory and lost every file's result
    // (languageFileSize.ts). After oms-lint's reader, which loops and holds far less, so that a text past
    // maxValues (10 MB at least) still gets that verdict, the CLI's, rather than this one.
    const bytes = bytesOverLimit(read, maxFileSize);
    if (bytes !== undefined) return { ok: false, errors: [{ message: fileTooLargeMessage(bytes, maxFileSize), line: 1, column: 1 }] };
    return super.parse(file, context);
  }

  /** Strict JSON and no oms-lint limit: a text momoa reads is read; one it refuses gets oms-lint's words for the fault ("JSON has no comments"), `text` read as oms-lint's reader reads it (its leading mark kept). */
  #strict(file: ParseFile, context: ParseContext, text: string): ParseResult {
    const result = super.parse(file, context);
    if (result.ok) return result;
    const parsed = parseSource(text, { limitHints: eslintLimitHints(eslintMaxDepth) });
    return parsed.ok ? result : failure(parsed);
  }
}
