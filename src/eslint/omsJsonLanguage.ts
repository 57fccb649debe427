import { JSONLanguage } from "@eslint/json";
import { nestingTooDeep, parseSource, type FailedParse } from "../source/parseSource.js";
import { jsoncDialectOf, mayBePayload } from "./payloadFile.js";

type ParseResult = ReturnType<JSONLanguage["parse"]>;
type ParseFile = Parameters<JSONLanguage["parse"]>[0];
type ParseContext = Parameters<JSONLanguage["parse"]>[1];

/** oms-lint's verdict as ESLint's parse failure: ESLint reports it as one fatal "Parsing error" and runs no rule. */
function failure({ fault, range }: FailedParse): ParseResult {
  return { ok: false, errors: [{ message: fault.message, line: range.line, column: range.column }] };
}

/**
 * @eslint/json's JSON language, refusing what `oms-lint` refuses, in its words. A text the
 * CLI gives a `parse` verdict (not JSON, nested deeper than 1,000 levels, more than 100,000
 * members in one object, more than 5,000,000 values) fails to parse here too, so ESLint
 * reports it as a fatal error (exit 1), as it does any file it cannot parse. The limits are
 * checked before momoa reads the text: momoa recurses once per level, and text nested a few
 * thousand deep overflowed the stack and stopped the whole ESLint run. The documents' own
 * faults (a placeholder such as MFG_ID, a leading zero, a trailing comma) are named and
 * explained, where the JSON parser says only "Unexpected token".
 */
export class OmsJsonLanguage extends JSONLanguage {
  /** tsconfig.json, .vscode/settings.json and the rest their tools read as JSONC (src/eslint/jsoncFiles.ts). */
  readonly #jsonc = new JSONLanguage({ mode: "jsonc" });

  constructor() {
    super({ mode: "json" });
  }

  override parse(file: ParseFile, context: ParseContext): ParseResult {
    const text = String(file.body);
    // parse() is given no working folder, so only the file's own name (and a JSONC tool's folder,
    // .vscode/) says here that it is no payload: a file in a hidden folder or node_modules below
    // the folder is parsed as a payload would be, and no rule runs on it (the rules know the folder).
    if (!mayBePayload(file.path)) {
      // No oms-lint verdict on a file that is no payload (the CLI never reads it), only the guard against the stack.
      const tooDeep = nestingTooDeep(text);
      if (tooDeep) return failure(tooDeep);
      // Read as its own tool reads it: package.json is strict JSON to npm, so a comment in it stays a parse error.
      const dialect = jsoncDialectOf(file.path);
      if (dialect === undefined) return this.#strict(file, context, text);
      return this.#jsonc.parse(file, { languageOptions: { ...context?.languageOptions, allowTrailingCommas: dialect.trailingCommas } });
    }
    const parsed = parseSource(text);
    if (!parsed.ok) return failure(parsed);
    return super.parse(file, context);
  }

  /** Strict JSON and no oms-lint limit: a text momoa reads is read; one it refuses gets oms-lint's words for the fault ("JSON has no comments"). */
  #strict(file: ParseFile, context: ParseContext, text: string): ParseResult {
    const result = super.parse(file, context);
    if (result.ok) return result;
    const parsed = parseSource(text);
    return parsed.ok ? result : failure(parsed);
  }
}
