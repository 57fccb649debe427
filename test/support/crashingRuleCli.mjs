// The built CLI with customer-ip-range's visitor throwing, as a bug in the rule would: a rule's
// internal error, run as a user's command is. A process of its own, so that no other test's run
// of the rule sees the change; the bundle the bin loads, the visitor's body made to throw first.
import { runPatchedBundle } from "./patchedBundle.mjs";

await runPatchedBundle(
  (source) =>
    source.replace(
      /(customerIpRange=\{meta:\{id:"customer-ip-range"(?:(?!=\{meta:\{id:")[\s\S])*?visit:\{payload\([^)]*\)\{)/,
      '$1throw new Error("oops");',
    ),
  "customer-ip-range's payload visitor",
);
