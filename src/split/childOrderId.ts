import { quotedText, shownValue } from "../engine/argumentWords.js";
import { codePointCount } from "../source/codePoints.js";

/** How a child order's externalOrderID is made from the original's: `<original>-1`, `-2`, … */
export const defaultIdTemplate = "{id}-{n}";

/** "The minimum length is 1 and the maximum length is 100" (Create Order, externalOrderID). */
export const externalOrderIdMaxLength = 100;

const placeholder = /\{id\}|\{n\}/g;

export interface ChildOrderIds {
  /** One per child, in order: distinct, each 1–100 characters. */
  readonly ids: readonly string[];
  /** Set when the original ID had to be cut short to keep the children's within 100 characters. */
  readonly truncatedTo?: number;
}

/** Characters as JSON Schema's maxLength counts them: code points, not UTF-16 units. */
const length = codePointCount;

function render(template: string, id: string, n: number): string {
  // One pass, so that an original ID holding "{n}" is not expanded a second time.
  return template.replace(placeholder, (name) => (name === "{id}" ? id : String(n)));
}

/**
 * Checks an ID template: `{n}` (the child's number, from 1) must appear, or the children
 * would share an ID; `{id}` is the original externalOrderID. A programming or usage error
 * is a TypeError, naming the function `fn` when one is given (the command line names its flag).
 */
export function checkIdTemplate(template: unknown, fn?: string): asserts template is string {
  if (typeof template !== "string" || !template.includes("{n}")) {
    throw new TypeError(
      `${fn === undefined ? "" : `${fn}: options.idTemplate: `}an ID template must contain {n} (the child's number), so that every child gets its own externalOrderID, e.g. "${defaultIdTemplate}"; got ${shownValue(template)}`,
    );
  }
}

/**
 * The externalOrderIDs of `count` children of the order `original`. When the template would
 * make an ID longer than 100 characters, the original's part is cut (the same for every
 * child, keeping its beginning), so that the IDs stay distinct and within the limit.
 */
export function childOrderIds(original: string, count: number, template: string = defaultIdTemplate): ChildOrderIds {
  checkIdTemplate(template);
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  const full = numbers.map((n) => render(template, original, n));
  if (full.every((id) => length(id) <= externalOrderIdMaxLength)) return { ids: full };
  const uses = template.split("{id}").length - 1;
  const fixed = numbers.reduce((longest, n) => Math.max(longest, length(render(template, "", n))), 0);
  const room = uses === 0 ? 0 : Math.floor((externalOrderIdMaxLength - fixed) / uses);
  if (room < 1) {
    const problem = uses === 0 ? "makes IDs longer than" : "leaves no room for the original externalOrderID within";
    throw new TypeError(`the ID template ${quotedText(template)} ${problem} ${externalOrderIdMaxLength} characters`);
  }
  const cut = Array.from(original).slice(0, room).join("");
  return { ids: numbers.map((n) => render(template, cut, n)), truncatedTo: room };
}
