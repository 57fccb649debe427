import { escapeSegment } from "../json/jsonPointer.js";
import { closeBrace, closeBracket, closingQuote, openBrace, openBracket, quote } from "./jsonChars.js";
import { JsonTokens, Token } from "./jsonTokens.js";
import type { SourceFact, SourceFacts } from "../engine/rule.js";
import type { Span } from "./range.js";
import { compare, toDecimal, writtenDecimal } from "../domain/decimal.js";
import { lastItem } from "../engine/lastItem.js";

/**
 * Walks of a text JSON.parse has accepted, token by token (source/jsonTokens.ts): no
 * tree is built (a tree costs ~15 times the text in memory) and nothing recurses (text may
 * nest as deep as JSON.parse allows).
 */

/** A container being walked. */
interface Frame {
  readonly isObject: boolean;
  readonly path: string;
  readonly start: number;
  /** The next element's index (arrays). */
  index: number;
  /** The key whose value comes next (objects); undefined while a key is expected. */
  key: string | undefined;
  /** Keys seen so far (objects, in the facts walk). */
  readonly keys?: Set<string>;
}

function childPath(frame: Frame | undefined): string {
  if (!frame) return "";
  return `${frame.path}/${frame.isObject ? escapeSegment(frame.key ?? "") : frame.index}`;
}

/**
 * The containers a walk enters (every pointer asked and each prefix of one, the root among them),
 * as a tree of segments: the walk finds a child by its one segment, never by the whole pointer.
 * A set of pointers held every prefix as a string, and each container the walk opened was
 * looked up by its whole path: a 9 MB text of 900 levels of 10,000-character keys, a repeated key
 * at the bottom, took 18 s (each level flattened and hashed the path so far).
 */
export interface WantedNode {
  /** The pointer of this container or value: a slice of a pointer asked. */
  readonly pointer: string;
  readonly children: Map<string, WantedNode>;
}

/** The tree of `pointers` and their prefixes, and the root for "". */
export function wantedTree(pointers: Iterable<string>): WantedNode {
  const root: WantedNode = { pointer: "", children: new Map() };
  for (const pointer of pointers) {
    if (!isPointer(pointer)) continue;
    let node = root;
    for (let from = 1; from <= pointer.length; ) {
      const end = segmentEnd(pointer, from);
      const segment = pointer.slice(from, end);
      let next = node.children.get(segment);
      if (next === undefined) {
        next = { pointer: pointer.slice(0, end), children: new Map() };
        node.children.set(segment, next);
      }
      node = next;
      from = end + 1;
    }
  }
  return root;
}

/** The node of `pointer` in the tree, else undefined. */
export function wantedNode(tree: WantedNode, pointer: string): WantedNode | undefined {
  if (!isPointer(pointer)) return undefined;
  let node: WantedNode | undefined = tree;
  for (let from = 1; node !== undefined && from <= pointer.length; ) {
    const end = segmentEnd(pointer, from);
    node = node.children.get(pointer.slice(from, end));
    from = end + 1;
  }
  return node;
}

/**
 * Whether the string is a JSON Pointer: "" or a run of segments each after a "/" (RFC 6901 §3).
 * Another names no value: read from its second character, `a` named the key "" and `xyz` the key
 * "yz", where applyFix set a value and a custom rule's finding was placed (review of the fix engine).
 */
function isPointer(pointer: string): boolean {
  return pointer === "" || pointer.charCodeAt(0) === 0x2f /* / */;
}

function segmentEnd(pointer: string, from: number): number {
  const slash = pointer.indexOf("/", from);
  return slash < 0 ? pointer.length : slash;
}

