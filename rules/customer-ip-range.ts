import { asObject, stringField } from "../src/domain/payloadParts.js";
import { defineRule } from "../src/engine/rule.js";
import { ipv4Range } from "../src/domain/ipv4Ranges.js";

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

const dottedQuad = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

/**
 * The four octets of a dotted-quad decimal address (ipaddr.js's isValidFourPartDecimal, read
 * once instead of three times). Anything else is the schema's error (format ipv4).
 */
function fourPartDecimal(ip: string): [number, number, number, number] | undefined {
  const match = dottedQuad.exec(ip);
  if (!match) return undefined;
  const octets: [number, number, number, number] = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
  return octets.every((octet) => octet <= 255) ? octets : undefined;
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
      const ip = stringField(asObject(value), "customerIP");
      const octets = ip === undefined ? undefined : fourPartDecimal(ip);
      if (ip === undefined || octets === undefined) return;
      const range = ipv4Range(octets);
      if (range === "unicast") return;
      report({ path: "/customerIP", messageId: "notExternal", data: { ip, range: rangeNames[range] ?? range } });
    },
  },
});
