import { describe, expect, it } from "vitest";
import { customDataTableName } from "../../rules/custom-data-table-name.js";
import { validate } from "../../src/index.js";
import { createOrder, edited, importOrder } from "../support/payloads.js";
import { rulePageProse } from "../support/rulePage.js";
import { ruleTester } from "../support/ruleTester.js";

/** The documents' Create Order example with its custom data hash sent under the table's name alone. */
const underTableName = (hash: unknown) => edited(createOrder({ customerOrderDate: hash as never }), { "/customOrderData": undefined });

// Audit of the rules against the documents: Create Order's table names the order's hash
// customerOrderDate, where its example and the import's table and example send customOrderData.
// Sent alone under the table's name, the hash drew nothing; if the OMS reads only
// customOrderData, the custom data is lost with no sign.
ruleTester(customDataTableName, {
  valid: [
    { name: "the documents' example: customOrderData", payload: createOrder() },
    { name: "no custom data hash at all", payload: edited(createOrder(), { "/customOrderData": undefined }) },
    { name: "customerOrderDate null: no custom data to lose", payload: underTableName(null) },
    // Not a hash at all: the schema's type error is the one finding at the key (review of c881a9a5: two findings on one key).
    { name: "customerOrderDate a string: the schema's type error, not this one", payload: underTableName("x") },
    { name: "customerOrderDate an array: the schema's type error, not this one", payload: underTableName([]) },
    // Both names at once are unknown-property's one finding (bothNames): the OMS gets the field twice.
    { name: "customerOrderDate beside customOrderData: unknown-property's finding, not this one", payload: createOrder({ customerOrderDate: { k: "v" } }) },
    { name: "customerOrderDate beside customOrderData null: the object has the field, unknown-property's finding", payload: createOrder({ customOrderData: null, customerOrderDate: { k: "v" } }) },
    // The import's schema knows customOrderData alone: there customerOrderDate is unknown-property's "did you mean customOrderData?".
    { name: "on an import the rule does not run (unknown-property's did you mean)", kind: "importOrder", payload: edited(importOrder({ customerOrderDate: { k: "v" } }), { "/customOrderData": undefined }) },
  ],
  invalid: [
    {
      name: "the order's custom data sent as customerOrderDate alone",
      payload: underTableName({ "Custom Data Key 1": "Custom Data Value 1" }),
      errors: [
        {
          path: "/customerOrderDate",
          messageId: "tableNameOnly",
          evidence: "inferred",
          messageIncludes: [
            '"customerOrderDate" is the only name this order gives its custom data hash',
            "Create Order's table names the hash customerOrderDate (“customerOrderDate object A hash of custom data to be associated with order”)",
            "Create Order's own example, and the Historic Order Import's table and example, send customOrderData",
            "The documents do not settle which name the OMS reads",
            "if it reads only customOrderData, this custom data is lost without an error",
            "our reading",
            "send it as customOrderData",
          ],
        },
      ],
    },
    {
      name: "an empty hash under the table's name is still the name to change",
      payload: underTableName({}),
      errors: [{ path: "/customerOrderDate", messageId: "tableNameOnly" }],
    },
    {
      name: "placed at the key in the text, on its own line",
      text: '{\n  "currency": "USD",\n  "customerOrderDate": { "k": "v" }\n}',
      errors: [{ path: "/customerOrderDate", messageId: "tableNameOnly", line: 3, column: 3 }],
    },
  ],
});

describe("customerOrderDate alone, as a user runs oms-lint", () => {
  it("is one inferred warning among the built-in rules, never an error (SPEC §3)", () => {
    const found = validate("createOrder", underTableName({ k: "v" })).diagnostics.filter((d) => d.path === "/customerOrderDate");
    expect(found.map(({ ruleId, severity, evidence }) => ({ ruleId, severity, evidence }))).toEqual([{ ruleId: "custom-data-table-name", severity: "warning", evidence: "inferred" }]);
  });

  it.each([["a string", "x"], ["an array", []], ["a number", 5]])("as %s is the schema's one finding at the key, no lost-data warning beside it", (_name, hash) => {
    const found = validate("createOrder", underTableName(hash)).diagnostics.filter((d) => d.path === "/customerOrderDate");
    expect(found.map((d) => d.ruleId)).toEqual(["schema"]);
    expect(found[0]?.message).not.toContain("lost");
  });

  it("beside customOrderData stays unknown-property's one finding", () => {
    const found = validate("createOrder", createOrder({ customerOrderDate: { k: "v" } })).diagnostics.filter((d) => d.path === "/customerOrderDate");
    expect(found.map((d) => d.ruleId)).toEqual(["unknown-property"]);
  });

  it("its page quotes the table's row and the examples' name", () => {
    // Its blockquotes' lines joined, as they read.
    const page = rulePageProse("custom-data-table-name").replaceAll(" > ", " ");
    expect(page).toContain("customerOrderDate object A hash of custom data to be associated with order, used for many purposes.");
    expect(page).toContain("customOrderData object A hash of custom data to be associated with order, used for many purposes.");
    expect(page).toContain('"customOrderData": {');
  });
});
