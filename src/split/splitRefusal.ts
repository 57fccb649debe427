import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { positionIn } from "../source/lineIndex.js";
import type { ParsedJson } from "../source/parseSource.js";
import { firstLostNumber } from "./lostNumber.js";
import type { SplitError } from "./splitError.js";
import { secretFieldAt } from "../domain/secretFields.js";
import { isSecretPath } from "../domain/secretNames.js";
import { pointerWithoutSecretLookalikes, redacted, withoutSecretLookalikes } from "../domain/secretLookalikes.js";

/**
 * Why `oms-lint split` writes no children from a text that parsed, in its words, or undefined
 * when it writes them. The children are written through JSON, so a text whose JSON would not
 * survive that is refused rather than silently changed: a key repeated in an object (which value
 * the OMS reads is unknown), a number past 2^53 - 1, a number a double does not hold as written.
 * The one check: `oms-lint split` refuses the file with it, and the editor's split advice says
 * it before the command (an audit found the advice sending the user to a command that refused).
 * Each refusal names its line and column as lint's findings do: counted in the text a byte
 * order mark opens no column of (parseSource's places are counted so too). An amount that is no
 * number is not refused here: it stops only a split that is needed, which splitOrder alone
 * knows (its SplitError names the amount's pointer); an order that needs none is left alone.
 * No secret is quoted (SPEC §5): a card number written as a 19-digit integer was printed whole
 * here, and by the editor's split advice, where lint's finding redacts it (split audit).
 */
export function splitRefusal(parsed: ParsedJson, text: string): string | undefined {
  const { duplicateKeys, unsafeIntegers } = parsed.facts;
  if (duplicateKeys.length > 0) {
    const { path, span } = duplicateKeys[0]!;
    const { line, column } = span ? parsed.locate.span(span) : parsed.locate.pointer(path);
    return `${line}:${column}: a key is repeated at ${pointerWithoutSecretLookalikes(path)}: which value the OMS reads is unknown, so the file is not split (fix it first)`;
  }
  if (unsafeIntegers.length > 0) {
    const { path, raw } = unsafeIntegers[0]!;
    const { line, column } = parsed.locate.pointer(path);
    const shown = isSecretPath(parsed.value, path) ? redacted : withoutSecretLookalikes(raw);
    return `${line}:${column}: the number ${shown} at ${pointerWithoutSecretLookalikes(path)} ${pastSafeRange(raw)} and would change when the children are written (fix it first)`;
  }
  const body = withoutByteOrderMark(text);
  const lost = firstLostNumber(body);
  if (lost !== undefined) {
    const { line, column } = positionIn(body, lost.offset);
    // A secret field's number, as lint's findings keep it: neither as written nor as it would become.
    const secret = secretFieldAt(body, lost.offset) !== undefined;
    const [written, becomes] = secret ? [redacted, "as another number"] : [withoutSecretLookalikes(lost.written), withoutSecretLookalikes(lost.becomes)];
    return `${line}:${column}: the number ${written} would be written ${becomes} in the children (JSON numbers are read as doubles), so the file is not split (write the value as a double holds it, or as a string)`;
  }
  return undefined;
}

/**
 * Where a number lies outside the doubles' safe integers, in unsafe-integer's words: "the integer"
 * misnamed 12345678901234567.5, which lint calls "the number … is past 2^53 - 1" (split audit).
 */
function pastSafeRange(raw: string): string {
  return raw.startsWith("-") ? "is below -(2^53 - 1) (-9007199254740991)" : "is past 2^53 - 1 (9007199254740991)";
}

/** A SplitError in `oms-lint split`'s words: placed at its value's line and column where it names one (an amount that is no number). */
export function placedSplitError(error: SplitError, locate: ParsedJson["locate"]): string {
  if (error.pointer === undefined) return error.message;
  const { line, column } = locate.pointer(error.pointer);
  return `${line}:${column}: ${error.message}`;
}
