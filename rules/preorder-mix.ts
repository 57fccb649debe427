import { AvailabilityMix, itemListWords, splitPlan } from "../src/domain/availabilityClasses.js";
import { defineRule } from "../src/engine/rule.js";

export const preorderMix = defineRule({
  meta: {
    id: "preorder-mix",
    description: "An order must not mix preorder (availability P) products with non-preorder products.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Products with “Preorder” Availability",
      passage:
        "The Create Order API doesn’t accept orders that mix preorder products and non-preorder products. These products need to be separated into several payloads at checkout with separate externalOrderIDs prior to submitting them to the API. One payload needs to contain all non-preorder items while the other should contain the preorder items.",
    },
    messages: {
      mixed: `orderItems {{item}} is a preorder product (availability P) in an order that also holds non-preorder products (orderItems {{others}}): the Create Order API doesn't accept orders that mix preorder products and non-preorder products. Send {{count}} payloads with separate externalOrderIDs: {{plan}} {{splitCommand}}{{reading}}{{without}}{{unplaced}}`,
    },
  },
  // Not switched off by onBlocks: the onBlocks sentence speaks of splitting in general, but
  // this paragraph says the API itself does not accept the mix (see the docs page).
  visit: {
    payload: () => new AvailabilityMix(),
    item(item, _context, mix) {
      mix.add(item);
    },
    // Not switched off by onBlocks: the onBlocks sentence speaks of splitting in general, but
    // this paragraph says the API itself does not accept the mix (see the docs page).
    end({ settings, report, filledByClient, inRequestBody }, mix) {
      if (!mix.mixed) return;
      const items = mix.availabilities();
      const preorders = items.filter((item) => item.code === "P");
      if (preorders.length === 0 || preorders.length === items.length) return;
      const others = items.filter((item) => item.code !== "P");
      // The split named is one whose every order passes, the other classes considered too.
      const data = { others: itemListWords(others), ...splitPlan(mix.toPlace(filledByClient), settings.onBlocks === true, inRequestBody) };
      for (const item of preorders) report({ path: item.path, messageId: "mixed", data: { ...data, item: item.label } });
    },
  },
});
