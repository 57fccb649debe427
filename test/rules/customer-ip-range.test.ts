import fc from "fast-check";
import ipaddr from "ipaddr.js";
import { ipv4Range } from "../../src/domain/ipv4Ranges.js";
import { ipv6Groups } from "../../src/domain/ipv6Address.js";
import { ipv6Range, type Ipv6Groups } from "../../src/domain/ipv6Ranges.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
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
    { name: "on the import, an IPv6 address is the format check's warning (its document says IPv4)", kind: "importOrder", payload: importOrder({ customerIP: "::1" }) },
    { name: "a public IPv6 address", payload: from("2a00:1450:4001:81b::200e") },
    { name: "a public IPv4 address written as IPv6", payload: from("::ffff:8.8.8.8") },
    { name: "a 6to4 address (a public host's tunnel)", payload: from("2002:c000:204::1") },
    { name: "a Teredo address (a public host's tunnel)", payload: from("2001:0:4136:e378::1") },
    { name: "an address with a zone is the format check's warning", payload: from("fe80::1%eth0") },
    // "the Customer IP is the external address of the consumer purchasing the order". Found by the
    // rules' mutation audit: a part of 256 read into the next octet (10.0.0.256 as 10.0.1.0, a second
    // finding beside the schema's), and NAT64 (64:ff9b::/96) and SIIT (::ffff:0:0:0/96) addresses
    // of a public IPv4 host reported as special ranges, all went unseen.
    { name: "a part of 256 is the schema's error, not read as the next octet's", payload: from("10.0.0.256") },
    { name: "a NAT64 address of a public host (64:ff9b::8.8.8.8)", payload: from("64:ff9b::808:808") },
    { name: "an SIIT-translated address of a public host (::ffff:0:8.8.8.8)", payload: from("::ffff:0:808:808") },
    // RFC 8215's local-use prefix may embed a private IPv4 address where the network chooses: no finding.
    { name: "a NAT64 local-use address (64:ff9b:1::10.1.2.3)", payload: from("64:ff9b:1::a01:203") },
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
    // RFC 6052 §3.1: the well-known prefix "MUST NOT be used to represent non-global IPv4 addresses" (found by the
    // evidence audit of the twenty-fifth stop: 64:ff9b::10.1.2.3 went unseen where ::ffff:10.1.2.3 warned).
    {
      name: "a NAT64 address of a private host is read as its IPv4 (64:ff9b::10.1.2.3)",
      payload: from("64:ff9b::10.1.2.3"),
      errors: [{ path: "/customerIP", messageId: "notExternal", messageIncludes: ["64:ff9b::10.1.2.3", "IPv4 private"] }],
    },
    {
      name: "a NAT64 address of a loopback host is read as its IPv4 (64:ff9b::7f00:1)",
      payload: from("64:ff9b::7f00:1"),
      errors: [{ path: "/customerIP", messageId: "notExternal", messageIncludes: ["IPv4 loopback"] }],
    },
    {
      name: "an SIIT-translated private address is read as its IPv4 (::ffff:0:10.0.0.1)",
      payload: from("::ffff:0:a00:1"),
      errors: [{ path: "/customerIP", messageId: "notExternal", messageIncludes: ["IPv4 private"] }],
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
      ["::1", "loopback"],
      ["::", "unspecified"],
      ["fe80::1", "link-local"],
      ["fd12:3456::1", "unique local"],
      ["2001:db8::1", "reserved or documentation"],
      ["::ffff:10.0.0.1", "IPv4 private"],
      ["ff02::1", "multicast"],
    ].map(([ip, range]) => ({
      name: `${ip} (${range})`,
      payload: from(ip!),
      errors: [{ path: "/customerIP", messageId: "notExternal", messageIncludes: [`customerIP ${ip} is in the ${range}`] }],
    })),
  ],
});

/** ipaddr.js's own table (on the prototype; its typings do not declare it). */
const ipaddrRanges = (new ipaddr.IPv4([0, 0, 0, 0]) as unknown as { SpecialRanges: Record<string, [ipaddr.IPv4, number][]> }).SpecialRanges;

/** Addresses at every special range's edges: its first and last address, one before, one after. */
const edges = Object.values(ipaddrRanges)
  .flat()
  .flatMap(([base, bits]) => {
    const first = base.toByteArray().reduce((n, octet) => n * 256 + octet, 0);
    const last = first + 2 ** (32 - bits) - 1;
    return [first - 1, first, last, last + 1].filter((n) => n >= 0 && n < 2 ** 32);
  });
