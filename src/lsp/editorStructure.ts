import { numberTypeConstraints } from "../generated/numberTypes.js";
import type { Kind } from "../kinds/kinds.js";
import { lengthUnitsRuleId, schemaRuleId } from "../lint/schemaDiagnostics.js";
import type { LintMessage } from "../lint/lintResult.js";
import { withoutByteOrderMark } from "../source/byteOrderMark.js";
import { lineStarts } from "../source/lineIndex.js";

/**
 * The schema keywords that VS Code's JSON validation checks on a value as oms-lint's
 * validators check it, reading the schemas `init --vscode` wires in (schemas/editor/: the
 * same constraints, their messages placed for the editor). A finding of one of these is one
 * the editor shows itself, at that value or (a missing field) at the object that lacks it;
 * test/lsp/editorStructure.test.ts holds a case of each that the editor reports. Any other
 * keyword's finding stays published: `format`, since the editor's ipv4 and ipv6 are patterns, and
 * its date-time a pattern that takes more than Ajv (2026-02-30T10:00:00Z; Ajv knows February);
 * `errorLimit`, oms-lint's note that its schema check of a list stopped, which is no
 * constraint; and a keyword no finding of the schemas now comes to (`anyOf` and `maximum`:
 * a branch's finding stands first at their value), until a case shows the editor reporting it.
 */
export const editorCheckedKeywords: ReadonlySet<string> = new Set(["type", "enum", "required", "minimum", "minLength", "maxLength", "minItems", "pattern"]);

/** What the editor reads otherwise in a document than oms-lint does. */
export interface EditorView {
  /** Whether it is a search given as a URL or query string: the editor checks it as one string (that it carries orderID), oms-lint the parameters it holds. */
  readonly searchString: boolean;
  /**
   * Whether the value a finding stands at is a number the editor types otherwise than Ajv: one
   * past the double range (1e400, read as Infinity: a number to the editor, none to Ajv), where
   * the finding's type takes a number. Where it takes none (a string, a boolean, an object), the
   * editor refuses 1e400 too, at the same place and in the same words ("sendEmail must be true
   * or false"): its finding, not ours as well. An integer is typed alike: the editor's schemas
   * make it a number that is a multiple of 1 (codegen/editorCounting.ts), so 1e-1 is a
   * fraction to both, 1234.0 an integer to both.
   */
  numberReadOtherwise(message: LintMessage): boolean;
  /**
   * Whether a finding stands at a key of the document: a missing field's, at the key misspelt
   * for it (`"nmae"`: did you mean name?) or put in another object (customerIP in the
   * customer). The editor says only "Missing property "name"." at the object: that key, and
   * what to make of it, it does not name.
   */
  standsAtKey(message: LintMessage): boolean;
  /**
   * Whether a finding stands at a search parameter given as a list (a repeated parameter): the
   * editor's schema lets any list by (codegen/editorSearchRepeats.ts), since none it reads says
   * what oms-lint does of one (an error only when every value fails, a warning when one misses a
   * warning's pattern). Every finding there is oms-lint's to publish.
   */
  standsAtSearchList(message: LintMessage): boolean;
}

/** The JSON number written at an offset of a text, if one is. */
function numberWrittenAt(text: string, offset: number): string | undefined {
  const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
  number.lastIndex = offset;
  return number.exec(text)?.[0];
}

/** Whether a key is written at an offset of a text: a JSON string, then its colon. */
function keyWrittenAt(text: string, offset: number): boolean {
  const key = /"(?:[^"\\]|\\.)*"[ \t\r\n]*:/y;
  key.lastIndex = offset;
  return key.test(text);
}

/** How the editor sees a payload of this kind and text (as the editor holds it: its positions are those of the text without a byte order mark). */
export function editorView(kind: Kind | undefined, text: string): EditorView {
  const body = withoutByteOrderMark(text);
  let starts: Uint32Array | undefined;
  const offsetOf = ({ line, column }: LintMessage) => {
    starts ??= lineStarts(body);
    return (starts[line - 1] ?? body.length) + column - 1;
  };
  return {
    // JSON whitespace before the value, then a string's quote: the search's URL or query string.
    searchString: kind === "orderItemSearch" && /^[ \t\r\n]*"/.test(body),
    numberReadOtherwise(message) {
      // Without its constraint, which type refused it cannot be told: kept published, so that it is shown somewhere.
      if (message.constraint !== undefined && !numberTypeConstraints.has(message.constraint)) return false;
      const written = numberWrittenAt(body, offsetOf(message));
      if (written === undefined) return false;
      return !Number.isFinite(Number(written));
    },
    standsAtKey: (message) => keyWrittenAt(body, offsetOf(message)),
    standsAtSearchList: (message) => kind === "orderItemSearch" && body[offsetOf(message)] === "[",
  };
}

/**
 * Whether a finding is one the editor reports from its own schema, so that under `structure:
 * "editor"` oms-lint leaves it there: a structural finding (`schema`, `schema/…`) of a keyword
 * the editor checks alike, on a value of the document. Not left to it:
 * - a parameter of a search string: the editor's schema sees the string, not what it holds;
 * - a search parameter given as a list (standsAtSearchList), which the editor's schema lets by;
 * - schema/length-units, a maximum passed by UTF-16 units alone: the editor counts code points,
 *   as the documents' "characters" may be read, and finds nothing; nor a minimum missed by code
 *   points alone, which its schema counts in units (a minimum missed by units, the larger count,
 *   is missed by code points too: the schema's error, which the editor reports);
 * - a type refused on a number the editor reads otherwise (numberReadOtherwise): past the
 *   double range where a number is taken, a number to it, none to Ajv;
 * - a missing field's finding at the key misspelt or misplaced for it (standsAtKey): the
 *   editor's "Missing property" at the object names neither that key nor the field it stands
 *   for, so its "did you mean" would be shown nowhere.
 */
export function leftToEditor(message: LintMessage, view: EditorView): boolean {
  if (message.ruleId !== schemaRuleId && !message.ruleId.startsWith(`${schemaRuleId}/`)) return false;
  if (message.ruleId === lengthUnitsRuleId || view.searchString || !editorCheckedKeywords.has(message.messageId) || view.standsAtSearchList(message)) return false;
  if (message.messageId === "required") return !view.standsAtKey(message);
  return message.messageId !== "type" || !view.numberReadOtherwise(message);
}
