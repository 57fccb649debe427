import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver";
import { taxedOrder } from "../support/payloads.js";
import { messageOf } from "./lspClient.js";
import { scratchServer } from "./scratchServer.js";

/** The CLI's limit (README, "limits"): a text that nests deeper is one fatal parse fault. */
const limit = 1000;
const tooDeep = /nests deeper than 1000 levels/;

/** The offset of the `[` or `{` that opens level `level` of a text of brackets and a plain prefix. */
function openerOffset(text: string, level: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) if ((text[i] === "[" || text[i] === "{") && ++seen === level) return i;
  return -1;
}

/** A text nesting `depth` levels: bare arrays, or arrays in an order's orderItems (the object is the first level). */
function nested(depth: number, closed: boolean, inOrder: boolean): string {
  if (!inOrder) return "[".repeat(depth) + (closed ? "]".repeat(depth) : "");
  return `{"externalOrderID":"A","orderItems":${"[".repeat(depth - 1)}${closed ? `${"]".repeat(depth - 1)}}` : ""}`;
}

describe("a document nested past the limit, through the real server", () => {
  const server = scratchServer("depth");
  let count = 0;
  const nextUri = () => server.uri(`deep-${count++}.json`);

  it("replaces the last version's findings with the CLI's one parse fault, at the bracket one level too deep", async () => {
    const document = await server.client.open(nextUri(), "json", taxedOrder());
    expect((await server.client.diagnosticsOf(document.uri, 1)).length).toBeGreaterThan(1);
    const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
    const version = await server.client.edit(document.uri, [{ range: whole, newText: "[".repeat(9000) }]);
    const diagnostics = await server.client.diagnosticsOf(document.uri, version);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "parse", severity: 1, range: { start: { line: 0, character: limit } } });
    expect(messageOf(diagnostics[0]!)).toMatch(tooDeep);
    await server.client.close(document.uri);
  });

  it("property: closed or not, bare or in an order, exactly one depth fault past the limit and none within it", async () => {
    const depth = fc.oneof(fc.integer({ min: limit - 10, max: limit + 10 }), fc.integer({ min: 8000, max: 20_000 }));
    await fc.assert(
      fc.asyncProperty(depth, fc.boolean(), fc.boolean(), async (levels, closed, inOrder) => {
        const text = nested(levels, closed, inOrder);
        const document = await server.client.open(nextUri(), "json", text);
        const diagnostics: Diagnostic[] = await server.client.diagnosticsOf(document.uri, 1);
        await server.client.close(document.uri);
        if (levels > limit) {
          expect(diagnostics).toHaveLength(1);
          expect(diagnostics[0]).toMatchObject({ code: "parse", range: { start: document.positionAt(openerOffset(text, limit + 1)) } });
          expect(messageOf(diagnostics[0]!)).toMatch(tooDeep);
        } else {
          expect(diagnostics.filter((d) => tooDeep.test(messageOf(d)))).toEqual([]);
          // An order within the limit is linted (a fault or findings); bare arrays are no payload.
          expect(diagnostics.length > 0).toBe(inOrder);
        }
      }),
      { numRuns: 24, endOnFailure: true },
    );
  });
});
