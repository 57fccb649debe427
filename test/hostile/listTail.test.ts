import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValid, validate } from "../../src/index.js";
import type { Diagnostic } from "../../src/engine/diagnostic.js";
import { createOrder, orderItem, orderPayment, orderWithItems, type Json, type JsonObject } from "../support/payloads.js";
import { fuzzSeed } from "../fuzz/arbitraries.js";

/**
 * Past a list's limit of listed problems (1,000), a refusal the documents state is still
 * found. A Create Order of 1,005 lines, each drawing a warning, whose line 1,003 was the string
 * "x", passed isValid and a pre-submit check: the schema check had stopped at line 1,000 and
 * only said so in a warning (found by the library audit).
 */

const lines = 1005;
const limit = 1000;

/** Lines that each draw one warning (our reading, never a refusal the documents state). */
const warningLines: Record<string, () => JsonObject> = {
  "a line without a partNumber (schema/line-item-crucial)": () => {
    const line = orderItem();
    delete (line.product as JsonObject).partNumber;
    return line;
  },
  'a B2B line whose quantity is the string "1" (schema/quantity)': () => orderItem({ quantity: "1" }),
};

/** One bad line, and the finding it must draw. */
// `sharedPass`: whether the line's error is found by the pass over the items that order.json
// makes for both kinds, whose problems the note counts. Create Order's availability list is
// checked by createOrder.json's own pass over them (an import's is only our reading), so its
// error is listed whatever the shared pass counted, and never makes that note an error.
const badLines: { name: string; line: Json; error: Partial<Diagnostic>; sharedPass: boolean }[] = [
  { name: 'the string "x"', line: "x", error: { ruleId: "schema", messageId: "type", path: "" }, sharedPass: true },
  { name: 'availability "ZZ"', line: orderItem({ availability: "ZZ" }), error: { ruleId: "schema", messageId: "enum", path: "/product/availability" }, sharedPass: false },
];

function orderWith(warningLine: () => JsonObject, bad: Json, at: number): JsonObject {
  return orderWithItems(Array.from({ length: lines }, (_, i) => (i === at ? bad : warningLine())) as JsonObject[]);
}

const isNote = (finding: Diagnostic) => finding.messageId === "errorLimit";

