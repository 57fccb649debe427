import { readFileSync } from "node:fs";
import { rules } from "../rules/index.js";
import * as validators from "../src/generated/validators.js";
import { runRules } from "../src/engine/ruleEngine.js";
import { createRuleSet } from "../src/engine/ruleSet.js";
import { interleaved } from "./measure.js";

export interface PartRow {
  readonly part: string;
  readonly micros: number;
}

/** The row of every rule run together, in the engine's one walk of the payload. */
export const allRulesPart = "every rule, one walk";

/**
 * What validate() spends its time on, for the documents' Create Order example: the
 * precompiled schema validator alone, every rule together in the engine's one walk, then
 * each rule alone (an engine handed that rule only: its visitors, and the walk when it
 * subscribed to a place in the payload).
 */
export function perRuleBench(): PartRow[] {
  const value = JSON.parse(readFileSync(new URL("../examples/createOrder.json", import.meta.url), "utf8")) as unknown;
  const noConfiguration = new Map();
  const payloadRules = rules.filter((rule) => (rule.check || rule.visit) && rule.meta.kinds?.includes("createOrder"));
  const all = createRuleSet(payloadRules);
  const tasks: Record<string, () => unknown> = {
    "schema (Ajv)": () => validators.createOrder(value),
    [allRulesPart]: () => runRules(all, noConfiguration, "createOrder", value, {}),
  };
  for (const rule of payloadRules) {
    const alone = createRuleSet([rule]);
    tasks[rule.meta.id] = () => runRules(alone, noConfiguration, "createOrder", value, {});
  }
  const times = interleaved(tasks, { rounds: 5, callsPerRound: 20_000, warmUpMs: 50 });
  return Object.entries(times).map(([part, nanos]) => ({ part, micros: nanos / 1000 }));
}
