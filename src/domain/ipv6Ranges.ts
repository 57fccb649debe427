/**
 * The IPv6 special-purpose ranges, in the order and with the names of ipaddr.js's
 * `IPv6.SpecialRanges` (RFCs 4291, 3879, 6666, 6145, 6052/8215, 3056, 4380, 5180, 7450,
 * 7534/7535, 4843, 7343, 9374, 9602, 3849, 2928, 9637), against which the tests check this
 * table. Kept here, not imported, as the IPv4 table is (ipv4Ranges.ts).
 */
const specialRanges: readonly (readonly [name: string, cidrs: readonly string[]])[] = [
  ["unspecified", ["0:0:0:0:0:0:0:0/128"]],
  ["linkLocal", ["fe80:0:0:0:0:0:0:0/10"]],
  ["multicast", ["ff00:0:0:0:0:0:0:0/8"]],
  ["loopback", ["0:0:0:0:0:0:0:1/128"]],
  ["uniqueLocal", ["fc00:0:0:0:0:0:0:0/7"]],
  ["ipv4Mapped", ["0:0:0:0:0:ffff:0:0/96"]],
  ["deprecatedSiteLocal", ["fec0:0:0:0:0:0:0:0/10"]],
  ["discard", ["100:0:0:0:0:0:0:0/64"]],
  ["rfc6145", ["0:0:0:0:ffff:0:0:0/96"]],
  ["rfc6052", ["64:ff9b:0:0:0:0:0:0/96", "64:ff9b:1:0:0:0:0:0/48"]],
  ["6to4", ["2002:0:0:0:0:0:0:0/16"]],
  ["teredo", ["2001:0:0:0:0:0:0:0/32"]],
  ["benchmarking", ["2001:2:0:0:0:0:0:0/48"]],
  ["amt", ["2001:3:0:0:0:0:0:0/32"]],
  ["as112v6", ["2001:4:112:0:0:0:0:0/48", "2620:4f:8000:0:0:0:0:0/48"]],
  ["deprecatedOrchid", ["2001:10:0:0:0:0:0:0/28"]],
  ["orchid2", ["2001:20:0:0:0:0:0:0/28"]],
  ["droneRemoteIdProtocolEntityTags", ["2001:30:0:0:0:0:0:0/28"]],
  ["segmentRouting", ["5f00:0:0:0:0:0:0:0/16"]],
  ["reserved", ["2001:0:0:0:0:0:0:0/23", "2001:db8:0:0:0:0:0:0/32", "3fff:0:0:0:0:0:0:0/20"]],
];

/** An address as eight 16-bit groups. */
export type Ipv6Groups = readonly [number, number, number, number, number, number, number, number];

/** The table as the lookup reads it: each range's name, its network's groups, and its prefix length. */
const compiled: readonly { readonly name: string; readonly network: readonly number[]; readonly bits: number }[] = specialRanges.flatMap(([name, cidrs]) =>
  cidrs.map((cidr) => {
    const [address = "", bits = ""] = cidr.split("/");
    return { name, network: address.split(":").map((group) => Number.parseInt(group, 16)), bits: Number(bits) };
  }),
);

/** Whether the first `bits` bits of the two addresses are the same. */
function samePrefix(groups: Ipv6Groups, network: readonly number[], bits: number): boolean {
  for (let i = 0, left = bits; left > 0; i++, left -= 16) {
    const shift = Math.max(0, 16 - left);
    if (groups[i]! >>> shift !== network[i]! >>> shift) return false;
  }
  return true;
}

/** The first special range holding the address, else "unicast". */
export function ipv6Range(groups: Ipv6Groups): string {
  for (const { name, network, bits } of compiled) if (samePrefix(groups, network, bits)) return name;
  return "unicast";
}
