import { AvailabilityMix, codeList, splitPlan, type AvailabilityClass } from "../src/domain/availabilityClasses.js";
import { defineRule, skipPayload } from "../src/engine/rule.js";

/** The classes this rule splits off, each with the message that gives the document's reason (P is preorder-mix's). */
const messageIds: ReadonlyMap<AvailabilityClass, string> = new Map([
  ["D", "discontinued"],
  ["J", "splitToMerchant"],
  ["I", "digitalContent"],
]);

const split =
  "Send {{count}} orders, each with its own externalOrderID (OMS does not split orders on creation): {{plan}} (`oms-lint split <file>` writes them)";

export const availabilitySplit = defineRule({
  meta: {
    id: "availability-split",
    description:
      "Discontinued (D), Split to Merchant (J) and Digital Content (I) items must be sent apart from items of any other availability, each group as its own order.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Availability and the limitations on how products can be combined",
      passage:
        "Note that some cases require the order to be split into more than one order if there are products with different availabilities. OMS does not automatically perform this splitting on order creation – instead, this must be done on the client side because OMS will need to receive an External Order ID for each child order and then appropriate shipping for all items. However, this does not apply to onBlocks configurations … Products with availability “D” cannot be combined with normal items in a cart. … If an order has products with availability “J” and normal products, then the order must be split into two orders. … Digital Content products that are bought in conjunction with products of another availability must be split into a separate order",
    },
    messages: {
      discontinued: `orderItems {{item}} is discontinued (availability D) in an order that also holds availability {{otherCodes}}: products with availability D "cannot be combined with normal items in a cart" (which items are normal the documents do not list; we read it as those of any other availability) and must be split into their own orders, as their order flow will be different. ${split}`,
      // No normal item beside it: D's own passage speaks of normal items, the other class's row of "products of another availability".
      discontinuedBesideSplit: `orderItems {{item}} is discontinued (availability D) in an order that also holds availability {{otherCodes}}, whose products "bought in conjunction with products of another availability must be split into a separate order"; products with availability D go into their own orders (the documents say so of D beside normal items), as their order flow will be different. ${split}`,
      splitToMerchant: `orderItems {{item}} is split to merchant (availability J) in an order that also holds availability {{otherCodes}}: a J product goes to "Waiting for Manufacturer Acceptance" while the others follow their own fulfillment, so the order must be split. ${split}`,
      digitalContent: `orderItems {{item}} is digital content (availability I) in an order that also holds availability {{otherCodes}}: digital content bought with products of another availability must be split into a separate order. ${split}`,
    },
  },
  visit: {
    // "this does not apply to onBlocks configurations – in onBlocks, OMS stores all of the
    // necessary information and can perform the splitting upon order placement."
    payload: ({ settings }) => (settings.onBlocks === true ? skipPayload : new AvailabilityMix()),
    item(item, _context, mix) {
      mix.add(item);
    },
    end({ report }, mix) {
      if (!mix.mixed) return;
      const items = mix.availabilities();
      let plan: ReturnType<typeof splitPlan> | undefined;
      for (const [availabilityClass, messageId] of messageIds) {
        const group = items.filter((item) => item.availabilityClass === availabilityClass);
        if (group.length === 0 || group.length === items.length) continue;
        const rest = items.filter((item) => item.availabilityClass !== availabilityClass);
        // One split for the whole order, every class considered: each order it names passes.
        plan ??= splitPlan(items, false);
        const data = { ...plan, otherCodes: codeList(rest) };
        const message = messageId === "discontinued" && rest.every((item) => item.availabilityClass !== "normal") ? "discontinuedBesideSplit" : messageId;
        for (const item of group) report({ path: item.path, messageId: message, data: { ...data, item: item.label } });
      }
    },
  },
});
