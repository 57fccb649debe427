import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/index.js";
import type { Diagnostic } from "../../src/engine/diagnostic.js";
import { type Json, type JsonObject } from "../support/payloads.js";
import { forced, misplacedQuantity, specificsInProduct, taxedLine as taxed, untaxedLine as untaxed } from "../support/forcedLines.js";

/**
 * A long list's diagnostics are each line's own (README, *Bad input and limits*: an order is invalid
 * exactly when one of its lines, validated alone, is invalid; an error shown stands for one the line
 * has alone). Each row is a line after enough others to spend a rule's 1,000 findings or stop the
 * list's schema check, and the errors that line has alone, at its own places (found by the review
 * of the list budget).
 */

type Level = "off" | "warn" | "error";
const limit = 1000;

const times = (count: number, line: () => Json): Json[] => Array.from({ length: count }, line);

interface Row {
  readonly name: string;
  readonly rules: Record<string, Level>;
  /** The lines before the one asked about. */
  readonly before: () => Json[];
  readonly line: () => JsonObject;
  /** The lines after it, if any. */
  readonly after?: () => Json[];
  /** The errors the line has alone, by rule and place within it. */
  readonly errors: readonly { ruleId: string; place: string }[];
  /** Those shown at it after the others, where they differ: past a list's stopped note its schema problems are not listed (each a subset of `errors`). */
  readonly shown?: readonly { ruleId: string; place: string }[];
  /** Whether the line alone is valid, and so the whole order where the lines before are. */
  readonly valid: boolean;
  /** Whether the whole order is valid, where a line before is not. */
  readonly orderValid?: boolean;
}

/** The errors at one line, by rule and place within it; and the errors at the root (a rule's note that more are not listed). */
const errorsAt = (diagnostics: readonly Diagnostic[], index: number) => {
  const prefix = `/orderItems/${index}`;
  return diagnostics
    // A list's note stands at the element where its check stopped: the list's, not the line's.
    .filter((finding) => finding.severity === "error" && finding.messageId !== "errorLimit" && (finding.path === prefix || finding.path.startsWith(`${prefix}/`)))
    .map(({ ruleId, path }) => ({ ruleId, place: path.slice(prefix.length) }));
};
const rootErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((finding) => finding.severity === "error" && finding.path === "").map(({ ruleId, messageId }) => ({ ruleId, messageId }));

/**
 * A rule's findings past its 1,000, kept unlisted for the give-way step, claim a key put in another
 * object as its listed ones do, and move there as they do (src/lint/misplacedFields.ts).
 */
const unlistedClaims: Row[] = [
  {
    name: "force-item-tax-override's 1,001st finding and the schema's missing itemSpecifics both claim the key: neither moves, unknown-property's error stands",
    rules: { "unknown-property": "error", "force-item-tax-override": "warn" },
    before: () => times(limit, untaxed),
    line: specificsInProduct,
    errors: [{ ruleId: "unknown-property", place: "/product/itemSpecifics" }],
    valid: false,
  },
  {
    name: "force-item-tax-override's 1,001st finding alone claims the key (schema/line-item-crucial off): it moves there, unknown-property's error gives way to it",
    rules: { "schema/line-item-crucial": "off", "unknown-property": "error", "force-item-tax-override": "warn" },
    before: () => times(limit, untaxed),
    line: specificsInProduct,
    errors: [],
    valid: true,
  },
  {
    name: "1,001 such lines (schema/line-item-crucial off): unknown-property's note gives way as each of its findings does",
    rules: { "schema/line-item-crucial": "off", "unknown-property": "error", "force-item-tax-override": "warn" },
    before: () => times(limit, specificsInProduct),
    line: specificsInProduct,
    errors: [],
    valid: true,
  },
];

/** A check of one row: the line alone, then after the others, has the same errors at its own places. Returns the whole order's result, for a test's further checks of it (one validation of the long order, not two). */
function checkRow(row: Row): ReturnType<typeof validate> {
  const alone = validate("createOrder", forced([row.line()]), { rules: row.rules });
  expect(alone.valid).toBe(row.valid);
  expect(errorsAt(alone.diagnostics, 0)).toEqual(row.errors);
  const before = row.before();
  const result = validate("createOrder", forced([...before, row.line(), ...(row.after?.() ?? [])]), { rules: row.rules });
  expect(result.valid).toBe(row.orderValid ?? row.valid);
  expect(errorsAt(result.diagnostics, before.length)).toEqual(row.shown ?? row.errors);
  return result;
}

