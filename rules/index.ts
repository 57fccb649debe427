import type { Rule } from "../src/rule.js";

/** Every rule, in the order they are documented. A test fails when one lacks its docs or tests. */
export const rules: readonly Rule<any>[] = [];
