import type { ConstraintRule } from "./schemaRules.js";
import { echoKeywords } from "../src/lint/echoKeywords.js";

/**
 * What a payload validator does with a list past its error limit (codegen/validators.ts): when
 * none of the problems it listed is one the documents state (all our reading or advice, each a
 * warning by default), a refusal further down must still be found. A pre-submit check passed a
 * Create Order of 1,005 lines, each without a partNumber (a warning), whose line 1,003 was the
 * string "x": the check had stopped at line 1,000 (found by the library audit). So the rest of
 * the list is still checked, and each element's problems are kept only where the documents
 * state them; the others are counted on the note (`params.unlisted`, by constraint), never held. Stated
 * problems past the limit are listed up to the limit again, then a second note says the check
 * stopped there. When the problems listed before the limit hold a stated one, the payload is
 * refused already, and the check stops there as before.
 *
 * Only problems a finding will show count, before the limit or past it: the errors of a rule the
 * configuration turns off are dropped at each element (the validators' `unseen`, given by
 * src/lint/unseenErrors.ts). An order of 1,001 lines, each without a partNumber, with
 * schema/line-item-crucial off showed no finding of the rule but the note that the lines before
 * the last "have at least 1000 problems" (found by the schema check's budget audit). So are
 * echoes (an `if` beside the errors of its `then`): 500 no-operation payments, each with one
 * warning, "had at least 1000 problems".
 */
export interface ListTail {
  /** The code the module needs once: the constraints whose evidence is not stated, and the functions the loops call. */
  readonly helpers: string;
  /** The code with each append of a subschema function's errors made in place (appendErrors). */
  appendInPlace(code: string): string;
  /** The head of one array loop, given the names the loop's code uses and the notes' literals. */
  head(names: { readonly index: string; readonly length: string; readonly start: string }, limit: number, note: string, stop: string): string;
  /** The code with every validator taking `unseen` after its instance path, and handing it to each it calls. */
  passUnseen(code: string): string;
}

/** A validator's head once positionalPaths has made its instance path a positional parameter. */
const validatorHead = /(function validate\d+\(data, instancePath="")\)/g;
/** A call of a validator, given the data and the instance path (codegen/validators.ts, positionalPaths). */
const validatorCall = /(?<!function )(validate\d+\((?:data|data\d+)(?:\.\w+|\[\w+\])?, instancePath[^()]*?)\)/g;

const concatAppend = /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;

/** The tail check for validators whose errors carry `constraint` (codegen/errorSites.ts), given the constraints' rules. */
export function listTail(constraints: Readonly<Record<string, ConstraintRule>>): ListTail {
  const unstated = Object.entries(constraints)
    .filter(([, { evidence }]) => evidence !== "stated")
    .map(([place]) => place);
  const helpers =
    `const unstatedConstraints = new Set(JSON.parse(${JSON.stringify(JSON.stringify(unstated))}));\n` +
    // A note of an inner list, or an echo of the errors beneath it, is no problem of its own: neither kept nor counted.
    `const noProblemKeywords = new Set(${JSON.stringify(["errorLimit", ...echoKeywords])});\n` +
    `function isStatedError(error) { return !noProblemKeywords.has(error.keyword) && !unstatedConstraints.has(error.constraint); }\n` +
    `function holdsStatedError(errors, from, to) { for (let i = from; i < to; i++) if (isStatedError(errors[i])) return true; return false; }\n` +
    // What no finding shows, an echo or an error of a rule the configuration turns off: neither kept nor counted.
    `const echoKeywords = new Set(${JSON.stringify([...echoKeywords])});\n` +
    `function dropUnseen(errors, from, unseen) { let kept = from; for (let i = from; i < errors.length; i++) { const error = errors[i]; if (!echoKeywords.has(error.keyword) && (unseen === undefined || !unseen(error))) errors[kept++] = error; } errors.length = kept; return kept; }\n` +
    `function appendErrors(errors, more) { if (errors === null) return more; for (let i = 0; i < more.length; i++) errors.push(more[i]); return errors; }\n` +
    // The problems left unlisted, counted by constraint: its rule's configured level says whether one is an error after all.
    `function keepStatedErrors(errors, tail) { const unlisted = tail.note.params.unlisted; let kept = tail.checked; for (let i = tail.checked; i < errors.length; i++) { const error = errors[i]; if (isStatedError(error)) errors[kept++] = error; else if (!noProblemKeywords.has(error.keyword)) unlisted.set(error.constraint, (unlisted.get(error.constraint) ?? 0) + 1); } errors.length = kept; tail.checked = kept; return kept; }\n`;
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
    passUnseen(code) {
      const heads = code.match(validatorHead)?.length ?? 0;
      const calls = code.match(validatorCall)?.length ?? 0;
      // Every call must hand it on, or a list below it would count what the configuration hides.
      if (heads === 0 || heads + calls !== (code.match(/\bvalidate\d+\(/g)?.length ?? 0)) throw new Error("codegen: a validator's head or call is not one passUnseen knows");
      return code.replace(validatorCall, "$1, unseen)").replace(validatorHead, "$1, unseen=undefined)");
    },
    head({ index, length, start }, limit, note, stop) {
      const tail = `tail_${index}`;
      const sifted = `sifted_${index}`;
      // The loop runs once more, at index === length, to sift the last element's errors.
      return (
        `const ${start} = errors;let ${tail} = null;let ${sifted} = errors;for(let ${index}=0; ${index}<=${length}; ${index}++){` +
        `if(errors > ${sifted}){errors = dropUnseen(vErrors, ${sifted}, unseen);}` +
        `if(${tail} !== null){errors = keepStatedErrors(vErrors, ${tail});}` +
        `if(${index} === ${length})break;` +
        `if(${tail} === null){if(errors - ${start} >= ${limit}){${tail} = {note: ${note}, from: 0, checked: 0};vErrors.push(${tail}.note);errors++;` +
        `if(holdsStatedError(vErrors, ${start}, errors - 1))break;${tail}.note.params.unlisted = new Map();${tail}.from = ${tail}.checked = errors;}}` +
        `else if(errors - ${tail}.from >= ${limit}){vErrors.push(${stop});errors++;break;}` +
        `${sifted} = errors;`
      );
    },
  };
}
