import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fix } from "../../src/builtIn/linter.js";
import { unifiedDiff } from "../../src/fix/unifiedDiff.js";

/** The two texts a diff's lines describe, when its context is wide enough to hold the whole file. */
function sides(diff: string): [string, string] {
  const body = diff.split("\n").slice(2);
  let [before, after] = ["", ""];
  let last = "";
  for (const line of body) {
    if (line.startsWith("@@") || line === "") continue;
    if (line === "\\ No newline at end of file") {
      if (last !== "+") before = before.slice(0, -1);
      if (last !== "-") after = after.slice(0, -1);
      continue;
    }
    last = line[0]!;
    if (last !== "+") before += line.slice(1) + "\n";
    if (last !== "-") after += line.slice(1) + "\n";
  }
  return [before, after];
}

describe("unifiedDiff", () => {
  it("prints nothing for equal texts", () => {
    expect(unifiedDiff("a\n", "a\n")).toBe("");
  });

  it("prints the change with three lines of context, as diff -u does", () => {
    const before = ["1", "2", "3", "4", "5", "6", "7", "8", "9", ""].join("\n");
    const after = before.replace("5\n", "five\n");
    expect(unifiedDiff(before, after, { fromFile: "order.json", toFile: "order.json (fixed)" })).toBe(
      ["--- order.json", "+++ order.json (fixed)", "@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8", ""].join("\n"),
    );
  });

  it("says when a file has no newline at its end", () => {
    expect(unifiedDiff("a\nb", "a\nc")).toBe(["--- a", "+++ b", "@@ -1,2 +1,2 @@", " a", "-b", "\\ No newline at end of file", "+c", "\\ No newline at end of file", ""].join("\n"));
  });

  it("shows what fix() would do to a file, removed lines and all", () => {
    const before = `{\n  "shippingMethod": {\n    "shippingType": "standard",\n    "price": 5.99\n  },\n  "orderID": 7\n}\n`;
    const { output } = fix(before, "createOrder");
    expect(unifiedDiff(before, output)).toBe(
      [
        "--- a",
        "+++ b",
        "@@ -1,7 +1,6 @@",
        " {",
        "   \"shippingMethod\": {",
        "-    \"shippingType\": \"standard\",",
        "-    \"price\": 5.99",
        "+    \"shippingType\": \"standard\"",
        "   },",
        "-  \"orderID\": 7",
        "+  \"orderID\": null",
        " }",
        "",
      ].join("\n"),
    );
  });

  it("for any two texts: with the whole file as context, its two sides are the texts", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", "{", "}", ""), { maxLength: 12 }).map((lines) => lines.join("\n"));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = unifiedDiff(before, after, { context: 1000 });
        if (before === after) {
          expect(diff).toBe("");
          return;
        }
        expect(sides(diff)).toEqual([before, after]);
        const hunks = diff.split("\n").filter((line) => line.startsWith("@@"));
        expect(hunks.length).toBeLessThanOrEqual(1);
      }),
      { seed: 20261123, numRuns: 200 },
    );
  });

  it("splits distant changes into hunks, each with its line numbers", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const before = lines.join("\n") + "\n";
    const after = before.replace("line 3\n", "LINE 3\n").replace("line 27\n", "");
    const hunks = unifiedDiff(before, after).split("\n").filter((line) => line.startsWith("@@"));
    expect(hunks).toEqual(["@@ -1,6 +1,6 @@", "@@ -24,7 +24,6 @@"]);
  });
});
