import { describe, expect, it } from "vitest";
import { customDataPutName } from "../../rules/custom-data-put-name.js";
import { validate } from "../../src/index.js";
import { runCli } from "../support/cli.js";
import { rulePageProse, thrown } from "../support/rulePage.js";
import { ruleTester } from "../support/ruleTester.js";
import { scratchFolders } from "../support/scratchFolders.js";

const existing = { name: "Example Data", value: "This is sample custom data." };
const update = { name: "Example Data", value: "This is new text for the sample custom data." };

ruleTester(customDataPutName, {
  valid: [
    { name: "the documents' PUT: same name, new value", payload: update, existing },
    { name: "the item data PUT likewise", kind: "orderItemCustomData", payload: update, existing },
    { name: "without the existing record (a POST): silent", payload: { ...update, name: "Other" } },
    { name: "a body without a name is the schema's error", payload: { value: "x" }, existing },
    // "it must be the name of an existing record and cannot be changed": how the OMS compares
    // names, the documents do not say; a case or spacing difference is custom-data-put-name-case's warning.
    { name: "another letter case only: not a stated rename", payload: { ...update, name: "Example data" }, existing },
    { name: "another letter case under full case folding (STRASSE for Straße): not a stated rename", payload: { ...update, name: "STRASSE" }, existing: { name: "Straße" } },
    { name: "surrounding spaces only: not a stated rename", payload: { ...update, name: " Example Data " }, existing },
    { name: "another Unicode form of the same letters (NFC): not a stated rename", payload: { ...update, name: "Cafe\u0301 Note" }, existing: { name: "Caf\u00e9 Note" } },
    { name: "a no-break space for a space: not a stated rename", payload: { ...update, name: "Example\u00a0Data" }, existing },
    { name: "a zero-width space for nothing: not a stated rename", payload: { ...update, name: "Example\u200bData" }, existing: { name: "ExampleData" } },
  ],
  invalid: [
    {
      name: "a renamed record",
      payload: { ...update, name: "Example Info" },
      existing,
      errors: [{ path: "/name", messageId: "renamed", messageIncludes: ['"Example Info"', '"Example Data"'] }],
    },
    {
      name: "spaces inside the name are other letters: a rename",
      payload: { ...update, name: "ExampleData" },
      existing,
      errors: [{ path: "/name", messageId: "renamed" }],
    },
    {
      name: "a zero-width space where the record has a space: other letters, shown by code point",
      payload: { ...update, name: "Example\u200bData" },
      existing,
      errors: [{ path: "/name", messageId: "renamed", messageIncludes: ['name "Example\\u200bData" (U+200B) is not the existing record\'s name "Example Data" (U+0020)'] }],
    },
    {
      name: "a renamed item record",
      kind: "orderItemCustomData",
      payload: { ...update, name: "finalSale" },
      existing,
      errors: [{ path: "/name", messageId: "renamed" }],
    },
  ],
});

describe("an existing record without a string name", () => {
  // There is nothing to compare the PUT's name with: the rename check passed it unseen (the CLI exited 0).
  it.each([[{ value: "x" }], [{ name: 5, value: "x" }]])("is a TypeError, not a silent pass: %j", (record) => {
    expect(() => validate("orderCustomData", { ...update, name: "Other" }, { existing: record as never })).toThrow(/options\.existing must hold the record's name, a string/);
  });

  // typeof calls null an object: the message said "its name is object" for { name: null }.
  it.each([
    [null, "null"],
    [["Example Data"], "an array"],
    [5, "number"],
  ])("says what the name is: %j is %s", (name, words) => {
    expect(() => validate("orderCustomData", update, { existing: { name, value: "x" } as never })).toThrow(new RegExp(`; its name is ${words}$`));
  });

  // Found by the rule docs pages audit: the page said such a record "leaves nothing to compare".
  const page = rulePageProse("custom-data-put-name");
  const folder = scratchFolders("custom-data-put-name");

  it("is refused in the words its page quotes: validate() throws a TypeError", () => {
    const refusal = thrown(() => validate("orderCustomData", update, { existing: { value: "Example" } as never }));
    expect(refusal.name).toBe("TypeError");
    expect(page).toContain(refusal.message);
  });

  it("is refused in the words its page quotes: the CLI exits 2 on the --existing file the page shows", async () => {
    const record = '{ "value": "Example" }';
    const cwd = folder({ "existing.json": record, "body.json": JSON.stringify(update) });
    const { code, stderr } = await runCli(["--kind", "orderCustomData", "--existing", "existing.json", "body.json"], { cwd });
    expect(code).toBe(2);
    expect(page).toContain(record);
    expect(page).toContain(stderr.trim());
  });
});
