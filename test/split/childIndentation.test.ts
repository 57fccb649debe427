import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { scratchFolders } from "../support/scratchFolders.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/**
 * split writes its children "in the file's own indentation" (README); JSON.stringify caps an
 * indentation at 10 columns, so a 12-space input gave 10-space children (split audit).
 */
const folder = scratchFolders("split-child-indentation");

/** A preorder beside a Y item (two children), with a tab and a line break inside strings, which are no indentation. */
const order = orderWithItems([orderItem({ availability: "Y" }), orderItem({ availability: "P", partNumber: "PRE\t1" })], { orderComment: "gift:\n\twrap it" });

/** The leading white space of each line of a text. */
const leading = (text: string) => text.split("\n").map((line) => /^[ \t]*/.exec(line)![0]);

async function splitIndented(indent: string): Promise<string> {
  const dir = folder({ "cart.json": JSON.stringify(order, null, 1).replace(/^ +/gm, (spaces) => indent.repeat(spaces.length)) + "\n" });
  const run = await runCli(["split", "cart.json"], { cwd: dir });
  expect(run).toMatchObject({ code: 0, stderr: "" });
  return readFileSync(join(dir, "cart-2.json"), "utf8");
}

describe("split's children keep the input's indentation, however wide", () => {
  it.each([
    { indent: " ".repeat(12), what: "12 spaces" },
    { indent: " ".repeat(16), what: "16 spaces" },
    { indent: "\t".repeat(11), what: "11 tabs" },
  ])("an input indented by $what gives children indented by $what a level", async ({ indent }) => {
    const child = await splitIndented(indent);
    expect(child).toMatch(new RegExp(`^\\{\\n${indent}"externalOrderID": `));
    expect(child).toContain(`\n${indent}"orderItems": [\n${indent}${indent}{\n${indent}${indent}${indent}"`);
    // Only indentation: the strings' tab and line break stay escaped as they were.
    expect(child).toContain('"PRE\\t1"');
    expect(child).toContain('"gift:\\n\\twrap it"');
  });

  it("for every width of spaces from 1 to 40, each line's indentation is a whole number of levels", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (width) => {
        const child = await splitIndented(" ".repeat(width));
        expect(JSON.parse(child)).toMatchObject({ externalOrderID: "8885456-98658-12215-2" });
        const widths = leading(child).map((space) => space.length);
        expect(widths.every((w) => w % width === 0)).toBe(true);
        expect(widths).toContain(width * 3);
      }),
      { numRuns: 25 },
    );
  });
});
