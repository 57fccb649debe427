// The built CLI (dist/, which the tests' global setup builds) with customer-ip-range's visitor
// throwing, as a bug in the rule would: a rule's internal error, run as a user's command is.
// A process of its own, so that no other test's run of the rule sees the change.
const dist = new URL("../../dist/", import.meta.url);
const { customerIpRange } = await import(new URL("rules/customer-ip-range.js", dist).href);
customerIpRange.visit.payload = function crashes() {
  throw new Error("oops");
};
const { main } = await import(new URL("src/cli/main.js", dist).href);
await main();
