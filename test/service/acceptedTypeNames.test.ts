import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type * as TypeScript from "typescript";
import { describe, expect, it } from "vitest";

/**
 * TypeScript required, as its CommonJS is written (as test/support/declaredTypes.ts does): imported as
 * ESM, Node first lexes its 9 MB of JavaScript for the names it exports, ~0.6 CPU-s in each worker
 * that loads it (`node -e 'require("typescript")'` 0.5 CPU-s, `await import("typescript")` 1.1).
 */
const ts = createRequire(import.meta.url)("typescript") as typeof TypeScript;

/**
 * Found by the generated types audit: the accepted types (what isValid narrows to) are exported
 * from the package's index beside the strict ones, each named after the strict type it narrows
 * (`AddressAccepted` for `Address`). json-schema-to-typescript's de-duplication names
 * (`StringList1Accepted` beside `StringListAccepted`) leaked into that public list, named after
 * no strict type and bound to change with the schemas' order; and four strict types
 * (`AmountAdjustment`, `Discount`, `ItemCustomDataHash`, `StringMap`) had no accepted counterpart.
 */
const program = ts.createProgram(
  ["types.ts", "acceptedTypes.ts"].map((file) => fileURLToPath(new URL(`../../src/generated/${file}`, import.meta.url))),
  { strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ["lib.es5.d.ts"] },
);
const checker = program.getTypeChecker();

/** The names a module exports, each with whether its doc comment marks it deprecated and the type it declares. */
function exportsOf(file: string): Map<string, { deprecated: boolean; type: TypeScript.Type }> {
  const source = program.getSourceFile(fileURLToPath(new URL(`../../src/generated/${file}`, import.meta.url)));
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`no module in ${file}`);
  return new Map(
    checker.getExportsOfModule(module).map((symbol) => [
      symbol.name,
      { deprecated: symbol.getJsDocTags(checker).some((tag) => tag.name === "deprecated"), type: checker.getDeclaredTypeOfSymbol(symbol) },
    ]),
  );
}

const strict = exportsOf("types.ts");
const accepted = exportsOf("acceptedTypes.ts");

/** The names of a module's exports that are de-duplication names (a number after a name it also exports), but as a deprecated alias of that name. */
function deDuplicationNames(exported: ReadonlyMap<string, { deprecated: boolean; type: TypeScript.Type }>, suffix: string): string[] {
  return [...exported].flatMap(([name, { deprecated, type }]) => {
    const base = new RegExp(`^(\\w*?[A-Za-z])\\d+${suffix}$`).exec(name)?.[1];
    const same = base === undefined ? undefined : exported.get(`${base}${suffix}`);
    if (same === undefined) return [];
    return deprecated && checker.isTypeAssignableTo(type, same.type) && checker.isTypeAssignableTo(same.type, type) ? [] : [name];
  });
}

describe("the generated types' names", () => {
  it("every strict type has its accepted counterpart, as the README promises ('their parts')", () => {
    const missing = [...strict.keys()].filter((name) => name !== "OmsPayloads" && !accepted.has(`${name}Accepted`));
    expect(missing).toEqual([]);
  });

  it("no accepted type bears a de-duplication name (a number after a name also declared), but as a deprecated alias of that name", () => {
    expect(deDuplicationNames(accepted, "Accepted")).toEqual([]);
  });

  // Found reviewing 0fd62fd: the strict side still exported CustomDataHash1 (Create Order's customerOrderDate) as a type of its own.
  it("no strict type bears one either, but as a deprecated alias of that name", () => {
    expect(deDuplicationNames(strict, "")).toEqual([]);
  });

  it("a description beside a $ref to a type written in place stays the property's comment (Product's UPC)", () => {
    const comment = ts.displayPartsToString(strict.get("Product")?.type.getProperty("UPC")?.getDocumentationComment(checker));
    expect(comment).toBe("The import document's example writes UPC (and SKU) on the product.");
  });
});
