import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "../../src/builtIn/linter.js";
import type { Kind } from "../../src/kinds/kinds.js";

/** Every kind's example, each of its values replaced in turn by values of the wrong shape. */
const examples: [Kind, string][] = [
  ["createOrder", "createOrder.json"],
  ["importOrder", "importOrder.json"],
  ["orderCustomData", "orderCustomData.json"],
  ["orderItemCustomData", "orderItemCustomData.json"],
  ["orderItemSearch", "orderItemSearch.json"],
  ["orderItemSearchResponse", "orderItemSearchResponse.json"],
  ["orderCustomDataRecord", "orderCustomDataRecord.json"],
  ["orderItemCustomDataRecord", "orderItemCustomDataRecord.json"],
];
const wrongValues: unknown[] = [{}, [], -1, 0, 1.5, true, "x", "x".repeat(1001), "CANCELLED"];

function pointersOf(value: unknown, at: string, out: string[]): string[] {
  if (at !== "") out.push(at);
  if (typeof value === "object" && value !== null) for (const [key, child] of Object.entries(value)) pointersOf(child, `${at}/${key}`, out);
  return out;
}

function withValueAt(root: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  const keys = pointer.slice(1).split("/");
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1] as string] = value;
  return copy;
}

describe("every schema message names its field", () => {
  it.each(examples)("%s: each wrong value's message names the property it is about", (kind, file) => {
    const example = JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8")) as unknown;
    let checked = 0;
    for (const pointer of pointersOf(example, "", [])) {
      for (const wrong of wrongValues) {
        for (const d of validate(kind, withValueAt(example, pointer, wrong)).diagnostics) {
          if (!d.ruleId.startsWith("schema") || d.path === "") continue;
          // The property a user looks for: the last key that is not an array index.
          const name = d.path.split("/").filter((key) => !/^\d+$/.test(key)).pop() as string;
          expect(d.message, `${kind} ${d.path}`).toContain(name);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("a shared definition's message names the field it is used for", () => {
    const example = JSON.parse(readFileSync(new URL("../../examples/createOrder.json", import.meta.url), "utf8")) as Record<string, unknown>;
    const messages = (value: unknown) => validate("createOrder", value).diagnostics.map((d) => [d.path, d.message]);
    expect(messages({ ...example, shippingTax: -1 })).toEqual([["/shippingTax", "shippingTax must be 0 or more (the documents: minimum value 0)"]]);
    expect(messages({ ...example, channel: 5 })).toEqual([["/channel", "channel must be a string or null"]]);
    const [negative] = validate("createOrder", withValueAt(example, "/orderPayments/0/authAmount", -5)).diagnostics;
    expect(negative?.message).toMatch(/^authAmount is negative: .*our reading; the documents give no minimum/);
  });
});
