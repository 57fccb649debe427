import { asObject, asString } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";
import type { Kind } from "../src/kinds/kinds.js";
import { ipv4RangeOf } from "../src/domain/ipv4Ranges.js";
import { ipv6Groups } from "../src/domain/ipv6Address.js";
import { ipv6Range } from "../src/domain/ipv6Ranges.js";

/** The IPv4 special ranges' names (ipaddr.js's), said as a reader knows them; a range added later reads by its own name. */
const ipv4Names: Readonly<Record<string, string>> = {
  unspecified: "unspecified (0.0.0.0/8)",
  private: "private (RFC 1918)",
  loopback: "loopback (127.0.0.0/8)",
  linkLocal: "link-local (169.254.0.0/16)",
  carrierGradeNat: "carrier-grade NAT (100.64.0.0/10)",
  reserved: "reserved or documentation",
  broadcast: "broadcast",
  multicast: "multicast (224.0.0.0/4)",
  as112: "AS112 DNS sink",
  amt: "AMT relay",
};

/** The same for IPv6 (ipaddr.js's names). */
const ipv6Names: Readonly<Record<string, string>> = {
  unspecified: "unspecified (::)",
  linkLocal: "link-local (fe80::/10)",
  multicast: "multicast (ff00::/8)",
  loopback: "loopback (::1)",
  uniqueLocal: "unique local (fc00::/7: IPv6's private addresses)",
  deprecatedSiteLocal: "site-local (fec0::/10, deprecated)",
  discard: "discard-only (100::/64)",
  benchmarking: "benchmarking (2001:2::/48)",
  amt: "AMT relay",
  as112v6: "AS112 DNS sink",
  deprecatedOrchid: "ORCHID (deprecated)",
  orchid2: "ORCHIDv2",
  droneRemoteIdProtocolEntityTags: "drone remote ID",
  segmentRouting: "segment routing (5f00::/16)",
  reserved: "reserved or documentation",
};

/**
 * IPv6 ranges whose addresses a customer can reach the shop from: global unicast, and the
 * tunnels and translations that carry a public host's traffic (6to4, Teredo, NAT64's
 * prefixes). An IPv4 address mapped or translated into IPv6 is read as that IPv4 address:
 * ::ffff:0:0/96, SIIT's ::ffff:0:0:0/96, and NAT64's well-known prefix 64:ff9b::/96, which
 * RFC 6052 §3.1 says "MUST NOT be used to represent non-global IPv4 addresses" (so
 * 64:ff9b::10.1.2.3 stands for a private host; found by the evidence audit). NAT64's
 * local-use prefix 64:ff9b:1::/48 (RFC 8215) may embed any IPv4 address, where the network
 * chooses: it stays external.
 */
const externalIpv6 = new Set(["unicast", "6to4", "teredo", "rfc6052"]);
const embedsIpv4 = new Set(["ipv4Mapped", "rfc6145"]);

/** Whether the address embeds an IPv4 address in its last 32 bits, which is then what is judged. */
function embedsIpv4Address(range: string, groups: readonly number[]): boolean {
  if (embedsIpv4.has(range)) return true;
  return range === "rfc6052" && groups[0] === 0x64 && groups[1] === 0xff9b && groups[2] === 0 && groups[3] === 0 && groups[4] === 0 && groups[5] === 0;
}

/**
 * The address of a dotted-quad decimal IPv4 (ipaddr.js's isValidFourPartDecimal: four parts
 * of 1 to 3 digits, no leading zero, each at most 255) as a 32-bit number, read in one pass
 * with no allocation. Anything else is the schema's error (format ipv4).
 */
function fourPartDecimal(ip: string): number | undefined {
  let address = 0;
  let part = 0;
  let digits = 0;
  let parts = 0;
  for (let i = 0; i <= ip.length; i++) {
    const code = i === ip.length ? 46 : ip.charCodeAt(i);
    if (code === 46) {
      if (digits === 0 || part > 255 || ++parts > 4) return undefined;
      address = address * 256 + part;
      part = 0;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      if ((digits === 1 && part === 0) || ++digits > 3) return undefined;
      part = part * 10 + (code - 48);
    } else return undefined;
  }
  return parts === 4 ? address : undefined;
}

export const customerIpRange = defineRule({
  meta: {
    id: "customer-ip-range",
    description: "customerIP is the customer's external (public unicast) address, not a private, loopback or reserved one.",
    defaultSeverity: "warning",
    evidence: "advised",
    kinds: ["createOrder", "importOrder"],
    source: {
      document: "Create Order (seeds/004), Primary Elements; Historic Order Import (seeds/003), Customer",
      passage:
        "the Customer IP is the external address of the consumer purchasing the order, NOT the internal address of the web server or client. The Customer IP is required for bundled clients, and providing the incorrect address will hinder the fraud review process.",
    },
    messages: {
      notExternal:
        "customerIP {{ip}} is in the {{range}} range, so it cannot be the customer's external address: the Customer IP is the external address of the consumer purchasing the order, NOT the internal address of the web server or client (an incorrect address will hinder the fraud review process)",
    },
  },
  visit: {
    payload({ value, kind, report }) {
      const ip = asString(asObject(value)?.customerIP);
      const range = ip === undefined ? undefined : specialRange(ip, kind);
      if (ip !== undefined && range !== undefined) report({ path: "/customerIP", messageId: "notExternal", data: { ip, range } });
    },
  },
});

/**
 * The special range an address lies in, as the message says it; undefined for an external
 * address, and for any text the schema's format check refuses (its warning is the one finding
 * then). IPv6 is read on Create Order only, whose document says "The IP address of the
 * customer"; the import's document says IPv4, and an IPv6 address there is the format check's.
 */
function specialRange(ip: string, kind: Kind): string | undefined {
  const v4 = fourPartDecimal(ip);
  if (v4 !== undefined) return ipv4Special(v4);
  const groups = kind === "createOrder" ? ipv6Groups(ip) : undefined;
  if (groups === undefined) return undefined;
  const range = ipv6Range(groups);
  if (embedsIpv4Address(range, groups)) {
    const embedded = ipv4Special(groups[6] * 0x10000 + groups[7]);
    return embedded === undefined ? undefined : `IPv4 ${embedded}`;
  }
  return externalIpv6.has(range) ? undefined : (ipv6Names[range] ?? range);
}

function ipv4Special(address: number): string | undefined {
  const range = ipv4RangeOf(address);
  return range === "unicast" ? undefined : (ipv4Names[range] ?? range);
}
