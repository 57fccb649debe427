import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic, Position } from "vscode-languageserver";
import { taxedOrder } from "../support/payloads.js";
import { messageOf } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

/** The CLI's limit (README, "limits"): a text that nests deeper is one fatal parse fault. */
const limit = 1000;
/** Said in an editor's words: its user raises the limit in the config, having no command line. */
const tooDeep = /nests deeper than 1000 levels here: .*\(the limit is limits\.maxDepth in oms-lint\.config\.json\)$/

/** The offset of the `[` or `{` that opens level `level` of a text of brackets and a plain prefix. */
function openerOffset(text: string, level: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) if ((text[i] === "[" || text[i] === "{") && ++seen === level) return i;
  return -1;
}

/** What nests: arrays in an order's orderItems (the object is the first level: a payload), bare arrays, or tree.json's objects (neither is a payload). */
type Shape = "order" | "array" | "tree";

/** A text nesting `depth` levels in `shape`, closed or cut off at its innermost value. */
function nested(shape: Shape, depth: number, closed: boolean): string {
  if (shape === "array") return "[".repeat(depth) + (closed ? "]".repeat(depth) : "");
  if (shape === "tree") return `{"tree":${'{"c":'.repeat(depth - 1)}1${closed ? "}".repeat(depth) : ""}`;
  return `{"externalOrderID":"A","orderItems":${"[".repeat(depth - 1)}${closed ? `${"]".repeat(depth - 1)}}` : ""}`;
}

describe("a document nested past the limit, through the real server", () => {
  const server = scratchServer("depth", { noTypingPause: true });
  let count = 0;
  const nextUri = () => server.uri(`deep-${count++}.json`);

  /** Opens an order with findings, replaces its whole text, and returns what the server publishes for the new version. */
  async function replacedBy(text: string): Promise<{ diagnostics: Diagnostic[]; opener: Position }> {
    const document = await server.client.open(nextUri(), "json", taxedOrder());
    expect((await server.client.diagnosticsOf(document.uri, 1)).length).toBeGreaterThan(1);
    const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
    const version = await server.client.edit(document.uri, [{ range: whole, newText: text }]);
    const diagnostics = await server.client.diagnosticsOf(document.uri, version);
    const opener = document.positionAt(openerOffset(text, limit + 1));
    await server.client.close(document.uri);
    return { diagnostics, opener };
  }

  it.each([true, false])("an order with an item nested 9,000 deep (closed: %s): the last version's findings give way to the CLI's one parse fault, at the bracket one level too deep", async (closed) => {
    const { diagnostics, opener } = await replacedBy(nested("order", 9000, closed));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "parse", severity: 1, range: { start: opener } });
    expect(messageOf(diagnostics[0]!)).toMatch(tooDeep);
  });

  // README: "any other JSON file gets nothing", however deep: an empty publish clears the order's findings.
  it.each([
    ["array", 9000, true],
    ["array", 9000, false],
    ["tree", 1500, true],
    ["tree", 1500, false],
    ["tree", 9000, true],
    ["tree", 9000, false],
  ] as const)("%s nested %i deep (closed: %s), no payload: no diagnostics, the last version's findings cleared", async (shape, depth, closed) => {
    expect((await replacedBy(nested(shape, depth, closed))).diagnostics).toEqual([]);
  });

  it("property: closed or not, an order gets exactly one depth fault past the limit and none within it; bare arrays and trees get nothing past it or closed, and the one syntax fault when cut off within it", async () => {
    const depth = fc.oneof(fc.integer({ min: limit - 10, max: limit + 10 }), fc.integer({ min: 8000, max: 20_000 }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Shape>("order", "array", "tree"), depth, fc.boolean(), async (shape, levels, closed) => {
        const text = nested(shape, levels, closed);
        const document = await server.client.open(nextUri(), "json", text);
        const diagnostics: Diagnostic[] = await server.client.diagnosticsOf(document.uri, 1);
        await server.client.close(document.uri);
        if (shape !== "order" && (closed || levels > limit)) {
          expect(diagnostics).toEqual([]);
        } else if (shape !== "order") {
          // Cut off within the limit: a syntax fault, the CLI's one parse fault on any JSON file, not a depth fault.
          expect(diagnostics).toHaveLength(1);
          expect(diagnostics[0]).toMatchObject({ code: "parse", severity: 1 });
          expect(messageOf(diagnostics[0]!)).not.toMatch(tooDeep);
        } else if (levels > limit) {
          expect(diagnostics).toHaveLength(1);
          expect(diagnostics[0]).toMatchObject({ code: "parse", range: { start: document.positionAt(openerOffset(text, limit + 1)) } });
          expect(messageOf(diagnostics[0]!)).toMatch(tooDeep);
        } else {
          expect(diagnostics.filter((d) => tooDeep.test(messageOf(d)))).toEqual([]);
          // An order within the limit is linted (a fault or findings).
          expect(diagnostics.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 24, endOnFailure: true, examples: [["order", limit, false], ["order", limit + 1, false], ["tree", limit + 1, true], ["array", limit + 1, false], ["tree", limit, false], ["array", limit, true]] },
    );
  });
});
