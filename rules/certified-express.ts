import { pointer } from "../src/json/jsonPointer.js";
import { asObject, asString, type JsonObject } from "../src/domain/payloadParts.js";
import { defineRule, skipPayload } from "../src/engine/rule.js";
import type { Settings } from "../src/domain/settings.js";
import { readOnImport } from "../src/domain/importReading.js";

/**
 * The documents never say how an order is marked Express; these are the places a caller
 * says so in the payloads we know (the docs page names this as a heuristic).
 */
function expressMarker(method: JsonObject | undefined): { field: string; value: string } | undefined {
  const shipType = asString(method?.shipType);
  if (shipType?.toUpperCase().startsWith("EXPRESS")) return { field: "shipType", value: shipType };
  for (const name of ["shippingType", "shippingClass"]) {
    const text = asString(method?.[name]);
    if (text?.toLowerCase() === "express") return { field: name, value: text };
  }
  return undefined;
}

/** The setting's part numbers; a setting of the wrong shape certifies nothing. */
function certifiedPartNumbers(settings: Settings): ReadonlySet<string> {
  const list: unknown = settings.certifiedPartNumbers;
  return new Set(Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === "string") : []);
}

export const certifiedExpress = defineRule({
  meta: {
    id: "certified-express",
    description: "Certified products (settings.certifiedPartNumbers) in an Express order: the order is created but not flagged Express.",
    defaultSeverity: "warning",
    // The consequence is the document's; which order is Express is our reading (expressMarker),
    // so every finding rests on it: inferred, not advised (SPEC §3).
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    kindNotes: { importOrder: readOnImport },
    source: {
      document: "Create Order (seeds/004), Certified Products in Express Orders",
      passage:
        "Such orders aren’t candidates to be “expedited” and will negate Express shipping. If certified products are included in an Express order, the order will be created in Kibo OMS but not flagged as “Express.”",
    },
    messages: {
      notExpress:
        "orderItems {{index}} ({{partNumber}}) is a certified product in an order we read as Express (shippingMethod.{{field}} is {{value}}; the documents do not say which field marks an order Express): the order will be created but not flagged Express, as certified products negate Express shipping",
    },
  },
  visit: {
    payload({ value, settings }) {
      if (!Array.isArray(settings.certifiedPartNumbers)) return skipPayload;
      const certified = certifiedPartNumbers(settings);
      const marker = certified.size === 0 ? undefined : expressMarker(asObject(asObject(value)?.shippingMethod));
      return marker ? { certified, marker } : skipPayload;
    },
    item(located, { report }, express) {
      const { index, product } = located;
      const partNumber = asString(product?.partNumber);
      if (partNumber === undefined || !express.certified.has(partNumber)) return;
      report({ path: pointer(located.path, "product", "partNumber"), messageId: "notExpress", data: { index, partNumber, ...express.marker } });
    },
  },
});
