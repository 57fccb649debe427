import { describe, expect, it } from "vitest";
import { lintHttpFile, lintPostmanCollection } from "../../src/builtIn/linter.js";

/**
 * Review of 768f1e6e: a parse fault in a request's body named the bracket it is about by the
 * body's own numbering ("the [ opened at line 2, column 8 is never closed") while the finding
 * stood at the file's line; in the file that [ is at line 6. A place a message names is the
 * file's, as the finding's own place is; where none is exact, the message says so in words.
 */

/** The 1-based line and column of `offset` in `text`, counted here from the text itself. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

const createOrderCall = "POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n\n";

const parseMessages = (result: { messages: readonly { ruleId: string; message: string; line: number }[] }) => result.messages.filter((m) => m.ruleId === "parse");

describe("a parse fault in a .http body names places of the file", () => {
  it("a body cut short names its [ at the file's line and column", () => {
    const text = `### first\n${createOrderCall}{"externalOrderID": "x",\n  "a": [1,\n\n### next\n`;
    const [fault] = parseMessages(lintHttpFile(text));
    expect(fault?.message).toContain(`the [ opened at ${placeOf(text, text.indexOf("[1,"))} is never closed`);
    expect(fault?.message).not.toContain("line 2, column 8");
  });

  it("a closer of the wrong kind names the array it comes before at the file's place", () => {
    const text = `${createOrderCall}{"externalOrderID": "x",\n  "a": [1}\n`;
    const [fault] = parseMessages(lintHttpFile(text));
    expect(fault?.message).toContain(`"}" comes before the array opened at ${placeOf(text, text.indexOf("[1}"))} is closed`);
  });

  it("a bracket a variable's value brought in has no place in the file: said in words, not a wrong number", () => {
    const text = `@items = [1,\n\n${createOrderCall}{"externalOrderID": "x", "a": {{items}}\n`;
    const [fault] = parseMessages(lintHttpFile(text));
    expect(fault?.message).toContain("the [ opened earlier in the body is never closed");
  });
});

describe("a parse fault in a Postman raw body names places of the collection", () => {
  const collection = (raw: string) =>
    JSON.stringify(
      {
        info: { name: "c", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        item: [{ name: "create", request: { method: "POST", header: [{ key: "Content-Type", value: "application/json" }], url: "https://integration.shopatron.com/api/v2/createOrder/", body: { mode: "raw", raw } } }],
      },
      null,
      2,
    );

  it("a raw body cut short names its [ where it stands in the collection, past the string's escapes", () => {
    const text = collection('{\n "externalOrderID": "x",\n "a": [1, 2,\n');
    const [fault] = parseMessages(lintPostmanCollection(text));
    expect(fault?.message).toContain(`the [ opened at ${placeOf(text, text.indexOf("[1, 2,"))} is never closed`);
    expect(fault?.message).not.toContain("line 3, column 8");
  });
});
