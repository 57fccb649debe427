import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bareVariables, withStandIns } from "../../src/requests/bodyVariables.js";

/**
 * A body's bare variables (`"manufacturerID": {{mfgId}}`) are kept as numbers, not an object and
 * a string each (the request files audit: a body of 10 million `{{a}}` took 1.6 GB). What a
 * reader sees is unchanged: each variable outside a string, in text order, found by its offset,
 * and the body with each standing in as `null` and blanks, every other character in its place.
 */

/** Body pieces: bare variables, variables inside strings (not bare), and JSON around them. */
const piece = fc.constantFrom("{{a}}", "{{ long name }}", '"{{in a string}}"', '"\\"{{escaped}}"', " ", ",", "1", "[", "]", '"x"', "\n", ":");

describe("bareVariables", () => {
  it("finds each variable outside a string, in text order, and withStandIns puts null and blanks in its place alone", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const body = pieces.join("");
        const found = bareVariables(body, "read");
        const items = Array.from({ length: found.length }, (_, index) => found.item(index));
        // Where they stand: ascending, each a whole `{{…}}` of one line.
        items.forEach((item, index) => {
          expect(body.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
          expect(item.text).toMatch(/^\{\{[^{}\n\r]+\}\}$/);
          if (index > 0) expect(item.offset).toBeGreaterThan(items[index - 1]!.offset);
          expect(found.startingAt(item.offset)).toEqual(item);
        });
        // The pieces that are bare variables, and only those, are found (a piece in a string never is).
        const bare = pieces.filter((p, index) => /^\{\{[^{}]+\}\}$/.test(p) && !insideString(pieces.slice(0, index).join(""))).length;
        expect(found.length).toBe(bare);
        // The stand-ins keep every other character where it was.
        const text = withStandIns(body, found);
        expect(text.length).toBe(body.length);
        let at = 0;
        for (const item of items) {
          expect(text.slice(at, item.offset)).toBe(body.slice(at, item.offset));
          expect(text.slice(item.offset, item.offset + item.text.length)).toBe("null".padEnd(item.text.length, " "));
          at = item.offset + item.text.length;
        }
        expect(text.slice(at)).toBe(body.slice(at));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps 100,000 of them, each found by its offset", () => {
    const body = `[${"{{v}},".repeat(100_000)}1]`;
    const found = bareVariables(body, "read");
    expect(found.length).toBe(100_000);
    expect(found.startingAt(1 + 6 * 99_999)).toEqual({ offset: 1 + 6 * 99_999, text: "{{v}}", place: "value" });
    expect(found.startingAt(2)).toBeUndefined();
    expect(withStandIns(body, found)).toBe(`[${"null ,".repeat(100_000)}1]`);
  });

  it("gives no variable past those it holds: an index outside them is a RangeError, not the arrays' spare zeros (audit)", () => {
    const found = bareVariables("[{{a}}, {{bb}}]", "read");
    expect(found.item(1)).toEqual({ offset: 8, text: "{{bb}}", place: "value" });
    for (const index of [2, 15, -1, 0.5]) expect(() => found.item(index), String(index)).toThrow(RangeError);
  });

  it("finds none in a body about to be sent, which is checked as it stands", () => {
    expect(bareVariables('{"a": {{v}}}', "as-sent").length).toBe(0);
  });
});

/** Whether a JSON string is open at the end of this text (a quote not escaped opens or closes one; a line break ends one). */
function insideString(text: string): boolean {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (open && char === "\\") i++;
    else if (char === '"') open = !open;
    else if (char === "\n") open = false;
  }
  return open;
}

describe("bareVariables tells where each stands: a value, a key, or an object's members", () => {
  it("by what precedes and follows it", () => {
    const body = '{"a": {{v}}, {{k}}: 1, {{m}}, "b": [{{x}}, {"c": {{{y}}}}]}';
    const found = bareVariables(body, "read");
    expect(Array.from({ length: found.length }, (_, i) => [found.item(i).text, found.item(i).place])).toEqual([
      ["{{v}}", "value"],
      ["{{k}}", "key"],
      ["{{m}}", "members"],
      ["{{x}}", "value"],
      ["{{y}}", "members"],
    ]);
    expect(withStandIns(body, found)).toBe('{"a": null , ""   : 1, "":0 , "b": [null , {"c": {"":0 }}]}');
    expect(found.holding(body.indexOf("{{m}}") + 3)).toEqual({ offset: body.indexOf("{{m}}"), text: "{{m}}", place: "members" });
    expect(found.holding(body.indexOf("{{m}}") + 5)).toBeUndefined();
  });
});