/** What a walk of the wanted containers (walkWanted) reports. */
export interface WantedWalkVisitor {
  /** The key (with its quotes) of a member the tree holds, in an object the walk entered: the member's node and the key's span. */
  key?(node: WantedNode, span: Span): void;
  /**
   * A value ends (a scalar, a container the walk entered or one it skipped): its node where the
   * tree holds it (else undefined), its span, and for a member of an object, the object's node
   * and where the member's key starts.
   */
  value(node: WantedNode | undefined, offset: number, end: number, object: WantedNode | undefined, keyOffset: number): void;
}

/** A container the wanted walk entered. */
interface WantedFrame {
  readonly isObject: boolean;
  readonly node: WantedNode;
  readonly start: number;
  /** The next element's index (arrays). */
  index: number;
  /** Objects: the node of the member whose value comes next (undefined where the tree holds none), or `expectingKey`. */
  key: WantedNode | undefined | typeof expectingKey;
  /** Where the current key starts (objects). */
  keyOffset: number;
}

const expectingKey = Symbol("a key comes next");

/** The node of the next value in `top`: its array element, or its object member. */
function nextNode(top: WantedFrame | undefined, root: WantedNode): WantedNode | undefined {
  if (top === undefined) return root;
  if (!top.isObject) return top.node.children.get(String(top.index));
  return top.key === expectingKey ? undefined : top.key;
}

/**
 * A walk that enters only the containers the tree of `wanted` holds: every value inside those
 * (and the containers it skips, as one value each) is reported with its node where the tree
 * holds it, and its span. Subtrees no pointer enters are skipped without building their paths.
 */
export function walkWanted(text: string, wanted: WantedNode, visitor: WantedWalkVisitor): void {
  const scanner = new JsonTokens(text);
  const stack: WantedFrame[] = [];
  // Its own visitor only: a visitor without `key` answered a polluted Object.prototype's (a "not a function" thrown out of lintText).
  const keyFound = Object.hasOwn(visitor, "key") ? visitor.key : undefined;
  const valueEnds = (top: WantedFrame | undefined, node: WantedNode | undefined, offset: number, end: number) =>
    visitor.value(node, offset, end, top?.isObject ? top.node : undefined, top?.isObject ? top.keyOffset : -1);
  for (let token = scanner.scan(); token !== Token.End; token = scanner.scan()) {
    const offset = scanner.offset;
    const top = lastItem(stack);
    if (token === Token.String && top?.isObject && top.key === expectingKey) {
      top.keyOffset = offset;
      // A key's segment is built only in an object that holds a wanted member.
      top.key = top.node.children.size === 0 ? undefined : top.node.children.get(escapeSegment(scanner.stringValue()));
      if (top.key !== undefined) keyFound?.(top.key, { offset, length: scanner.length });
      continue;
    }
    switch (token) {
      case Token.OpenBrace:
      case Token.OpenBracket: {
        const node = nextNode(top, wanted);
        if (node !== undefined) stack.push({ isObject: token === Token.OpenBrace, node, start: offset, index: 0, key: expectingKey, keyOffset: -1 });
        else {
          // No pointer goes in: passed over by its brackets, not token by token.
          const end = containerEnd(text, offset);
          valueEnds(top, undefined, offset, end);
          scanner.setPosition(end);
        }
        break;
      }
      case Token.CloseBrace:
      case Token.CloseBracket: {
        const frame = stack.pop() as WantedFrame;
        valueEnds(lastItem(stack), frame.node, frame.start, offset + 1);
        break;
      }
      case Token.Comma:
        if (top?.isObject) top.key = expectingKey;
        else if (top) top.index++;
        break;
      case Token.Colon:
        break;
      default:
        // A scalar: string, number, true, false or null.
        valueEnds(top, nextNode(top, wanted), offset, offset + scanner.length);
    }
  }
}

/** A comma in a container: an object expects its next key, an array counts its next element. */
export function nextMember(top: { readonly isObject: boolean; key: unknown; index: number } | undefined): void {
  if (top?.isObject) top.key = undefined;
  else if (top) top.index++;
}