describe("a list past its limit of problems, all warnings: the rest is still checked for stated refusals", () => {
  for (const [warningName, warningLine] of Object.entries(warningLines)) {
    for (const bad of badLines) {
      it(`${lines} lines, each ${warningName}, line 1003 ${bad.name}: the error at line 1003, and the order invalid`, () => {
        const order = orderWith(warningLine, bad.line, 1003);
        const result = validate("createOrder", order);
        expect(result.valid).toBe(false);
        expect(isValid("createOrder", order)).toBe(false);
        const errors = result.diagnostics.filter((finding) => finding.severity === "error");
        expect(errors).toEqual([expect.objectContaining({ ...bad.error, path: `/orderItems/1003${bad.error.path}`, evidence: "stated" })]);
        // The note: where the listing stopped, that the rest was checked for what the documents state, and what it left unlisted.
        const notes = result.diagnostics.filter(isNote);
        expect(notes).toEqual([expect.objectContaining({ ruleId: "schema", severity: "warning", path: `/orderItems/${limit}` })]);
        expect(notes[0]?.message).toContain("went on checking the rest of the list for errors only (as the rules' levels make them: by default, what the documents state the OMS refuses)");
        expect(notes[0]?.message).toContain("4 more breaches of the schema's constraints past here, none an error, were counted, not listed");
        // Warnings past the note are counted there, not listed.
        expect(result.diagnostics.filter((finding) => finding.severity === "warning" && !isNote(finding) && finding.path.startsWith("/orderItems/"))).toHaveLength(limit);
      });
    }
  }

  it("lines that draw warnings alone: the order stays valid, and the note counts every warning past it", () => {
    const result = validate("createOrder", orderWithItems(Array.from({ length: 3000 }, () => orderItem({ quantity: "1" }))));
    expect(result.valid).toBe(true);
    const [note] = result.diagnostics.filter(isNote);
    expect(note).toMatchObject({ severity: "warning", evidence: "inferred", path: `/orderItems/${limit}` });
    expect(note?.message).toContain("2000 more breaches of the schema's constraints past here, none an error, were counted, not listed nor taken into the totals (one finding may stand for several): fix those above and run it again to list them");
    expect(result.diagnostics.filter((finding) => finding.ruleId === "schema/quantity")).toHaveLength(limit);
  });

  it("stated refusals past the note are listed up to the limit again; then a second note says the check stopped there", () => {
    const items = [...Array.from({ length: limit }, () => orderItem({ quantity: "1" })), ...Array.from({ length: 1500 }, () => "x")] as JsonObject[];
    const result = validate("createOrder", orderWithItems(items));
    const notObjects = result.diagnostics.filter((finding) => finding.messageId === "type" && finding.severity === "error");
    expect(notObjects).toHaveLength(limit);
    expect(notObjects.at(-1)?.path).toBe(`/orderItems/${2 * limit - 1}`);
    const notes = result.diagnostics.filter(isNote);
    expect(notes.map(({ path, severity }) => ({ path, severity }))).toEqual([
      { path: `/orderItems/${limit}`, severity: "warning" },
      { path: `/orderItems/${2 * limit}`, severity: "error" },
    ]);
    expect(notes[1]?.message).toMatch(/^the schema check of this list stopped here: past its first 1000 problems it went on looking only for errors \(as the rules' levels make them: by default, what the documents state the OMS refuses\)/);
  });

  it("a rule the configuration raises to an error is listed past the note, at its line, as any error is", () => {
    // It was counted on the note, which became the order's one error, naming no line of it.
    const items = [...Array.from({ length: limit }, () => warningLines["a line without a partNumber (schema/line-item-crucial)"]!()), orderItem({ quantity: "1" })];
    const result = validate("createOrder", orderWithItems(items), { rules: { "schema/quantity": "error" } });
    expect(result.valid).toBe(false);
    expect(result.diagnostics.filter((finding) => finding.severity === "error")).toEqual([
      expect.objectContaining({ ruleId: "schema/quantity", evidence: "inferred", path: `/orderItems/${limit}/itemSpecifics/quantity` }),
    ]);
    const [note] = result.diagnostics.filter(isNote);
    expect(note).toMatchObject({ severity: "warning", evidence: "inferred", path: `/orderItems/${limit}` });
    expect(note?.message).not.toContain("counted, not listed");
  });

  it("a stated rule the configuration turns down to a warning is counted past the note, not listed", () => {
    const items = [...Array.from({ length: limit }, () => orderItem({ quantity: "1" })), orderItem({ availability: "ZZ" })];
    const result = validate("createOrder", orderWithItems(items), { rules: { schema: "warn" } });
    expect(result.valid).toBe(true);
    expect(result.diagnostics.filter((finding) => finding.messageId === "enum")).toEqual([]);
    expect(result.diagnostics.filter(isNote)[0]?.message).toContain("1 more breach of the schema's constraints past here, none an error, was counted, not listed");
  });

  it("warnings under an if/then (a no-operation payment's noOperationType): the if's echo of them is no stated problem, and the check goes on", () => {
    // Ajv adds an `if` error beside the errors of the branch that failed; it was taken for a stated one, and the check stopped.
    const payments: Json[] = Array.from({ length: lines }, () => orderPayment({ paymentType: "NO", noOperationType: 5 }));
    payments[1003] = "x";
    const result = validate("createOrder", createOrder({ orderPayments: payments }));
    expect(result.valid).toBe(false);
    expect(result.diagnostics.filter((finding) => finding.severity === "error")).toEqual([expect.objectContaining({ ruleId: "schema", messageId: "type", path: "/orderPayments/1003" })]);
    const [note] = result.diagnostics.filter(isNote);
    expect(note?.message).toContain("went on checking the rest of the list");
    // The echoes are not counted, before the note (listBudgetConfigured.test.ts) nor past it: the note at payment 1,000, and one problem for each payment after it, but "x".
    expect(note?.path).toBe(`/orderPayments/${limit}`);
    expect(note?.message).toContain("4 more breaches of the schema's constraints past here, none an error");
  });

  it("wherever the one bad line stands, before, at or after the limit: its error is found, once, and the order is invalid", () => {
    const position = fc.oneof(fc.integer({ min: 0, max: lines - 1 }), fc.constantFrom(0, limit - 1, limit, limit + 1, lines - 1));
    fc.assert(
      fc.property(position, fc.constantFrom(...badLines), (at, bad) => {
        const result = validate("createOrder", orderWith(warningLines['a B2B line whose quantity is the string "1" (schema/quantity)']!, bad.line, at));
        expect(result.valid).toBe(false);
        const errors = result.diagnostics.filter((finding) => finding.severity === "error" && !isNote(finding));
        expect(errors).toEqual([expect.objectContaining({ ...bad.error, path: `/orderItems/${at}${bad.error.path}` })]);
        // Before the limit, the error is among the problems listed, and the note is the old stop (the order is refused already).
        // A line whose error the shared pass does not see has no problem there either: the limit is reached one line later.
        const notePath = `/orderItems/${at < limit && !bad.sharedPass ? limit + 1 : limit}`;
        expect(result.diagnostics.filter(isNote)).toEqual([expect.objectContaining({ path: notePath, severity: at < limit && bad.sharedPass ? "error" : "warning" })]);
      }),
      { seed: fuzzSeed, numRuns: 40 },
    );
  });
});

describe("the note's count of the problems before it", () => {
  // Found by the review of the stop's second half: lines of three warnings each reach the limit
  // mid-line, and the note said "have 1000 problems" where 1,002 were listed before it.
  it("is at least the limit, as many may stand before it when an element has several", () => {
    const threeWarnings = () => {
      const line = orderItem({ quantity: "1", product: { upc: 12 } });
      delete (line.product as JsonObject).partNumber;
      return line;
    };
    const result = validate("createOrder", orderWithItems(Array.from({ length: 400 }, threeWarnings)));
    const [note] = result.diagnostics.filter(isNote);
    const at = Number(note?.path.split("/")[2]);
    const before = result.diagnostics.filter((finding) => !isNote(finding) && finding.path.startsWith("/orderItems/") && Number(finding.path.split("/")[2]) < at);
    expect(before.length).toBeGreaterThan(limit);
    expect(note?.message).toContain(`its elements before this one have at least ${limit} problems`);
  });
});
