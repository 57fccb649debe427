import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/engine/rule.js";
import { createLinter } from "../../src/lint/linter.js";
import { createOrder, orderItem, orderWithItems } from "../support/payloads.js";
import { createOrderLine } from "../support/requestBodies.js";

/**
 * The reads machinery, as a library caller's rules meet it: a rule that reads another field only
 * as to whether it holds a string names it in meta.readsAnyString, and a quoted variable there
 * leaves its finding standing (quotes always send a string); a bare one, which may fill to any
 * value, does not. A rule asks RuleContext.filledByClient which values the client fills.
 */

/** A rule that says, at externalOrderID, that some item's availability is no string: it reads every item's, a string any string alike. */
const availabilityNotString = (anyString: boolean) =>
  defineRule({
    meta: {
      id: "acme/availability-not-string",
      description: "Some item's availability is no string.",
      defaultSeverity: "warning",
      evidence: "inferred",
      kinds: ["createOrder"],
      source: { document: "none", passage: "none" },
      messages: { notString: "an availability is no string" },
      reads: { notString: ["/orderItems/*/product/availability"] },
      ...(anyString ? { readsAnyString: ["/orderItems/*/product/availability"] } : {}),
    },
    check({ value, report }) {
      const items = (value as { orderItems?: { product?: { availability?: unknown } }[] }).orderItems ?? [];
      if (items.some((item) => typeof item.product?.availability !== "string")) report({ path: "/externalOrderID", messageId: "notString" });
    },
  });

/** A rule that says, at externalOrderID (a finding at a bare variable's own place is dropped), whether the client fills the currency. */
const currencyFilled = defineRule({
  meta: {
    id: "acme/currency-filled",
    description: "Whether the client fills the currency.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder"],
    source: { document: "none", passage: "none" },
    messages: { filled: "the client fills the currency", notFilled: "the currency is written out" },
  },
  check({ filledByClient, report }) {
    report({ path: "/externalOrderID", messageId: filledByClient?.("/currency") === true ? "filled" : "notFilled" });
  },
});

/** An order of two items, the second one's availability written as given (bare or quoted), the first's a number. */
const http = (availability: string) => {
  const order = orderWithItems([orderItem({ availability: 7 as never }), orderItem({ partNumber: "P2", availability: "<a>" })]);
  return `${createOrderLine}${JSON.stringify(order, null, 2).replace('"<a>"', availability)}\n`;
};
const ids = (linter: ReturnType<typeof createLinter>, text: string) => linter.lintHttpFile(text, "o.http").messages.map((m) => m.messageId);

describe("RuleMeta.readsAnyString, at a place a read reaches through *", () => {
  it("a quoted variable there is a string whatever it fills to: the finding stands", () => {
    expect(ids(createLinter({ rules: [availabilityNotString(true)] }), http('"{{avail}}"'))).toEqual(["notString"]);
  });
  it("a bare variable there may fill to anything: the finding is dropped", () => {
    expect(ids(createLinter({ rules: [availabilityNotString(true)] }), http("{{avail}}"))).toEqual([]);
  });
  it("without it, a quoted variable is a value oms-lint cannot know, as before: the finding is dropped", () => {
    expect(ids(createLinter({ rules: [availabilityNotString(false)] }), http('"{{avail}}"'))).toEqual([]);
  });
});

describe("RuleContext.filledByClient", () => {
  const linter = createLinter({ rules: [currencyFilled] });
  const withCurrency = (currency: string, head = "") => `${head}${createOrderLine}${JSON.stringify(createOrder({ currency: "<c>" }), null, 2).replace('"<c>"', currency)}\n`;
  it("answers true for a variable the client fills, quoted or bare", () => {
    expect(ids(linter, withCurrency('"{{currency}}"'))).toEqual(["filled"]);
    expect(ids(linter, withCurrency("{{currency}}"))).toEqual(["filled"]);
  });
  it("answers false for a value written out, or one the file defines (filled before the check)", () => {
    expect(ids(linter, withCurrency('"USD"'))).toEqual(["notFilled"]);
    expect(ids(linter, withCurrency('"{{currency}}"', "@currency = USD\n\n"))).toEqual(["notFilled"]);
  });
  it("is not given outside a request file", () => {
    expect(linter.validate("createOrder", createOrder({ currency: "{{currency}}" })).diagnostics.map((d) => d.messageId)).toEqual(["notFilled"]);
  });
});
