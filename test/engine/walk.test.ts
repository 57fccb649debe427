import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { defineRule, skipPayload } from "../../src/engine/rule.js";
import { createLinter } from "../../src/lint/linter.js";
import { maxProblemsPerRule, runRules } from "../../src/engine/ruleEngine.js";
import { orderItem, orderWithItems, orderWithPayments, orderPayment, type JsonObject } from "../support/payloads.js";

/** Every built-in payload rule, without the schema check (Ajv reads the payload on its own). */
const payloadRules = createLinter({ rules: rules.filter((rule) => rule.meta.structural !== true && rule.meta.target !== "request") });

/** The order, its orderItems read through a getter that counts the reads. */
function countingItemReads(order: JsonObject): { order: JsonObject; reads: () => number } {
  const items = order.orderItems;
  let reads = 0;
  const counted: JsonObject = { ...order };
  Object.defineProperty(counted, "orderItems", {
    enumerable: true,
    get() {
      reads++;
      return items;
    },
  });
  return { order: counted, reads: () => reads };
}

describe("the engine walks the payload once", () => {
  it("every built-in payload rule together reads orderItems once", () => {
    const { order, reads } = countingItemReads(orderWithItems([orderItem(), orderItem({ partNumber: "Product0002" }), orderItem({ partNumber: "Product0003" })]));
    // The engine alone: validate() first counts the payload's values against the limits, which reads it once more.
    expect(runRules(payloadRules.ruleSet, new Map(), "createOrder", order, {})).toEqual([]);
    expect(reads()).toBe(1);
    expect(payloadRules.validate("createOrder", order).diagnostics).toEqual([]);
    expect(reads()).toBe(3);
  });

  it("and still once when the rules find problems in the items (P mixed with Y, a line taxed over 20%)", () => {
    const mixed = orderWithItems([orderItem({ availability: "P" }), orderItem({ partNumber: "Product0002", itemTaxOverride: 5 })], { forceItemTaxOverride: true });
    const { order, reads } = countingItemReads(mixed);
    // The engine alone: validate() then sorts the findings in document order, which reads the payload again.
    const found = runRules(payloadRules.ruleSet, new Map(), "createOrder", order, {}).map((d) => d.ruleId);
    expect(found).toEqual(expect.arrayContaining(["preorder-mix", "tax-rate-cap"]));
    expect(reads()).toBe(1);
  });
});

const recorderMeta = {
  ...{ id: "acme/recorder", description: "Records where the engine calls it.", kinds: ["createOrder" as const] },
  ...{ defaultSeverity: "warning" as const, evidence: "inferred" as const, source: { document: "this test", passage: "none" } },
};