/**
 * The offset just past the container that opens at `start`, by its brackets outside strings
 * (the text is JSON that JSON.parse accepted). A string is passed over with indexOf, to a
 * quote after an even run of backslashes: over a 50 MB order whose last item holds the one
 * finding, the scanner's tokens took ~350 ms to get there.
 */
function containerEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === quote) i = closingQuote(text, i + 1);
    else if (code === openBrace || code === openBracket) depth++;
    else if ((code === closeBrace || code === closeBracket) && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The spans locatePointers found, each asked by its pointer. */
export interface LocatedPointers {
  /** The span of the value at a pointer asked or at a prefix of one, where it exists. */
  value(pointer: string): Span | undefined;
  /** The span of the key (with its quotes) of a pointer asked or a prefix of one, where it names a property that exists. */
  key(pointer: string): Span | undefined;
}

/**
 * The span of the value at each wanted pointer and at every prefix of one, so that a
 * pointer to a missing property can fall back to the nearest value that exists, and of the
 * key of each that names a property. Where a key repeats, the last occurrence wins, as in
 * JSON.parse. Each is asked by its segments in the tree walked (wantedTree): no prefix is
 * hashed whole.
 */
export function locatePointers(text: string, pointers: readonly string[]): LocatedPointers {
  const tree = wantedTree(pointers);
  const values = new Map<WantedNode, Span>();
  const keys = new Map<WantedNode, Span>();
  walkWanted(text, tree, {
    key: (node, span) => void keys.set(node, span),
    value: (node, offset, end) => void (node !== undefined && values.set(node, { offset, length: end - offset })),
  });
  const found = (spans: Map<WantedNode, Span>, pointer: string) => {
    const node = wantedNode(tree, pointer);
    return node === undefined ? undefined : spans.get(node);
  };
  return { value: (pointer) => found(values, pointer), key: (pointer) => found(keys, pointer) };
}

const maxSafeDigits = String(Number.MAX_SAFE_INTEGER);

/**
 * Whether a number literal is an integer beyond 2^53 - 1. Digits alone are compared as
 * digits, never through a regular expression or BigInt: a 50 MB run of digits is one
 * literal, and either of those overflows or stalls on it. JSON.parse accepted the text, so
 * there is no leading 0. A literal with a fraction or an exponent counts when its value is
 * such an integer (9007199254740993.0, 1e16), as the library reads a parsed value.
 */

/**
 * The fields whose written digits a rule reads (tax-rate-cap: a line's tax, price and quantity, as its docs say). The quantity
 * was left to its double: 1 × 5.0000000000000004 taxed 1.00000000000000008, exactly 20% as written, was over by its tax alone,
 * the message quoting a quantity of 5 the file does not hold; as a string it had no finding.
 */
const writtenFields = /\/(?:itemTaxOverride|actualPrice|quantity)$/;

/**
 * Where an order's line holds them: these are all listed, three a line at most (collectFacts); a key of that name
 * elsewhere, which the cap never reads, no more than maxFactsPerSort (a 60 MB text of such keys in arrays, with a
 * repeated key to have its facts collected: 272 MB as before, 520 MB had every one been listed).
 */
const lineFields = /^\/orderItems\/\d+\/itemSpecifics\/(?:itemTaxOverride|actualPrice|quantity)$/;

/** Whether the pointer is an order line's tax, price or quantity, whose literals the walk all lists. */
export const isLinePlace = (path: string): boolean => lineFields.test(path);

/**
 * The pointer of an integer literal past 2^53 that unsafeIntegers, full, left out, where the tax cap reads it as written
 * (a line's price, quantity or tax), else undefined. unsafeIntegers lists 1,001 in the text (for unsafe-integer): past
 * them, line 1001 of 1 × 9007199254740993 taxed 1801439850948198.6, exactly 20% as written, was judged on its doubles,
 * tax-rate-cap's error quoting a quantity of 9007199254740992 (the audit of c2bbfab6). Asked only past that cap.
 */
function lineUnsafeInteger(text: string, offset: number, length: number, top: Frame | undefined): string | undefined {
  if (!isTaxCapKey(top)) return undefined;
  if (!isUnsafeInteger(text, offset, length)) return undefined;
  const path = childPath(top);
  return lineFields.test(path) ? path : undefined;
}

/**
 * Whether a number literal's value as written is not its double's (`1.0000000000000001` and `4503599627370497.4e0` are
 * read as 1 and 4503599627370497; `1e400` as Infinity), or is past what the tax cap reads as written (writtenDecimal:
 * more than 800 significant digits, or a power of ten past 1100), which it then knows not to read as written. Fifteen
 * significant digits always come back, so a literal shorter than 16 characters without an exponent never loses any.
 * Exponent literals count: left to their doubles, 4503599627370497.4e0 × 1 taxed 900719925474099.45, within 20% as
 * written, was the error (the audit of the tax-rate-cap family). Linear in the literal.
 */
function losesDigits(text: string, offset: number, length: number): boolean {
  if (length < 16 && !hasExponent(text, offset, length)) return false;
  const raw = text.slice(offset, offset + length);
  const [written, value] = [writtenDecimal(raw), Number(raw)];
  return written === undefined || !Number.isFinite(value) || compare(written, toDecimal(value)) !== 0;
}

function hasExponent(text: string, offset: number, length: number): boolean {
  for (let i = offset; i < offset + length; i++) if ((text.charCodeAt(i) | 0x20) === 0x65 /* e */) return true;
  return false;
}

/**
 * Whether a maxAmount literal may be judged or quoted wrongly from its double: the double is not
 * above 0 (above 0, the literal is positive too) and is not the literal's own shortest form
 * (`1e-400` is read as 0, `-1.0000000000000000001` and `-0.99999999999999999999` as -1).
 * max-amount then reads the literal as written (its audit). Whatever its length: its place is
 * read from its digits without expanding them (writtenNumberPlace), and a literal left to its
 * double, `-1.` then 61 zeros then `1`, was called -1 and made null by --fix (audit).
 */
function maxAmountMisread(text: string, offset: number, length: number): boolean {
  const raw = text.slice(offset, offset + length);
  const value = Number(raw);
  return !(value > 0) && String(value) !== raw;
}

/** The rules that read number literals as written, each with its own cap on the facts listed for it. */
type WrittenNumberReader = "maxAmount" | "taxCap";

/**
 * The pointer of a number literal a rule reads as written, and which rule's it is, else
 * undefined: a line's tax, price or quantity whose digits its double loses (tax-rate-cap), or a maxAmount
 * its double misreads (max-amount). A maxAmount is told by its key, so no other literal's
 * pointer is built. A maxAmount's literals are capped (maxFactsPerSort, SourceFacts.maxAmountsLeftOut
 * says so), as are other literals of a tax's or price's name; an order line's tax, price and quantity never
 * (lineFields): docs/rules/tax-rate-cap.md says every line's literal of 16 to 64 characters decides,
 * and past 1,001 of them the line after 1,001 lines of 1.0000000000000001 × 5 taxed 1 was judged on
 * its doubles, silently (review of 8e91a492). Three a line at most (a repeated key's last), and no
 * more lines than the entries limit: 100,000 lines of three such literals, a key repeated, cost
 * 282 MB and 4.2 s (188 MB and 2.6 s judging all but 333 of them on their doubles). Apart, a thousand
 * and one maxAmounts of `-1.0` hid a tax just over 20% (audit), and as many long prices a maxAmount
 * of `1E-400`.
 */
function writtenNumberFact(text: string, offset: number, length: number, top: Frame | undefined): { path: string; reader: WrittenNumberReader } | undefined {
  if (top?.isObject && top.key === "maxAmount") return maxAmountMisread(text, offset, length) ? { path: childPath(top), reader: "maxAmount" } : undefined;
  // Only the numbers the tax cap reads as written: a thousand long margins elsewhere must not use up the list. Asked by
  // key before the digits are: every exponent or long literal anywhere was read as a BigInt decimal (90,000 × 1.5e300
  // in customData 0.29 → 0.56 s, the re-read of the stop).
  if (!isTaxCapKey(top)) return undefined;
  if (!losesDigits(text, offset, length)) return undefined;
  const path = childPath(top);
  return writtenFields.test(path) ? { path, reader: "taxCap" } : undefined;
}

/** Whether the literal stands at a key the tax cap reads (writtenFields' names), told from the frame without building its pointer. */
function isTaxCapKey(top: Frame | undefined): boolean {
  return top?.isObject === true && (top.key === "quantity" || top.key === "actualPrice" || top.key === "itemTaxOverride");
}

/**
 * Whether the text holds a number literal a rule reads as written (writtenNumberPath): a line's
 * tax, price or quantity with digits its double does not keep, or a maxAmount its double misreads; then
 * the text's facts are collected, to find them by pointer. Asked only when the tax cap has a
 * line near the cap, or a payment's maxAmount is a double not above 0 (parseSource's
 * FactsOnDemand). One regular expression a field finds the literals after its keys, each then
 * tested alone: a 50 MB order of 73,500 items whose prices are short costs ~10 ms here (two
 * indexOf scans of the keys cost ~55), where a walk of its tokens costs a second.
 */
export function mayHoldWrittenNumber(text: string): boolean {
  return anyLiteral(longWritten, text, losesDigits) || anyLiteral(maxAmountWritten, text, maxAmountMisread) || escapedKeyHoldsWritten(text);
}

/** Whether the number literal at [offset, offset + length) of the text is one a rule reads as written. */
type WrittenLiteralTest = (text: string, offset: number, length: number) => boolean;

/** Whether a literal that `pattern` captures after its key passes `test`. */
function anyLiteral(pattern: RegExp, text: string, test: WrittenLiteralTest): boolean {
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    const literal = found[1] as string;
    if (test(literal, 0, literal.length)) return true;
  }
  return false;
}

