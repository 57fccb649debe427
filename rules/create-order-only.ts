import { defineRule, skipPayload, type Report, type Rule, type RuleContext, type RuleVisitors } from "../src/engine/rule.js";
import { availabilitySplit } from "./availability-split.js";
import { preorderMix } from "./preorder-mix.js";
import { shipToStoreOnly } from "./ship-to-store-only.js";
import { taxRateCap } from "./tax-rate-cap.js";

/**
 * The rules only the Create Order document states. On a Historic Order Import — "existing
 * orders ... that have already been fulfilled or have begun the fulfillment process" — the
 * import document states none of them, so there they are our reading: a warning at most.
 */
const createOrderRules: readonly Rule<any>[] = [taxRateCap, preorderMix, availabilitySplit, shipToStoreOnly];

const why =
  " (on a Historic Order Import a warning only: the Create Order document states this, the import document does not, and an import loads existing orders: fulfilled, in fulfillment, or cancelled)";

/** Each rule's messages, keyed `<rule id>/<message id>`, with the reason it is only a warning here. */
const messages: Readonly<Record<string, string>> = Object.fromEntries(
  createOrderRules.flatMap((rule) => Object.entries(rule.meta.messages).map(([id, template]) => [`${rule.meta.id}/${id}`, template + why])),
);

/** One of those rules, as it runs on one payload. */
interface Inner {
  readonly rule: Rule<any>;
  readonly context: RuleContext;
  readonly state: unknown;
}

type PlaceName = "item" | "payment" | "customDataHash" | "unknownKey" | "unsafeNumber";
const placeNames: readonly PlaceName[] = ["item", "payment", "customDataHash", "unknownKey", "unsafeNumber"];

/** A visitor for each place one of the rules looks at, handing it on to each that does. */
const delegated: RuleVisitors<Record<string, unknown>, Inner[]> = Object.fromEntries(
  placeNames
    .filter((name) => createOrderRules.some((rule) => rule.visit?.[name]))
    .map((name) => [
      name,
      (found: unknown, _context: RuleContext, inners: Inner[]) => {
        for (const { rule, context, state } of inners) (rule.visit?.[name] as ((found: unknown, context: RuleContext, state: unknown) => void) | undefined)?.(found, context, state);
      },
    ]),
);

export const createOrderOnly = defineRule({
  meta: {
    id: "create-order-only",
    description:
      "The Create Order document's tax cap, preorder and availability splits and ship-to-store rule, checked on a Historic Order Import as warnings: the import document states none of them.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["importOrder"],
    source: {
      document: "Historic Order Import (seeds/003)",
      passage:
        "The Historic Order Import API enables manufacturers to import existing orders into OMS that have already been fulfilled or have begun the fulfillment process. … It is very similar in structure to the standard Create Order API call, but has a few different parameters and contexts as shown below.",
    },
    messages,
  },
  visit: {
    // Each rule runs with its own context, whose reports carry the rule's id in their messageId.
    // A rule that skips the payload (skipPayload) is called no more for it.
    payload(context): Inner[] {
      return createOrderRules.flatMap((rule) => {
        const prefix = `${rule.meta.id}/`;
        const report = ({ messageId, ...rest }: Report) => context.report({ ...rest, messageId: prefix + messageId });
        const inner: RuleContext = { ...context, options: (rule.meta.defaultOptions ?? {}) as Record<string, unknown>, report };
        const state: unknown = rule.visit?.payload ? rule.visit.payload(inner) : rule.check?.(inner);
        return state === skipPayload ? [] : [{ rule, context: inner, state }];
      });
    },
    ...delegated,
    end(_context, inners) {
      for (const { rule, context, state } of inners) rule.visit?.end?.(context, state);
    },
  },
});
