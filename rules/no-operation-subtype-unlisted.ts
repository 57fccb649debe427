import { pointer } from "../src/json/jsonPointer.js";
import { noOperationPaymentType, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { customSubtypesListed, documentedList, documentedSubtypes } from "../src/domain/noOperationSubtypes.js";
import { defineRule, everyMessageReads } from "../src/engine/rule.js";
import { readOnImport } from "../src/domain/importReading.js";

export const noOperationSubtypeUnlisted = defineRule({
  meta: {
    id: "no-operation-subtype-unlisted",
    description:
      "A no-operation (NO) payment without a noOperationType, or with one the documents' table does not list while the tenant has listed no custom subtypes: a warning, since custom subtypes exist and no document requires a subtype.",
    defaultSeverity: "warning",
    evidence: "inferred",
    kinds: ["createOrder", "importOrder"],
    // No kindNotes: the engine would end every finding on an import with readOnImport, and the
    // missing subtype's rests on no document's word (it says so), so only the unlisted one's carries it.
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage:
        "There are several different types of no-operation payment subtypes defined below with their supported currency types, but there are also custom subtypes that are only used by specific implementations and not listed here for public use.",
    },
    reads: everyMessageReads(["missing", "unlisted"], paymentTypePlaces),
    messages: {
      missing: `this no-operation (NO) payment names no noOperationType: the Historic Order Import example sends one ("HI"), though no document says it is required; Create Order's table of subtypes lists ${documentedList}`,
      unlisted: `noOperationType {{subtype}} is not in the documents' table (${documentedList}); the documents say custom subtypes exist "not listed here for public use": if it is one of yours, list your custom subtypes in settings.customNoOperationTypes (then a subtype in neither list is an error){{onImport}}`,
    },
  },
  visit: {
    payment(located, { kind, settings, report }) {
      const { method, paymentType } = located;
      if (!method || paymentType !== noOperationPaymentType) return;
      const at = pointer(located.methodPath, "noOperationType");
      const subtype = method.noOperationType;
      if (subtype === undefined || subtype === null) report({ path: at, messageId: "missing" });
      // With the tenant's custom subtypes listed, an unlisted one is no-operation-subtype's error.
      else if (typeof subtype === "string" && !customSubtypesListed(settings) && !documentedSubtypes.has(subtype)) {
        // The table and the custom subtypes are Create Order's words, which the import document does not repeat.
        report({ path: at, messageId: "unlisted", data: { subtype: JSON.stringify(subtype), onImport: kind === "importOrder" ? readOnImport : "" } });
      }
    },
  },
});
