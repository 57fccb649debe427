import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import type { Kind } from "../../src/kinds/kinds.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";

/** Found by the audit of diagnostic wording: each message says what is wrong at its place, and the example it gives is one oms-lint takes. */
const example = (kind: string) => JSON.parse(readFileSync(new URL(`../../examples/${kind}.json`, import.meta.url), "utf8")) as Record<string, unknown>;

describe("a message says what is wrong", () => {
  it.each([
    ["orderCustomDataRecord", "orderCustomDataID"],
    ["orderCustomDataRecord", "orderID"],
    ["orderItemCustomDataRecord", "orderItemCustomDataID"],
    ["orderItemCustomDataRecord", "itemID"],
  ] as const)("a %s without its %s: the message says the field is missing", (kind, field) => {
    const record = example(kind);
    delete record[field];
    expect(validate(kind as Kind, record).diagnostics).toEqual([expect.objectContaining({ path: `/${field}`, message: expect.stringMatching(new RegExp(`^${field} is missing: `)) })]);
  });

  it("a search response record without its orderItemID: the message says the field is missing", () => {
    const response = example("orderItemSearchResponse") as { collection: Record<string, unknown>[] };
    delete response.collection[0]!.orderItemID;
    expect(validate("orderItemSearchResponse", response).diagnostics).toEqual([expect.objectContaining({ path: "/collection/0/orderItemID", message: expect.stringMatching(/^orderItemID is missing: /) })]);
  });

  it.each([["5"], [true]])("a quantity of %j is said to be of the wrong type, not to be no whole number", (quantity) => {
    const order = orderWithItems([orderItem({ quantity })]);
    const [finding] = validate("createOrder", order).diagnostics.filter((d) => d.path.endsWith("/quantity"));
    expect(finding?.message).toMatch(/^quantity must be a whole number such as 5, not a string, a fraction or another type/);
  });
});

describe("an example a message gives is one oms-lint takes", () => {
  it("the customerIP format message's addresses draw no finding as a customerIP", () => {
    const [finding] = validate("createOrder", createOrder({ customerIP: "10.0.0.1." })).diagnostics.filter((d) => d.path === "/customerIP");
    const examples = /such as (\S+) or (\S+): /.exec(finding!.message)!.slice(1);
    expect(examples).toHaveLength(2);
    for (const ip of examples) expect(validate("createOrder", createOrder({ customerIP: ip })).diagnostics.filter((d) => d.path === "/customerIP"), ip).toEqual([]);
  });
});
