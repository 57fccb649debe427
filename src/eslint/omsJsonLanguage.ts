import { JSONLanguage } from "@eslint/json";
import { parseSource } from "../source/parseSource.js";

type ParseResult = ReturnType<JSONLanguage["parse"]>;

/**
 * @eslint/json's JSON language, with oms-lint's words for a text that is not JSON: the
 * documents' own faults (a placeholder such as MFG_ID, a leading zero, a trailing comma)
 * are named and explained, where the JSON parser says only "Unexpected token".
 */
export class OmsJsonLanguage extends JSONLanguage {
  constructor() {
    super({ mode: "json" });
  }

  override parse(file: Parameters<JSONLanguage["parse"]>[0], context: Parameters<JSONLanguage["parse"]>[1]): ParseResult {
    const result = super.parse(file, context);
    if (result.ok) return result;
    const parsed = parseSource(String(file.body));
    // Both parsers refuse it: oms-lint's fault, at oms-lint's place.
    if (parsed.ok) return result;
    return { ok: false, errors: [{ message: parsed.fault.message, line: parsed.range.line, column: parsed.range.column }] };
  }
}
