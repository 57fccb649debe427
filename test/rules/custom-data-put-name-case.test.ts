import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customDataPutNameCase } from "../../rules/custom-data-put-name-case.js";
import { validate } from "../../src/builtIn/linter.js";
import { contrastedNames, nameDifference } from "../../src/domain/customDataNames.js";
import { runCli } from "../support/cli.js";
import { ruleTester } from "../support/ruleTester.js";
import { scratchFolders } from "../support/scratchFolders.js";

const existing = { name: "Example Data", value: "This is sample custom data." };
const folder = scratchFolders("put-name");
const update = (name: string) => ({ name, value: "This is new text for the sample custom data." });
const undecided = "the documents do not say whether the OMS compares names exactly";

ruleTester(customDataPutNameCase, {
  valid: [
    { name: "the documents' PUT: the same name", payload: update("Example Data"), existing },
    { name: "another name altogether is custom-data-put-name's stated error, not this", payload: update("Example Info"), existing },
    { name: "spaces inside the name are other letters (custom-data-put-name's)", payload: update("ExampleData"), existing },
    { name: "without the existing record: nothing to compare", payload: update("example data") },
    { name: "a zero-width space where the record has a space is other letters (custom-data-put-name's)", payload: update("Example\u200bData"), existing },
  ],
  invalid: [
    {
      name: "another letter case",
      payload: update("Example data"),
      existing,
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ['"Example data"', '"Example Data"', "only in letter case:", undecided] }],
    },
    {
      // Full case folding, as a case-insensitive comparison reads it: "ß" is "ss" in capitals (toLowerCase alone does not fold it).
      name: "another letter case that changes the length: STRASSE for Straße",
      payload: update("STRASSE"),
      existing: { ...existing, name: "Straße" },
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ['"STRASSE"', '"Straße"', "only in letter case:"] }],
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
    {
      name: "an e and a combining accent where the record has a precomposed \u00e9: the same name in NFC",
      payload: update("Cafe\u0301 Note"),
      existing: { name: "Caf\u00e9 Note", value: "old" },
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ['name "Cafe\\u0301 Note" (U+0065 U+0301) differs', 'name "Caf\u00e9 Note" (U+00E9) only in Unicode form:', undecided] }],
    },
    {
      name: "a no-break space where the record has a space",
      kind: "orderItemCustomData",
      payload: update("Caf\u00e9\u00a0Note"),
      existing: { name: "Caf\u00e9 Note", value: "old" },
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ['"Caf\u00e9\\u00a0Note" (U+00A0)', '"Caf\u00e9 Note" (U+0020)', "only in invisible characters:"] }],
    },
    {
      name: "a zero-width space where the record has nothing",
      payload: update("Example\u200bData"),
      existing: { name: "ExampleData", value: "old" },
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ['"Example\\u200bData" (U+200B)', 'name "ExampleData" only in invisible characters:'] }],
    },
    {
      name: "a decomposed accent in another letter case",
      payload: update("CAFE\u0301 NOTE"),
      existing: { name: "Caf\u00e9 Note", value: "old" },
      errors: [{ path: "/name", messageId: "nearlyRenamed", messageIncludes: ["only in Unicode form and letter case:"] }],
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
  it("a name in capitals, or in small letters, differs from it only in letter case, whatever its letters (ß, ﬁ, Σ, İ …)", () => {
    const letters = fc.constantFrom(..."aZßẞﬁſσςΣİıiIéÉǰ ".split("").map((c) => c), "e\u0301");
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 12 }), (parts) => {
        const name = parts.join("");
        for (const other of [name.toUpperCase(), name.toLowerCase()]) expect(["none", "letter case"]).toContain(nameDifference(other, name));
      }),
    );
  });

  it("names the difference", () => {
    expect(nameDifference("a", "a")).toBe("none");
    expect(nameDifference("A", "a")).toBe("letter case");
    expect(nameDifference("a ", "a")).toBe("surrounding spaces");
    expect(nameDifference(" A", "a")).toBe("letter case and surrounding spaces");
    expect(nameDifference("a b", "ab")).toBe("other");
    expect(nameDifference("e\u0301", "\u00e9")).toBe("Unicode form");
    // Found by review: İ (U+0130) folds to i and a combining dot; Java's equalsIgnoreCase takes it as i.
    expect(nameDifference("istanbul", "\u0130stanbul")).toBe("letter case");
    expect(nameDifference("ISTANBUL", "\u0130stanbul")).toBe("letter case");
    // A Kelvin sign is "K" in NFC; lower case would also make it "k", but it is no other case of the letter.
    expect(nameDifference("\u212Aey", "Key")).toBe("Unicode form");
    expect(nameDifference("\u212Aey", "key")).toBe("letter case");
    // A trailing no-break space: trim() drops it alone.
    expect(nameDifference("Key\u00a0", "Key")).toBe("surrounding spaces");
    expect(nameDifference("a\u00a0b", "a b")).toBe("invisible characters");
    expect(nameDifference("a\u200db", "ab")).toBe("invisible characters");
    expect(nameDifference("a\u200bb", "a b")).toBe("other");
    // Characters that change what a reader sees are a rename: a bidi override, a variation selector, a Hangul filler.
    expect(nameDifference("Gift\u202eNote", "GiftNote")).toBe("other");
    expect(nameDifference("\u2764\ufe0f", "\u2764\ufe0e")).toBe("other");
    expect(nameDifference("a\u3164b", "ab")).toBe("other");
  });
  it("shows what tells look-alike names apart: escaped as JSON writes it, with the code points that differ", () => {
    expect(contrastedNames("Cafe\u0301 Note", "Caf\u00e9 Note")).toEqual({ sent: '"Cafe\\u0301 Note" (U+0065 U+0301)', existing: '"Caf\u00e9 Note" (U+00E9)' });
    // A character past U+FFFF (a tag character, drawn as nothing) as JSON's two escapes, one code point.
    expect(contrastedNames("Example\u{E0001}Data", "ExampleData")).toEqual({ sent: '"Example\\udb40\\udc01Data" (U+E0001)', existing: '"ExampleData"' });
    expect(nameDifference("Example\u{E0001}Data", "ExampleData")).toBe("invisible characters");
    // Printable ASCII alone: the quoted names say it.
    expect(contrastedNames("Example data", "Example Data")).toEqual({ sent: '"Example data"', existing: '"Example Data"' });
  });
  it("is one finding in validate() for names that look alike too", () => {
    const found = (name: string, existingName: string) =>
      validate("orderCustomData", update(name), { existing: { name: existingName, value: "old" } }).diagnostics.map((d) => [d.ruleId, d.severity, d.evidence]);
    for (const [name, existingName] of [["Cafe\u0301 Note", "Caf\u00e9 Note"], ["Caf\u00e9\u00a0Note", "Caf\u00e9 Note"], ["Example\u200bData", "ExampleData"]]) {
      expect(found(name!, existingName!), name).toEqual([["custom-data-put-name-case", "warning", "inferred"]]);
    }
  });
  it("names that look alike are the warning in the CLI too, which shows the code points that differ", async () => {
    const dir = folder({ "existing.json": JSON.stringify({ name: "Caf\u00e9 Note", value: "old" }), "put.json": JSON.stringify({ name: "Cafe\u0301 Note", value: "new" }) });
    const run = await runCli(["--kind", "orderCustomData", "--existing", "existing.json", "put.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('warning  name "Cafe\\u0301 Note" (U+0065 U+0301) differs from the existing record\'s name "Caf\u00e9 Note" (U+00E9) only in Unicode form');
    expect(run.stdout).toContain("(0 errors, 1 warning)");
  });
});
