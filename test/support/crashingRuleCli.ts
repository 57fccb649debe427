// The built CLI with customer-ip-range's visitor throwing, as a bug in the rule would: a rule's
// internal error, run as a user's command is. A copy of the bundle the bin loads, loaded in the
// test's process (test/support/patchedBundle.ts), the visitor's body made to throw first; no
// other test's run of the rule sees the change.
import { patchedCli } from "./patchedBundle.js";

export const crashingRuleCli = patchedCli(
  (source) =>
    source.replace(
      /(customerIpRange=\{meta:\{id:"customer-ip-range"(?:(?!=\{meta:\{id:")[\s\S])*?visit:\{payload\([^)]*\)\{)/,
      '$1throw new Error("oops");',
    ),
  "customer-ip-range's payload visitor",
);
