import { readFileSync } from "node:fs";
import { rules } from "../rules/index.js";
import * as validators from "../src/generated/validators.js";
import type { Rule } from "../src/engine/rule.js";
import { interleaved } from "./measure.js";

export interface PartRow {
  readonly part: string;
  readonly micros: number;
}

/**
 * What validate() spends its time on, for the documents' Create Order example: the
 * precompiled schema validator alone, then each rule's check alone (no engine around it).
 */
export function perRuleBench(): PartRow[] {
  const value = JSON.parse(readFileSync(new URL("../examples/createOrder.json", import.meta.url), "utf8")) as unknown;
  const tasks: Record<string, () => unknown> = { "schema (Ajv)": () => validators.createOrder(value) };
  for (const rule of rules as readonly Rule[]) {
    const check = rule.check;
    if (!check || !rule.meta.kinds?.includes("createOrder")) continue;
    const context = { value, kind: "createOrder" as const, options: rule.meta.defaultOptions ?? {}, settings: {}, report: () => undefined };
    tasks[rule.meta.id] = () => check(context);
  }
  const times = interleaved(tasks, { rounds: 5, callsPerRound: 20_000, warmUpMs: 50 });
  return Object.entries(times).map(([part, nanos]) => ({ part, micros: nanos / 1000 }));
}
