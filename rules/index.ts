import type { Rule } from "../src/rule.js";
import { carrierTriplet } from "./carrierTriplet.js";

/**
 * Every rule. Add a rule here, with its docs page (docs/rules/<id>.md) and its test table
 * (test/rules/<id>.test.ts); test/ruleFiles.test.ts fails when one of the three is missing.
 */
export const rules: readonly Rule<any>[] = [
  carrierTriplet,
];
