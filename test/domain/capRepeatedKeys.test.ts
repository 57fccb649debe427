import { describe, expect, it } from "vitest";
import { lintText } from "../../src/builtIn/linter.js";
import { validate } from "../../src/index.js";
import { rawLinesText } from "../support/capVerdicts.js";

/**
 * The audit of 3f1d2975: a line's price, quantity or tax under a repeated key is the value JSON.parse keeps, the last,
 * read as written like any other literal. An earlier literal was kept in the source facts when the later value was
 * short (1.00000000000000001 then 1 quoted the thrown-away value and called the line's written reading unknown, "more
 * than 800 significant digits", a warning where validate gave the error), and past 1,001 repeats elsewhere a long
 * earlier literal was read instead of the later 1 (a line of 4503599627370497.4 then 1 taxed 0.5: a warning, exit 0).
 */
const repeatedPrice = (first: string, last: string, tax: string, before = "") => {
  const text = rawLinesText([[last, "1", tax]]).replace(`"actualPrice":${last}`, `"actualPrice":${first},"actualPrice":${last}`);
  return before === "" ? text : text.replace('{"externalOrderID"', `{"padding":{${before}},"externalOrderID"`);
};

/** 1,005 repeated keys before the orders' lines: more than the walk records. */
const manyRepeats = Array.from({ length: 1006 }, () => '"k":1').join(",");

const capFindings = (text: string) => lintText(text, { kind: "createOrder" }).messages.filter((m) => m.ruleId?.startsWith("tax-rate-cap"));

const rows: readonly { name: string; text: string; says: string[]; never: string[] }[] = [
  {
    name: "actualPrice 1.00000000000000001 then 1, quantity 1, taxed 0.5: 50% whichever value and reading",
    text: repeatedPrice("1.00000000000000001", "1", "0.5"),
    says: ["actualPrice 1 ×", "tax rate of 50%"],
    never: ["1.00000000000000001", "800 significant digits", "unknown"],
  },
  {
    name: "past 1,005 repeated keys elsewhere: actualPrice 4503599627370497.4 then 1, taxed 0.5",
    text: repeatedPrice("4503599627370497.4", "1", "0.5", manyRepeats),
    says: ["actualPrice 1 ×", "tax rate of 50%"],
    never: ["4503599627370497", "within 20% as written"],
  },
  {
    name: "past 1,005 repeated keys elsewhere: actualPrice 1.00000000000000001 then 1, taxed 0.5",
    text: repeatedPrice("1.00000000000000001", "1", "0.5", manyRepeats),
    says: ["actualPrice 1 ×", "tax rate of 50%"],
    never: ["1.00000000000000001", "800 significant digits"],
  },
];

describe("tax-rate-cap: a repeated key's last value is the one read", () => {
  for (const row of rows) {
    it(row.name, () => {
      expect(Object.keys(JSON.parse(row.text)).length).toBeGreaterThan(0);
      const found = capFindings(row.text);
      expect(found.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(["tax-rate-cap 2"]);
      for (const words of row.says) expect(found[0]!.message).toContain(words);
      for (const words of row.never) expect(found[0]!.message).not.toContain(words);
      // validate(JSON.parse(text)) reads the same value, and agrees.
      expect(validate("createOrder", JSON.parse(row.text)).diagnostics.filter((d) => d.ruleId === "tax-rate-cap")).toHaveLength(1);
    });
  }

  it("a long last value under a repeat is read as written: 1 then 4503599627370497.4 taxed 900719925474099.45 is within 20% as written, the float-noise warning quoting the last", () => {
    const found = capFindings(repeatedPrice("1", "4503599627370497.4", "900719925474099.45"));
    expect(found.map((m) => `${m.ruleId} ${m.severity}`)).toEqual(["tax-rate-cap-float-noise 1"]);
    expect(found[0]!.message).toContain("actualPrice 4503599627370497.4 (as a double 4503599627370497)");
    expect(found[0]!.message).toContain("within 20% as written");
  });
});
