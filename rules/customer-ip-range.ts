import { asObject, asString } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";
import { ipv4RangeOf } from "../src/domain/ipv4Ranges.js";

/** The special ranges' names (ipaddr.js's), said as a reader knows them; a range added later reads by its own name. */
const rangeNames: Readonly<Record<string, string>> = {
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
    payload({ value, report }) {
      const ip = asString(asObject(value)?.customerIP);
      const address = ip === undefined ? undefined : fourPartDecimal(ip);
      if (ip === undefined || address === undefined) return;
      const range = ipv4RangeOf(address);
      if (range === "unicast") return;
      report({ path: "/customerIP", messageId: "notExternal", data: { ip, range: rangeNames[range] ?? range } });
    },
  },
});
