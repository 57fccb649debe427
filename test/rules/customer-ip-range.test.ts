import fc from "fast-check";
import ipaddr from "ipaddr.js";
import { ipv4Range } from "../../src/domain/ipv4Ranges.js";
import { describe, expect, it } from "vitest";
import { customerIpRange } from "../../rules/customer-ip-range.js";
import { createOrder, importOrder } from "../support/payloads.js";
import { ruleDiagnostics, ruleTester } from "../support/ruleTester.js";

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

describe("customer-ip-range reads addresses as ipaddr.js does", () => {
  const octet = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom("00", "01", "010", "0x1", "", "1000"));
  const addresses = fc.oneof(
    fc.array(octet, { minLength: 3, maxLength: 5 }).map((parts) => parts.join(".")),
    fc.string({ unit: fc.constantFrom("0", "1", "2", "5", "9", ".", "x", " ") }),
  );

  it("reports exactly the four-part decimal addresses outside the unicast range", () => {
    fc.assert(
      fc.property(addresses, (ip) => {
        const expected = ipaddr.IPv4.isValidFourPartDecimal(ip) && ipaddr.IPv4.parse(ip).range() !== "unicast";
        expect(ruleDiagnostics(customerIpRange, { payload: from(ip) }).length).toBe(expected ? 1 : 0);
      }),
      { numRuns: 3000 },
    );
  });
});

/** ipaddr.js's own table (on the prototype; its typings do not declare it). */
const ipaddrRanges = (new ipaddr.IPv4([0, 0, 0, 0]) as unknown as { SpecialRanges: Record<string, [ipaddr.IPv4, number][]> }).SpecialRanges;

describe("the rule's special-range table is ipaddr.js's", () => {
  // Addresses near every special range's edges (its first and last address, one before, one
  // after), and anywhere: each is classified as ipaddr.js classifies it.
  const edges = Object.values(ipaddrRanges)
    .flat()
    .flatMap(([base, bits]) => {
      const first = base.toByteArray().reduce((n, octet) => n * 256 + octet, 0);
      const last = first + 2 ** (32 - bits) - 1;
      return [first - 1, first, last, last + 1].filter((n) => n >= 0 && n < 2 ** 32);
    });
  const address = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
  const octetsOf = (n: number): [number, number, number, number] => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

  it("names the range ipaddr.js names, for addresses at every edge and anywhere", () => {
    fc.assert(
      fc.property(address, (n) => {
        const octets = octetsOf(n);
        expect(ipv4Range(octets)).toBe(new ipaddr.IPv4(octets).range());
      }),
      { numRuns: 5000 },
    );
  });

  it("knows every range ipaddr.js knows", () => {
    const known = Object.keys(ipaddrRanges);
    for (const name of known) expect(edges.some((n) => ipv4Range(octetsOf(n)) === name)).toBe(true);
  });
});
