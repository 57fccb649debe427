import { describe, expect, it } from "vitest";
import { assertValid, lintText, OmsValidationError, standardSchema, validate } from "../../src/index.js";
import { createOrder } from "../support/payloads.js";
import { defineRule } from "../../src/engine/rule.js";
import { applyFix } from "../../src/fix/fix.js";
import { pointer } from "../../src/json/jsonPointer.js";
import { createLinter } from "../../src/lint/linter.js";

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

/** A rule of a caller's own that removes a custom data key shaped like a card number: a fix at a secret key. */
const noCardKeys = defineRule({
  meta: {
    id: "acme/no-card-keys",
    description: "Acme's checkout never keys custom order data by a card number.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: { document: "Acme's integration notes", passage: "Custom order data is never keyed by a card number." },
    messages: { cardKey: "a custom order data key is a card number" },
    fixable: true,
  },
  check({ value, report }) {
    const hash = (value as { customOrderData?: Record<string, unknown> }).customOrderData ?? {};
    for (const key of Object.keys(hash)) {
      if (/^\d{4}( \d{4}){3}$/.test(key)) report({ path: pointer("/customOrderData", key), messageId: "cardKey", fix: { path: pointer("/customOrderData", key), remove: true } });
    }
  },
});

describe("a fixable rule whose fix is at a key that is a card number", () => {
  const card = "4111 1111 1111 1111";
  const payload = () => ({ ...createOrder(), customOrderData: { [card]: "6", giftWrap: "7" } });
  const text = () => JSON.stringify(payload(), null, 2);
  const linter = createLinter({ rules: [noCardKeys] });

  it("validate() redacts the finding's path, and its fix keeps the real pointer, so that applyFix() mends that key (README: fix paths are not redacted)", () => {
    const [finding, ...others] = linter.validate("createOrder", payload()).diagnostics;
    expect(others).toEqual([]);
    expect(finding?.path).toBe("/customOrderData/[redacted]");
    expect(finding?.message).not.toContain(card);
    expect(finding?.fix).toEqual({ path: `/customOrderData/${card}`, remove: true });
    expect(JSON.parse(applyFix(text(), finding!.fix!))).toEqual({ ...createOrder(), customOrderData: { giftWrap: "7" } });
  });

  it("fix() removes that key alone, and the file's messages name it redacted", () => {
    expect(JSON.parse(linter.fix(text(), "createOrder").output)).toEqual({ ...createOrder(), customOrderData: { giftWrap: "7" } });
    const { messages } = linter.lintText(text(), { kind: "createOrder" });
    expect(messages.map((m) => m.path)).toEqual(["/customOrderData/[redacted]"]);
    expect(JSON.stringify(messages)).not.toContain(card);
  });
});
