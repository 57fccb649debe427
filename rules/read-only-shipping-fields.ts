import { pointer } from "../src/json/jsonPointer.js";
import { asObject, isPresent } from "../src/domain/payloadParts.js";
import { shippingMethodReadOnly } from "../src/domain/readOnlyFields.js";
import { defineRule } from "../src/engine/rule.js";
import { aboutItsValue } from "./read-only-ids.js";

export const readOnlyShippingFields = defineRule({
  meta: {
    id: "read-only-shipping-fields",
    description: "shippingMethod name, price and description are read-only: setting them is an invalid-input error.",
    defaultSeverity: "error",
    evidence: "stated",
    kinds: ["createOrder"],
    source: {
      document: "Create Order (seeds/004), Shipping Method and Address",
      passage:
        "Note that in the configuration that includes “name”, “price” and “description” parameters, these are read-only fields that are automatically populated by legacy OMS. Attempting to manually set these fields will result in invalid input errors. The deliveryMethod and shipType parameters are sufficient when using that particular configuration option.",
    },
    messages: {
      readOnly:
        "shippingMethod.{{name}} is set: these are read-only fields that are automatically populated by legacy OMS. Attempting to manually set these fields will result in invalid input errors (leave {{name}} out or null; deliveryMethod and shipType are sufficient)",
    },
    // Leaving the field out is what the OMS requires, and it fills the value in itself.
    fixable: true,
    // Left out, the field's value is moot: the schema's findings about it add nothing.
    outweighs: aboutItsValue,
  },
  visit: {
    payload({ value, report }) {
      const method = asObject(asObject(value)?.shippingMethod);
      for (const name of shippingMethodReadOnly.keys) {
        // "read-only fields that are automatically populated by legacy OMS": leave them out.
        if (!isPresent(method?.[name])) continue;
        const at = pointer(shippingMethodReadOnly.path, name);
        report({ path: at, messageId: "readOnly", data: { name }, fix: { path: at, remove: true } });
      }
    },
  },
});