describe("a line past a rule's 1,000 findings: its key put in another object is claimed as alone", () => {
  for (const row of unlistedClaims) {
    it(`validate(): ${row.name}`, () => {
      // The row holds no lines after: checkRow's order is the lines before, then the line.
      expect(rootErrors(checkRow(row).diagnostics)).toEqual([]);
    });
  }

  it("lintText(): the first row's error at the line of the key put in the product", () => {
    const row = unlistedClaims[0] as Row;
    const lines = [...row.before(), row.line()];
    const text = JSON.stringify(forced(lines), null, 2);
    // The last line of the text that names itemSpecifics: the last order line's, in its product (the others hold theirs in place).
    const line = text.split("\n").lastIndexOf(`${" ".repeat(8)}"itemSpecifics": {`) + 1;
    const result = lintText(text, { kind: "createOrder", rules: row.rules });
    expect(result.messages.filter((message) => message.severity === 2).map(({ ruleId, path, line: at }) => ({ ruleId, path, line: at }))).toEqual([
      { ruleId: "unknown-property", path: `/orderItems/${limit}/product/itemSpecifics`, line },
    ]);
  });
});

/** That, with a numeric partNumber: two problems of its line, schema/example-type's error the line's own. */
function quantityInProductNumericPart(): JsonObject {
  const line = misplacedQuantity();
  (line.product as JsonObject).partNumber = 5;
  return line;
}

/**
 * Lines past a list's stopped note are checked again in a payload of their own (stoppedListLines.ts),
 * whose own check of the list has the same budget: two problems a line stopped it at its 501st line.
 */
const stoppedAgain: Row[] = [
  {
    name: "the 501st line past the note, two problems each: no unknown-property error at the key, as alone (its schema problems past the note not listed)",
    rules: { "schema/quantity": "error", "schema/example-type": "error", "unknown-property": "error" },
    before: () => [...times(limit, () => taxed({ quantity: "1" })), ...times(500, quantityInProductNumericPart)],
    line: quantityInProductNumericPart,
    errors: [{ ruleId: "schema/example-type", place: "/product/partNumber" }],
    shown: [],
    valid: false,
    orderValid: false,
  },
  {
    name: "the 1,000th line past the note, two problems each (checked again in more than one payload): as alone",
    rules: { "schema/quantity": "error", "schema/example-type": "error", "unknown-property": "error" },
    before: () => [...times(limit, () => taxed({ quantity: "1" })), ...times(limit - 1, quantityInProductNumericPart)],
    line: quantityInProductNumericPart,
    errors: [{ ruleId: "schema/example-type", place: "/product/partNumber" }],
    shown: [],
    valid: false,
    orderValid: false,
  },
];

describe("a line past a list's stopped note, where the check of those lines again stops too: its findings are its own", () => {
  for (const row of stoppedAgain) it(`validate(): ${row.name}`, () => void checkRow(row));

  it("lintText(): the first row, no error at its line (its schema problems past the note are not listed)", () => {
    const row = stoppedAgain[0] as Row;
    const lines = [...row.before(), row.line()];
    const result = lintText(JSON.stringify(forced(lines), null, 2), { kind: "createOrder", rules: row.rules });
    const last = `/orderItems/${lines.length - 1}/`;
    expect(result.messages.filter((message) => message.severity === 2 && message.path.startsWith(last))).toEqual([]);
    expect(result.messages.filter((message) => message.ruleId === "unknown-property")).toEqual([]);
  });
});

/**
 * A rule's note that more of its problems are not listed stands for its findings past its 1,000:
 * where each of those gives way when its line is checked again as alone, so does the note
 * (oneCause.ts). Only listed findings were checked again past a stopped note.
 */
