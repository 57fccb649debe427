import { pointer } from "../src/json/jsonPointer.js";
import { asObject, field, orderPayments, stringField } from "../src/domain/payloadParts.js";
import { noOperationPaymentType } from "../src/domain/paymentTypes.js";
import { defineRule } from "../src/engine/rule.js";
import type { Settings } from "../src/domain/settings.js";

/** The currencies a subtype supports: a list, or every currency. */
type Currencies = readonly string[] | "all";

const usdOnly: Currencies = ["USD"];

/** The documents' table of no-operation subtypes and their "Supported Currencies". */
const documentedSubtypes: ReadonlyMap<string, Currencies> = new Map<string, Currencies>([
  ["AM", usdOnly], ["AX", usdOnly], ["CA", usdOnly], ["DR", usdOnly], ["DS", usdOnly],
  // "FX Fedex Crossborder USD (Note that while orders can be placed in different currencies to
  // Crossborder, it is converted to USD before being sent by Fedex": other currencies are taken.
  ["FX", "all"],
  ["GC", "all"], ["HI", usdOnly], ["KI", "all"], ["KL", "all"], ["MA", usdOnly], ["PC", usdOnly],
  ["PY", usdOnly], ["SR", "all"], ["SV", usdOnly], ["TR", usdOnly], ["VI", usdOnly],
]);

const documentedList = [...documentedSubtypes.keys()].join(" ");

/**
 * "there are also custom subtypes that are only used by specific implementations and not listed
 * here": settings.customNoOperationTypes names them. The settings come from a config file, so
 * entries of the wrong type are skipped, never trusted.
 */
function customSubtypes(settings: Settings): ReadonlyMap<string, Currencies> {
  const configured: unknown = settings.customNoOperationTypes;
  const subtypes = new Map<string, Currencies>();
  if (Array.isArray(configured)) {
    for (const code of configured) if (typeof code === "string") subtypes.set(code, "all");
    return subtypes;
  }
  for (const [code, currencies] of Object.entries(asObject(configured) ?? {})) {
    if (currencies === "all") subtypes.set(code, "all");
    else if (Array.isArray(currencies)) subtypes.set(code, currencies.filter((c): c is string => typeof c === "string"));
  }
  return subtypes;
}

export const noOperationSubtype = defineRule({
  meta: {
    id: "no-operation-subtype",
    description:
      "A no-operation (NO) payment names a documented or configured noOperationType that supports the order's currency.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder", "importOrder"],
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage:
        "There are several different types of no-operation payment subtypes defined below with their supported currency types, but there are also custom subtypes that are only used by specific implementations and not listed here for public use. All of these gateways must be configured by Kibo Professional Services if needed.",
    },
    messages: {
      missing: `a no-operation (NO) payment needs a noOperationType: one of the documented subtypes (${documentedList}) or a custom subtype listed in settings.customNoOperationTypes`,
      unknown: `noOperationType {{subtype}} is not a documented no-operation subtype (${documentedList}); a custom subtype configured by Kibo Professional Services must be listed in settings.customNoOperationTypes`,
      currency:
        "the no-operation subtype {{subtype}} does not support the order's currency {{currency}} (supported: {{supported}}, in the documents' table of no-operation subtypes and their supported currencies, or in settings.customNoOperationTypes)",
    },
  },
  check({ value, settings, report }) {
    const currency = stringField(asObject(value), "currency");
    let custom: ReadonlyMap<string, Currencies> | undefined;
    for (const { method, methodPath, paymentType } of orderPayments(value)) {
      if (!method || paymentType !== noOperationPaymentType) continue;
      const at = pointer(methodPath, "noOperationType");
      const subtype = field(method, "noOperationType");
      if (subtype === undefined || subtype === null) {
        report({ path: at, messageId: "missing" });
        continue;
      }
      // Any other type is the schema's error (noOperationType must be a string).
      if (typeof subtype !== "string") continue;
      custom ??= customSubtypes(settings);
      // A configured entry wins over the table: the tenant's gateway is what the OMS runs.
      const currencies = custom.get(subtype) ?? documentedSubtypes.get(subtype);
      if (currencies === undefined) {
        report({ path: at, messageId: "unknown", data: { subtype: JSON.stringify(subtype) } });
      } else if (currencies !== "all" && currency !== undefined && !currencies.includes(currency)) {
        report({
          path: at,
          messageId: "currency",
          data: { subtype, supported: currencies.join(", ") || "none", currency: JSON.stringify(currency) },
        });
      }
    }
  },
});
