import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import type { Diagnostic } from "../../src/engine/diagnostic.js";
import type { Shape } from "../../src/kinds/shape.js";
import { createLinter } from "../../src/lint/linter.js";
import { countedGiveWay } from "../../src/lint/countedGiveWay.js";
import { atMisspeltKey, misspeltKeyPlacer } from "../../src/lint/misspeltFields.js";
import type { AjvError } from "../../src/lint/schemaDiagnostics.js";
import { orderItem, orderWithItems, type JsonObject } from "../support/payloads.js";

/**
 * The give-way step places each missing field it is asked of at the key that stands misspelt for
 * it, and the list's check asks it of every line past its note that a rule found a key in: 11,000
 * lines of `partnumber` for `partNumber` (unknown-property's 1,000 and the 10,000 it keeps past
 * them) each read the product's names and compared each key with each of them (found by the
 * library's speed audit: validate() ~2x slower than at 2ea515b). Each key is now read against an
 * object's names once a validate().
 */

const lines = 300;
const productNames = ["partNumber", "productID", "availability", "name", "retailPrice", "averageDealerMargin", "upc"];

/** The order's shape as far as its products, whose names count how often they are listed. */
function countingShape(): { shape: Shape; listings: () => number } {
  let listed = 0;
  const names = new Proxy(Object.fromEntries(productNames.map((name) => [name, {}])), { ownKeys: (target) => (listed++, Reflect.ownKeys(target)) });
  return { shape: { properties: { orderItems: { items: { properties: { product: { properties: names } } } } } }, listings: () => listed };
}

function misspeltLine(index: number): JsonObject {
  const line = orderItem({ partNumber: `Product${index}` });
  const product = line.product as JsonObject;
  product.partnumber = product.partNumber as string;
  delete product.partNumber;
  return line;
}

const order = orderWithItems(Array.from({ length: lines }, (_, index) => misspeltLine(index)));
const missing = (index: number): AjvError => ({ keyword: "required", instancePath: `/orderItems/${index}/product`, params: { missingProperty: "partNumber" }, message: "product.partNumber is missing" });
const finding = (index: number): Diagnostic => ({ ruleId: "schema/line-item-crucial", messageId: "required", severity: "warning", evidence: "advised", message: "product.partNumber is missing", path: `/orderItems/${index}/product/partNumber` });
const unknownKey = (index: number): Diagnostic => ({ ruleId: "unknown-property", messageId: "unknown", severity: "warning", evidence: "inferred", message: "partnumber is not a field here", path: `/orderItems/${index}/product/partnumber`, at: "key" });

describe("the key that stands misspelt for a missing field, asked of many lines", () => {
  it("is the key atMisspeltKey finds, line by line", () => {
    const place = misspeltKeyPlacer(order, countingShape().shape);
    for (let index = 0; index < lines; index++) {
      const objectPath = `/orderItems/${index}/product`;
      expect(place(finding(index), objectPath, "partNumber")).toEqual(atMisspeltKey(finding(index), objectPath, "partNumber", order, countingShape().shape));
    }
    expect(place(finding(0), "/orderItems/0/product", "productID")).toEqual(finding(0));
  });

  it("reads the product's names once for the give-way step, however many lines ask", () => {
    const { shape, listings } = countingShape();
    const { ruleSet } = createLinter({ rules });
    const beside = countedGiveWay(ruleSet, Array.from({ length: lines }, (_, index) => unknownKey(index)), [], { value: order, shape }, true);
    for (let index = 0; index < lines; index++) expect(beside?.shownAs(missing(index), "schema/line-item-crucial", "advised", "warning")).toBe("warning");
    // Each line's unknown key gives way to the missing field placed there, as alone, though the list's check only counted it.
    const tail = { list: "/orderItems/", from: 0, limit: 0, unlisted: lines, dropped: 0, gaveWay: 0 };
    expect([...(beside?.pastNotes([tail]).rulesGivingWay ?? [])]).toEqual(Array.from({ length: lines }, (_, index) => [`${unknownKey(index).path}\u0000unknown-property`, ["schema/line-item-crucial"]]));
    expect(listings()).toBe(1);
  });
});
