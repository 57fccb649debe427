import { shapes } from "../src/generated/shapes.js";
import { pointer } from "../src/jsonPointer.js";
import { kinds } from "../src/kinds.js";
import { nearestName } from "../src/nearestName.js";
import { asObject } from "../src/payloadParts.js";
import { defineRule, type Report } from "../src/rule.js";
import type { Shape } from "../src/shape.js";

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Where the walk stands, joined into a pointer only when something is reported there. */
interface Trail {
  readonly parent: Trail | undefined;
  readonly key: string | number;
}

function trailPointer(trail: Trail | undefined): string {
  const keys: (string | number)[] = [];
  for (let at = trail; at; at = at.parent) keys.push(at.key);
  return pointer("", ...keys.reverse());
}

/**
 * Walks the value along its shape. The recursion follows the shape, which is finite and a
 * few levels deep, so a deeply nested value cannot exhaust the stack: what lies under an
 * unknown property or an open map is never entered. Pointers are built only for reports:
 * on a clean payload (the common case) the walk allocates next to nothing.
 */
function findUnknown(value: unknown, shape: Shape, trail: Trail | undefined, report: (report: Report) => void): void {
  const items = shape.items;
  if (items) {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) findUnknown(value[i], items, { parent: trail, key: i }, report);
    return;
  }
  // An open map (custom data, options) holds the caller's own keys; a shape that names
  // properties checks against them even when it is also marked open.
  const properties = shape.properties;
  const object = asObject(value);
  if (!properties || !object) return;
  for (const key in object) {
    if (!hasOwn(object, key)) continue;
    if (hasOwn(properties, key)) {
      const child = properties[key]!;
      if (child.items || child.properties) findUnknown(object[key], child, { parent: trail, key }, report);
      continue;
    }
    const at = trailPointer({ parent: trail, key });
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
    if (shape) findUnknown(value, shape, undefined, report);
  },
});
