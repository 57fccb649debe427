import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertValid, OmsValidationError, validate } from "../../src/index.js";
import type { Diagnostic } from "../../src/engine/diagnostic.js";
import { orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";
import { fuzzSeed } from "../fuzz/arbitraries.js";

/**
 * A list whose lines draw warnings of one check and errors of another, past the limit of 1,000
 * listed problems. Create Order's items are checked by two passes: the shared one (order.json:
 * a quantity of 0 is schema/quantity's warning, the string "x" an error) and Create Order's own
 * (an availability the documents do not list, an error). 1,201 lines each with a quantity of 0
 * and availability "Q", then one line with availability "Z": the shared pass went on past its
 * note for errors only, Create Order's stopped at line 1,000 with 1,000 errors listed, and its
 * note, at the same place as the other's, was dropped as a copy of it. The one note left was a
 * warning saying the check past line 1,000 "lists each" error and that the 200 problems it
 * counted there were "none an error": 201 availability errors went unlisted and uncounted, and
 * under a service's failOn "error" the client saw 1,000 errors and no sign the list was cut
 * (found by the trust audit of the caps).
 */

const limit = 1000;
const isNote = (finding: Diagnostic) => finding.messageId === "errorLimit";
/** The index of the order item a finding stands at (or in). */
const lineOf = (finding: Diagnostic) => Number(finding.path.split("/")[2]);
const inItems = (finding: Diagnostic) => finding.path.startsWith("/orderItems/");

/** The kinds of line the lists are made of: what the documents state (an error) and what we read (a warning). */
const lineKinds = {
  clean: () => orderItem(),
  /** schema/quantity's warning (our reading), in the shared pass. */
  quantityZero: () => orderItem({ quantity: 0 }),
  /** A stated error, in Create Order's own pass. */
  badAvailability: () => orderItem({ availability: "Q" }),
  /** Both: a warning in one pass, an error in the other. */
  both: () => orderItem({ quantity: 0, availability: "Q" }),
  /** A stated error in the shared pass (an item must be an object), none in Create Order's. */
  notAnObject: () => "x" as unknown as JsonObject,
} as const;
type LineKind = keyof typeof lineKinds;
const statesError = (kind: LineKind) => kind !== "clean" && kind !== "quantityZero";
/** The lines a finding other than a note lists an error at. */
const linesListed = (findings: readonly Diagnostic[]) => new Set(findings.filter((finding) => finding.severity === "error" && !isNote(finding) && inItems(finding)).map(lineOf));

/** The error-level notes of the list: each says the check stopped at its line, and stands for the errors past it. */
function stopsOf(findings: readonly Diagnostic[]): Diagnostic[] {
  return findings.filter((finding) => isNote(finding) && inItems(finding) && finding.severity === "error");
}

/** Every line's stated error is listed, or an error-level note at or before its line says the check stopped there. */
function expectEveryErrorAccounted(kinds: readonly LineKind[], findings: readonly Diagnostic[]): void {
  const listed = linesListed(findings);
  const stops = stopsOf(findings).map(lineOf);
  const unaccounted = kinds.flatMap((kind, line) => (statesError(kind) && !listed.has(line) && !stops.some((stop) => stop <= line) ? [line] : []));
  expect(unaccounted).toEqual([]);
}

/** A warning note that says the rest was checked for every error, or that what it counted past it holds none, says so only where it is true. */
function expectNoteClaimsTrue(kinds: readonly LineKind[], findings: readonly Diagnostic[]): void {
  const listed = linesListed(findings);
  for (const note of findings.filter((finding) => isNote(finding) && inItems(finding) && finding.severity === "warning")) {
    if (!/none an error|lists each of them/.test(note.message)) continue;
    const unlisted = kinds.flatMap((kind, line) => (line >= lineOf(note) && statesError(kind) && !listed.has(line) ? [line] : []));
    expect({ note: note.message, unlisted }).toEqual({ note: note.message, unlisted: [] });
  }
}

describe("a list past its limit with a warning in one pass and an error in the other", () => {
  it("1,201 lines with quantity 0 and availability Q, then availability Z: an error-level note says where Create Order's check stopped", () => {
    const items = [...Array.from({ length: 1201 }, lineKinds.both), orderItem({ availability: "Z" })];
    const kinds: LineKind[] = [...Array.from({ length: 1201 }, (): LineKind => "both"), "badAvailability"];
    const result = validate("createOrder", orderWithItems(items));
    const stops = stopsOf(result.diagnostics);
    // Create Order's pass listed its 1,000 errors, lines 0 to 999, and stopped at line 1,000.
    expect(stops.map(({ ruleId, path, evidence }) => ({ ruleId, path, evidence }))).toEqual([{ ruleId: "schema", path: `/orderItems/${limit}`, evidence: "stated" }]);
    expect(stops[0]?.message).toContain("stopped here");
    expect(result.diagnostics.filter((finding) => finding.path.endsWith("/product/availability"))).toHaveLength(limit);
    expectEveryErrorAccounted(kinds, result.diagnostics);
    expectNoteClaimsTrue(kinds, result.diagnostics);
    // The shared pass's note still counts its 200 quantity warnings past line 1,000, and no longer says they are all the problems there.
    const [counting] = result.diagnostics.filter((finding) => isNote(finding) && finding.severity === "warning");
    expect(counting?.message).toContain("201 more breaches of the schema's constraints past here");
    expect(counting?.message).not.toContain("none an error");
    expect(result.errorCount).toBe(result.diagnostics.filter((finding) => finding.severity === "error").length);
    expect(result.errorCount).toBeGreaterThan(limit);
  });

  it("assertValid at its default failOn (errors): what it throws still says the list was cut, at the line where it was", () => {
    const order = orderWithItems(Array.from({ length: 1010 }, lineKinds.both));
    const thrown = (() => {
      try {
        assertValid("createOrder", order);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(OmsValidationError);
    const { diagnostics } = thrown as OmsValidationError;
    expect(diagnostics.filter(isNote)).toEqual([expect.objectContaining({ ruleId: "schema", path: `/orderItems/${limit}`, severity: "error" })]);
    expect(diagnostics).toHaveLength(limit + 1);
  });

  it("both passes go on past their notes at one line: the one note counts what each left unlisted", () => {
    // 1,010 lines, each with a quantity of 0 (the shared pass's warning) and no availability (Create Order's pass's): 10 of each past line 1,000.
    const items = Array.from({ length: 1010 }, () => {
      const line = orderItem({ quantity: 0 });
      delete (line.product as JsonObject).availability;
      return line;
    });
    const notes = validate("createOrder", orderWithItems(items)).diagnostics.filter(isNote);
    expect(notes).toEqual([expect.objectContaining({ path: `/orderItems/${limit}`, severity: "warning" })]);
    expect(notes[0]?.message).toContain("; 20 more breaches of the schema's constraints past here, none an error, were counted, not listed");
  });

  it("mixes of lines around the limit: every stated error is listed or stands past an error-level note, and the notes' claims are true", () => {
    const anyKind = fc.constantFrom<LineKind>("clean", "quantityZero", "badAvailability", "both", "notAnObject");
    // Mostly one kind (so that a pass reaches its limit), with a few lines of other kinds anywhere: a small counterexample.
    const mix = fc.record({ length: fc.integer({ min: limit - 5, max: limit + 12 }), base: fc.constantFrom<LineKind>("quantityZero", "badAvailability", "both"), others: fc.array(fc.tuple(fc.nat(), anyKind), { maxLength: 12 }) });
    fc.assert(
      fc.property(mix, ({ length, base, others }) => {
        const kinds: LineKind[] = Array.from({ length }, () => base);
        for (const [at, other] of others) kinds[at % length] = other;
        const result = validate("createOrder", orderWithItems(kinds.map((kind) => lineKinds[kind]())));
        expectEveryErrorAccounted(kinds, result.diagnostics);
        expectNoteClaimsTrue(kinds, result.diagnostics);
        const errorFindings = result.diagnostics.filter((finding) => finding.severity === "error");
        expect(result.errorCount).toBe(errorFindings.length);
        // Never fewer than the lines whose error is listed, and one more where a note stands for the rest.
        const listedLines = linesListed(result.diagnostics).size;
        expect(result.errorCount).toBeGreaterThanOrEqual(listedLines + (kinds.filter(statesError).length > listedLines ? 1 : 0));
        expect(result.valid).toBe(!kinds.some(statesError));
      }),
      { seed: fuzzSeed, numRuns: 25 },
    );
  });
});
