import type { Ipv6Groups } from "./ipv6Ranges.js";

const longestAddress = "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255".length;
const hexGroup = /^[0-9a-f]{1,4}$/i;
const dottedQuad = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * The groups of an IPv6 address in its text form (RFC 4291 §2.2: hex groups of one to four
 * digits, one "::" at most, a dotted-quad IPv4 in the last 32 bits), or undefined for any other
 * text: a zone ("%eth0"), a leading zero in the IPv4 part, too many or too few groups. It takes
 * what the schema's `ipv6` format (ajv-formats) takes, so that a text the format refuses has
 * that one finding and no other.
 */
export function ipv6Groups(text: string): Ipv6Groups | undefined {
  // The longest form, "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255", has 45 characters: a
  // longer text is no address, and splitting a hostile 50 MB one would build millions of strings.
  if (text.length > longestAddress) return undefined;
  // "::a.b.c.d", RFC 4291's deprecated IPv4-compatible form, is read as the IPv4 address it
  // names (::ffff:a.b.c.d), as ipaddr.js reads it.
  if (text.startsWith("::") && dottedQuad.test(text.slice(2))) return ipv6Groups(`::ffff:${text.slice(2)}`);
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parse = (half: string): number[] | undefined => {
    if (half === "") return [];
    const parts = half.split(":");
    const groups: number[] = [];
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && dottedQuad.test(part)) {
        const [a = 0, b = 0, c = 0, d = 0] = part.split(".").map(Number);
        groups.push(a * 256 + b, c * 256 + d);
      } else if (hexGroup.test(part)) groups.push(Number.parseInt(part, 16));
      else return undefined;
    }
    return groups;
  };
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  // A dotted quad stands only at the very end.
  if (halves.length === 2 && head.length > 0 && /\./.test(halves[0]!)) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  return [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail] as unknown as Ipv6Groups;
}