/** A tax, price or quantity literal of 16 characters or more (digits and a point first, then the rest of a JSON number), or with an exponent. */
const longWritten = /"(?:itemTaxOverride|actualPrice|quantity)"\s*:\s*(-?(?:[\d.]{16}|[\d.]+[eE])[\d.eE+-]*)/g;

/** A maxAmount's number literal. */
const maxAmountWritten = /"maxAmount"\s*:\s*(-?[\d.eE+-]+)/g;

/** The keys whose literals a rule reads as written (writtenNumberFact), and the test of each. */
const writtenLiteralTests: ReadonlyMap<string, WrittenLiteralTest> = new Map([
  ["itemTaxOverride", losesDigits],
  ["actualPrice", losesDigits],
  ["quantity", losesDigits],
  ["maxAmount", maxAmountMisread],
]);

/**
 * Whether a key written with an escape names a field whose literal a rule reads as written, and
 * such a literal follows: the patterns above find keys by their literal text, and JSON.parse
 * reads `"max\u0041mount"` as maxAmount. Without this, `"max\u0041mount": 1E-400` was judged
 * as 0 unless a repeated key anywhere else made the walk run (audit): a verdict must not hang on
 * how an unrelated key is written. A text with no backslash (nearly every one) is passed by one
 * indexOf; a key whose escapes do not decode is taken to be one (the walk then decides).
 */
