import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

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
function exportsOf(file: string): Map<string, { deprecated: boolean; type: ts.Type }> {
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

describe("the accepted types' names", () => {
  it("every strict type has its accepted counterpart, as the README promises ('their parts')", () => {
    const missing = [...strict.keys()].filter((name) => name !== "OmsPayloads" && !accepted.has(`${name}Accepted`));
    expect(missing).toEqual([]);
  });

  it("no accepted type bears a de-duplication name (a number after a name also declared), but as a deprecated alias of that name", () => {
    const numbered = [...accepted].flatMap(([name, { deprecated, type }]) => {
      const base = /^(\w*?[A-Za-z])\d+Accepted$/.exec(name)?.[1];
      const same = base === undefined ? undefined : accepted.get(`${base}Accepted`);
      if (same === undefined) return [];
      return deprecated && checker.isTypeAssignableTo(type, same.type) && checker.isTypeAssignableTo(same.type, type) ? [] : [name];
    });
    expect(numbered).toEqual([]);
  });
});
