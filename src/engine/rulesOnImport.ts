import type { Evidence } from "./diagnostic.js";
import { ownRule } from "./ruleSet.js";
import { defineRule, skipPayload, type Report, type Rule, type RuleContext, type RuleSource, type RuleVisitors } from "./rule.js";

/** One of the wrapped rules, as it runs on one payload (exported for the declarations of the rules made here). */
export interface Inner {
  readonly rule: Rule<any>;
  readonly context: RuleContext;
  readonly state: unknown;
}

type PlaceName = "item" | "payment" | "customDataHash" | "unknownKey" | "unsafeNumber";
const placeNames: readonly PlaceName[] = ["item", "payment", "customDataHash", "unknownKey", "unsafeNumber"];

export interface RulesOnImport {
  readonly id: string;
  readonly description: string;
  /** The Create Order rules it runs on a Historic Order Import. */
  readonly rules: readonly Rule<any>[];
  /** Why a finding is only a warning here, added to each of the rules' messages: said of each rule, as its own evidence allows. */
  readonly why: (rule: Rule<any>) => string;
  readonly evidence: Evidence;
  readonly source: RuleSource;
}

/**
 * A rule that runs Create Order rules on a Historic Order Import, whose document does not
 * give their passages, as warnings of its own id (SPEC §3: our reading is a warning at most).
 * One id and one severity per rule is what ESLint, SARIF and the config know, so the reading
 * on imports is a rule of its own rather than a severity that changes with the payload. Each
 * finding is the inner rule's own, at the same place, its messageId `<rule id>/<message id>`,
 * its message followed by `why` of that rule; a fix it carries is kept.
 */
/** No options: inheriting nothing, as the engine's. */
const noRuleOptions: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);

export function rulesOnImport({ id, description, rules: given, why, evidence, source }: RulesOnImport): Rule<Record<string, unknown>, Inner[]> {
  const rules = given.map(ownRule);
  const messages: Readonly<Record<string, string>> = Object.fromEntries(
    rules.flatMap((rule) => Object.entries(rule.meta.messages).map(([messageId, template]) => [`${rule.meta.id}/${messageId}`, template + why(rule)])),
  );
  // A visitor for each place one of the rules looks at, handing it on to each that does.
  const delegated: RuleVisitors<Record<string, unknown>, Inner[]> = Object.fromEntries(
    placeNames
      .filter((name) => rules.some((rule) => rule.visit?.[name]))
      .map((name) => [
        name,
        (found: unknown, _context: RuleContext, inners: Inner[]) => {
          for (const { rule, context, state } of inners) (rule.visit?.[name] as ((found: unknown, context: RuleContext, state: unknown) => void) | undefined)?.(found, context, state);
        },
      ]),
  );
  // Each rule's findings that hold whatever string stands at their place, under their ids here.
  const sureOfAnyString = rules.flatMap((rule) => (rule.meta.sureOfAnyString ?? []).map((messageId) => `${rule.meta.id}/${messageId}`));
  // And the values each finding reads besides its own, under the same ids.
  const reads = Object.fromEntries(rules.flatMap((rule) => Object.entries(rule.meta.reads ?? {}).map(([messageId, places]) => [`${rule.meta.id}/${messageId}`, places])));
  // The places they read any string at alike: pointers, not message ids, so one list for all of them (of the rules run
  // here, only the tax cap's read forceItemTaxOverride, each alike; a rule reading one of these places otherwise would need ids).
  const readsAnyString = [...new Set(rules.flatMap((rule) => rule.meta.readsAnyString ?? []))];
  return defineRule({
    meta: {
      id,
      description,
      defaultSeverity: "warning",
      evidence,
      kinds: ["importOrder"],
      source,
      messages,
      ...(rules.some((rule) => rule.meta.fixable) ? { fixable: true } : {}),
      ...(sureOfAnyString.length > 0 ? { sureOfAnyString } : {}),
      ...(Object.keys(reads).length > 0 ? { reads } : {}),
      ...(readsAnyString.length > 0 ? { readsAnyString } : {}),
    },
    visit: {
      // Each rule runs with its own context, whose reports carry the rule's id in their messageId.
      // A rule that skips the payload (skipPayload) is called no more for it.
      payload(context): Inner[] {
        return rules.flatMap((rule) => {
          const prefix = `${rule.meta.id}/`;
          const report = ({ messageId, ...rest }: Report) => context.report({ ...rest, messageId: prefix + messageId });
          const inner: RuleContext = { ...context, options: (rule.meta.defaultOptions ?? noRuleOptions) as Record<string, unknown>, report };
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
}
