import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";

/**
 * Found by the review of the session's changes to validate() on a caller's value: each case is
 * one JSON.stringify treats otherwise than the check did.
 */
const example = (): Record<string, unknown> => JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8"));

describe("a value checked as JSON.stringify sends it", () => {
  it("a boxed BigInt (Object(5n)) is the error a BigInt is: JSON.stringify throws on both", () => {
    const order = { ...example(), customOrderData: { giftWrap: Object(5n) } };
    expect(() => JSON.stringify(order)).toThrow(/BigInt/);
    const { valid, diagnostics } = validate("createOrder", order);
    expect(valid).toBe(false);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([expect.objectContaining({ path: "/customOrderData/giftWrap", message: expect.stringMatching(/could not be written \(a BigInt/) })]);
  });

  it("100,000 NaN 990 levels deep are written as null and validated within the limits (their places built gigabytes of pointers)", () => {
    let inner: unknown = Array(99_990).fill(Number.NaN);
    for (let i = 0; i < 990; i++) inner = [inner];
    // JSON.stringify writes each NaN as null, which a custom data value may hold.
    expect(validate("createOrder", { ...example(), customOrderData: { k: inner } }).valid).toBe(true);
  });

  it("an array with a toJSON of its own is checked as what that writes, as JSON.stringify sends it", () => {
    const answering = example();
    Object.assign(answering.orderItems as unknown[], { toJSON: () => "none" });
    expect(validate("createOrder", answering)).toEqual(validate("createOrder", JSON.parse(JSON.stringify(answering))));
    expect(validate("createOrder", answering).valid).toBe(false);
    const throwing = example();
    Object.assign(throwing.orderItems as unknown[], {
      toJSON: () => {
        throw new Error("session closed");
      },
    });
    expect(() => JSON.stringify(throwing)).toThrow("session closed");
    expect(validate("createOrder", throwing).valid).toBe(false);
  });

  it("a URLSearchParams or a class tagged Blob with a toJSON is checked as what its toJSON writes, not named a web form", () => {
    const params = Object.assign(new URLSearchParams("orderID=1"), { toJSON: example });
    class Doc {
      get [Symbol.toStringTag]() {
        return "Blob";
      }
      toJSON() {
        return example();
      }
    }
    for (const value of [params, new Doc()]) expect(validate("createOrder", value)).toEqual(validate("createOrder", example()));
  });
});
