import { mixUnlessOnBlocks, codeList, codeMeaningList, discontinuedBasis, splitInstruction, splitPlan, unnamedNormal } from "../src/domain/availabilityClasses.js";
import { defineRule } from "../src/engine/rule.js";

export const availabilitySplitImplied = defineRule({
  meta: {
    id: "availability-split-implied",
    description:
      "Discontinued (D) items beside items of availabilities the documents do not call normal (N, M, S, G, V, F), with no Y or L item: sent apart, as D beside normal items must be, by our reading that those items are normal.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Availability and Products with “Discontinued” Availability",
      passage:
        "Y Yes Product is in stock. This can proceed through the normal fulfillment process. … L Limited Product is in stock but has limited availability. This will follow the normal fulfillment process. … Products with availability “D” cannot be combined with normal items in a cart. These products must be split at the cart or checkout level into their own orders with distinct externalOrderIDs, as their order flow will be different from products that should be processed sooner.",
    },
    messages: {
      discontinued: `orderItems {{item}} is discontinued (availability D) in an order that also holds items of availability {{otherMeanings}}: the documents say products with availability D "cannot be combined with normal items in a cart" and call Y and L normal ("the normal fulfillment process"); whether availability {{otherCodes}} is normal they do not say, and reading it so is our reading, under which the D items go into their own orders. ${splitInstruction}`,
    },
  },
  visit: {
    ...mixUnlessOnBlocks,
    end({ report, filledByClient, inRequestBody }, mix) {
      if (!mix.mixed) return;
      const items = mix.availabilities();
      const discontinued = items.filter((item) => item.code === "D");
      const others = items.filter((item) => item.code !== "D");
      // Beside a Y or L item the documents state the split (availability-split's error); beside only
      // P, J or I items the D items have no cause of their own (those items' findings are the one).
      if (discontinued.length === 0 || discontinuedBasis(others) !== "implied") return;
      // Only the codes the documents do not call normal: a P, J or I item beside them is its own rule's stated split.
      const unnamed = unnamedNormal(others);
      const data = { ...splitPlan(mix.toPlace(filledByClient), false, inRequestBody), otherCodes: codeList(unnamed), otherMeanings: codeMeaningList(unnamed) };
      for (const item of discontinued) report({ path: item.path, messageId: "discontinued", data: { ...data, item: item.label } });
    },
  },
});
