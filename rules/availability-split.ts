import { mixUnlessOnBlocks, codeList, discontinuedBasis, splitInstruction, splitPlan, statedNormalCodes, type AvailabilityClass, type ItemAvailability } from "../src/domain/availabilityClasses.js";
import { defineRule } from "../src/engine/rule.js";

/** The classes this rule splits off, each with the message that gives the document's reason (P is preorder-mix's). */
const messageIds: ReadonlyMap<AvailabilityClass, string> = new Map([
  ["D", "discontinued"],
  ["J", "splitToMerchant"],
  ["I", "digitalContent"],
]);

/**
 * The message for the D items beside `others`, naming the Y and L items the documents call
 * normal; undefined where no such item is there (discontinuedBasis: beside codes not called
 * normal it is availability-split-implied's warning, beside only P, J or I items those items'
 * own finding is the one cause).
 */
function discontinuedFinding(others: readonly ItemAvailability[]): { messageId: string; data: Record<string, string> } | undefined {
  if (discontinuedBasis(others) !== "normal") return undefined;
  return { messageId: "discontinued", data: { otherCodes: codeList(others), normalCodes: codeList(others.filter((item) => statedNormalCodes.has(item.code))) } };
}

export const availabilitySplit = defineRule({
  meta: {
    id: "availability-split",
    description:
      "Split to Merchant (J) and Digital Content (I) items must be sent apart from items of any other availability, and Discontinued (D) items apart from normal (Y, L) items, each group as its own order.",
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
      splitToMerchant: `orderItems {{item}} is split to merchant (availability J) in an order that also holds availability {{otherCodes}}: a J product goes to "Waiting for Manufacturer Acceptance" while the others follow their own fulfillment, so the order must be split. ${splitInstruction}`,
      digitalContent: `orderItems {{item}} is digital content (availability I) in an order that also holds availability {{otherCodes}}: digital content bought with products of another availability must be split into a separate order. ${splitInstruction}`,
    },
  },
  visit: {
    ...mixUnlessOnBlocks,
    end({ report, filledByClient, inRequestBody }, mix) {
      if (!mix.mixed) return;
      const items = mix.availabilities();
      let plan: ReturnType<typeof splitPlan> | undefined;
      for (const [availabilityClass, messageId] of messageIds) {
        const group = items.filter((item) => item.availabilityClass === availabilityClass);
        if (group.length === 0 || group.length === items.length) continue;
        const rest = items.filter((item) => item.availabilityClass !== availabilityClass);
        const found = messageId === "discontinued" ? discontinuedFinding(rest) : { messageId, data: { otherCodes: codeList(rest) } };
        // D beside no Y or L item has no cause here (discontinuedFinding).
        if (found === undefined) continue;
        // One split for the whole order, every class considered: each order it names passes.
        plan ??= splitPlan(mix.toPlace(filledByClient), false, inRequestBody);
        const data = { ...plan, ...found.data };
        for (const item of group) report({ path: item.path, messageId: found.messageId, data: { ...data, item: item.label } });
      }
    },
  },
});
