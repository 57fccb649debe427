import { pointer } from "../src/json/jsonPointer.js";
import { asObject, asString } from "../src/domain/payloadParts.js";
import { noOperationPaymentType, paymentTypePlaces } from "../src/domain/paymentTypes.js";
import { customSubtype, customSubtypesListed, documentedList, documentedSubtypes, type Currencies } from "../src/domain/noOperationSubtypes.js";
import { defineRule } from "../src/engine/rule.js";
import { isDocumentedCurrency } from "../src/domain/currencies.js";

export const noOperationSubtype = defineRule({
  meta: {
    id: "no-operation-subtype",
    description:
      "A no-operation (NO) subtype supports the order's currency; once the tenant lists its custom subtypes in settings, a subtype in neither list is an error.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Order Payments",
      passage:
        "There are several different types of no-operation payment subtypes defined below with their supported currency types, but there are also custom subtypes that are only used by specific implementations and not listed here for public use. All of these gateways must be configured by Kibo Professional Services if needed.",
    },
    messages: {
      unknown: `noOperationType {{subtype}} is neither a documented no-operation subtype (${documentedList}) nor one of the custom subtypes listed in settings.customNoOperationTypes`,
      currency:
        "the no-operation subtype {{subtype}} does not support the order's currency {{currency}} (supported: {{supported}}, in the documents' table of no-operation subtypes and their supported currencies, or in settings.customNoOperationTypes)",
    },
    // The currency finding stands at the subtype and judges the order's currency too.
    reads: { unknown: paymentTypePlaces, currency: [...paymentTypePlaces, "/currency"] },
  },
  visit: {
    payment(located, { value, settings, report }) {
      const { method, paymentType } = located;
      if (!method || paymentType !== noOperationPaymentType) return;
      const at = pointer(located.methodPath, "noOperationType");
      const subtype = method.noOperationType;
      // A missing subtype is no-operation-subtype-unlisted's (no document requires one); any
      // other type is the schema's error (noOperationType must be a string).
      if (typeof subtype !== "string") return;
      // A configured entry wins over the table: the tenant's gateway is what the OMS runs.
      const currencies: Currencies | undefined = customSubtype(settings, subtype) ?? documentedSubtypes.get(subtype);
      const currency = asString(asObject(value)?.currency);
      if (currencies === undefined) {
        // Unlisted: an error only once the tenant has listed its custom subtypes; before
        // that, "custom subtypes ... not listed here" may include it (the -unlisted warning).
        if (customSubtypesListed(settings)) report({ path: at, messageId: "unknown", data: { subtype: JSON.stringify(subtype) } });
      } else if (currencies !== "all" && currency !== undefined && isDocumentedCurrency(currency) && !currencies.includes(currency)) {
        // A currency outside the documented list is the schema's one finding, at /currency.
        report({
          path: at,
          messageId: "currency",
          data: { subtype, supported: currencies.join(", ") || "none", currency: JSON.stringify(currency) },
        });
      }
    },
  },
});
