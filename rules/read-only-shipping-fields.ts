import { pointer } from "../src/json/jsonPointer.js";
import { asObject, isPresent, type JsonObject } from "../src/domain/payloadParts.js";
import { drawsNothingToRead } from "../src/source/invisibleCharacters.js";
import { shippingMethodReadOnly } from "../src/domain/readOnlyFields.js";
import { shapes } from "../src/generated/shapes.js";
import { shapeAt } from "../src/kinds/shape.js";
import { andList } from "../src/engine/andList.js";
import { defineRule } from "../src/engine/rule.js";
import { aboutItsValue } from "./read-only-ids.js";

/** The read-only fields the caller set (a null one says nothing, and is not reported). */
function readOnlySet(method: JsonObject | undefined): string[] {
  return shippingMethodReadOnly.keys.filter((name) => isPresent(method?.[name]));
}

/**
 * The shippingMethod fields the schemas know that the caller may set (deliveryMethod, shipType,
 * shippingType, the carrier override…), from Create Order's shape: the passage is its document's,
 * and the import sends the same object.
 */
const howToShipFields: readonly string[] = Object.keys(shapeAt(shapes.createOrder, shippingMethodReadOnly.path)?.properties ?? {}).filter(
  (name) => !shippingMethodReadOnly.keys.includes(name),
);

/**
 * Whether the method still says how to ship once the read-only fields are left out: one of its
 * fields has a value. A blank one ("", "  ") names no way to ship, and a key no shippingMethod
 * has (`Price`, a misspelt stand-in) is not one the OMS reads: counted, --fix emptied
 * {"price":5,"shippingType":""} to {"shippingType":""} and printed nothing (review).
 */
function saysHowToShipWithout(method: JsonObject): boolean {
  return howToShipFields.some((name) => namesAWay(method[name]));
}

/**
 * Whether a field's value names a way to ship: every one of these fields is a string in the
 * documents' examples, and one that draws nothing ("\u200b", a Hangul filler) names nothing, as
 * an object, an array or a number there does not (the schema warns of its type): counted, --fix
 * emptied {"price":5,"shippingType":"\u200b"} (or {}, [], 0) and printed nothing (third review).
 */
function namesAWay(value: unknown): boolean {
  return typeof value === "string" && !drawsNothingToRead(value);
}

/** How many of the members left a message names before counting the rest. */
const namedMembers = 4;

/** How long a member's value is shown before it is cut: the message names it, the payload holds it whole. */
const shownValueLength = 24;

/** A member's value as the message shows it: JSON, an object or array as `{…}` or `[…]`, a long string cut. */
function shownValue(value: unknown): string {
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "[…]" : "{…}";
  const json = JSON.stringify(value);
  return json.length > shownValueLength ? `${json.slice(0, shownValueLength)}…` : json;
}

/** The shippingMethod once the fields set are left out, as JSON (its members are null, blank or not shippingMethod fields). */
function whatRemains(method: JsonObject, removed: readonly string[]): string {
  const left = Object.keys(method).filter((key) => !removed.includes(key));
  const shown = left.slice(0, namedMembers).map((key) => `${JSON.stringify(key)}:${shownValue(method[key])}`);
  if (left.length > namedMembers) shown.push(`… ${left.length - namedMembers} more`);
  return `{${shown.join(",")}}`;
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
      readOnlyLeavesNothing:
        "shippingMethod.{{name}} is set: these are read-only fields that are automatically populated by legacy OMS. Attempting to manually set these fields will result in invalid input errors, so {{name}} must still be left out (or null); but with {{fields}} left out the shippingMethod is {{left}}, which says nothing of how to ship (our reading: none of its shippingMethod fields holds text that names one), so --fix does not remove {{name}} (an editor offers the removal): “The deliveryMethod and shipType parameters are sufficient when using that particular configuration option”: add those, then leave {{fields}} out",
    },
    // Leaving the field out is what the OMS requires, and it fills the value in itself.
    fixable: true,
    // Left out, the field's value is moot: the schema's findings about it add nothing.
    outweighs: aboutItsValue,
    // Any string, an empty one too, is a field set: it is to be left out whatever a variable in it fills to.
    sureOfAnyString: ["readOnly", "readOnlyLeavesNothing"],
  },
  visit: {
    payload({ value, report }) {
      const method = asObject(asObject(value)?.shippingMethod);
      const set = readOnlySet(method);
      if (method === undefined || set.length === 0) return;
      // Left out, the fields leave nothing that says how to ship: the removal is still required,
      // but made unasked (--fix, printing nothing) it turned an order into one that lints clean
      // and ships no way. Offered as a suggestion, and the message says what to send first.
      const leftWith = saysHowToShipWithout(method) ? undefined : { fields: andList(set), left: whatRemains(method, set) };
      for (const name of set) {
        // "read-only fields that are automatically populated by legacy OMS": leave them out.
        const at = pointer(shippingMethodReadOnly.path, name);
        const edit = { path: at, remove: true } as const;
        if (leftWith === undefined) report({ path: at, messageId: "readOnly", data: { name }, fix: edit });
        else report({ path: at, messageId: "readOnlyLeavesNothing", data: { ...leftWith, name }, suggest: edit });
      }
    },
  },
});
