import { JSONLanguage } from "@eslint/json";
import { nestingTooDeep, parseSource, type FailedParse } from "../source/parseSource.js";
import { mayBePayload } from "./payloadFile.js";

type ParseResult = ReturnType<JSONLanguage["parse"]>;
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
  /** package.json, tsconfig.json and the rest are read as their tools read them (tsconfig takes comments). */
  readonly #notPayload = new JSONLanguage({ mode: "jsonc" });

  constructor() {
    super({ mode: "json" });
  }

  override parse(file: Parameters<JSONLanguage["parse"]>[0], context: ParseContext): ParseResult {
    const text = String(file.body);
    if (!mayBePayload(file.path)) {
      // No oms-lint verdict on a file that is no payload (the CLI never reads it), only the guard against the stack.
      const tooDeep = nestingTooDeep(text);
      if (tooDeep) return failure(tooDeep);
      return this.#notPayload.parse(file, { languageOptions: { ...context?.languageOptions, allowTrailingCommas: true } });
    }
    const parsed = parseSource(text);
    if (!parsed.ok) return failure(parsed);
    return super.parse(file, context);
  }
}
