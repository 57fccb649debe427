import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectKind, fix, lintText } from "../../src/index.js";
import { repoRoot } from "../support/cli.js";
import { hostileValues, prototypes, withPolluted } from "../support/prototypePollution.js";

/**
 * A text is what is sent: a `toJSON` on a polluted prototype changes what JSON.stringify writes
 * of a value, never the text a file or a request body holds. lintText told a text's kind from its
 * value as JSON.stringify would write it again, so with a function on Object.prototype.toJSON the
 * documents' Create Order was "cannot tell which payload this is" (found by the profile of the
 * command line). pollutedPrototype.test.ts leaves `toJSON` out of its sweep because JSON.stringify
 * calls it on every object (the library's value is read as sent); here it is held to the text
 * paths: lintText, and fix(), which tells the kind the same way.
 */
const texts = ["examples", "examples/broken"].flatMap((folder) =>
  readdirSync(join(repoRoot, folder))
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({ file: `${folder}/${file}`, text: readFileSync(join(repoRoot, folder, file), "utf8") })),
);

/** What a verdict is made of, beside the wording (a message that quotes an object writes it with JSON.stringify, which the polluter answers). */
const verdict = (text: string) => {
  const { kind, messages } = lintText(text);
  return { kind, messages: messages.map(({ ruleId, severity, line, column, endLine, endColumn }) => ({ ruleId, severity, line, column, endLine, endColumn })) };
};

describe("a polluted toJSON does not change what a text is", () => {
  const clean = new Map(texts.map(({ file, text }) => [file, { verdict: verdict(text), fixed: fix(text).output }]));

  it.each(prototypes.flatMap(([where, prototype]) => hostileValues.map(([label, value]) => [where, label, prototype, value] as const)))(
    "%s.toJSON holding %s: every bundled example's kind, findings and places, and fix()'s output, are the clean prototype's",
    async (where, label, prototype, value) => {
      const found = await withPolluted([[where, prototype, "toJSON", [label, value]]], () => texts.map(({ file, text }) => [file, { verdict: verdict(text), fixed: fix(text).output }] as const));
      expect(new Map(found)).toEqual(clean);
    },
  );

  it("detectKind still reads a caller's value as JSON.stringify sends it: a toJSON of its own that leaves externalOrderID out makes it no Create Order", () => {
    const order = { externalOrderID: "A-1", name: "n", value: "v", toJSON: () => ({ name: "n", value: "v" }) };
    expect(detectKind(order)).toBe("orderCustomData");
  });
});
