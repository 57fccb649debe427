import { pointer } from "../src/json/jsonPointer.js";
import { asObject, isPresent, type JsonObject } from "../src/domain/payloadParts.js";
import { shippingMethodReadOnly } from "../src/domain/readOnlyFields.js";
import { defineRule } from "../src/engine/rule.js";
import { aboutItsValue } from "./read-only-ids.js";

/** Every key of the shippingMethod is name, price or description (a null one says nothing either). */
function holdsOnlyReadOnly(method: JsonObject): boolean {
  return Object.keys(method).every((key) => shippingMethodReadOnly.keys.includes(key));
}

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
      readOnlyLeavesEmpty:
        "shippingMethod.{{name}} is set: these are read-only fields that are automatically populated by legacy OMS. Attempting to manually set these fields will result in invalid input errors (leave {{name}} out or null). The shippingMethod holds nothing else: leaving these fields out leaves it empty ({}), and the order no longer says how to ship; “The deliveryMethod and shipType parameters are sufficient when using that particular configuration option”: send those",
    },
    // Leaving the field out is what the OMS requires, and it fills the value in itself.
    fixable: true,
    // Left out, the field's value is moot: the schema's findings about it add nothing.
    outweighs: aboutItsValue,
  },
  visit: {
    payload({ value, report }) {
      const method = asObject(asObject(value)?.shippingMethod);
      // The fix would leave nothing that says how to ship: the message says what to send instead.
      const messageId = method !== undefined && holdsOnlyReadOnly(method) ? "readOnlyLeavesEmpty" : "readOnly";
      for (const name of shippingMethodReadOnly.keys) {
        // "read-only fields that are automatically populated by legacy OMS": leave them out.
        if (!isPresent(method?.[name])) continue;
        const at = pointer(shippingMethodReadOnly.path, name);
        report({ path: at, messageId, data: { name }, fix: { path: at, remove: true } });
      }
    },
  },
});
