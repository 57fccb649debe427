/**
 * The IPv4 special-purpose ranges (RFCs 1918, 3171, 3927, 5735, 5737, 6598, 7450, 7534/7535
 * and 2544), in the order and with the names of ipaddr.js's `IPv4.SpecialRanges`, against
 * which the tests check this table. Kept here, not imported: the library bundle then needs
 * no CommonJS module at run time, and a cold start stays short.
 */
const specialRanges: readonly (readonly [name: string, cidrs: readonly string[]])[] = [
  ["unspecified", ["0.0.0.0/8"]],
  ["broadcast", ["255.255.255.255/32"]],
  ["multicast", ["224.0.0.0/4"]],
  ["linkLocal", ["169.254.0.0/16"]],
  ["loopback", ["127.0.0.0/8"]],
  ["carrierGradeNat", ["100.64.0.0/10"]],
  ["private", ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]],
  ["reserved", ["192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4"]],
  ["as112", ["192.175.48.0/24", "192.31.196.0/24"]],
  ["amt", ["192.52.193.0/24"]],
];

const toNumber = (a: number, b: number, c: number, d: number): number => ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;

/** The table as the lookup reads it: each range's name, its network as a number, and the bits it leaves free. */
const compiled: readonly { readonly name: string; readonly network: number; readonly shift: number }[] = specialRanges.flatMap(([name, cidrs]) =>
  cidrs.map((cidr) => {
    const [address = "", bits = ""] = cidr.split("/");
    const [a = 0, b = 0, c = 0, d = 0] = address.split(".").map(Number);
    const shift = 32 - Number(bits);
    return { name, network: shift === 32 ? 0 : toNumber(a, b, c, d) >>> shift, shift };
  }),
);

/** The first special range holding the address (four octets, each 0–255), else "unicast". */
export function ipv4Range(octets: readonly [number, number, number, number]): string {
  return ipv4RangeOf(toNumber(...octets));
}

/** The same, for the address as a 32-bit number. */
export function ipv4RangeOf(address: number): string {
  for (let i = 0; i < compiled.length; i++) {
    const { name, network, shift } = compiled[i]!;
    if (shift === 32 || address >>> shift === network) return name;
  }
  return "unicast";
}
