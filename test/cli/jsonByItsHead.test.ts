import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { holdsJsonByItsHead, jsonHeadBytes, startsJsonContainer } from "../../src/cli/jsonByItsHead.js";

const scratch = mkdtempSync(join(tmpdir(), "oms-lint-json-head-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A JSON object or array as a program writes it: compact or indented, with leading white space. */
const jsonContainer = fc
  .tuple(fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue())), fc.constantFrom(undefined, 2, "\t"), fc.constantFrom("", " ", "\n\t", "\ufeff"))
  .map(([value, indent, lead]) => lead + JSON.stringify(value, null, indent));

describe("startsJsonContainer: a JSON object or array, told by its head", () => {
  it.each([
    ['{"a": [1, 2]}', true],
    ["[]\n", true],
    ["42\n", false],
    ["null", false],
    ['"text"', false],
    ["[the docs](https://example.com) say so", false],
    ["[1, 2] are the shards", false],
    ["{{ template }}", false],
    ["## Tests\n", false],
  ] as const)("%j (whole): %s", (text, json) => {
    expect(startsJsonContainer(text, true)).toBe(json);
  });

  it("any JSON object or array, whole or cut at any point past its first character: JSON", () => {
    fc.assert(
      fc.property(jsonContainer, fc.nat(), (text, cut) => {
        expect(startsJsonContainer(text, true)).toBe(true);
        const start = text.search(/[[{]/);
        expect(startsJsonContainer(text.slice(0, start + 1 + (cut % (text.length - start))), false)).toBe(true);
      }),
    );
  });

  it("JSON followed by a word is no JSON", () => {
    fc.assert(
      fc.property(jsonContainer, (text) => {
        expect(startsJsonContainer(`${text} and more`, true)).toBe(false);
      }),
    );
  });

  it("a file at the bound: JSON however far past it the file goes, its head cut inside a string or a character", () => {
    for (const size of [jsonHeadBytes - 2, jsonHeadBytes, jsonHeadBytes + 1, 3 * jsonHeadBytes]) {
      const path = join(scratch, `at-${size}.json`);
      const open = '{"note": "';
      writeFileSync(path, `${open}${"é".repeat(Math.max(0, Math.floor((size - open.length - 2) / 2)))}"}`);
      expect(holdsJsonByItsHead(path)).toBe(true);
    }
  });
});