const octetsOf = (n: number): [number, number, number, number] => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

describe("customer-ip-range reads addresses as ipaddr.js does", () => {
  const octet = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom("00", "01", "010", "0x1", "", "1000"));
  // Random octets land in a special range 3 times in 3,000 (a first octet of 10, 127, 224…): the
  // texts also start from a range's edge, one part often swapped for a part just over 255, a
  // leading zero or nothing, so that many texts expect a finding, and 10.0.0.256 read as
  // 10.0.1.0 (a part over 255 let through) fails 37 runs in 1,000, against one in 3,000.
  const outOfBounds = fc.constantFrom("255", "256", "260", "299", "999", "00", "01", "");
  const nearRanges = fc.tuple(fc.constantFrom(...edges), fc.option(fc.tuple(fc.integer({ min: 0, max: 3 }), outOfBounds), { freq: 2 })).map(([n, swap]) => {
    const parts = octetsOf(n).map(String);
    if (swap !== null) parts[swap[0]] = swap[1];
    return parts.join(".");
  });
  const addresses = fc.oneof(
    fc.array(octet, { minLength: 3, maxLength: 5 }).map((parts) => parts.join(".")),
    fc.string({ unit: fc.constantFrom("0", "1", "2", "5", "9", ".", "x", " ") }),
    nearRanges,
  );

  it("reports exactly the four-part decimal addresses outside the unicast range", () => {
    fc.assert(
      fc.property(addresses, (ip) => {
        const expected = ipaddr.IPv4.isValidFourPartDecimal(ip) && ipaddr.IPv4.parse(ip).range() !== "unicast";
        expect(ruleDiagnostics(customerIpRange, { payload: from(ip) }).length).toBe(expected ? 1 : 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the rule's special-range table is ipaddr.js's", () => {
  // Addresses near every special range's edges, and anywhere: each is classified as ipaddr.js classifies it.
  const address = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 2 ** 32 - 1 }));

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

/** ajv-formats' ipv6 format, as the schema checks customerIP with it. */
const ipv6Format = fullFormats.ipv6 as RegExp;

/** ipaddr.js's IPv6 table (on the prototype; its typings do not declare it). */
const ipv6Table = (ipaddr.IPv6.parse("::") as unknown as { SpecialRanges: Record<string, [ipaddr.IPv6, number] | [ipaddr.IPv6, number][]> }).SpecialRanges;

describe("IPv6: the rule reads addresses as ipaddr.js does, and only what the schema's ipv6 format takes", () => {
  const group = fc.integer({ min: 0, max: 0xffff });
  const groups = fc.tuple(group, group, group, group, group, group, group, group) as fc.Arbitrary<Ipv6Groups>;
  // Each special range's network, and an address just inside and just outside its prefix.
  const networks = Object.values(ipv6Table).flatMap((entry) => (Array.isArray(entry[0]) ? (entry as [ipaddr.IPv6, number][]) : [entry as [ipaddr.IPv6, number]]));
  const near = fc.tuple(fc.constantFrom(...networks), group, fc.integer({ min: 0, max: 7 })).map(([[base, bits], noise, at]) => {
    const parts = [...base.parts] as number[];
    const cut = Math.min(7, Math.floor(bits / 16));
    parts[cut] = parts[cut]! ^ (bits % 16 === 0 ? noise : noise >>> (bits % 16));
    parts[at] = at * 16 >= bits ? noise : parts[at]!;
    return parts as unknown as Ipv6Groups;
  });
  const address = fc.oneof(groups, near);

  it("names the range ipaddr.js names, near every range and anywhere", () => {
    fc.assert(
      fc.property(address, (parts) => {
        expect(ipv6Range(parts)).toBe(new ipaddr.IPv6([...parts]).range());
      }),
      { numRuns: 5000 },
    );
  });

  it("knows every range ipaddr.js knows", () => {
    // Some network of each range starts in that range (reserved's 2001::/23 starts in Teredo's, its 2001:db8::/32 in its own).
    for (const [name, entry] of Object.entries(ipv6Table)) {
      const bases = (Array.isArray(entry[0]) ? (entry as [ipaddr.IPv6, number][]) : [entry as [ipaddr.IPv6, number]]).map(([base]) => base.parts as unknown as Ipv6Groups);
      expect(bases.map(ipv6Range), name).toContain(name);
    }
  });

  // Texts in every form: full, compressed anywhere, with an IPv4 tail, upper case, and broken ones.
  const hex = fc.integer({ min: 0, max: 0xffff }).chain((n) => fc.constantFrom(n.toString(16), n.toString(16).toUpperCase(), n.toString(16).padStart(4, "0")));
  // The forms above reach a defect of the parser rarely or never in 5,000 texts (a second "::"
  // once; a dotted quad before "::", a group of five digits, a leading zero in the quad, never):
  // texts are also built from close to eight groups, an IPv4 tail, no, one or two "::" anywhere,
  // one piece sometimes swapped for a quad, five digits or nothing; and a quad, its octets often
  // 00, 01 or 256, stands in the forms an address takes it (::ffff:a.b.c.d) and where none may.
  const quadOctet = fc.oneof(fc.integer({ min: 0, max: 255 }).map(String), fc.constantFrom("0", "00", "01", "255", "256"));
  const quad = fc.array(quadOctet, { minLength: 4, maxLength: 4 }).map((octets) => octets.join("."));
  const builtTexts = fc
    .record({
      groups: fc.oneof(fc.array(hex, { minLength: 5, maxLength: 8 }), fc.array(hex, { maxLength: 9 })),
      tail: fc.option(quad, { freq: 2 }),
      cuts: fc.oneof({ weight: 3, arbitrary: fc.tuple(fc.nat(9)) }, fc.constant([]), fc.tuple(fc.nat(9), fc.nat(9))),
      odd: fc.option(fc.tuple(fc.nat(8), fc.oneof(quad, fc.constantFrom("00000", "12345", ""))), { freq: 3 }),
    })
    .map(({ groups, tail, cuts, odd }) => {
      const pieces = tail === null ? [...groups] : [...groups, tail];
      if (odd !== null && pieces.length > 0) pieces[odd[0] % pieces.length] = odd[1];
      const compressed = (cuts as number[]).map((cut) => cut % (pieces.length + 1));
      let text = "";
      for (const [i, piece] of pieces.entries()) text += (compressed.includes(i) ? "::" : i > 0 ? ":" : "") + piece;
      return compressed.includes(pieces.length) ? `${text}::` : text;
    });
  const aroundQuad = fc
    .tuple(fc.constantFrom("", "::", "::ffff:", "1:2:3:4:5:6:", "64:ff9b::", "1::"), quad, fc.constantFrom("", "", "", "::", "::1", ":1"))
    .map(([before, dotted, after]) => before + dotted + after);
  // A quad right before "::", where none may stand (1:2:1.2.3.4::5): the forms above drew one whose
  // octets all read (a quad of 00, 01 or 256 fails for that alone) and whose groups left "::" one
  // to stand for 19 times in 3,000. Here the quad's octets read three times in four, and the
  // groups before and after leave "::" one or more most of the time.
  const readableQuad = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }).map((octets) => octets.join("."));
  const quadBeforeCompression = fc
    .tuple(fc.array(hex, { maxLength: 4 }), fc.oneof({ weight: 3, arbitrary: readableQuad }, { weight: 1, arbitrary: quad }), fc.array(hex, { maxLength: 2 }))
    .map(([before, dotted, after]) => `${[...before, dotted].join(":")}::${after.join(":")}`);
  const texts = fc.oneof(
    fc.array(hex, { minLength: 1, maxLength: 9 }).chain((parts) => fc.integer({ min: 0, max: parts.length }).map((cut) => `${parts.slice(0, cut).join(":")}::${parts.slice(cut).join(":")}`)),
    fc.array(hex, { minLength: 6, maxLength: 9 }).map((parts) => parts.join(":")),
    fc.tuple(fc.array(hex, { maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 4, maxLength: 4 })).map(([parts, quad]) => `${parts.join(":")}::${quad.join(".")}`),
    fc.string({ unit: fc.constantFrom("0", "1", "f", "F", "g", ":", ".", "%") }),
    { weight: 3, arbitrary: builtTexts },
    { weight: 3, arbitrary: aroundQuad },
    { weight: 2, arbitrary: quadBeforeCompression },
  );

  it("parses exactly the texts the ipv6 format takes, to ipaddr.js's groups", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const parsed = ipv6Groups(text);
        expect(parsed !== undefined).toBe(ipv6Format.test(text));
        if (parsed !== undefined) expect([...parsed]).toEqual(ipaddr.IPv6.parse(text).parts);
      }),
      { numRuns: 3000 },
    );
  });
});
