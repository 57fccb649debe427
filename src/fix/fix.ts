import { detectParsedKind } from "../kinds/kindDetection.js";
import type { Kind } from "../kinds/kinds.js";
import type { LintMessage } from "../lint/lintResult.js";
import { lintTextWith, type LintTextOptions, type LintTextWithOptions } from "../lint/lintText.js";
import { parseSource } from "../source/parseSource.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { parsesAsJson } from "../source/parsesAsJson.js";
import type { RuleSet } from "../engine/ruleSet.js";
import type { JsonEdit } from "../engine/jsonEdit.js";
import { heldByItsText, validateWith } from "../lint/validate.js";
import { applyPlanned, planEdits } from "./textEdits.js";
import { checkFixArguments } from "./fixArguments.js";
import { ownField } from "../engine/ownField.js";
import { ownOptions, ownRest } from "../lint/ownOptions.js";
import { holdsOrderFixes, withOrderFixesHeld } from "../lint/heldOrderFixes.js";
import { libraryAudience } from "../lint/audience.js";

/** A leading UTF-8 byte order mark: not part of JSON (RFC 8259 §8.1); stripping it changes no value. */
export const bomRuleId = "bom";

export type FixOptions = Omit<LintTextOptions, "kind">;

/** One fix made: the rule whose diagnostic it mends ("bom" for a byte order mark), and where. */
export interface AppliedFix {
  readonly ruleId: string;
  /** JSON Pointer of the fixed value, as the rule's diagnostic gave it. */
  readonly path: string;
}

export interface FixResult {
  /** The fixed text: byte for byte the input outside the fixed places. */
  readonly output: string;
  readonly fixed: readonly AppliedFix[];
  /** What linting the output finds (the lintText messages of the fixed text). */
  readonly remaining: readonly LintMessage[];
  /** The kind the text was fixed and linted as; null when it could not be told. */
  readonly kind: Kind | null;
}

/**
 * Whose fixes are made: every fixable finding's, or only those of findings that are errors
 * (`--fix --quiet`, as ESLint's --quiet fixes through its quietFixPredicate): a warning that
 * --quiet does not show is not written either, and neither is a byte order mark, which no
 * finding reports. A finding's severity is the one its file's configuration gives it.
 */
export type FixedFindings = "every" | "errors";

/** As ESLint: fixes that enable each other settle within a few passes; more would be a bug. */
const maxPasses = 10;

/**
 * Applies only the fixes that cannot change the order's meaning: the edits that the
 * reports of fixable rules carry (when the configuration leaves them on; never a finding's
 * `suggestion`, an edit that is only our reading), and a leading
 * byte order mark of a payload (text that parses, of a kind told or given). The edits are made in the text, so formatting and key order stay as they were.
 * A value whose key is repeated in its object is not fixed: which one the OMS reads is
 * unknown, and the planner gives such an edit no place (editPlaces). Without a kind, the kind is told from the content, as in lintText; a Create Order so told
 * may be a Historic Order Import that lacks its own fields, so its edits are left as its findings'
 * suggestions, their messages saying why (heldOrderFixes.ts). `fixing` "errors"
 * makes only the fixes of findings that are errors (FixedFindings).
 */
export function fixWith(set: RuleSet, text: string, kind?: Kind, options: Omit<LintTextWithOptions, "kind"> = {}, fixing: FixedFindings = "every"): FixResult {
  const owned = ownOptions(options);
  const { filePath: _filePath, maxDepth, maxEntries, maxValues, audience: _audience, ...rest } = owned;
  // A rest object inherits Object.prototype: copied again, an `existing` the caller did not give is none (a polluted one made fix() read a record as a PUT's body).
  const validateOptions = ownRest(owned, rest);
  const fixed: AppliedFix[] = [];
  let output = text;
  let payloadKind = kind;
  for (let pass = 0; pass < maxPasses; pass++) {
    const parsed = parseSource(output, { maxDepth, maxEntries, maxValues });
    if (!parsed.ok) break;
    // Told once, from the text as given: a fix must not change what the file is linted as.
    payloadKind ??= detectParsedKind(parsed.value, validateOptions.existing !== undefined);
    if (payloadKind === undefined) break;
    // Only now that the text is a payload: one that is no JSON, or of a kind that cannot be told,
    // is reported as such ("a clear diagnostic, never a guess in silence") and left byte for byte;
    // stripped there, `--fix .` rewrote an appsettings.json it called no payload (audit of what oms-lint writes).
    if (fixing === "every" && output.charCodeAt(0) === 0xfeff) {
      output = withoutByteOrderMark(output);
      fixed.push({ ruleId: bomRuleId, path: "" });
    }
    const found = validateWith(set, payloadKind, parsed.value, { ...validateOptions, source: parsed.facts, keepEveryFix: true }, heldByItsText).diagnostics;
    const toldFromContent = kind === undefined || options.kindToldFromContent === true;
    const diagnostics = toldFromContent && holdsOrderFixes(payloadKind) ? withOrderFixesHeld(found, (options.audience ?? libraryAudience).nameTheKind) : found;
    const byAction = new Map<JsonEdit, string>();
    const seen = new Set<string>();
    for (const diagnostic of diagnostics) {
      // Its own fix only: a finding without one inherits a polluted Object.prototype's (`Object.prototype.fix = "x"` threw out of fix()).
      const edit = ownField(diagnostic, "fix");
      const { ruleId } = diagnostic;
      if (fixing === "errors" && diagnostic.severity !== "error") continue;
      if (edit === undefined || seen.has(edit.path)) continue;
      seen.add(edit.path);
      byAction.set(edit, ruleId);
    }
    const planned = planEdits(output, [...byAction.keys()]);
    if (planned.applied.length === 0) break;
    output = applyPlanned(output, planned);
    const applied = new Set(planned.applied);
    // In document order, as validate() gave the diagnostics.
    for (const [action, ruleId] of byAction) if (applied.has(action)) fixed.push({ ruleId, path: action.path });
  }
  const result = lintTextWith(set, output, { ...options, kind: payloadKind, kindToldFromContent: kind === undefined || options.kindToldFromContent === true });
  return { output, fixed, remaining: result.messages, kind: result.kind };
}

/**
 * Applies one finding's edit alone (an editor's quick fix; its `fix` or its `suggestion`): the text with that edit made,
 * byte for byte the input elsewhere; the text as it was when the edit's place is not in it (a text that is no JSON has none), or
 * when its pointer passes through a key repeated in its object, as fix() leaves such a value:
 * validate() reports on the last of the repeated keys (the value JSON.parse keeps), and the edit
 * made at the first left the finding unmended and changed a value the OMS may read (audit of the fix engine).
 */
export function applyFix(text: string, given: JsonEdit): string {
  const edit = checkFixArguments(text, given);
  // A text that is no JSON (half typed, two documents) has no place for a JSON edit: walked as one, `{"a":1} trailing` lost /a as `{"a":1} tg`.
  if (!parsesAsJson(text)) return text;
  // The planner gives no place to an edit through a repeated key (editPlaces), whatever limits the caller linted with.
  const planned = planEdits(text, [edit]);
  return planned.applied.length === 0 ? text : applyPlanned(text, planned);
}
