import { describe, expect, it } from "vitest";
import { lintHttpFile } from "../../src/builtIn/linter.js";
import { createOrder } from "../support/payloads.js";

/**
 * One missing blank line between a request's headers and its body is one finding (found by
 * the editor surface audit: the pretty-printed Create Order example gave one `not a header`
 * error per body line, about 147, plus request/body-required).
 */
describe("a .http request whose body does not follow a blank line", () => {
  const body = JSON.stringify(createOrder(), null, 2);
  const request = (between: string) => `POST https://integration.shopatron.com/api/v2/createOrder/\nContent-Type: application/json\n${between}${body}\n`;

  it("is one parse error at the body's first line, saying the blank line is missing, and the body is still read as the body", () => {
    const result = lintHttpFile(request(""), "orders.http");
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: "parse", severity: 2, line: 3, column: 1, message: expect.stringMatching(/^the blank line between the headers and the body is missing/) }),
    ]);
  });

  it("with the blank line, the same request has no finding", () => {
    expect(lintHttpFile(request("\n"), "orders.http").messages).toEqual([]);
  });

  it("its body's own findings stand at their lines, as with the blank line", () => {
    const faulty = request("").replace('"manufacturerID": 1234', '"manufacturerID": 0');
    const fixed = request("\n").replace('"manufacturerID": 1234', '"manufacturerID": 0');
    // The blank line moves the body one line down.
    const rules = (text: string, shift: number) => lintHttpFile(text, "orders.http").messages.filter((m) => m.ruleId !== "parse").map((m) => [m.ruleId, m.message, m.line + shift]);
    expect(rules(faulty, 1)).toEqual(rules(fixed, 0));
    expect(rules(faulty, 1).length).toBeGreaterThan(0);
  });

  it("a line that is no header and no body (a header without its colon) is still that line's one fault", () => {
    const result = lintHttpFile("POST https://integration.shopatron.com/api/v2/order/1/customData\nContent-Type application/json\n\n{}\n", "notes.http");
    expect(result.messages.filter((m) => m.ruleId === "parse").map((m) => [m.line, m.message])).toEqual([[2, 'not a header ("Name: value"); a body must follow a blank line']]);
  });
});