function escapedKeyHoldsWritten(text: string): boolean {
  if (!text.includes("\\")) return false;
  // Each string read once, from its opening quote to its closing one, in text order: a pattern
  // tried from every quote ran across each run of `\"` again (audit: 80,000 of them, 13.7 s).
  for (let open = text.indexOf('"'); open !== -1; ) {
    let close = open + 1;
    let escaped = false;
    for (; close < text.length; close++) {
      const code = text.charCodeAt(close);
      if (code === 0x22 /* " */) break;
      if (code === 0x5c /* \\ */) {
        escaped = true;
        close++;
      }
    }
    if (close >= text.length) return false;
    if (escaped) {
      numberAfterKey.lastIndex = close + 1;
      const literal = numberAfterKey.exec(text)?.[1];
      if (literal !== undefined) {
        const test = escapedKeyTest(text.slice(open + 1, close));
        if (test === undefined || test(literal, 0, literal.length)) return true;
      }
    }
    open = text.indexOf('"', close + 1);
  }
  return false;
}

/** A colon and the number literal after a key's closing quote, read from there alone. */
const numberAfterKey = /\s*:\s*(-?[\d.eE+-]+)/y;

/** The test of the field an escaped key names (a no-op test for other fields); undefined when its escapes do not decode. */
function escapedKeyTest(key: string): WrittenLiteralTest | undefined {
  try {
    return writtenLiteralTests.get(JSON.parse(`"${key}"`) as string) ?? noWrittenLiteral;
  } catch {
    return undefined;
  }
}

