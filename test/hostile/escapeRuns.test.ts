import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { createOrder } from "../support/payloads.js";

/**
 * Found by the audit of the escaped-key check for literals read as written (sourceWalk.ts,
 * escapedKeyHoldsWritten): a pattern tried from every quote ran across each run of `\"` again,
 * quadratic in the run (80,000 of them took 13.7 s; a megabyte, minutes). Each string is now read
 * once: two million escapes in one comment are linted as the same order without them is.
 */
describe("a text holding long runs of escaped quotes", () => {
  const order = createOrder();
  const findings = (text: string) => lintText(text, { kind: "createOrder" }).messages.map((m) => [m.ruleId, m.path]);

  it.each([
    ["a maxAmount of -1 written -1.0, after them", -1, "-1.0"],
    ["a maxAmount of 1E-400 under an escaped key, after them", null, "1E-400"],
  ])("%s: the verdict of the order without them", (_, written, literal) => {
    const escapes = '\\"'.repeat(1_000_000);
    const plain = JSON.stringify({ ...order, orderComment: "x", orderPayments: [{ ...(order.orderPayments as object[])[0], maxAmount: written }] }, null, 2);
    const key = written === null ? '"max\\u0041mount": null' : '"maxAmount": -1';
    const withLiteral = plain.replace(written === null ? '"maxAmount": null' : '"maxAmount": -1', key.replace(/null|-1$/, literal));
    expect(findings(withLiteral.replace('"orderComment": "x"', `"orderComment": "${escapes}"`)).filter(([rule]) => rule !== "schema")).toEqual(
      findings(withLiteral).filter(([rule]) => rule !== "schema"),
    );
  });
});
