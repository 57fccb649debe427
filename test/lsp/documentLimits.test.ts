import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { emptyConfig, type Config } from "../../src/config/config.js";
import { lintDocument } from "../../src/lsp/documentLint.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-lsp-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A config that lowers the limits, so that a document just past them is small; the CLI reads the same `limits`. */
const maxEntries = 100;
const config: Config = { ...emptyConfig(dir), limits: { maxEntries, maxValues: 1_000 } };
/** What the editor's user reads for an array past the entries limit: the limit, and where it is raised (the config, having no flags). */
const tooManyElements = `this array holds more than ${maxEntries} elements: no payload holds this many, so oms-lint stops (the limit is limits.maxEntries in oms-lint.config.json)`;

const items = (n: number) => Array(n).fill("{}").join(",");
const lint = (text: string) => lintDocument({ filePath: join(dir, "order.json") }, text, config, { structure: "publish" }, dir);

/** Lints a text and records whether JSON.parse was ever handed the whole of it. */
function lintWatchingParse(text: string) {
  const parse = vi.spyOn(JSON, "parse");
  try {
    const lint = lintDocument({ filePath: join(dir, "order.json") }, text, config, { structure: "publish" }, dir);
    return { lint, parsedWhole: parse.mock.calls.some(([parsed]) => typeof parsed === "string" && parsed.includes(items(maxEntries + 1))) };
  } finally {
    parse.mockRestore();
  }
}

describe("an open document past the config's limits (found by the language server limits audit)", () => {
  it.each([
    ["an order", `{"externalOrderID":"x","orderItems":[${items(1_001)}]}`, 37],
    ["an order with a trailing comma", `{"externalOrderID":"x","orderItems":[${items(1_001)}],}`, 37],
    ["orderItems first", `{"orderItems":[${items(1_001)}],"externalOrderID":"x"}`, 15],
    ["a bare array, of no kind", `[${items(1_001)}]`, 1],
  ])("%s: is not parsed whole to be told a payload, and gets the CLI's one limit fault at the array's bracket", (_, text, column) => {
    const { lint, parsedWhole } = lintWatchingParse(text);
    expect(parsedWhole).toBe(false);
    expect(lint?.format).toBe("payload");
    expect(lint?.result.messages).toHaveLength(1);
    expect(lint?.result.messages[0]).toMatchObject({ ruleId: "parse", severity: 2, fatal: true, message: tooManyElements, line: 1, column });
  });

  it("property: an order's items up to the limit are linted as an order; one more is the one limit fault, whatever else it holds", () => {
    // Fourteen cases in all (seven counts about the limit, the id first or last): each run once, as examples, not 30 draws of them.
    const every = [-3, -2, -1, 0, 1, 2, 3].flatMap((d) => [true, false].map((idFirst): [number, boolean] => [maxEntries + d, idFirst]));
    fc.assert(
      fc.property(fc.integer({ min: maxEntries - 3, max: maxEntries + 3 }), fc.boolean(), (n, idFirst) => {
        const orderItems = `"orderItems":[${items(n)}]`;
        const text = idFirst ? `{"externalOrderID":"x",${orderItems}}` : `{${orderItems},"externalOrderID":"x"}`;
        // Linted once: its messages and its kind.
        const linted = lint(text);
        const messages = linted?.result.messages ?? [];
        const limitFaults = messages.filter((m) => m.message === tooManyElements);
        if (n > maxEntries) expect(messages).toEqual(limitFaults);
        expect(limitFaults).toHaveLength(n > maxEntries ? 1 : 0);
        expect(linted?.kind).toBe(n > maxEntries ? undefined : "createOrder");
      }),
      { examples: every, numRuns: every.length },
    );
  });

  it("a document within the limits that is no payload still gets nothing", () => {
    expect(lint(`[${items(maxEntries)}]`)).toBeUndefined();
  });
});
