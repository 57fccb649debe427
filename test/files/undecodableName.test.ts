import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shownName, shownPath } from "../../src/files/undecodableName.js";

/** The bytes a shown name stands for: each `\xNN` one byte, every other character its UTF-8. */
function bytesOf(shown: string): Buffer {
  const parts: Buffer[] = [];
  for (const [, hex, text] of shown.matchAll(/\\x([0-9a-f]{2})|([^\\]+)/g)) parts.push(hex === undefined ? Buffer.from(text!, "utf8") : Buffer.from([parseInt(hex, 16)]));
  return Buffer.concat(parts);
}

/** Names as a file system holds them: any bytes, a few of them the ones that matter here. */
const rawNames = fc
  .uint8Array({ minLength: 1, maxLength: 24 })
  .chain((bytes) => fc.constantFrom(0x5c, 0xff, 0xe9, 0xc3, 0x41).chain((extra) => fc.nat(bytes.length).map((at) => Buffer.from([...bytes.subarray(0, at), extra, ...bytes.subarray(at)]))));

describe("shownName: a file name whose bytes are not UTF-8, as oms-lint reports it", () => {
  it("a UTF-8 name is shown as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), (name) => {
        expect(shownName(Buffer.from(name, "utf8"))).toBe(name);
      }),
    );
  });

  it("any other name is shown in characters that every report carries, and its bytes can be read back: no two are shown alike", () => {
    fc.assert(
      fc.property(rawNames, (raw) => {
        fc.pre(!isUtf8(raw));
        const shown = shownName(raw);
        expect(shown).not.toContain("\uFFFD");
        expect(bytesOf(shown).equals(raw)).toBe(true);
      }),
    );
  });

  it("the worked examples: a Latin-1 é, a cut sequence, a backslash", () => {
    expect(shownName(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6a, 0x73, 0x6f, 0x6e]))).toBe("caf\\xe9.json");
    expect(shownName(Buffer.from([0x61, 0xe2, 0x82, 0x41]))).toBe("a\\xe2\\x82A");
    expect(shownName(Buffer.from([0x5c, 0xff]))).toBe("\\x5c\\xff");
  });

  it("shownPath shows git's path name by name: a backslash is escaped only in the name that is not UTF-8", () => {
    expect(shownPath(Buffer.concat([Buffer.from("a\\b/c"), Buffer.from([0xff]), Buffer.from("\\.json")]))).toBe("a\\b/c\\xff\\x5c.json");
    expect(shownPath(Buffer.from("fixtures/négatif.json"))).toBe("fixtures/négatif.json");
  });
});