describe("a rule's note past a list's stopped note, for findings that each give way alone: no error", () => {
  const rules: Record<string, Level> = { "schema/quantity": "error", "unknown-property": "error" };
  /** A string quantity (schema/quantity's error, which stops the list's check at 1,000) and an unknown key (unknown-property's error). */
  const stringQuantityAndKey = (): JsonObject => ({ ...taxed({ quantity: "1" }), extra: 1 });
  const rows: Row[] = [
    {
      name: "1,000 lines with a string quantity and an unknown key, then 5 with the quantity in the product: unknown-property's note gives way",
      rules,
      before: () => [...times(limit, stringQuantityAndKey), ...times(4, misplacedQuantity)],
      line: misplacedQuantity,
      errors: [],
      valid: true,
      orderValid: false,
    },
  ];
  for (const row of rows) {
    it(`validate(): ${row.name}`, () => {
      // The row holds no lines after: checkRow's order is the lines before, then the line.
      expect(rootErrors(checkRow(row).diagnostics)).toEqual([]);
    });
  }

  it("lintText(): no unknown-property error at all past the first 1,000 lines", () => {
    const row = rows[0] as Row;
    const result = lintText(JSON.stringify(forced([...row.before(), row.line()]), null, 2), { kind: "createOrder", rules: row.rules });
    expect(result.messages.filter((message) => message.ruleId === "unknown-property" && !/^\/orderItems\/[0-9]{1,3}\//.test(message.path))).toEqual([]);
  });

  it("one line more that keeps its error alone (an unknown key no field stands for): the note stands", () => {
    const result = validate("createOrder", forced([...times(limit, stringQuantityAndKey), ...times(4, misplacedQuantity), { ...taxed(), extra: 1 }]), { rules });
    expect(rootErrors(result.diagnostics)).toEqual([{ ruleId: "unknown-property", messageId: "tooMany" }]);
  });
});

/**
 * A rule's finding of a missing field past a list's stopped note claims the key put in another
 * object that the schema's missing field claims too, as alone: neither moves. A line there held
 * no finding that may give way (unknown-property off) and was not checked again, so the rule's
 * finding seemed the key's one claim and moved there.
 */
describe("a line past a list's stopped note, its rule's finding of a missing field: at the place it has alone", () => {
  const row: Row = {
    name: "1,000 lines that are strings, then itemSpecifics put in the product under unknown-property off: force-item-tax-override's error at the line's itemSpecifics",
    rules: { "unknown-property": "off" },
    before: () => times(limit, () => "x"),
    line: specificsInProduct,
    errors: [{ ruleId: "force-item-tax-override", place: "/itemSpecifics" }],
    valid: false,
  };
  it(`validate(): ${row.name}`, () => void checkRow(row));

  it("lintText(): at the line of the order line's own object", () => {
    const lines = [...row.before(), row.line()];
    const text = JSON.stringify(forced(lines), null, 2);
    const result = lintText(text, { kind: "createOrder", rules: row.rules });
    const found = result.messages.filter((message) => message.ruleId === "force-item-tax-override");
    expect(found.map(({ path, severity }) => ({ path, severity }))).toEqual([{ path: `/orderItems/${limit}/itemSpecifics`, severity: 2 }]);
    // The object's own line: the one that opens the last order line (it lacks itemSpecifics), not the key's in its product.
    expect(found[0]?.line).not.toBe(text.split("\n").lastIndexOf(`${" ".repeat(8)}"itemSpecifics": {`) + 1);
  });
});

/**
 * A list's check asks each problem what it ends as (countedGiveWay.ts), reading a missing field at
 * the key put in another object it would move to; where a rule's finding claims that key too,
 * neither moves (atMisplacedKeys), and the problem gives way at its place.
 */
describe("a problem whose key a rule's finding claims too: the list's check reads it at its place, as alone", () => {
  const row: Row = {
    name: "999 string quantities, then itemSpecifics put in a product, then a good line: valid, the missing itemSpecifics giving way to force-item-tax-override's warning",
    rules: { "schema/line-item-crucial": "error", "force-item-tax-override": "warn" },
    before: () => times(limit - 1, () => taxed({ quantity: "1" })),
    line: specificsInProduct,
    after: () => [taxed()],
    errors: [],
    valid: true,
  };
  it(`validate(): ${row.name}`, () => {
    const result = checkRow(row);
    expect(result.diagnostics.filter((finding) => finding.severity === "error")).toEqual([]);
  });

  it("lintText(): no error, exit as valid", () => {
    const result = lintText(JSON.stringify(forced([...row.before(), row.line(), ...(row.after?.() ?? [])]), null, 2), { kind: "createOrder", rules: row.rules });
    expect(result.messages.filter((message) => message.severity === 2)).toEqual([]);
  });
});
