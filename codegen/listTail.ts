import { echoKeywords } from "../src/lint/echoKeywords.js";

/**
 * What a payload validator does with a list past its error limit (codegen/validators.ts): when
 * none of the problems it listed is an error, a refusal further down must still be found. A
 * pre-submit check passed a Create Order of 1,005 lines, each without a partNumber (a warning),
 * whose line 1,003 was the string "x": the check had stopped at line 1,000 (found by the library
 * audit). So the rest of the list is still checked, and each element's problems are kept only
 * where they are errors; the others are counted on the note (`params.unlisted`), never held.
 * Errors past the limit are listed up to the limit again, then a second note says the check
 * stopped there. When the problems listed before the limit hold an error, the payload is refused
 * already, and the check stops there as before.
 *
 * An error is one at the level its finding will have under the configuration, as the
 * validators' `severityOf` says (src/lint/errorSeverity.ts: the rule's configured level, off
 * among them, and what the give-way step leaves of it: src/lint/countedGiveWay.ts). It was the evidence: with `schema` turned down to "warn" and `schema/quantity`
 * raised to "error", 1,005 lines that the documents refuse (warnings then) stopped the check at
 * line 1,000, and the quantity error of line 1,003 was never seen (valid, exit 0: found by a
 * review of the list budget). validate() hands `severityOf` under every configuration, the
 * default levels too: the evidence alone, with no call per error, was kept for those, but it is
 * not their levels. A maximum length that a string meets by its code points and misses by its
 * UTF-16 units is schema/length-units' warning (schemaDiagnostics.ts), and the evidence counted
 * it as the stated limit's error: 1,000 payments of 200 emoji in a billing address line stopped
 * the check, and a refusal past them went unseen, though found once any structural rule's level
 * was set (found by the review of this morning's list budget change). Telling the two needs the
 * payload, which the classifier has. It costs a valid payload nothing (no error to ask of):
 * validate() on the documents' example, interleaved, best of 300 rounds, 5.50–5.67 µs before and
 * 5.46–5.64 after. Lists of 100,000 lines past the limit, one call per error (CPU seconds, best of
 * 3–5 runs each, on a loaded two-core machine): each line a payment type or a quantity the
 * documents do not list, 0.52–0.78 before and 0.56–0.78 after; each without a partNumber,
 * 1.17–1.19 and 1.21–1.33; each line "x", which stops the check, 0.07–0.09 both. 200 emoji in
 * each billing address line: 0.66–0.73 and 1.99–2.03, for the rest of the list is now checked
 * (codePointCount's string iteration part of it: it counts by char codes since). A call with none (the search's own, in
 * src/lint/searchSubject.ts) has no configuration: every problem is an error, as the
 * validator's own verdict counts them.
 *
 * Only problems a finding will show count, before the limit or past it: the errors of a rule the
 * configuration turns off are dropped at each element. An order of 1,001 lines, each without a
 * partNumber, with schema/line-item-crucial off showed no finding of the rule but the note that
 * the lines before the last "have at least 1000 problems" (found by the schema check's budget
 * audit). So are echoes (an `if` beside the errors of its `then`): 500 no-operation payments,
 * each with one warning, "had at least 1000 problems".
 */
export interface ListTail {
  /** The code the module needs once: the functions the loops call. */
  readonly helpers: string;
  /** The code with each append of a subschema function's errors made in place (appendErrors). */
  appendInPlace(code: string): string;
  /** The head of one array loop, given the names the loop's code uses and the notes' literals. */
  head(names: { readonly index: string; readonly length: string; readonly start: string }, limit: number, note: string, stop: string): string;
  /** The code with every validator taking `severityOf` after its instance path, and handing it to each it calls. */
  passSeverityOf(code: string): string;
}

/** A validator's head once positionalPaths has made its instance path a positional parameter. */
const validatorHead = /(function validate\d+\(data, instancePath="")\)/g;
/** A call of a validator, given the data and the instance path (codegen/validators.ts, positionalPaths). */
const validatorCall = /(?<!function )(validate\d+\((?:data|data\d+)(?:\.\w+|\[\w+\])?, instancePath[^()]*?)\)/g;

const concatAppend = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;