const noWrittenLiteral: WrittenLiteralTest = () => false;


function isUnsafeInteger(text: string, offset: number, length: number): boolean {
  const start = text.charCodeAt(offset) === 0x2d /* - */ ? offset + 1 : offset;
  const digits = offset + length - start;
  for (let i = start; i < offset + length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) {
      const value = Number(text.slice(offset, offset + length));
      return Number.isInteger(value) && !Number.isSafeInteger(value);
    }
  }
  if (digits < maxSafeDigits.length) return false;
  return digits > maxSafeDigits.length || text.slice(start, offset + length) > maxSafeDigits;
}

/**
 * Facts kept of each sort: past this many, a repeat, a huge integer or a literal one rule reads as
 * written (each rule's apart; an order line's tax, price and quantity are all kept: writtenNumberFact) is not recorded (the
 * rule engine lists no more than this many problems of one rule), so that a hostile file of
 * millions of repeated keys cannot exhaust memory.
 */
export const maxFactsPerSort = 1001;

/**
 * One walk for repeated keys and integer literals beyond 2^53. A repeat's pointer is its
 * value's, like any other value's; each repeat after the first is one fact, with the span
 * of its value (a huge integer, of its literal) in the text.
 */
export function collectFacts(text: string): SourceFacts {
  const duplicateKeys: SourceFact[] = [];
  const unsafeIntegers: (SourceFact & { raw: string })[] = [];
  // A line's earlier literal under a repeated key is dropped (left undefined) when a later value arrives: JSON.parse keeps the last.
  const writtenNumbers: ((SourceFact & { raw: string }) | undefined)[] = [];
  // Each rule's literals listed, capped apart; an order line's long tax, price and quantity literals are all listed (writtenNumberFact says why).
  const writtenListed: Record<WrittenNumberReader, number> = { maxAmount: 0, taxCap: 0 };
  /** Where each line's listed tax, price or quantity stands in writtenNumbers, by pointer. */
  const linePlaces = new Map<string, number>();
  let maxAmountsLeftOut = false;
  /** Repeated keys whose values have not ended yet; facts are listed in document order all the same. */
  const openRepeats: { depth: number; span: { offset: number; length: number } }[] = [];
  const scanner = new JsonTokens(text);
  const stack: Frame[] = [];
  let repeatPending: string | undefined;
  const valueStarts = (offset: number) => {
    if (repeatPending !== undefined && duplicateKeys.length >= maxFactsPerSort) repeatPending = undefined;
    if (repeatPending !== undefined) {
      const span = { offset, length: 0 };
      duplicateKeys.push({ path: repeatPending, span });
      openRepeats.push({ depth: stack.length, span });
      repeatPending = undefined;
    }
  };
  /** A value at a line's tax, price or quantity: the earlier literal listed there is no longer the one JSON.parse keeps. */
  const lineValueArrives = (top: Frame | undefined) => {
    if (linePlaces.size === 0 || !isTaxCapKey(top)) return;
    const path = childPath(top);
    const listed = linePlaces.get(path);
    if (listed === undefined) return;
    writtenNumbers[listed] = undefined;
    linePlaces.delete(path);
  };
  /** A literal listed at a line's place: the last of a repeated key's, as JSON.parse keeps it. */
  const listOnLine = (written: SourceFact & { raw: string }) => {
    lineValueArrives(lastItem(stack));
    linePlaces.set(written.path, writtenNumbers.length);
    writtenNumbers.push(written);
  };
  const valueEnds = (end: number) => {
    const open = lastItem(openRepeats);
    if (open && open.depth === stack.length) {
      openRepeats.pop();
      open.span.length = end - open.span.offset;
    }
  };
  for (let token = scanner.scan(); token !== Token.End; token = scanner.scan()) {
    const offset = scanner.offset;
    const top = lastItem(stack);
    if (token === Token.String && top?.isObject && top.key === undefined) {
      const key = scanner.stringValue();
      top.key = key;
      if (top.keys?.has(key)) repeatPending = childPath(top);
      top.keys?.add(key);
      continue;
    }
    switch (token) {
      case Token.OpenBrace:
      case Token.OpenBracket: {
        valueStarts(offset);
        lineValueArrives(top);
        const isObject = token === Token.OpenBrace;
        stack.push({ isObject, path: childPath(top), start: offset, index: 0, key: undefined, ...(isObject ? { keys: new Set<string>() } : {}) });
        break;
      }
      case Token.CloseBrace:
      case Token.CloseBracket:
        stack.pop();
        valueEnds(offset + 1);
        break;
      case Token.Comma:
        nextMember(top);
        break;
      case Token.Colon:
        break;
      default: {
        // A scalar: string, number, true, false or null.
        valueStarts(offset);
        const length = scanner.length;
        if (token === Token.Number && unsafeIntegers.length < maxFactsPerSort && isUnsafeInteger(text, offset, length)) {
          const path = childPath(top);
          const unsafe = { path, raw: text.slice(offset, offset + length), span: { offset, length } };
          unsafeIntegers.push(unsafe);
          // Listed at its line's place too, so that place holds the last value written there, whatever its kind.
          if (lineFields.test(path)) listOnLine(unsafe);
          else lineValueArrives(top);
        } else if (token !== Token.Number) lineValueArrives(top);
        else {
          const unsafeOnLine = unsafeIntegers.length < maxFactsPerSort ? undefined : lineUnsafeInteger(text, offset, length, top);
          const fact = unsafeOnLine === undefined ? writtenNumberFact(text, offset, length, top) : { path: unsafeOnLine, reader: "taxCap" as const };
          const onLine = fact?.reader === "taxCap" && lineFields.test(fact.path);
          if (fact !== undefined && !onLine && writtenListed[fact.reader] >= maxFactsPerSort) maxAmountsLeftOut ||= fact.reader === "maxAmount";
          else if (fact !== undefined) {
            if (!onLine) writtenListed[fact.reader]++;
            const written = { path: fact.path, raw: text.slice(offset, offset + length), span: { offset, length } };
            // A key written again in its line: JSON.parse keeps the last, and so do the facts, three a line at most.
            if (onLine) listOnLine(written);
            else writtenNumbers.push(written);
          } else lineValueArrives(top);
        }
        valueEnds(offset + scanner.length);
      }
    }
  }
  const kept = writtenNumbers.filter((fact) => fact !== undefined);
  if (kept.length === 0) return { duplicateKeys, unsafeIntegers };
  return maxAmountsLeftOut ? { duplicateKeys, unsafeIntegers, writtenNumbers: kept, maxAmountsLeftOut } : { duplicateKeys, unsafeIntegers, writtenNumbers: kept };
}
