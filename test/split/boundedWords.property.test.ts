import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems, type Json, type JsonObject } from "../support/payloads.js";

/**
 * The split audit: `oms-lint split` wrote every index out, a line of 70,143 characters for
 * 20,001 items, a refusal of 209,168, a note for each of 2,000 items. A line names its items as
 * lint's plan does: its first runs within 120 characters and its last within 20, each whole,
 * around "…" (shortenList), so a list takes at most about 160 characters, whatever the count.
 * A line holds at most two lists (a reason's items and those without an availability; a
 * refusal's unknown codes and entries that are no objects) beside the tool's own words, the
 * longest of which (a discontinued child's reason beside P, J and I items, a payment's note)
 * run to a few hundred characters: 1,000 holds them all, and is no line of 59,080. (A value a
 * refusal quotes, such as an unknown code, is quoted shortened to 160 characters whatever the
 * count, and the head and tail of a list keep one entry each at least: the codes drawn here
 * are short, so that the bound measures the lists.)
 */
const longestLine = 1_000;

const folder = scratchFolders("split-bounds");

/** 800 to 1,500 items (fast-check's default size draws about ten): every list past a message's quote, and every class's list, written out whole, past the bound (the audit's defect fails each run). */
const manyItems = <T>(entry: fc.Arbitrary<T>) => fc.array(entry, { minLength: 800, maxLength: 1_500, size: "max" });
/** Each split class, a normal code, and no availability: the items split places. */
const placeable = fc.constantFrom<string | null>("Y", "N", "P", "D", "J", "I", null);
/** Entries split refuses among them: an unknown code, a number for a code, an entry that is no object. */
const withUnplaceable = fc.oneof({ weight: 4, arbitrary: placeable }, fc.constantFrom<string | number | { entry: string }>("X", 7, { entry: "legacy" }));

type Drawn = string | number | null | { entry: string };

function orderOf(entries: readonly Drawn[]): JsonObject {
  const items = entries.map((drawn): Json => (typeof drawn === "object" && drawn !== null ? drawn.entry : orderItem({ product: { partNumber: null, availability: drawn } })));
  return orderWithItems(items as JsonObject[]);
}

/** Every string in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Whether the words name the index as a whole number (in a list, a run, or alone). */
const namesIndex = (words: string, index: number) => new RegExp(`(?<![0-9])${index}(?![0-9])`).test(words);

function expectLinesWithin(output: string, what: string): void {
  for (const line of output.split("\n")) expect(line.length, `${what}: ${line.slice(0, 200)}…`).toBeLessThanOrEqual(longestLine);
}

interface ReportChild {
  readonly itemIndexes: number[];
  readonly reason: string;
  readonly notes: string[];
}

describe("oms-lint split over thousands of items", () => {
  it("property: every line of the text, and every string of the JSON report, is within the bound, and names each list's first and last item", async () => {
    await fc.assert(
      fc.asyncProperty(manyItems(placeable), async (codes) => {
        const dir = folder({ "order.json": JSON.stringify(orderOf(codes), null, 2) + "\n" });
        const text = await runCli(["split", "order.json", "--out-dir", "text"], { cwd: dir });
        expectLinesWithin(text.stdout, "stdout");
        expectLinesWithin(text.stderr, "stderr");
        const json = await runCli(["split", "-f", "json", "order.json", "--out-dir", "json"], { cwd: dir });
        const report = JSON.parse(json.stdout) as { split: boolean; children: ReportChild[] };
        for (const string of stringsOf(report)) expect(string.length).toBeLessThanOrEqual(longestLine);
        for (const child of report.children) {
          const [first, last] = [child.itemIndexes[0]!, child.itemIndexes.at(-1)!];
          // A child's reason opens with its items ("orderItems 0, 2, …, 2998 (1500 items): …"); an order not split names none.
          if (report.split) expect(namesIndex(child.reason.slice(0, child.reason.indexOf(": ")), first) && namesIndex(child.reason, last)).toBe(true);
          const without = child.itemIndexes.filter((i) => codes[i] === null);
          if (without.length === 0) continue;
          const [note, ...more] = child.notes.filter((n) => n.includes("no product.availability"));
          expect(more).toEqual([]);
          expect(namesIndex(note!, without[0]!) && namesIndex(note!, without.at(-1)!)).toBe(true);
        }
      }),
      { numRuns: 4, seed: 20261206 },
    );
  }, 120_000);

  it("property: a refusal of unknown codes and entries that are no objects is one line within the bound, naming the first and last of each", async () => {
    await fc.assert(
      fc.asyncProperty(manyItems(withUnplaceable), async (entries) => {
        const dir = folder({ "order.json": JSON.stringify(orderOf(entries)) });
        const run = await runCli(["split", "order.json"], { cwd: dir });
        const unknown = entries.flatMap((e, i) => (e === "X" || e === 7 ? [i] : []));
        const notObjects = entries.flatMap((e, i) => (typeof e === "object" && e !== null ? [i] : []));
        if (unknown.length + notObjects.length === 0) return;
        expect(run.code).toBe(1);
        expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
        expectLinesWithin(run.stderr, "stderr");
        for (const list of [unknown, notObjects]) {
          if (list.length > 0) expect(namesIndex(run.stderr, list[0]!) && namesIndex(run.stderr, list.at(-1)!)).toBe(true);
        }
        const json = await runCli(["split", "-f", "json", "order.json"], { cwd: dir });
        for (const string of stringsOf(JSON.parse(json.stdout))) expect(string.length).toBeLessThanOrEqual(longestLine);
      }),
      { numRuns: 5, seed: 20261206 },
    );
  }, 60_000);
});
