import { shapes } from "../src/generated/shapes.js";
import { pointer } from "../src/jsonPointer.js";
import { kinds } from "../src/kinds.js";
import { nearestName } from "../src/nearestName.js";
import { asObject } from "../src/payloadParts.js";
import { defineRule, type Report } from "../src/rule.js";
import type { Shape } from "../src/shape.js";

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Walks the value along its shape. The recursion follows the shape, which is finite and a
 * few levels deep, so a deeply nested value cannot exhaust the stack: what lies under an
 * unknown property or an open map is never entered.
 */
function findUnknown(value: unknown, shape: Shape, path: string, report: (report: Report) => void): void {
  if (shape.items) {
    if (Array.isArray(value)) value.forEach((element, index) => findUnknown(element, shape.items!, pointer(path, index), report));
    return;
  }
  // An open map (custom data, options) holds the caller's own keys; a shape that names
  // properties checks against them even when it is also marked open.
  const properties = shape.properties;
  const object = asObject(value);
  if (!properties || !object) return;
  for (const [key, child] of Object.entries(object)) {
    const at = pointer(path, key);
    if (hasOwn(properties, key)) {
      findUnknown(child, properties[key]!, at, report);
      continue;
    }
    const suggestion = nearestName(key, Object.keys(properties));
    if (suggestion === undefined) report({ path: at, messageId: "unknown", data: { name: JSON.stringify(key) } });
    else report({ path: at, messageId: "didYouMean", data: { name: JSON.stringify(key), suggestion } });
  }
}

export const unknownProperty = defineRule({
  meta: {
    id: "unknown-property",
    description: "A property the documents and the schemas do not know is likely a typo; the OMS may ignore it.",
    defaultSeverity: "warning",
    kinds: kinds.map(({ kind }) => kind),
    source: {
      document: "Create Order (seeds/004), Primary Elements",
      passage:
        "These are listed in detail in the Create Order Schema, but examples also follow below. … See the schema for the full details of these 11 options and other parameters",
    },
    messages: {
      didYouMean:
        "unknown property {{name}}: did you mean {{suggestion}}? Property names are case-sensitive, and a property the OMS does not know is not read",
      unknown:
        "unknown property {{name}}: neither the documents nor the schema name it here, so the OMS may not read it (check its spelling and where it stands)",
    },
  },
  check({ kind, value, report }) {
    const shape = hasOwn(shapes, kind) ? shapes[kind] : undefined;
    if (shape) findUnknown(value, shape, "", report);
  },
});