describe("a rule declares where it looks", () => {
  /** A rule that records each of its visitors' calls. */
  function recorder() {
    const calls: string[] = [];
    const rule = defineRule({
      meta: { ...recorderMeta, messages: { seen: "seen {{count}} items" } },
      visit: {
        payload: () => {
          calls.push("payload");
          return { items: 0 };
        },
        item(item, _context, state) {
          calls.push(`item ${item.path}`);
          state.items++;
        },
        payment(payment) {
          calls.push(`payment ${payment.path}`);
        },
        end({ report }, state) {
          calls.push("end");
          report({ path: "/orderItems", messageId: "seen", data: { count: state.items } });
        },
      },
    });
    return { rule, calls };
  }

  it("a rule subscribed to items is called once per item that is an object, in order, between payload and end", () => {
    const { rule, calls } = recorder();
    const order = orderWithItems([orderItem(), "not an item" as never, orderItem({ partNumber: "Product0002" }), orderItem({ partNumber: "Product0003" })]);
    order.orderPayments = [];
    const [finding] = createLinter({ rules: [rule] }).validate("createOrder", order).diagnostics;
    expect(calls).toEqual(["payload", "item /orderItems/0", "item /orderItems/2", "item /orderItems/3", "end"]);
    // The state payload returned reached every item visitor and end.
    expect(finding?.message).toBe("seen 3 items");
  });

  it("a payment visitor sees each payment; an item visitor nothing when orderItems is not a list", () => {
    const { rule, calls } = recorder();
    const order = orderWithPayments([orderPayment(), orderPayment()], { orderItems: { "0": orderItem() } });
    createLinter({ rules: [rule] }).validate("createOrder", order);
    expect(calls).toEqual(["payload", "payment /orderPayments/0", "payment /orderPayments/1", "end"]);
  });

  it("memo: two rules get one object in a payload, made once; the next payload gets a new one (what one rule gathered, the other judges)", () => {
    const key = {};
    const made: object[] = [];
    const seen: [string, object][] = [];
    const sharing = (id: string) =>
      defineRule({
        meta: { ...recorderMeta, id, messages: {} },
        check({ memo }) {
          seen.push([id, memo(key, () => made[made.push({ by: id }) - 1]!)]);
        },
      });
    const linter = createLinter({ rules: [sharing("acme/first"), sharing("acme/second")] });
    linter.validate("createOrder", orderWithItems([orderItem()]));
    linter.validate("createOrder", orderWithItems([orderItem()]));
    expect(made).toEqual([{ by: "acme/first" }, { by: "acme/first" }]);
    expect(seen.map(([id, object]) => [id, made.indexOf(object)])).toEqual([
      ["acme/first", 0],
      ["acme/second", 0],
      ["acme/first", 1],
      ["acme/second", 1],
    ]);
  });

  it("a rule whose payload visitor returns skipPayload is called no more for that payload, and again for the next", () => {
    const calls: string[] = [];
    const skipper = defineRule({
      meta: { ...recorderMeta, messages: {} },
      visit: {
        payload: ({ value }) => ((value as JsonObject).orderComment === "skip" ? skipPayload : undefined),
        item: (item) => void calls.push(item.path),
        end: () => void calls.push("end"),
      },
    });
    const linter = createLinter({ rules: [skipper] });
    linter.validate("createOrder", orderWithItems([orderItem()], { orderComment: "skip" }));
    expect(calls).toEqual([]);
    linter.validate("createOrder", orderWithItems([orderItem()]));
    expect(calls).toEqual(["/orderItems/0", "end"]);
  });

  it("a run kept for the next payload starts it clean: no state, count or finding of the last one reaches it", () => {
    const seen: unknown[] = [];
    const stateful = defineRule({
      meta: { ...recorderMeta, messages: { mark: "marked {{n}}" } },
      visit: {
        // A state on a marked payload, none on the others; a finding for every item of a marked one.
        payload: ({ value }) => ((value as JsonObject).orderComment === "mark" ? ["kept"] : undefined),
        item: (item, { report }, state) => {
          seen.push(state);
          if (state) report({ path: item.path, messageId: "mark", data: { n: item.index } });
        },
      },
    });
    const linter = createLinter({ rules: [stateful] });
    const marked = linter.validate("createOrder", orderWithItems([orderItem(), orderItem()], { orderComment: "mark" })).diagnostics;
    expect(marked.map((d) => d.path)).toEqual(["/orderItems/0", "/orderItems/1"]);
    const plain = linter.validate("createOrder", orderWithItems([orderItem()])).diagnostics;
    expect(plain).toEqual([]);
    expect(seen).toEqual([["kept"], ["kept"], undefined]);
  });

  it("a rule that reports past the limit in its payload visitor and then skips keeps its note that more are not listed", () => {
    const flood = defineRule({
      meta: { ...recorderMeta, messages: { many: "problem {{n}}" } },
      visit: {
        payload: ({ report }) => {
          for (let n = 0; n < maxProblemsPerRule + 5; n++) report({ path: "", messageId: "many", data: { n } });
          return skipPayload;
        },
      },
    });
    const found = createLinter({ rules: [flood] }).validate("createOrder", orderWithItems([orderItem()])).diagnostics;
    expect(found.filter((d) => d.messageId === "many")).toHaveLength(maxProblemsPerRule);
    expect(found.filter((d) => d.messageId === "tooMany")).toHaveLength(1);
  });

  it("a rule that throws in a visitor is one internal error and is called no more; the other rules run on", () => {
    let calls = 0;
    const broken = defineRule({
      meta: { ...recorder().rule.meta, id: "acme/broken" },
      visit: {
        item() {
          calls++;
          throw new Error("boom");
        },
      },
    });
    const { rule: other, calls: otherCalls } = recorder();
    const order = orderWithItems([orderItem(), orderItem({ partNumber: "Product0002" })]);
    const found = createLinter({ rules: [broken, other] }).validate("createOrder", order).diagnostics;
    expect(calls).toBe(1);
    expect(found.map((d) => [d.ruleId, d.messageId])).toEqual([
      ["acme/broken", "internalError"],
      ["acme/recorder", "seen"],
    ]);
    expect(otherCalls.filter((call) => call.startsWith("item"))).toHaveLength(2);
  });
});
