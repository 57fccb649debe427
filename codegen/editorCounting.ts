import type { JsonSchema } from "./schemaSet.js";

/**
 * VS Code's JSON language service types a number by how it is written: an `integer` is one
 * written without a dot, so it refuses `"manufacturerID": 1234.0` and takes 1e-1; oms-lint's
 * validators (Ajv) type it by its value, and take 1234.0 as the integer 1234. In the editor's
 * schema an integer is a number that is a multiple of 1 (the language service divides the
 * value: 1234.0, 1e2, -0 pass; 5.5 and 1e-1 fail), worded with the node's `type` message.
 * A node that takes any number already needs no more.
 */
export function integerByValue(node: JsonSchema): JsonSchema {
  const { type } = node;
  const types = typeof type === "string" ? [type] : Array.isArray(type) && type.every((t) => typeof t === "string") ? (type as string[]) : [];
  if (!types.includes("integer")) return node;
  if ("multipleOf" in node) throw new Error(`codegen: an integer with a multipleOf of its own (${JSON.stringify(node.multipleOf)}) cannot be typed by value for the editor`);
  const anyNumber = types.includes("number");
  const numbers = [...new Set(types.map((t) => (t === "integer" ? "number" : t)))];
  const out: JsonSchema = { ...node, type: typeof type === "string" ? "number" : numbers };
  if (anyNumber) return out;
  out.multipleOf = 1;
  const message = node.errorMessage;
  if (typeof message === "object" && message !== null && !Array.isArray(message) && typeof (message as JsonSchema).type === "string") {
    out.errorMessage = { ...(message as JsonSchema), multipleOf: (message as JsonSchema).type };
  }
  return out;
}

/**
 * The integer check of `integerByValue` as the editor runs it: a multiple of 1, or a number
 * past the double range (1e400, which the editor reads as Infinity and divides into NaN). Ajv
 * takes no such number for any type, and the language server publishes its finding under
 * `structure: "editor"` too (src/lsp/editorStructure.ts, numberReadOtherwise): the editor
 * reporting it as well would show one cause twice.
 */
export function wholeOrPastDoubles(): JsonSchema {
  return { anyOf: [{ multipleOf: 1 }, { minimum: Number.MAX_VALUE }, { maximum: -Number.MAX_VALUE }] };
}

/** The bounds of a number, and the side past which a number beyond the double range (±1e400) stands. */
const pastDoubles: Readonly<Record<string, JsonSchema>> = {
  minimum: { exclusiveMaximum: -Number.MAX_VALUE },
  exclusiveMinimum: { exclusiveMaximum: -Number.MAX_VALUE },
  maximum: { exclusiveMinimum: Number.MAX_VALUE },
  exclusiveMaximum: { exclusiveMinimum: Number.MAX_VALUE },
};

/** Whether a keyword is a bound of a number (minimum, maximum, exclusive or not). */
export function isNumberBound(keyword: string): boolean {
  return keyword in pastDoubles;
}

/**
 * A bound of a number as the editor should check it: not on a number past the double range
 * (-1e400, read as -Infinity), which Ajv refuses by its type and the language server publishes
 * under `structure: "editor"` (src/lsp/editorStructure.ts): the editor's "manufacturerID must
 * be 1 or more" beside it would show one cause twice. A finite number is bounded as before.
 */
export function boundOrPastDoubles(keyword: string, limit: unknown): JsonSchema {
  return { if: pastDoubles[keyword], else: { [keyword]: limit } };
}

/** One character outside the Basic Multilingual Plane (two UTF-16 units), read with or without the `u` flag (VS Code tries it first). */
const astral = String.raw`(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\u0000-\uFFFF])`;

/**
 * A minimum length as oms-lint's validators count it, in UTF-16 units (codegen/validators.ts,
 * lengthBeforeCount: a minimum is missed for certain only in units), for the editor, which
 * counts `minLength` in code points and would refuse a landingCode of nine emoji (9 code
 * points, 18 units) that oms-lint does not refuse (schema/length-units, a warning, which the
 * language server shows itself: src/lsp/editorStructure.ts). A string's units are its code points plus its astral
 * characters, so it holds at least `limit` units exactly when, for some `a`, it holds `a`
 * astral characters and `limit - a` code points: one alternative for each `a` up to half the
 * limit (past that, its astral characters alone are enough code points). All is one pattern,
 * its code points counted by the `u` flag's regular expression: the editor's own count
 * (`minLength`) takes a lone high surrogate and the unit after it for one. A minimum of 1 (not
 * empty) is the same in any count and stays as it is.
 */
export function minLengthInUnits(limit: number): JsonSchema {
  if (limit <= 1) return { minLength: limit };
  const alternatives = [`[\\s\\S]{${limit}}`];
  for (let astrals = 1; astrals <= Math.ceil(limit / 2); astrals++) alternatives.push(`(?=[\\s\\S]{${limit - astrals}})(?:[\\s\\S]*?${astral}){${astrals}}`);
  return { pattern: `^(?:${alternatives.join("|")})` };
}

/**
 * A maximum length as oms-lint's validators count it, in code points (a lone surrogate is one,
 * as Ajv's ucs2length counts it), for the editor, whose own count (`maxLength`) takes a lone
 * high surrogate and the unit after it for one: a custom data name of 51 lone surrogates each
 * before a letter, 102 code points, passed its 100, while oms-lint, under `structure:
 * "editor"`, left its finding to the editor. The u-flag pattern counts code points as Ajv does.
 */
export function maxLengthInCodePoints(limit: number): JsonSchema {
  return { not: { type: "string", pattern: `^[\\s\\S]{${limit + 1}}` } };
}
