import { duplicateKey } from "../../rules/duplicate-key.js";
import { createOrder } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const noFacts = { duplicateKeys: [], unsafeIntegers: [] };

ruleTester(duplicateKey, {
  valid: [
    { name: "no source facts: a parsed value has lost its duplicates", payload: createOrder() },
    { name: "source facts without duplicates", payload: createOrder(), source: noFacts },
    { name: "custom data bodies too", kind: "orderCustomData", payload: { name: "n", value: "v" }, source: noFacts },
  ],
  invalid: [
    {
      name: "each repeat at its pointer",
      payload: createOrder(),
      source: { ...noFacts, duplicateKeys: [{ path: "/currency" }, { path: "/orderPayments/0/maxAmount" }] },
      errors: [
        { path: "/currency", messageId: "duplicate", messageIncludes: ['key "currency"'] },
        { path: "/orderPayments/0/maxAmount", messageId: "duplicate", messageIncludes: ['"maxAmount"'] },
      ],
    },
    {
      name: "an escaped key is named as written",
      kind: "orderCustomData",
      payload: { name: "n", value: "v", "a/b": 1 },
      source: { ...noFacts, duplicateKeys: [{ path: "/a~1b" }] },
      errors: [{ path: "/a~1b", messageId: "duplicate", messageIncludes: ['key "a/b"'] }],
    },
    {
      name: "any kind: a search",
      kind: "orderItemSearch",
      payload: { orderID: "1" },
      source: { ...noFacts, duplicateKeys: [{ path: "/orderID" }] },
      errors: [{ path: "/orderID", messageId: "duplicate" }],
    },
  ],
});
