import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFix } from "../../src/index.js";
import type { JsonEdit } from "../../src/engine/jsonEdit.js";

/**
 * applyFix is handed a text as an editor holds it, which may be no JSON at all (half typed, two
 * documents, a stray brace). The edit planner's walk reads only a text JSON.parse accepted: on
 * others it threw V8's "Cannot read properties of undefined (reading 'node')", or made the edit in
 * the wrong place: `{"a":1} trailing`, /a removed, came back as `{"a":1} tg`. Such a text has no
 * place for a JSON edit; it is given back as it was, as fix() leaves a text that does not parse.
 */
const edits: readonly JsonEdit[] = [{ path: "/a", remove: true }, { path: "/a", value: null }, { path: "/b/a", value: 3 }];

describe("applyFix on a text that is no JSON", () => {
  it.each([["}"], ["]]"], ['{"a":1}}'], ['{"a":1'], ['{"a":[1,2}'], ['{"a":1}{"a":2}'], ['{"a":1} trailing'], ['{"b":{"a":1},"b":{"a":2}'], ['\uFEFF{"a":1}]']])("%j: the text as it was", (text) => {
    for (const edit of edits) expect(applyFix(text, edit)).toBe(text);
  });

  it("still edits a text with a byte order mark before its JSON", () => {
    expect(applyFix('\uFEFF{"a":1,"c":2}', { path: "/a", remove: true })).toBe('\uFEFF{"c":2}');
  });

  it("any JSON object cut short, or followed by more than white space, is given back as it was (property)", () => {
    const objectText = fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }).chain((object) =>
      fc.record({ text: fc.constantFrom(JSON.stringify(object), JSON.stringify(object, null, 2)), key: fc.constantFrom(...Object.keys(object)) }),
    );
    const spoiled = fc.oneof(
      objectText.chain(({ text, key }) => fc.nat(text.length - 1).map((cut) => ({ text: text.slice(0, cut), key }))),
      objectText.chain(({ text, key }) => fc.string({ minLength: 1, maxLength: 6 }).map((more) => ({ text: text + more, key }))),
    );
    fc.assert(
      fc.property(spoiled, fc.boolean(), ({ text, key }, remove) => {
        fc.pre(!parses(text));
        const path = "/" + key.replace(/~/g, "~0").replace(/\//g, "~1");
        expect(applyFix(text, remove ? { path, remove: true } : { path, value: null })).toBe(text);
      }),
      { seed: 20261208, numRuns: 500 },
    );
  });
});

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
