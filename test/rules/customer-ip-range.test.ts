import { customerIpRange } from "../../rules/customerIpRange.js";
import { createOrder, importOrder } from "../support/payloads.js";
import { ruleTester } from "../support/ruleTester.js";

const from = (customerIP: string | number | null) => createOrder({ customerIP });

ruleTester(customerIpRange, {
  valid: [
    { name: "the documents' external address 88.152.11.125", payload: createOrder() },
    { name: "another public address", payload: from("8.8.8.8") },
    { name: "just outside 172.16.0.0/12", payload: from("172.32.0.1") },
    { name: "the documents' broken 0.1.2.3. is the schema's error", payload: from("0.1.2.3.") },
    { name: "a leading zero is the schema's error", payload: from("010.0.0.1") },
    { name: "an IPv6 address is the schema's error", payload: from("::1") },
    { name: "a number is the schema's error", payload: from(127001) },
    { name: "null is the schema's error", payload: from(null) },
  ],
  invalid: [
    {
      name: "the Historic Order Import example's 0.0.0.0 (unspecified)",
      kind: "importOrder",
      payload: importOrder(),
      errors: [{ path: "/customerIP", messageId: "notExternal", messageIncludes: ["0.0.0.0", "unspecified"] }],
    },
    ...[
      ["10.1.2.3", "private"],
      ["172.16.5.4", "private"],
      ["192.168.1.10", "private"],
      ["127.0.0.1", "loopback"],
      ["169.254.10.1", "link-local"],
      ["100.64.0.1", "carrier-grade NAT"],
      ["192.0.2.15", "reserved"],
      ["203.0.113.7", "reserved"],
      ["240.0.0.1", "reserved"],
      ["255.255.255.255", "broadcast"],
      ["224.0.0.251", "multicast"],
    ].map(([ip, range]) => ({
      name: `${ip} (${range})`,
      payload: from(ip!),
      errors: [{ path: "/customerIP", messageId: "notExternal", messageIncludes: [`customerIP ${ip} is in the ${range}`] }],
    })),
  ],
});
