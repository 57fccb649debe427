import { describe, expect, it } from "vitest";
import { assertValid, lintText, OmsValidationError, standardSchema, validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";

/**
 * A key may be a secret by its look (a custom data hash keyed by the customer's e-mail
 * address or a card number): the path printed beside a message hides it as the message does.
 */
const keyedBySecrets = () => ({ ...createOrder(), customOrderData: { "jane.doe@example.com": 5, "4111 1111 1111 1111": 6, giftWrap: 7 } });
const secrets = ["jane.doe@example.com", "4111 1111 1111 1111"];

describe("a path whose key is a card number or an e-mail address", () => {
  it("validate(), assertValid's error and its Standard Schema issues name the place with the key redacted, and quote neither", () => {
    const { diagnostics } = validate("createOrder", keyedBySecrets());
    expect(diagnostics.map((d) => d.path)).toEqual(["/customOrderData/[redacted]", "/customOrderData/[redacted]", "/customOrderData/giftWrap"]);
    let error: unknown;
    try {
      assertValid("createOrder", keyedBySecrets(), { failOn: "warning" });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(OmsValidationError);
    const logged = [String(error), JSON.stringify(error), JSON.stringify((error as OmsValidationError).issues)].join("\n");
    for (const secret of secrets) expect(logged).not.toContain(secret);
    expect(String(error)).toContain("/customOrderData/[redacted]: ");
    const issues = standardSchema("createOrder", { failOn: "warning" })["~standard"].validate(keyedBySecrets()).issues ?? [];
    expect(issues.map((i) => i.path)).toEqual([
      ["customOrderData", "[redacted]"],
      ["customOrderData", "[redacted]"],
      ["customOrderData", "giftWrap"],
    ]);
  });

  it("a file's messages (every CLI format's source) redact the key and keep the line and column of its value", () => {
    const text = JSON.stringify(keyedBySecrets(), null, 2);
    const lines = text.split("\n");
    const lineOf = (key: string) => lines.findIndex((line) => line.includes(JSON.stringify(key))) + 1;
    const { messages } = lintText(text, { kind: "createOrder" });
    expect(messages.map((m) => [m.path, m.line])).toEqual([
      ["/customOrderData/[redacted]", lineOf("jane.doe@example.com")],
      ["/customOrderData/[redacted]", lineOf("4111 1111 1111 1111")],
      ["/customOrderData/giftWrap", lineOf("giftWrap")],
    ]);
  });
});
