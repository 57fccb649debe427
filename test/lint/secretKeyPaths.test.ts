import { describe, expect, it } from "vitest";
import { lintText, validate } from "../../src/index.js";
import { createOrder, orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";

/**
 * A custom data key that is the payload's own secret (the customer's phone2 `8885552147`) was
 * `[redacted]` in the message but whole in the path, `/customOrderData/8885552147` (review of the
 * phone lookalikes): the message was cleared of the payload's secret texts, the path only of
 * what looks like a secret. A service logs both.
 */
const phone = "8885552147";
const customer = (fields: JsonObject) => ({ ...(createOrder().customer as JsonObject), ...fields });
const order = (fields: JsonObject, customOrderData: JsonObject) => createOrder({ customer: customer(fields), customOrderData });

describe("a finding's path under a key that is one of the payload's secrets", () => {
  it("validate(): the key is [redacted] in the path as in the message", () => {
    const { diagnostics } = validate("createOrder", order({ phone2: phone }, { [phone]: { nested: true } }));
    const atKey = diagnostics.filter((d) => d.path.startsWith("/customOrderData/"));
    expect(atKey.map((d) => d.path)).toEqual(["/customOrderData/[redacted]"]);
    for (const d of diagnostics) expect(`${d.message} ${d.path}`).not.toContain(phone);
  });

  it("lintText(): the key is [redacted] in the path, and the line and column still point at it", () => {
    const text = JSON.stringify(order({ phone2: phone }, { [phone]: { nested: true } }), null, 2);
    const { messages } = lintText(text, { kind: "createOrder" });
    const atKey = messages.filter((m) => m.path.startsWith("/customOrderData/"));
    expect(atKey.map((m) => m.path)).toEqual(["/customOrderData/[redacted]"]);
    const keyLine = text.split("\n").findIndex((line) => line.includes(`"${phone}": {`)) + 1;
    expect(atKey[0]!.line).toBe(keyLine);
    for (const m of messages) expect(`${m.message} ${m.path}`).not.toContain(phone);
  });

  it("an array's index is no key: /orderItems/1 stays when a secret is 1", () => {
    const value = orderWithItems([orderItem(), orderItem({ itemSpecifics: { quantity: 0 } })], { customer: customer({ phone2: "1" }) });
    const paths = validate("createOrder", value).diagnostics.map((d) => d.path);
    expect(paths.some((path) => path.startsWith("/orderItems/1/"))).toBe(true);
  });
});
