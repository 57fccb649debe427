import { describe, expect, it } from "vitest";
import { customDataPutNameCase } from "../../rules/custom-data-put-name-case.js";
import { validate } from "../../src/builtIn/linter.js";
import { nameDifference } from "../../src/domain/customDataNames.js";
import { ruleTester } from "../support/ruleTester.js";

const existing = { name: "Example Data", value: "This is sample custom data." };
const update = (name: string) => ({ name, value: "This is new text for the sample custom data." });
const undecided = "the documents do not say whether the OMS compares names exactly";

ruleTester(customDataPutNameCase, {
  valid: [
    { name: "the documents' PUT: the same name", payload: update("Example Data"), existing },
    { name: "another name altogether is custom-data-put-name's stated error, not this", payload: update("Example Info"), existing },
    { name: "spaces inside the name are other letters (custom-data-put-name's)", payload: update("ExampleData"), existing },
    { name: "without the existing record: nothing to compare", payload: update("example data") },
  ],
  invalid: [
    {
      name: "another letter case",
      payload: update("Example data"),
      existing,
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ['"Example data"', '"Example Data"', "only in letter case:", undecided] }],
    },
    {
      name: "a trailing space",
      kind: "orderItemCustomData",
      payload: update("Example Data "),
      existing,
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ["only in surrounding spaces:"] }],
    },
    {
      name: "both",
      payload: update("  example data"),
      existing,
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ["only in letter case and surrounding spaces:"] }],
    },
  ],
});

describe("a PUT's name against the existing record's", () => {
  it("is one finding: the stated error for other letters, this warning for case or spaces only", () => {
    const rules = (name: string) => validate("orderCustomData", update(name), { existing }).diagnostics.map((d) => [d.ruleId, d.severity]);
    expect(rules("Example Info")).toEqual([["custom-data-put-name", "error"]]);
    expect(rules("EXAMPLE DATA")).toEqual([["custom-data-put-name-case", "warning"]]);
    expect(rules("Example Data")).toEqual([]);
  });
  it("names the difference", () => {
    expect(nameDifference("a", "a")).toBe("none");
    expect(nameDifference("A", "a")).toBe("letter case");
    expect(nameDifference("a ", "a")).toBe("surrounding spaces");
    expect(nameDifference(" A", "a")).toBe("letter case and surrounding spaces");
    expect(nameDifference("a b", "ab")).toBe("other");
  });
});
