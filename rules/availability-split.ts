import { mixUnlessOnBlocks, codeList, discontinuedBasis, splitInstruction, splitPlan, statedNormalCodes, type AvailabilityClass, type ItemAvailability } from "../src/domain/availabilityClasses.js";
import { defineRule } from "../src/engine/rule.js";

/** The classes this rule splits off, each with the message that gives the document's reason (P is preorder-mix's). */
const messageIds: ReadonlyMap<AvailabilityClass, string> = new Map([
  ["D", "discontinued"],
  ["J", "splitToMerchant"],
  ["I", "digitalContent"],
]);

/**
 * The message for the D items beside `others`, and what it names: the Y and L items the
 * documents call normal, else the P, J or I items whose row states the split; undefined where
 * the others are only of codes the documents do not call normal.
 */
function discontinuedFinding(others: readonly ItemAvailability[]): { messageId: string; data: Record<string, string> } | undefined {
  const basis = discontinuedBasis(others);
  if (basis === "implied") return undefined;
  if (basis === "normal") return { messageId: "discontinued", data: { otherCodes: codeList(others), normalCodes: codeList(others.filter((item) => statedNormalCodes.has(item.code))) } };
  // The row quoted is the other split class's: only its codes are named as those whose products must be split.
  return { messageId: "discontinuedBesideSplit", data: { otherCodes: codeList(others.filter((item) => item.availabilityClass !== "normal")) } };
}

export const availabilitySplit = defineRule({
  meta: {
    id: "availability-split",
    description:
      "Split to Merchant (J) and Digital Content (I) items must be sent apart from items of any other availability, and Discontinued (D) items apart from normal (Y, L) items, or from preorder, J and I items where no item of another availability stands beside them, each group as its own order.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Availability and the limitations on how products can be combined",
      passage:
        "Note that some cases require the order to be split into more than one order if there are products with different availabilities. OMS does not automatically perform this splitting on order creation – instead, this must be done on the client side because OMS will need to receive an External Order ID for each child order and then appropriate shipping for all items. However, this does not apply to onBlocks configurations … Y Yes Product is in stock. This can proceed through the normal fulfillment process. … L Limited Product is in stock but has limited availability. This will follow the normal fulfillment process. … Products with availability “D” cannot be combined with normal items in a cart. … If an order has products with availability “J” and normal products, then the order must be split into two orders. … Digital Content products that are bought in conjunction with products of another availability must be split into a separate order",
    },
    messages: {
      // Only where a Y or L item is there: the Availability table calls those two normal, and no other code (availability-split-implied).
      discontinued: `orderItems {{item}} is discontinued (availability D) in an order that also holds availability {{otherCodes}}: products with availability D "cannot be combined with normal items in a cart", and the documents call availability {{normalCodes}} normal ("the normal fulfillment process"), so they must be split into their own orders, as their order flow will be different. ${splitInstruction}`,
      // No Y or L item beside it: D's own passage speaks of normal items, the other class's row of "products of another availability".
      discontinuedBesideSplit: `orderItems {{item}} is discontinued (availability D) in an order that also holds availability {{otherCodes}}, whose products "bought in conjunction with products of another availability must be split into a separate order"; products with availability D go into their own orders (the documents say so of D beside normal items), as their order flow will be different. ${splitInstruction}`,
      splitToMerchant: `orderItems {{item}} is split to merchant (availability J) in an order that also holds availability {{otherCodes}}: a J product goes to "Waiting for Manufacturer Acceptance" while the others follow their own fulfillment, so the order must be split. ${splitInstruction}`,
      digitalContent: `orderItems {{item}} is digital content (availability I) in an order that also holds availability {{otherCodes}}: digital content bought with products of another availability must be split into a separate order. ${splitInstruction}`,
    },
  },
  visit: {
    ...mixUnlessOnBlocks,
    end({ report }, mix) {
      if (!mix.mixed) return;
      const items = mix.availabilities();
      let plan: ReturnType<typeof splitPlan> | undefined;
      for (const [availabilityClass, messageId] of messageIds) {
        const group = items.filter((item) => item.availabilityClass === availabilityClass);
        if (group.length === 0 || group.length === items.length) continue;
        const rest = items.filter((item) => item.availabilityClass !== availabilityClass);
        const found = messageId === "discontinued" ? discontinuedFinding(rest) : { messageId, data: { otherCodes: codeList(rest) } };
        // D beside only codes the documents do not call normal is availability-split-implied's warning.
        if (found === undefined) continue;
        // One split for the whole order, every class considered: each order it names passes.
        plan ??= splitPlan(items, false);
        const data = { ...plan, ...found.data };
        for (const item of group) report({ path: item.path, messageId: found.messageId, data: { ...data, item: item.label } });
      }
    },
  },
});