/** The tail check for the payload validators, whose errors carry `constraint` (codegen/errorSites.ts). */
export function listTail(): ListTail {
  const helpers =
    // A note of an inner list, or an echo of the errors beneath it, is no problem of its own: neither kept nor counted.
    `const noProblemKeywords = new Set(${JSON.stringify(["errorLimit", ...echoKeywords])});\n` +
    // Without severityOf there is no configuration: every problem is an error, as the validator's verdict counts it.
    `function severityOfProblem(error, severityOf) { return severityOf === undefined ? "error" : severityOf(error); }\n` +
    `function isError(error, severityOf) { return !noProblemKeywords.has(error.keyword) && severityOfProblem(error, severityOf) === "error"; }\n` +
    `function holdsError(errors, from, to, severityOf) { for (let i = from; i < to; i++) if (isError(errors[i], severityOf)) return true; return false; }\n` +
    // What no finding shows, an echo or an error of a rule the configuration turns off: neither kept nor counted (an inner list's note stays).
    `const echoKeywords = new Set(${JSON.stringify([...echoKeywords])});\n` +
    `function dropUnseen(errors, from, severityOf) { let kept = from; for (let i = from; i < errors.length; i++) { const error = errors[i]; if (!echoKeywords.has(error.keyword) && (severityOf === undefined || error.keyword === "errorLimit" || severityOf(error) !== undefined)) errors[kept++] = error; } errors.length = kept; return kept; }\n` +
    `function appendErrors(errors, more) { if (errors === null) return more; for (let i = 0; i < more.length; i++) errors.push(more[i]); return errors; }\n` +
    // Past the note, the errors are kept and the other problems a finding shows counted on it: one call of severityOf each.
    `function keepErrors(errors, tail, severityOf) { let kept = tail.checked; for (let i = tail.checked; i < errors.length; i++) { const error = errors[i]; if (noProblemKeywords.has(error.keyword)) continue; const severity = severityOfProblem(error, severityOf); if (severity === "error") errors[kept++] = error; else if (severity !== undefined) tail.note.params.unlisted++; } errors.length = kept; tail.checked = kept; return kept; }\n`;
  return {
    helpers,
    appendInPlace(code) {
      // Ajv appends a subschema function's errors with concat, a copy of every error gathered so
      // far: past the limit, at each failing element of a list of 100,000 (only the sifted
      // errors stay, but those are a thousand or more). The array a caller appends to is its
      // own, or one a finished call left (Ajv's own anyOf cuts it in place too).
      const out = code.replace(concatAppend, (_site, callee: string) => `vErrors = appendErrors(vErrors, ${callee}.errors);`);
      if (out.includes(".concat(")) throw new Error("codegen: an append of errors in the validators is not one appendInPlace knows");
      return out;
    },
    passSeverityOf(code) {
      const heads = code.match(validatorHead)?.length ?? 0;
      const calls = code.match(validatorCall)?.length ?? 0;
      // Every call must hand it on, or a list below it would count what the configuration hides, and stop or go on by the evidence.
      if (heads === 0 || heads + calls !== (code.match(/\bvalidate\d+\(/g)?.length ?? 0)) throw new Error("codegen: a validator's head or call is not one passSeverityOf knows");
      return code.replace(validatorCall, "$1, severityOf)").replace(validatorHead, "$1, severityOf=undefined)");
    },
    head({ index, length, start }, limit, note, stop) {
      const tail = `tail_${index}`;
      const sifted = `sifted_${index}`;
      // The loop runs once more, at index === length, to sift the last element's errors.
      return (
        `const ${start} = errors;let ${tail} = null;let ${sifted} = errors;for(let ${index}=0; ${index}<=${length}; ${index}++){` +
        `if(errors > ${sifted}){errors = ${tail} === null ? dropUnseen(vErrors, ${sifted}, severityOf) : keepErrors(vErrors, ${tail}, severityOf);}` +
        `if(${index} === ${length})break;` +
        `if(${tail} === null){if(errors - ${start} >= ${limit}){${tail} = {note: ${note}, from: 0, checked: 0};vErrors.push(${tail}.note);errors++;` +
        `if(holdsError(vErrors, ${start}, errors - 1, severityOf))break;${tail}.note.params.unlisted = 0;${tail}.from = ${tail}.checked = errors;}}` +
        `else if(errors - ${tail}.from >= ${limit}){vErrors.push(${stop});errors++;break;}` +
        `${sifted} = errors;`
      );
    },
  };
}
